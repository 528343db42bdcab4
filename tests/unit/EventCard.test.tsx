import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventCard } from '../../src/card/EventCard.tsx';
import { parseCalendarDate } from '../../src/events/calendarDate.ts';
import { validTimeline } from './fixtures.ts';

const [, resolution] = validTimeline().events;

function renderCard(overrides: Partial<Parameters<typeof EventCard>[0]> = {}) {
  const handlers = { onClose: vi.fn(), onPrevious: vi.fn(), onNext: vi.fn() };
  render(
    <EventCard
      event={resolution!}
      position={{ index: 2, total: 2 }}
      link="https://example.org/timeline/#event=resolution"
      {...handlers}
      {...overrides}
    />,
  );
  return handlers;
}

describe('EventCard', () => {
  it('shows heading, date at its precision, track, summary and actors', () => {
    renderCard();
    const card = screen.getByRole('article', { name: 'Resolution adopted' });
    expect(within(card).getByRole('heading', { level: 2 })).toHaveTextContent('Resolution adopted');
    expect(card.querySelector('time')).toHaveAttribute('datetime', '1998-12-04');
    expect(card.querySelector('time')).toHaveTextContent('4 December 1998');
    expect(card).toHaveTextContent('UN General Assembly');
    expect(card).toHaveTextContent('The Assembly adopted it.');
    expect(card).toHaveTextContent('Actors: UN General Assembly');
  });

  it('quotes the source in a blockquote with a citation linked to it', () => {
    renderCard();
    const quote = screen.getByText('adopted it without a vote');
    const blockquote = quote.closest('blockquote');
    expect(blockquote).toHaveAttribute('cite', 'https://example.org/article');
    const link = screen.getByRole('link', { name: 'Wire, 30 September 2020' });
    expect(link).toHaveAttribute('href', 'https://example.org/article');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByText(/Quote not checked/)).toBeNull();
  });

  it('links the UN documents by symbol', () => {
    renderCard();
    expect(screen.getByRole('link', { name: 'A/RES/53/70' })).toHaveAttribute('href', 'https://undocs.org/A/RES/53/70');
  });

  it('says so when a quote could not be checked against its source', () => {
    const unchecked = { ...resolution!, citations: resolution!.citations.map((c) => ({ ...c, checked: false })) };
    renderCard({ event: unchecked });
    expect(screen.getByText('Quote not checked: no source text stored')).toBeInTheDocument();
  });

  it('walks and closes with its buttons, and disables a missing direction', async () => {
    const user = userEvent.setup();
    const { onClose, onPrevious } = renderCard({ onNext: undefined });
    expect(screen.getByText('2 of 2')).toBeInTheDocument();
    // Still focusable, so that focus does not fall to the page at the last event.
    expect(screen.getByRole('button', { name: 'Next →' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: '← Previous' })).toHaveAttribute('aria-disabled', 'false');
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(onPrevious).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Close event card' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows a span as two dates, each at its precision', () => {
    renderCard({ event: { ...resolution!, end: parseCalendarDate('1999-01')! } });
    const times = [...document.querySelectorAll('.event-card time')];
    expect(times.map((time) => time.getAttribute('datetime'))).toEqual(['1998-12-04', '1999-01']);
    expect(times[0]!.parentElement).toHaveTextContent('4 December 1998 – January 1999');
  });

  it('takes focus when it opens, so its keys work at once', () => {
    renderCard();
    expect(screen.getByRole('article')).toHaveFocus();
  });

  it('shows markup in the data as text', () => {
    const payload = '<img src=x onerror="window.pwned=1">';
    renderCard({ event: { ...resolution!, title: payload, summary: payload } });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(payload);
    expect(document.querySelector('.event-card img')).toBeNull();
  });
});
