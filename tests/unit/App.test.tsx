import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { Timeline } from 'vis-timeline/esnext';
import { describe, expect, it, vi } from 'vitest';
import { App, type AppProps } from '../../src/app/App.tsx';
import type { DataSource } from '../../src/app/dataSource.ts';
import type { AppOptions } from '../../src/app/urlState.ts';
import { ErrorBoundary } from '../../src/app/ErrorBoundary.tsx';
import { validateEventsFile, validateEventsText } from '../../src/events/validate.ts';
import { readFixtureText, validFile } from './fixtures.ts';

const OPTIONS: AppOptions = { dataParam: null, embed: false, view: 'timeline' };

function app(label: string, load: DataSource['load']): AppProps {
  return { options: OPTIONS, source: { label, external: false, load } };
}

describe('App', () => {
  it('shows the title and one timeline, even under StrictMode double mounting', () => {
    const { container } = render(
      <StrictMode>
        <App {...app('events.json', () => validateEventsFile(validFile(), readFixtureText))} />
      </StrictMode>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Test timeline');
    expect(container.querySelectorAll('.vis-timeline')).toHaveLength(1);
    expect(screen.getByRole('region', { name: /^Timeline: Test timeline/ })).toBeInTheDocument();
  });

  it('destroys its timeline and leaves nothing behind when unmounted', () => {
    const destroy = vi.spyOn(Timeline.prototype, 'destroy');
    const { container, unmount } = render(
      <App {...app('events.json', () => validateEventsFile(validFile(), readFixtureText))} />,
    );
    const canvas = container.querySelector('.timeline-canvas')!;
    expect(canvas.children.length).toBeGreaterThan(0);
    unmount();
    expect(destroy).toHaveBeenCalledOnce();
    expect(canvas.children).toHaveLength(0);
    destroy.mockRestore();
  });

  it('shows a syntax error in the data file in the error panel', () => {
    render(<App {...app('events.json', () => validateEventsText('{ "title": ', readFixtureText))} />);
    expect(screen.getByRole('alert')).toHaveTextContent('events.json has a problem:not valid JSON');
  });

  it('shows every problem of invalid data in an error panel instead of the timeline', () => {
    const file = validFile();
    file.events[0]!.date = '2019-02-30';
    file.events[1]!.citations[0]!.source = 'nope';
    render(<App {...app('my-events.json', () => validateEventsFile(file, readFixtureText))} />);
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
        <ErrorBoundary>
          <App {...app('events.json', failingLoad)} />
        </ErrorBoundary>,
      );
    } finally {
      console.error = quietConsole;
    }
    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent('Something went wrong in the timeline');
    expect(panel).toHaveTextContent('This is a fault in the app, not in the data: disk on fire');
  });
});
