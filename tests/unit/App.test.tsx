import { act, fireEvent, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { Timeline } from 'vis-timeline/esnext';
import { describe, expect, it, vi } from 'vitest';
import { App, type AppProps } from '../../src/app/App.tsx';
import { dataSourceFor, type DataSource } from '../../src/app/dataSource.ts';
import type { AppOptions } from '../../src/app/urlState.ts';
import { ErrorBoundary } from '../../src/app/ErrorBoundary.tsx';
import { validateEventsFile, validateEventsText } from '../../src/events/validate.ts';
import { readFixtureText, SOURCE_TEXT, validFile } from './fixtures.ts';

const OPTIONS: AppOptions = { dataParam: null, embed: false, view: 'timeline', lang: null };

function app(label: string, load: DataSource['load']): AppProps {
  return { options: OPTIONS, pageUrl: new URL('https://timeline.example/'), source: { label, external: false, load } };
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
    expect(screen.getByRole('application', { name: /^Timeline: Test timeline/ })).toBeInTheDocument();
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

  it('shows a syntax error in the data file in the error panel', async () => {
    // The problems' English catalog is its own chunk: the panel suspends until it arrives.
    await act(async () =>
      render(<App {...app('events.json', () => validateEventsText('{ "title": ', readFixtureText))} />),
    );
    await screen.findByText(/^not valid JSON/, {}, { timeout: 5000 });
    expect(screen.getByRole('alert')).toHaveTextContent('events.json has a problem:not valid JSON');
  });

  it('shows every problem of invalid data in an error panel instead of the timeline', async () => {
    const file = validFile();
    file.events[0]!.date = '2019-02-30';
    file.events[1]!.citations[0]!.source = 'nope';
    await act(async () => render(<App {...app('my-events.json', () => validateEventsFile(file, readFixtureText))} />));
    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent('The timeline cannot be shown');
    expect(panel).toHaveTextContent('my-events.json has 2 problems');
    expect(panel).toHaveTextContent('event 1, id “second”, date: expected a real calendar date; got "2019-02-30"');
    expect(panel).toHaveTextContent('event 2, id “first”, citation 1, source: unknown source "nope"');
    expect(panel).toHaveTextContent('Fix the file, then check it with npm run validate my-events.json.');
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

  it('gives an empty ?data= its own message, without a blank name', async () => {
    const pageUrl = new URL('https://timeline.example/?data=');
    const options: AppOptions = { ...OPTIONS, dataParam: '' };
    await act(async () => render(<App options={options} pageUrl={pageUrl} source={dataSourceFor(options, pageUrl)} />));
    const panel = screen.getByRole('alert');
    expect(panel).toHaveTextContent(
      'The link has a problem:the link has "?data=" with no address after it; expected the address of an event list',
    );
    expect(panel).toHaveTextContent(
      'Put the address of an event list after "?data=" in the link, or open the bundled timeline.',
    );
    expect(panel).not.toHaveTextContent('npm');
    expect(screen.getByRole('link', { name: 'Open the bundled timeline instead' })).toHaveAttribute(
      'href',
      'https://timeline.example/',
    );
  });

  it('offers a fix that fits a missing file, and a Retry that loads again', async () => {
    let answers = 0;
    vi.stubGlobal('fetch', async (url: URL) => {
      if (url.pathname.endsWith('.txt')) return new Response(SOURCE_TEXT);
      answers += 1;
      return answers === 1
        ? new Response('missing', { status: 404, statusText: 'Not Found' })
        : new Response(JSON.stringify(validFile()));
    });
    try {
      const pageUrl = new URL('https://timeline.example/?data=events.json');
      const options: AppOptions = { ...OPTIONS, dataParam: 'events.json' };
      await act(async () =>
        render(<App options={options} pageUrl={pageUrl} source={dataSourceFor(options, pageUrl)} />),
      );
      const panel = await screen.findByRole('alert');
      expect(panel).toHaveTextContent('the server answered HTTP 404 Not Found');
      expect(panel).toHaveTextContent('Check the address for typing mistakes, and that the file is published there');
      expect(panel).not.toHaveTextContent('npm');
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Retry' })));
      expect(await screen.findByRole('heading', { level: 1, name: 'Test timeline' })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(answers).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
