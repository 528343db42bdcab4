import { useId } from 'react';
import { formatCalendarDate, parseCalendarDate, type CalendarDate } from '../events/calendarDate.ts';
import type { FilterChoices as ExploreChoices } from '../events/search.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import type { ExploreState } from './urlState.ts';

type ListName = 'track' | 'actor' | 'kind';

/** The year range and the track, actor and kind choices behind the explore bar's "Filters" (loaded on demand). */
export default function FilterPanel({ filter, choices, onFilters }: YearRangeProps) {
  const { t } = useTranslator();
  const toggle = (name: ListName, value: string, checked: boolean) => {
    const current = filter[name];
    onFilters({ [name]: checked ? [...current, value] : current.filter((item) => item !== value) });
  };
  return (
    <div className="explore-filters-panel">
      <YearRange filter={filter} choices={choices} onFilters={onFilters} />
      <Checkboxes
        legend={t('explore.tracks')}
        name="track"
        values={choices.tracks}
        chosen={filter.track}
        onToggle={toggle}
      />
      <Checkboxes
        legend={t('explore.actors')}
        name="actor"
        values={choices.actors}
        chosen={filter.actor}
        onToggle={toggle}
      />
      {choices.kinds.length > 0 && (
        <Checkboxes
          legend={t('explore.kinds')}
          name="kind"
          values={choices.kinds}
          chosen={filter.kind}
          onToggle={toggle}
        />
      )}
    </div>
  );
}

interface CheckboxesProps {
  readonly legend: string;
  readonly name: ListName;
  readonly values: readonly string[];
  readonly chosen: readonly string[];
  readonly onToggle: (name: ListName, value: string, checked: boolean) => void;
}

function Checkboxes({ legend, name, values, chosen, onToggle }: CheckboxesProps) {
  return (
    <fieldset className={`explore-choices explore-choices-${name}`}>
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) => onToggle(name, value, event.target.checked)}
          />{' '}
          {value}
        </label>
      ))}
    </fieldset>
  );
}

interface YearRangeProps {
  readonly filter: ExploreState;
  readonly choices: ExploreChoices;
  readonly onFilters: (change: Partial<ExploreState>) => void;
}

function YearRange({ filter, choices, onFilters }: YearRangeProps) {
  const { t } = useTranslator();
  const ids = { from: useId(), to: useId() };
  const years = Array.from({ length: choices.lastYear - choices.firstYear + 1 }, (_, at) => choices.firstYear + at);
  return (
    <fieldset className="explore-years">
      <legend>{t('explore.years')}</legend>
      <label htmlFor={ids.from}>{t('explore.from')}</label>
      <select
        id={ids.from}
        value={filter.from?.iso ?? ''}
        onChange={(event) => onFilters({ from: parseCalendarDate(event.target.value) })}
      >
        <DateOptions years={years} current={filter.from} />
      </select>
      <label htmlFor={ids.to}>{t('explore.to')}</label>
      <select
        id={ids.to}
        value={filter.to?.iso ?? ''}
        onChange={(event) => onFilters({ to: parseCalendarDate(event.target.value) })}
      >
        <DateOptions years={years} current={filter.to} />
      </select>
    </fieldset>
  );
}

/** Every year of the data; a month or day from the address, or a year outside the data, is kept as an option. */
function DateOptions({ years, current }: { years: readonly number[]; current: CalendarDate | null }) {
  const { t } = useTranslator();
  const extra = current && !years.includes(Number(current.iso)) ? current : null;
  return (
    <>
      <option value="">{t('explore.any')}</option>
      {extra && <option value={extra.iso}>{formatCalendarDate(extra)}</option>}
      {years.map((year) => (
        <option key={year} value={String(year)}>
          {year}
        </option>
      ))}
    </>
  );
}
