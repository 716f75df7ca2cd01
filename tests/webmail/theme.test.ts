import { describe, expect, it } from 'vitest';
import { parseCssColour, relativeLuminance } from '@/lib/webmail/theme';

describe('parseCssColour', () => {
  it('reads computed rgb/rgba and hex colours', () => {
    expect(parseCssColour('rgb(31, 34, 39)')).toEqual({ r: 31, g: 34, b: 39, a: 1 });
    expect(parseCssColour('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColour('rgb(255 255 255 / 50%)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseCssColour('#1e1f20')).toEqual({ r: 30, g: 31, b: 32, a: 1 });
    expect(parseCssColour('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColour('transparent')).toBeUndefined();
  });
  it('orders luminance from black to white', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
    expect(relativeLuminance({ r: 30, g: 31, b: 32 })).toBeLessThan(0.2);
  });
});
