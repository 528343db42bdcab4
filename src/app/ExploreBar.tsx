import { Suspense, useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { FilterChoices as ExploreChoices } from '../events/search.ts';
import { isFiltered, type ExploreState } from './urlState.ts';
import { preloadable } from './preloadable.tsx';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import './explore.css';

const filterPanel = preloadable(() => import('./FilterPanel.tsx').then((module) => module.default));
const FilterPanel = filterPanel.Component;

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

/**
 * The search box, and the track, actor, kind and year choices behind one "Filters" disclosure, so the
 * bar stays one short row, even in a small frame. Everything it shows comes from the address.
 */
export function ExploreBar({ filter, choices, shown, total, filtered, onQuery, onFilters, onClear }: ExploreBarProps) {
  const { t, number } = useTranslator();
  const searchId = useId();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const chosen =
    filter.track.length + filter.actor.length + filter.kind.length + (filter.from ? 1 : 0) + (filter.to ? 1 : 0);

  useCloseOnEscape(detailsRef);
  const open = useOpen(detailsRef);

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
        {open && (
          <Suspense fallback={<p className="explore-filters-panel">{t('app.loading')}</p>}>
            <FilterPanel filter={filter} choices={choices} onFilters={onFilters} />
          </Suspense>
        )}
      </details>
      {filtered && (
        <button type="button" onClick={onClear}>
          {t('explore.clear')}
        </button>
      )}
      {/* Always present, so that a change is announced; quiet until something is filtered. */}
      <p className="explore-count" role="status">
        {filtered ? t('explore.count', { shown: number(shown), total }) : ''}
      </p>
    </div>
  );
}

/**
 * Whether the disclosure is open, from its own toggle event (React does not listen for it on an element it
 * hydrates, and the bar is prerendered). The panel's code is fetched once the page is up, and drawn when open.
 */
function useOpen(detailsRef: RefObject<HTMLDetailsElement | null>): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;
    void filterPanel.preload();
    const onToggle = () => setOpen(details.open);
    details.addEventListener('toggle', onToggle);
    return () => details.removeEventListener('toggle', onToggle);
  }, [detailsRef]);
  return open;
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
