/**
 * Plan text as it really arrives (pasted from Word or a web page, exported from Google Docs,
 * converted by a Markdown tool), made plain before it is read: NFC, one kind of line end, no
 * zero-width characters or NBSP, one kind of dash and bullet, no Markdown emphasis. Tabs stay:
 * they are the cells of tables pasted from Word. Legacy-font (TCVN3/VNI) text is detected.
 */
import { looksLikeLegacyEncoding, normalizeDashes } from '../text/normalize';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\v]/g;
/** Bullet glyphs of Word and Docs, including Symbol/Wingdings private-use code points. */
const BULLETS = /^[•●▪◦○·■□►▸➢➤✓✔❖◆◇\uF0A7\uF0B7\uF076\uF0D8\uF0FC\uF0A8]\s*/;

function stripMarkdown(line: string): string {
  let s = line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/~~([^~\n]+)~~/g, '$1');
  // `* item` is a bullet; every other asterisk is emphasis (`***trước ngày 05/7/2019***`).
  s = s.replace(/^\s*\*+\s+/, '- ').replace(/\*+/g, '');
  s = s.replace(/(^|[\s(])_{1,3}(?=\S)([^_\n]+?)_{1,3}(?=$|[\s).,;:!?])/g, '$1$2');
  return s;
}

/** One line made plain; tabs kept (table cells), other blanks collapsed. */
function cleanLine(line: string): string {
  let s = line.replace(SPACES, ' ');
  s = stripMarkdown(s);
  s = s.replace(BULLETS, '- ');
  // Indentation tabs are not cells: only a line with a tab between words is a table row.
  if (!/\S\t+\S/.test(s)) s = s.replace(/\t/g, ' ');
  return s.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, '').replace(/ *\t */g, '\t');
}

export function cleanPlanText(raw: string): string {
  const text = normalizeDashes(
    String(raw)
      .normalize('NFC')
      .replace(ZERO_WIDTH, '')
      .replace(/\r\n?|[\u2028\u2029\f\u0085]/g, '\n'),
  );
  return text.split('\n').map(cleanLine).join('\n');
}

/**
 * True when the text looks typed in a TCVN3 or VNI font: either as a whole, or in a good part of
 * its lines (a Unicode heading above a legacy body is common when documents are pasted together).
 */
export function isLegacyText(text: string): boolean {
  if (looksLikeLegacyEncoding(text)) return true;
  const lines = text.split('\n').filter((l) => l.trim().length > 20);
  if (lines.length === 0) return false;
  const legacy = lines.filter((l) => looksLikeLegacyEncoding(l)).length;
  return legacy >= 3 && legacy / lines.length >= 0.2;
}
