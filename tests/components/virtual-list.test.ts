import { describe, expect, it } from 'vitest';
import { wholeRowsHeight } from '@/components/VirtualList';

// Offsets are the running sums of the row heights: [0, h0, h0+h1, ...].
const offsetsOf = (heights: number[]): number[] => heights.reduce((acc, h) => [...acc, (acc.at(-1) ?? 0) + h], [0]);

describe('wholeRowsHeight', () => {
  it('takes everything when it fits', () => {
    expect(wholeRowsHeight(offsetsOf([82, 82]), 400)).toBe(164);
    expect(wholeRowsHeight(offsetsOf([]), 400)).toBe(0);
  });

  it('stops at the last whole row, so a taller row is never cut', () => {
    // 82 × 3 = 246; a 4th row of 109 would end at 355 > 335.
    expect(wholeRowsHeight(offsetsOf([82, 82, 82, 109, 82]), 335)).toBe(246);
    expect(wholeRowsHeight(offsetsOf([82, 82, 82, 109, 82]), 355)).toBe(355);
    expect(wholeRowsHeight(offsetsOf([82, 82, 82, 109, 82]), 436)).toBe(355);
  });

  it('gives the whole budget when even the first row is taller', () => {
    expect(wholeRowsHeight(offsetsOf([500, 82]), 300)).toBe(300);
  });
});
