import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TimelinePage } from '../../src/app/TimelinePage.tsx';
import { validTimeline } from './fixtures.ts';

// A card that fails for one event stands in for any rendering bug in a card.
vi.mock('../../src/card/EventCard.tsx', () => ({
  EventCard: ({ event }: { event: { id: string; title: string } }) => {
    if (event.id === 'second') throw new Error('cannot draw this card');
    return <article aria-label={event.title}>{event.title}</article>;
  },
}));

afterEach(() => window.history.replaceState(null, '', '/'));

describe('TimelinePage', () => {
  it('keeps the page when one card fails to render, and recovers on the next event', async () => {
    window.history.replaceState(null, '', '/#event=second');
    const quietConsole = console.error;
    console.error = () => {};
    try {
      render(
        <TimelinePage
          timeline={validTimeline()}
          options={{ dataParam: null, embed: false, view: 'timeline', lang: null }}
        />,
      );
      // The card is its own chunk: it fails once it has arrived.
      expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
        'Something went wrong in this event card',
      );
    } finally {
      console.error = quietConsole;
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test timeline');
    expect(screen.getByRole('application', { name: /^Timeline: Test timeline/ })).toBeInTheDocument();

    await userEvent.click(screen.getByText('Agreement signed'));
    expect(await screen.findByRole('article', { name: 'Agreement signed' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
