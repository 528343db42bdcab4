import { describe, expect, it } from 'vitest';
import type { TimelineFormatLabelsFunction } from 'vis-timeline/esnext';
import { axisFormat, axisLabel } from '../../src/timeline/axisLabels.ts';

const december4 = new Date(1998, 11, 4);

describe('axis labels', () => {
  it('names months and years in the language, at each scale', () => {
    expect(axisLabel('fr', 'minor', december4, 'month')).toBe('déc.');
    expect(axisLabel('fr', 'major', december4, 'day')).toBe('décembre 1998');
    expect(axisLabel('ru', 'major', december4, 'day')).toBe('декабрь 1998 г.');
    expect(axisLabel('es', 'minor', december4, 'month')).toBe('dic');
    expect(axisLabel('zh', 'minor', december4, 'year')).toBe('1998年');
    expect(axisLabel('zh', 'minor', december4, 'day')).toBe('4日');
    expect(axisLabel('ar', 'minor', december4, 'month')).toBe('ديسمبر');
    expect(axisLabel('ar', 'major', december4, 'month')).toBe('1998');
    expect(axisLabel('fr', 'minor', december4, 'weekday')).toBe('ven. 4');
  });

  it('leaves the year scale without a major label, as vis does', () => {
    expect(axisLabel('fr', 'major', december4, 'year')).toBe('');
  });

  it('reads the moment vis passes by its time', () => {
    const momentLike = { valueOf: () => december4.getTime() } as unknown as Date;
    expect(axisLabel('fr', 'minor', momentLike, 'month')).toBe('déc.');
  });

  it("keeps vis's own English formats, and gives functions for the other languages", () => {
    expect(axisFormat('en').minorLabels).toMatchObject({ month: 'MMM', year: 'YYYY' });
    const minor = axisFormat('ar').minorLabels as TimelineFormatLabelsFunction;
    expect(minor(december4, 'month', 1)).toBe('ديسمبر');
  });
});
