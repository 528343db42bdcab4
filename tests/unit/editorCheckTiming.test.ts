import { act, renderHook } from '@testing-library/react';
import { en } from '../../src/events/messages.en.ts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHECK_INTERVAL_MS, useDraftCheck } from '../../src/editor/check.ts';
import type { EditorDraft } from '../../src/editor/draft.ts';

const SOURCE_TEXT = 'The delegates agreed on the text of the resolution after long talks.';

/** A valid one-event draft whose event has this title. */
function draftTitled(title: string): EditorDraft {
  return {
    details: { title: 'Test timeline' },
    sources: [{ key: 's1', record: { id: 'wire', publisher: 'Example Wire' }, text: SOURCE_TEXT }],
    events: [
      {
        key: 'e1',
        record: {
          id: 'e1',
          date: '2000-01-01',
          title,
          summary: 'A summary.',
          track: 'Track',
          actors: [],
          citations: [{ source: 'wire', quote: 'agreed on the text' }],
        },
      },
    ],
  };
}

const previewTitle = (check: ReturnType<typeof useDraftCheck>) => check.lastValid?.events[0]?.title;

describe('when the editor checks the draft (useDraftCheck)', () => {
  beforeEach(() => {
    // performance.now() too: the interval is measured with it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks a single edit at once, without waiting for typing to pause', () => {
    const { result, rerender } = renderHook(({ draft }) => useDraftCheck(draft, en), {
      initialProps: { draft: draftTitled('First') },
    });
    expect(previewTitle(result.current)).toBe('First');
    rerender({ draft: draftTitled('Second') });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(previewTitle(result.current)).toBe('Second');
  });

  it('checks steady typing once per interval, and the last key when typing stops', () => {
    const { result, rerender } = renderHook(({ draft }) => useDraftCheck(draft, en), {
      initialProps: { draft: draftTitled('T') },
    });
    rerender({ draft: draftTitled('Ty') });
    act(() => {
      vi.advanceTimersByTime(0);
    });
    expect(previewTitle(result.current)).toBe('Ty');
    // Two more keys well inside the interval: neither is checked yet.
    rerender({ draft: draftTitled('Typ') });
    act(() => {
      vi.advanceTimersByTime(CHECK_INTERVAL_MS / 3);
    });
    rerender({ draft: draftTitled('Typo') });
    act(() => {
      vi.advanceTimersByTime(CHECK_INTERVAL_MS / 3);
    });
    expect(previewTitle(result.current)).toBe('Ty');
    // At the end of the interval the draft as it is then is checked: the last key, not the one before.
    act(() => {
      vi.advanceTimersByTime(CHECK_INTERVAL_MS / 3);
    });
    expect(previewTitle(result.current)).toBe('Typo');
  });
});
