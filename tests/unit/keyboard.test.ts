import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyContext } from '../../src/timeline/keyboard.ts';
import { validTimeline } from './fixtures.ts';

const { events } = validTimeline();
const everything = { start: new Date(1900, 0, 1), end: new Date(2100, 0, 1) };

function context(direction: KeyContext['direction'], activeIndex: number): KeyContext {
  return { events, activeIndex, window: everything, direction };
}

describe('arrow keys in reading order', () => {
  it('walks forward in time with → and back with ← left to right', () => {
    expect(commandForKey('ArrowRight', context('ltr', 0))).toEqual({ kind: 'activate', index: 1 });
    expect(commandForKey('ArrowLeft', context('ltr', 1))).toEqual({ kind: 'activate', index: 0 });
  });

  it('walks back in time with → and forward with ← right to left', () => {
    expect(commandForKey('ArrowRight', context('rtl', 1))).toEqual({ kind: 'activate', index: 0 });
    expect(commandForKey('ArrowLeft', context('rtl', 0))).toEqual({ kind: 'activate', index: 1 });
  });

  it('starts right to left from the earliest event in view with ←', () => {
    expect(commandForKey('ArrowLeft', context('rtl', -1))).toEqual({ kind: 'activate', index: 0 });
  });

  it('keeps Home and End on the first and last events in either direction', () => {
    expect(commandForKey('Home', context('rtl', 1))).toEqual({ kind: 'activate', index: 0 });
    expect(commandForKey('End', context('rtl', 0))).toEqual({ kind: 'activate', index: events.length - 1 });
  });
});
