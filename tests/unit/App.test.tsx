import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { ErrorBoundary } from '../../src/app/ErrorBoundary.tsx';
import { validateEventsFile } from '../../src/events/validate.ts';
import { readFixtureText, validFile } from './fixtures.ts';

describe('App', () => {
  it('shows the title and one timeline, even under StrictMode double mounting', () => {
    const { container } = render(
      <StrictMode>
        <App file="events.json" load={() => validateEventsFile(validFile(), readFixtureText)} />
      </StrictMode>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test timeline');
    expect(container.querySelectorAll('.vis-timeline')).toHaveLength(1);
    expect(screen.getByRole('region', { name: /^Timeline: Test timeline/ })).toBeInTheDocument();
  });

  it('removes the timeline when unmounted', () => {
    const { container, unmount } = render(
      <App file="events.json" load={() => validateEventsFile(validFile(), readFixtureText)} />,
    );
    const canvas = container.querySelector('.timeline-canvas')!;
    expect(canvas.children.length).toBeGreaterThan(0);
    unmount();
    expect(canvas.children).toHaveLength(0);
  });

  it('shows every problem of invalid data in an error panel instead of the timeline', () => {
    const file = validFile();
    file.events[0]!.date = '2019-02-30';
    file.events[1]!.citations[0]!.source = 'nope';
    render(<App file="my-events.json" load={() => validateEventsFile(file, readFixtureText)} />);
    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent('The timeline cannot be shown');
    expect(panel).toHaveTextContent('my-events.json has 2 problems');
    expect(panel).toHaveTextContent('events[0].date: expected a real calendar date; got "2019-02-30"');
    expect(panel).toHaveTextContent('events[1].citations[0].source: unknown source "nope"');
    expect(document.querySelector('.vis-timeline')).toBeNull();
  });

  it('turns an unexpected error while loading into a message, not a blank page', () => {
    const failingLoad = () => {
      throw new Error('disk on fire');
    };
    const quietConsole = console.error;
    console.error = () => {};
    try {
      render(
        <ErrorBoundary file="events.json">
          <App file="events.json" load={failingLoad} />
        </ErrorBoundary>,
      );
    } finally {
      console.error = quietConsole;
    }
    expect(screen.getByRole('alert')).toHaveTextContent('unexpected error: disk on fire');
  });
});
