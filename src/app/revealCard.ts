/** How much of a card below the fold is brought into view: its date, its heading, its first lines. */
const CARD_PEEK = 160;
/** Room kept above the selected event's box when the page scrolls towards the card. */
const EVENT_MARGIN = 8;

/**
 * Scrolls a card that opened below the fold up into view, but never so far that the selected
 * event's box (or the timeline, when the box is out of its window) leaves the top of the view:
 * the reader keeps both what they chose and what it says.
 */
export function revealCard(card: HTMLElement, selected: DOMRect | null): void {
  const scroller = scrollingAncestor(card);
  const viewBottom = scroller ? scroller.getBoundingClientRect().bottom : window.innerHeight;
  const viewTop = scroller ? scroller.getBoundingClientRect().top : 0;
  const cardRect = card.getBoundingClientRect();
  const wanted = Math.min(cardRect.top + CARD_PEEK, cardRect.bottom) - viewBottom;
  const allowed = selected ? selected.top - EVENT_MARGIN - viewTop : wanted;
  const by = Math.min(wanted, allowed);
  if (by <= 0) return;
  if (scroller) scroller.scrollBy({ top: by });
  else window.scrollBy({ top: by });
}

/** The nearest ancestor that scrolls (an embedded frame's container), or null for the page itself. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const { overflowY } = getComputedStyle(parent);
    if ((overflowY === 'auto' || overflowY === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent;
  }
  return null;
}

/**
 * Scrolls the page just enough to bring the whole timeline into view (or as much of it as fits,
 * its top first), for a card that opens beside it: the reader sees what they chose and what it says.
 */
export function revealTimeline(timelineView: HTMLElement): void {
  const rect = timelineView.getBoundingClientRect();
  const belowView = rect.bottom + EVENT_MARGIN - window.innerHeight;
  const by = Math.min(belowView, rect.top - EVENT_MARGIN);
  if (by > 0) window.scrollBy({ top: by });
}
