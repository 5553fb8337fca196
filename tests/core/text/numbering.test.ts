/** Heading and list counters (core/text/numbering.ts), shared by the documents and both hosts' readers. */
import { describe, expect, it } from 'vitest';
import { lowerLetter, roman, upperLetter } from '../../../src/core/text/numbering';

describe('numbering', () => {
  it('writes Roman numerals', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40, 90, 400, 1999, 2024].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV', 'XL', 'XC', 'CD', 'MCMXCIX', 'MMXXIV']);
    expect(roman(0)).toBe('');
  });

  it('writes list letters, starting again after z', () => {
    expect([1, 2, 26, 27].map(lowerLetter)).toEqual(['a', 'b', 'z', 'a']);
    expect([1, 2, 26, 27].map(upperLetter)).toEqual(['A', 'B', 'Z', 'A']);
  });
});
