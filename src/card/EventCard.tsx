import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../events/model.ts';
import { CopyButton } from '../ui/CopyButton.tsx';
import { CitePanel } from './CitePanel.tsx';
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
    const step = STEP_KEYS[keyEvent.key];
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
        <button type="button" className="event-card-close" onClick={onClose} aria-label="Close event card">
          ×
        </button>
      </header>
      <EventDetails event={event} noteFallback />
      <div className="event-card-actions">
        <CopyButton text={link}>Copy link to this event</CopyButton>
        <CiteToggle key={event.id} items={citablesOf(event)} />
      </div>
      <nav className="event-card-nav" aria-label="Events in date order">
        <StepButton onStep={onPrevious}>← Previous</StepButton>
        <span>
          {position.index} of {position.total}
        </span>
        <StepButton onStep={onNext}>Next →</StepButton>
      </nav>
    </article>
  );
}

const STEP_KEYS: Readonly<Record<string, 'previous' | 'next'>> = { ArrowLeft: 'previous', ArrowRight: 'next' };
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
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (items.length === 0) return null;
  return (
    <div className="event-card-cite">
      <button type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Cite
      </button>
      <div id={panelId} hidden={!open}>
        {open && items.map((item) => <CitePanel key={citableKey(item)} item={item} />)}
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
