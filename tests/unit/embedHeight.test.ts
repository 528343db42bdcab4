import { describe, expect, it } from 'vitest';
import { MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT, recommendedEmbedHeight } from '../../src/app/embedHeight.ts';
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

describe('recommendedEmbedHeight', () => {
  it('counts the tracks it makes room for', () => {
    const timeline = timelineOf(bunched);
    expect(recommendedEmbedHeight(timeline.events, timeline.tracks, 700).trackCount).toBe(2);
  });

  it('makes room for boxes that stack where events are close in time', () => {
    const oneTrackSpread = timelineOf(spread);
    const oneTrackBunched = timelineOf(bunched.slice(0, 3).concat({ date: '1970-01-01', track: 'A' }));
    expect(heightFor(oneTrackBunched, 900)).toBeGreaterThan(heightFor(oneTrackSpread, 900));
  });

  it('grows with every track', () => {
    const twoTracks = timelineOf([...spread, { date: '1990-01-01', track: 'B' }]);
    const threeTracks = timelineOf([...spread, { date: '1990-01-01', track: 'B' }, { date: '1990-01-01', track: 'C' }]);
    expect(heightFor(threeTracks, 900)).toBeGreaterThan(heightFor(twoTracks, 900));
    expect(heightFor(twoTracks, 900)).toBeGreaterThan(heightFor(timelineOf(spread), 900));
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
    const manyOn = (count: number) =>
      timelineOf(
        Array.from({ length: count }, (_, index) => ({
          date: `${1950 + (index % 70)}-01-01`,
          track: index % 2 === 0 ? 'A' : 'B',
        })),
      );
    const height = heightFor(manyOn(150), 700);
    expect(height).toBe(heightFor(manyOn(400), 700));
    expect(height).toBeLessThan(MAX_EMBED_HEIGHT);
    expect(height).toBeGreaterThan(heightFor(timelineOf([{ date: '2000-01-01', track: 'A' }]), 700));
  });
});
