/**
 * The counters of numbered headings and list items, as official documents, Word and Google Docs
 * draw them: Roman numerals (`I`, `IV`, `XII`) and letters (`a`, `b` … `z`). Past the 26th item
 * the letters start again from `a` (Word would write `aa`; no plan's list runs that long).
 */

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 1 → `I`, 4 → `IV`, 1999 → `MCMXCIX`; '' for 0 and below. */
export function roman(n: number): string {
  let out = '';
  let x = n;
  for (const [v, s] of ROMAN) while (x >= v) { out += s; x -= v; }
  return out;
}

/** 1 → `A`, 26 → `Z`, 27 → `A`: the capital letter of a lettered list's nth item. */
export function upperLetter(n: number): string {
  return String.fromCharCode(64 + ((n - 1) % 26) + 1);
}

/** 1 → `a`, 26 → `z`, 27 → `a`. */
export function lowerLetter(n: number): string {
  return String.fromCharCode(96 + ((n - 1) % 26) + 1);
}
