/**
 * Google's refusals of a write this account may not make: a range protected against it
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection), or a write that
 * would split cells the user merged. The rest of the output is still written, and the refusal is
 * kept for a message naming the sheet and the range.
 */
import type { CellBlock } from '../core/sheet/output';
import { columnLetters } from '../core/sheet/a1';
import { type Lang, t } from '../core/i18n';

const PROTECTED = /protected cell or object|được bảo vệ/i;
const MERGED = /merged range|ô đã gộp|ô được hợp nhất/i;
/** A sheet shrunk by hand since the add-on last grew it. */
const OUT_OF_BOUNDS = /outside the dimensions of the sheet|nằm ngoài kích thước/i;

export interface WriteRefusal {
  kind: 'protected' | 'merged';
  sheet: string;
  range: string;
}

/** The A1 range a block covers. */
export function blockA1(b: CellBlock): string {
  const w = Math.max(1, ...b.values.map((r) => r.length));
  return `${columnLetters(b.col)}${b.row}:${columnLetters(b.col + w - 1)}${b.row + Math.max(1, b.values.length) - 1}`;
}

/** One sentence per refusal, in the user's language. */
export function refusalMessages(refusals: WriteRefusal[], lang: Lang): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of refusals) {
    const key = `${r.kind}|${r.sheet}|${r.range}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(t(lang, r.kind === 'protected' ? 'workspace.sheet.protected' : 'workspace.sheet.merged', { sheet: r.sheet, range: r.range }));
  }
  return out;
}

/** The kind of refusal an error of a write is, or null for any other error. */
export function refusalKind(e: unknown): WriteRefusal['kind'] | null {
  const message = e instanceof Error ? e.message : String(e);
  return PROTECTED.test(message) ? 'protected' : MERGED.test(message) ? 'merged' : null;
}

/** Whether a write failed because the sheet was shrunk by hand since the add-on last grew it. */
export function isOutOfBounds(e: unknown): boolean {
  return OUT_OF_BOUNDS.test(e instanceof Error ? e.message : String(e));
}
