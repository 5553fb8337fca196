/**
 * Vietnamese text as it really arrives: decomposed (NFD) from Windows keyboards, NBSP and
 * zero-width characters from Word and the web, dashes of every kind, Markdown emphasis.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

/** NFC, NBSP and zero-width removed, runs of blanks collapsed inside lines, trimmed. */
export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(/\r\n?/g, '\n')
    .replace(SPACES, ' ')
    .replace(/ +/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

/** Dashes of every kind become `-` (used when reading plan text and dependency notation). */
export function normalizeDashes(s: string): string {
  return s.replace(DASHES, '-');
}

/**
 * Old-style tone placement (`hoà`, `uỷ`, `thuý`) folded to the new style (`hòa`, `ủy`, `thúy`)
 * so the same name typed two ways matches. Applied to NFC text, lower case.
 */
const OLD_TONES: Array<[RegExp, string]> = [
  [/oà/g, 'òa'], [/oá/g, 'óa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
  [/oè/g, 'òe'], [/oé/g, 'óe'], [/oẻ/g, 'ỏe'], [/oẽ/g, 'õe'], [/oẹ/g, 'ọe'],
  [/uỳ/g, 'ùy'], [/uý/g, 'úy'], [/uỷ/g, 'ủy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'],
];

function foldTones(lower: string): string {
  // `qu` + vowel keeps its mark on the vowel after `u` (quý, quỳnh): only fold when not after q.
  let out = lower;
  for (const [re, rep] of OLD_TONES) {
    out = out.replace(re, (m, offset: number) => (offset > 0 && out[offset - 1] === 'q' ? m : rep));
  }
  return out;
}

/** Key for exact-ish matching of names: NFC, lower case, tone placement folded, spaces collapsed. */
export function nameKey(s: string): string {
  return foldTones(cleanText(s).toLowerCase()).replace(/\s+/g, ' ');
}

/** Diacritics-insensitive key: NFD, combining marks dropped, đ → d, lower case. */
export function foldKey(s: string): string {
  return cleanText(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Header key: diacritics-insensitive, punctuation and spaces dropped (`% hoàn thành` → `hoanthanh%`-like). */
export function headerKey(s: string): string {
  return foldKey(s).replace(/[^a-z0-9%]/g, '');
}

/** Lead/Support cells: names separated by `;` or new lines. */
export function splitNames(s: string): string[] {
  return cleanText(s)
    .split(/[;\n]+/)
    .map((x) => x.trim().replace(/[.,]+$/, '').trim())
    .filter((x) => x.length > 0);
}

/**
 * TCVN3 / VNI text shows Vietnamese letters as Latin-1 look-alikes (`Uû ban nh©n d©n`).
 * Heuristic: several characters typical of those fonts and no real Vietnamese letters.
 */
export function looksLikeLegacyEncoding(s: string): boolean {
  const legacy = s.match(/[©¨®µ¸¹¼½¾ÆÇÌÏÑ×ØÞßãåæçìîïñõöøùûüýþÿ¶·»]|[aeiouy][ùúûüõôòóøö][a-z]?/gi);
  if (!legacy || legacy.length < 3) return false;
  const vietnamese = s.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi);
  return !vietnamese || vietnamese.length < legacy.length / 4;
}

/** Text safe to put into a cell: a leading `=`, `+`, `-`, `@` would make Sheets read a formula. */
export function needsQuotePrefix(s: string): boolean {
  return /^[=+\-@]/.test(s) || /^\d[\d/.-]*$/.test(s) || /^'/.test(s);
}

/** Escape for HTML text and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
