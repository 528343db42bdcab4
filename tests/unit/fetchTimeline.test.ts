import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchTimeline } from '../../src/events/fetchTimeline.ts';
import { problemMessage, problemText } from '../../src/events/problemsInEnglish.ts';
import { SOURCE_TEXT, validFile } from './fixtures.ts';

const DATA_URL = new URL('https://teacher.example/course/events.json');

function serve(files: Record<string, string>) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: URL) => {
    requested.push(url.href);
    const body = files[url.href];
    return Promise.resolve(
      body === undefined ? new Response('missing', { status: 404, statusText: 'Not Found' }) : new Response(body),
    );
  });
  return requested;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchTimeline', () => {
  it('loads the file and the source texts beside it, and checks quotes against them', async () => {
    const requested = serve({
      [DATA_URL.href]: JSON.stringify(validFile()),
      'https://teacher.example/course/sources/wire.txt': SOURCE_TEXT,
    });
    const result = await fetchTimeline(DATA_URL);
    expect(result.ok && result.timeline.events.map((event) => event.citations[0]!.checked)).toEqual([true, true]);
    expect(requested).toEqual([DATA_URL.href, 'https://teacher.example/course/sources/wire.txt']);
  });

  it('reports a source text it could not fetch at the source', async () => {
    serve({ [DATA_URL.href]: JSON.stringify(validFile()) });
    const result = await fetchTimeline(DATA_URL);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toMatchObject([{ code: 'unreadable-source-text', path: ['sources', 0, 'text'] }]);
    expect(problems.map(problemText)).toEqual([
      'source 1, id “wire-2020-09-30”, text: cannot read "sources/wire.txt": ' +
        'the server answered HTTP 404 Not Found; expected the source text (HTTP 200)',
    ]);
  });

  it('never fetches a source path outside the sources folder', async () => {
    const file = validFile();
    file.sources[0]!.text = 'https://tracker.example/pixel.txt';
    const requested = serve({ [DATA_URL.href]: JSON.stringify(file) });
    const result = await fetchTimeline(DATA_URL);
    expect(requested).toEqual([DATA_URL.href]);
    expect(result.ok).toBe(false);
  });

  it('says the address could not be reached when the request itself fails', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const result = await fetchTimeline(DATA_URL);
    expect(result.ok ? '' : problemMessage(result.problems[0]!)).toMatch(
      /^could not be fetched: the address is unreachable, you are offline, or its server does not allow other sites to read it \(CORS\)$/,
    );
  });

  it('tells the kind of failure, so the reader is offered a fix that fits', async () => {
    serve({});
    const result = await fetchTimeline(DATA_URL);
    expect(result.ok ? undefined : result.failure).toEqual({ kind: 'http', retry: true });
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const unreachable = await fetchTimeline(DATA_URL);
    expect(unreachable.ok ? undefined : unreachable.failure?.kind).toBe('unreachable');
  });

  it('reports the bytes received and the share of the declared size as the file arrives', async () => {
    const body = new TextEncoder().encode(JSON.stringify(validFile()));
    const half = Math.floor(body.byteLength / 2);
    vi.stubGlobal('fetch', (url: URL) => {
      if (url.href !== DATA_URL.href) return Promise.resolve(new Response(SOURCE_TEXT));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(body.subarray(0, half));
          controller.enqueue(body.subarray(half));
          controller.close();
        },
      });
      return Promise.resolve(new Response(stream, { headers: { 'content-length': String(body.byteLength) } }));
    });
    const progress: unknown[] = [];
    const result = await fetchTimeline(DATA_URL, { onProgress: (step) => progress.push(step) });
    expect(result.ok).toBe(true);
    expect(progress).toEqual([
      { received: half, total: body.byteLength },
      { received: body.byteLength, total: body.byteLength },
    ]);
  });

  it('gives up when no data arrives for 20 seconds, saying so', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('fetch', (_url: URL, init: RequestInit) => {
        return new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        );
      });
      const pending = fetchTimeline(DATA_URL);
      await vi.advanceTimersByTimeAsync(19_999);
      let settled = false;
      void pending.then(() => (settled = true));
      await Promise.resolve();
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const result = await pending;
      expect(result.ok ? undefined : [result.failure?.retry, problemMessage(result.problems[0]!)]).toEqual([
        true,
        'no data arrived for 20 seconds, so loading stopped; the server may be down, very slow, or not answering',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
