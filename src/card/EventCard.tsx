import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../events/model.ts';
import { useTranslator } from '../i18n/I18nProvider.tsx';
import { directionOf, type Direction } from '../i18n/languages.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import type { Citable } from '../ui/citation.ts';
import { EventDetails, EventMeta, EventTitle } from '../ui/EventDetails.tsx';
import './card.css';

export interface EventCardProps {
  readonly event: TimelineEvent;
  /** 1-based place of the event in date order, and how many there are. */
  readonly position: { readonly index: number; readonly total: number };
  /** The address that opens this card, for "Copy link to this event". */
  readonly link: string;
  readonly onPrevious?: () => void;
  readonly onNext?: () => void;
  readonly onClose: () => void;
}

/** Everything known about one event, with the words of its sources and links to its documents. */
export function EventCard({ event, position, link, onPrevious, onNext, onClose }: EventCardProps) {
  const { t, language } = useTranslator();
  const headingId = useId();
  const cardRef = useRef<HTMLElement>(null);
  // Focus moves to the card when it opens (not when it shows another event), so keys act on it.
  // Without scrolling: the page decides how much of the card to bring up beside the timeline.
  useEffect(() => cardRef.current?.focus({ preventScroll: true }), []);
  // A "See also" link that opened another event was replaced with the content: focus stays in the card.
  useEffect(() => {
    if (document.activeElement === document.body) cardRef.current?.focus({ preventScroll: true });
  }, [event.id]);
  // ← and → walk the events from anywhere in the card but a form field, where they move the caret.
  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    const step = STEP_KEYS[directionOf(language)][keyEvent.key];
    if (!step || keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey || keyEvent.shiftKey) return;
    if (keyEvent.target instanceof Element && keyEvent.target.closest(ARROW_FIELDS)) return;
    keyEvent.preventDefault();
    (step === 'previous' ? onPrevious : onNext)?.();
  };
  return (
    // ← and → bubble up from the card's own controls; the card is where focus lands, not a control.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <article className="event-card" aria-labelledby={headingId} tabIndex={-1} ref={cardRef} onKeyDown={onKeyDown}>
      <header className="event-card-header">
        <EventMeta event={event} />
        <EventTitle event={event} id={headingId} />
        <button type="button" className="event-card-close" onClick={onClose} aria-label={t('card.close')}>
          ×
        </button>
      </header>
      <EventDetails event={event} noteFallback />
      <div className="event-card-actions">
        <CopyButton text={link}>{t('card.copyLink')}</CopyButton>
        <CiteToggle key={event.id} items={citablesOf(event)} />
      </div>
      <nav className="event-card-nav" aria-label={t('ui.inDateOrder')}>
        <StepButton onStep={onPrevious}>{t('card.previous')}</StepButton>
        <span>{t('card.position', position)}</span>
        <StepButton onStep={onNext}>{t('card.next')}</StepButton>
      </nav>
    </article>
  );
}

// The panels are loaded on the first "Cite", like the formatter they ask for: reading a card needs neither,
// and the first screen's budget has no room for them.
const CitePanel = lazy(() => import('./CitePanel.tsx'));

/** The arrows follow reading order: in Arabic, → goes back to the previous (earlier) event. */
const STEP_KEYS: Readonly<Record<Direction, Readonly<Record<string, 'previous' | 'next'>>>> = {
  ltr: { ArrowLeft: 'previous', ArrowRight: 'next' },
  rtl: { ArrowRight: 'previous', ArrowLeft: 'next' },
};
const ARROW_FIELDS = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** Every source the card quotes, then every UN document it lists. */
function citablesOf(event: TimelineEvent): Citable[] {
  return [...new Set(event.citations.map((citation) => citation.source)), ...event.documents];
}

/** Citations are formatted on demand: the formatter is loaded only when someone asks. */
function citableKey(item: Citable): string {
  return 'symbol' in item ? `document:${item.symbol}` : `source:${item.id}`;
}

function CiteToggle({ items }: { items: readonly Citable[] }) {
  const { t } = useTranslator();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (items.length === 0) return null;
  return (
    <div className="event-card-cite">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t('card.cite')}
      </button>
      <div id={panelId} hidden={!open}>
        {open && (
          <Suspense>
            {items.map((item) => (
              <CitePanel key={citableKey(item)} item={item} />
            ))}
          </Suspense>
        )}
      </div>
    </div>
  );
}

/**
 * aria-disabled rather than disabled at either end: a disabled button drops keyboard focus to the
 * page, where Escape and Tab lose their place.
 */
function StepButton({ onStep, children }: { onStep: (() => void) | undefined; children: string }) {
  return (
    <button type="button" onClick={onStep} aria-disabled={!onStep}>
      {children}
    </button>
  );
}
