import { describe, expect, it } from 'vitest';
import { zoomModifierLabel } from '../../src/timeline/gestures.ts';

describe('zoomModifierLabel', () => {
  it('names ⌘ on Apple systems and Ctrl elsewhere, for the "scroll to zoom" hint', () => {
    expect(zoomModifierLabel('MacIntel')).toBe('⌘');
    expect(zoomModifierLabel('iPad')).toBe('⌘');
    expect(zoomModifierLabel('Win32')).toBe('Ctrl');
    expect(zoomModifierLabel('Linux x86_64')).toBe('Ctrl');
  });
});
