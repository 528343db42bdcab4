import { useEffect, useId, useRef, type RefObject } from 'react';
import { formatCalendarDate, parseCalendarDate, type CalendarDate } from '../events/calendarDate.ts';
import type { FilterChoices as ExploreChoices } from '../events/search.ts';
import { isFiltered, type ExploreState } from './urlState.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import './explore.css';

export interface ExploreBarProps {
  readonly filter: ExploreState;
  readonly choices: ExploreChoices;
  readonly shown: number;
  readonly total: number;
  readonly filtered: boolean;
  readonly onQuery: (q: string) => void;
  readonly onFilters: (change: Partial<ExploreState>) => void;
  readonly onClear: () => void;
}

type ListName = 'track' | 'actor' | 'kind';

/**
 * The search box, and the track, actor, kind and year choices behind one "Filters" disclosure, so the
 * bar stays one short row, even in a small frame. Everything it shows comes from the address.
 */
export function ExploreBar({ filter, choices, shown, total, filtered, onQuery, onFilters, onClear }: ExploreBarProps) {
  const { t } = useTranslator();
  const searchId = useId();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const chosen =
    filter.track.length + filter.actor.length + filter.kind.length + (filter.from ? 1 : 0) + (filter.to ? 1 : 0);

  const toggle = (name: ListName, value: string, checked: boolean) => {
    const current = filter[name];
    onFilters({ [name]: checked ? [...current, value] : current.filter((item) => item !== value) });
  };

  useCloseOnEscape(detailsRef);

  return (
    <div className="explore-bar" role="search" aria-label={t('explore.label')}>
      <label htmlFor={searchId}>{t('explore.search')}</label>
      <input
        id={searchId}
        type="search"
        className="explore-search"
        value={filter.q}
        placeholder={t('explore.placeholder')}
        onChange={(event) => onQuery(event.target.value)}
      />
      <details className="explore-filters" ref={detailsRef}>
        <summary>{chosen > 0 ? t('explore.filtersChosen', { count: chosen }) : t('explore.filters')}</summary>
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
      </details>
      {filtered && (
        <button type="button" onClick={onClear}>
          {t('explore.clear')}
        </button>
      )}
      {/* Always present, so that a change is announced; quiet until something is filtered. */}
      <p className="explore-count" role="status">
        {filtered ? t('explore.count', { shown, total }) : ''}
      </p>
    </div>
  );
}

/** Escape closes the open panel and goes no further: it must not also close the card behind. */
function useCloseOnEscape(detailsRef: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !details.open) return;
      event.stopPropagation();
      details.open = false;
      details.querySelector('summary')?.focus();
    };
    details.addEventListener('keydown', onKeyDown);
    return () => details.removeEventListener('keydown', onKeyDown);
  }, [detailsRef]);
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

/** Said where the events would be when none match, with the way back. */
export function NoMatches({ filter, onClear }: { filter: ExploreState; onClear: () => void }) {
  const { t } = useTranslator();
  const words = filter.q.trim();
  const withFilters = isFiltered({ ...filter, q: '' });
  const message = !words
    ? t('explore.none')
    : t(withFilters ? 'explore.noneForWithFilters' : 'explore.noneFor', { words });
  return (
    <div className="explore-empty">
      <p>{message}</p>
      <button type="button" onClick={onClear}>
        {t('explore.clearAll')}
      </button>
    </div>
  );
}
