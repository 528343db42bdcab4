import { describe, expect, it } from 'vitest';
import {
  MAX_EMBED_HEIGHT,
  MIN_EMBED_HEIGHT,
  SHORT_FRAME_MAX,
  recommendedEmbedHeight,
} from '../../src/app/embedHeight.ts';
import type { Timeline } from '../../src/events/model.ts';
import { validateEventsFile } from '../../src/events/validate.ts';
import { readFixtureText, validFile } from './fixtures.ts';

interface Sketch {
  readonly date: string;
  readonly track: string;
  readonly title?: string;
}

/** A valid timeline with one event per sketch, each citing the fixture's source. */
function timelineOf(sketches: readonly Sketch[]): Timeline {
  const file = validFile();
  const template = file.events[0];
  const events = sketches.map(({ date, track, title }, index) => ({
    ...template,
    id: `event-${index}`,
    date,
    track,
    title: title ?? `Event number ${index} happens`,
  }));
  const result = validateEventsFile({ ...file, events }, readFixtureText);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.timeline;
}

function heightFor(timeline: Timeline, width: number): number {
  return recommendedEmbedHeight(timeline.events, timeline.tracks, width).height;
}

/** Four more tracks of one event each: a frame tall enough that the minimum height does not hide differences. */
const filler = ['F1', 'F2', 'F3', 'F4'].map((track) => ({ date: '1990-01-01', track }));

const spread = [
  { date: '1970-01-01', track: 'A' },
  { date: '1995-01-01', track: 'A' },
  { date: '2020-01-01', track: 'A' },
];
const bunched = [
  { date: '2018-01-01', track: 'A' },
  { date: '2018-06-01', track: 'A' },
  { date: '2019-01-01', track: 'A' },
  { date: '1970-01-01', track: 'B' },
];

/** A long list, drawn as counts, spread over the given number of tracks. */
function manyOn(count: number, tracks: number): Timeline {
  return timelineOf(
    Array.from({ length: count }, (_, index) => ({
      date: `${1950 + (index % 70)}-01-01`,
      track: `Track ${index % tracks}`,
    })),
  );
}

describe('recommendedEmbedHeight', () => {
  it('counts the tracks it makes room for', () => {
    const timeline = timelineOf(bunched);
    expect(recommendedEmbedHeight(timeline.events, timeline.tracks, 700).trackCount).toBe(2);
  });

  it('makes room for boxes that stack where events are close in time', () => {
    const oneTrackSpread = timelineOf([...spread, ...filler]);
    const oneTrackBunched = timelineOf([...bunched.slice(0, 3), { date: '1970-01-01', track: 'A' }, ...filler]);
    expect(heightFor(oneTrackBunched, 900)).toBeGreaterThan(heightFor(oneTrackSpread, 900));
  });

  it('grows with every track', () => {
    const twoTracks = timelineOf([...spread, ...filler, { date: '1990-01-01', track: 'B' }]);
    const threeTracks = timelineOf([
      ...spread,
      ...filler,
      { date: '1990-01-01', track: 'B' },
      { date: '1990-01-01', track: 'C' },
    ]);
    expect(heightFor(threeTracks, 900)).toBeGreaterThan(heightFor(twoTracks, 900));
    expect(heightFor(twoTracks, 900)).toBeGreaterThan(heightFor(timelineOf([...spread, ...filler]), 900));
  });

  it('asks for more height in a narrow frame, where boxes wrap and stack', () => {
    const timeline = timelineOf(bunched);
    expect(heightFor(timeline, 360)).toBeGreaterThan(heightFor(timeline, 700));
    expect(heightFor(timeline, 700)).toBeGreaterThanOrEqual(heightFor(timeline, 1200));
  });

  it('makes room for a long title wrapping over more lines', () => {
    const long = 'A very long event title that wraps over several lines of its box on the timeline, and more';
    const short = timelineOf(bunched.map((sketch) => ({ ...sketch, title: 'Short' })));
    const wrapped = timelineOf(bunched.map((sketch) => ({ ...sketch, title: long })));
    expect(heightFor(wrapped, 700)).toBeGreaterThan(heightFor(short, 700));
  });

  it('gives whole tens of pixels, never less than a usable frame nor more than a course page can take', () => {
    const small = heightFor(timelineOf([{ date: '2000-01-01', track: 'A' }]), 1200);
    expect(small).toBeGreaterThanOrEqual(MIN_EMBED_HEIGHT);
    expect(small % 10).toBe(0);
    const days = Array.from({ length: 24 }, (_, index) => `2000-01-${String((index % 28) + 1).padStart(2, '0')}`);
    const crowded = timelineOf(days.map((date) => ({ date, track: 'A' })));
    expect(heightFor(crowded, 700)).toBe(MAX_EMBED_HEIGHT);
  });

  it('makes room for a long list drawn as counts, however many events it has', () => {
    const height = heightFor(manyOn(150, 6), 700);
    expect(height).toBe(heightFor(manyOn(400, 6), 700));
    expect(height).toBeLessThan(MAX_EMBED_HEIGHT);
    expect(height).toBeGreaterThan(heightFor(timelineOf([{ date: '2000-01-01', track: 'A' }]), 700));
  });

  it('counts on the tighter rows of a short frame when every track fits in one', () => {
    // Seven tracks, as in the bundled record: a frame under 640 px, with room for each track's row.
    const seven = heightFor(manyOn(46, 7), 700);
    expect(seven).toBeLessThanOrEqual(SHORT_FRAME_MAX);
    expect(seven).toBeGreaterThanOrEqual(7 * 38 + 150);
    // Fourteen tracks do not fit a short frame: the frame is taller, with the full-size rows.
    expect(heightFor(manyOn(46, 14), 700)).toBeGreaterThan(SHORT_FRAME_MAX);
  });

  it('makes room for three lines of a long title, where the timeline cuts it with an ellipsis', () => {
    // At most 18 words of 11 characters: under the validator's 200 characters a title.
    const title = (words: number) => Array.from({ length: words }, () => 'resolution').join(' ');
    const withTitle = (words: number) =>
      timelineOf([...bunched.map((sketch) => ({ ...sketch, title: title(words) })), ...filler]);
    expect(heightFor(withTitle(15), 700)).toBeGreaterThan(heightFor(withTitle(2), 700));
    expect(heightFor(withTitle(18), 700)).toBe(heightFor(withTitle(15), 700));
  });
});
