import { describe, expect, it } from 'vitest';
import { benchDataset } from '../../tools/generate-events.ts';
import { toTimelineJs } from '../../tools/timelinejs-format.ts';
import { problemText } from '../../src/events/problemsInEnglish.ts';
import { validateEventsText } from '../../src/events/validate.ts';

describe("the benchmark's generated event lists", () => {
  const { file, sourceTexts } = benchDataset(1000);

  it('pass the validator, every quote found in its source text', () => {
    const result = validateEventsText(
      JSON.stringify(file),
      (path) => sourceTexts.get(path) ?? new Error('no such text'),
    );
    if (!result.ok) expect.fail(result.problems.map(problemText).join('\n'));
    expect(result.timeline.events).toHaveLength(1000);
    expect(result.timeline.events.every((event) => event.citations.some((citation) => citation.checked))).toBe(true);
  });

  it('spread over 1970–2025 on several tracks, with unique titles', () => {
    const years = file.events.map((event) => Number(event.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(1970);
    expect(Math.max(...years)).toBe(2025);
    expect(new Set(file.events.map((event) => event.track)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(file.events.map((event) => event.title)).size).toBe(1000);
  });

  it('are the same on every run', () => {
    expect(benchDataset(1000).file).toEqual(file);
  });
});

describe('the TimelineJS version of an event list', () => {
  const { file } = benchDataset(3);

  it('keeps the dates at their precision and the ids', () => {
    const slides = toTimelineJs({
      ...file,
      events: [
        { ...file.events[0]!, id: 'a', date: '1998-12-04', end: '1999' },
        { ...file.events[0]!, id: 'b', date: '2001-03' },
      ],
    }).events;
    expect(slides.map((slide) => [slide.unique_id, slide.start_date, slide.end_date])).toEqual([
      ['a', { year: 1998, month: 12, day: 4 }, { year: 1999 }],
      ['b', { year: 2001, month: 3 }, undefined],
    ]);
  });

  it('escapes text, since TimelineJS reads it as HTML', () => {
    const [slide] = toTimelineJs({
      ...file,
      events: [{ ...file.events[0]!, title: '<img src=x onerror=alert(1)>' }],
    }).events;
    expect(slide?.text.headline).toBe('&#60;img src=x onerror=alert(1)&#62;');
  });
});
