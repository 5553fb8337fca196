/**
 * Template merge: one document per chosen task row, each `{{Column name}}` of the template
 * replaced by that row's cell as the sheet displays it. Placeholders find their column the way
 * headers are found (headerKey: case, diacritics, spaces and punctuation ignored; the English and
 * alias names of known columns work too), so `{{hạn hoàn thành}}`, `{{Due}}` and
 * `{{Hạn hoàn thành}}` all fill from the `Hạn hoàn thành` column.
 *
 * The hosts do the document work (Google Docs copies, .docx files); this module decides which
 * rows, what each document is called, what each placeholder becomes, and what goes back into the
 * `Văn bản` column.
 */
import * as z from 'zod/mini';
import { formatDMY } from '../dates/civil';
import { type Lang, t } from '../i18n';
import { type CellValue, isDateCell } from '../sheet/cells';
import { COMPUTED_COLUMNS, type ColumnDef, TASKS_SHEET, headerNames } from '../plan/columns';
import { cleanText, foldKey, headerKey } from '../text/normalize';

/** `{{ Name }}`: the name may not contain braces; spaces inside the braces are ignored. */
export const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The distinct placeholder names in a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1];
    if (!seen.has(name)) { seen.add(name); out.push(name); }
  }
  return out;
}

const KNOWN: ReadonlyArray<ColumnDef<string>> = [...TASKS_SHEET.columns, ...COMPUTED_COLUMNS];

/**
 * Finds the column a placeholder names in a header row: first the header's own text, then any
 * name of a known column (`Due` for `Hạn hoàn thành`). Null when no column matches.
 */
export function columnFinder(header: string[]): (name: string) => number | null {
  const byKey = new Map<string, number>();
  header.forEach((h, i) => {
    const k = headerKey(h);
    if (k && !byKey.has(k)) byKey.set(k, i);
  });
  return (name) => {
    const k = headerKey(name);
    if (!k) return null;
    const direct = byKey.get(k);
    if (direct !== undefined) return direct;
    const def = KNOWN.find((c) => headerNames(c).some((n) => headerKey(n) === k));
    if (!def) return null;
    for (const n of headerNames(def)) {
      const i = byKey.get(headerKey(n));
      if (i !== undefined) return i;
    }
    return null;
  };
}

/** Replaces every placeholder `resolve` knows; unknown ones stay as they are (and are listed). */
export function fillPlaceholders(text: string, resolve: (name: string) => string | null): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const v = resolve(name);
    if (v === null) { if (!unknown.includes(name)) unknown.push(name); return whole; }
    return v;
  });
  return { text: out, unknown };
}

/** Characters Drive and file systems refuse or misread in a name. */
const BAD_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;
const MAX_NAME = 120;

/** A document name from the pattern; never empty, never a path. */
export function documentName(pattern: string, resolve: (name: string) => string | null, row: number, lang: Lang): string {
  let name = fillPlaceholders(pattern, (n) => resolve(n) ?? '').text;
  name = cleanText(name.replace(BAD_NAME, ' ')).replace(/\s+/g, ' ').replace(/^[\s.\-–]+|[\s.\-–]+$/g, '');
  if (name.length > MAX_NAME) {
    const cut = name.slice(0, MAX_NAME);
    const space = cut.lastIndexOf(' ');
    name = `${(space > MAX_NAME / 2 ? cut.slice(0, space) : cut).trim()}…`;
  }
  return name || t(lang, 'docs.merge.rowName', { row });
}

export interface RowChoice {
  /** Sheet rows (1-based), e.g. the user's selection. */
  rows?: number[];
  /** Rows whose cell in `column` equals `value` (case and diacritics ignored). */
  filter?: { column: string; value: string };
  /** Every task row (the command line's default). */
  all?: boolean;
}

/** What the merge dialog sends (checked on the server: pages are not trusted). */
export const MergeRequestSchema = z.object({
  template: z.optional(z.string().check(z.maxLength(2000))),
  choice: z.object({
    rows: z.optional(z.array(z.number().check(z.int(), z.gte(1), z.lte(10_000_000))).check(z.maxLength(50_000))),
    filter: z.optional(z.object({ column: z.string().check(z.maxLength(200)), value: z.string().check(z.maxLength(2000)) })),
    all: z.optional(z.boolean()),
  }),
  pattern: z.optional(z.string().check(z.maxLength(500))),
  pdf: z.boolean(),
  lang: z.optional(z.enum(['vi', 'en'])),
});

export interface MergeJob {
  /** Sheet row (1-based). */
  row: number;
  name: string;
  /** The row's `Văn bản` cell: a link to the document made last time, or ''. */
  existing: string;
  /** What a placeholder becomes for this row; null when no column has that name. */
  resolve(name: string): string | null;
}

export interface MergePlan {
  jobs: MergeJob[];
  /** Messages that stop the merge (no rows, unknown filter column…). */
  errors: string[];
  /** Template placeholders no column matches (they stay in the documents as typed). */
  unknownPlaceholders: string[];
  /** 0-based column of `Văn bản`, or null when the sheet has none yet. */
  documentColumn: number | null;
  headerRow: number;
}

export interface MergeInput {
  /** The task sheet as displayed (getDisplayValues), header included; row i is sheet row i + 1. */
  display: string[][];
  /** 1-based header row (from readTracker's layout). */
  headerRow: number;
  /** The template's placeholders, when the host knows them before merging (to report unknown ones once). */
  placeholders: string[];
  choice: RowChoice;
  pattern: string;
  lang: Lang;
}

export function planMerge(input: MergeInput): MergePlan {
  const { display, headerRow, lang } = input;
  const header = (display[headerRow - 1] ?? []).map((h) => cleanText(h));
  const find = columnFinder(header);
  const documentColumn = find(TASKS_SHEET.columns.find((c) => c.key === 'document')!.vi);
  const errors: string[] = [];
  const hasContent = (r: number) => (display[r - 1] ?? []).some((v) => cleanText(v) !== '');
  let rows: number[] = [];
  if (input.choice.filter && cleanText(input.choice.filter.column)) {
    const { column, value } = input.choice.filter;
    const c = find(column);
    if (c === null) errors.push(t(lang, 'docs.merge.badFilterColumn', { value: column }));
    else {
      const want = foldKey(value);
      for (let r = headerRow + 1; r <= display.length; r++) {
        if (hasContent(r) && foldKey(display[r - 1][c] ?? '') === want) rows.push(r);
      }
      if (!rows.length) errors.push(t(lang, 'docs.merge.noMatch', { column: header[c] || column, value }));
    }
  } else if (input.choice.all) {
    for (let r = headerRow + 1; r <= display.length; r++) if (hasContent(r)) rows.push(r);
    if (!rows.length) errors.push(t(lang, 'docs.warn.noTasks'));
  } else {
    rows = [...new Set(input.choice.rows ?? [])].filter((r) => r > headerRow && r <= display.length && hasContent(r)).sort((a, b) => a - b);
    if (!rows.length) errors.push(t(lang, 'docs.merge.noRows'));
  }
  const unknownPlaceholders = input.placeholders.filter((p) => find(p) === null);
  const names = new Set<string>();
  const jobs: MergeJob[] = errors.length ? [] : rows.map((row) => {
    const values = display[row - 1];
    const resolve = (name: string): string | null => {
      const c = find(name);
      return c === null ? null : cleanText(values[c] ?? '');
    };
    let name = documentName(input.pattern, resolve, row, lang);
    // Two rows with the same name would overwrite each other offline and confuse people in Drive.
    if (names.has(name.toLocaleLowerCase('vi'))) name = `${name} (${row})`;
    names.add(name.toLocaleLowerCase('vi'));
    return { row, name, existing: documentColumn === null ? '' : cleanText(values[documentColumn] ?? ''), resolve };
  });
  return { jobs, errors, unknownPlaceholders, documentColumn, headerRow };
}

/**
 * The `Văn bản` column block to write back in ONE write: from the first merged row (or the
 * header, when the column is new) to the last, other rows keeping what they show.
 */
export function linkBlock(plan: MergePlan, display: string[][], links: Map<number, string>, newColumnAt: number): { row: number; col: number; values: string[][] } | null {
  if (!links.size) return null;
  const rows = [...links.keys()].sort((a, b) => a - b);
  const col = plan.documentColumn ?? newColumnAt;
  const first = plan.documentColumn === null ? plan.headerRow : rows[0];
  const last = rows[rows.length - 1];
  const values: string[][] = [];
  for (let r = first; r <= last; r++) {
    if (links.has(r)) values.push([links.get(r) as string]);
    else if (r === plan.headerRow && plan.documentColumn === null) values.push([TASKS_SHEET.columns.find((c) => c.key === 'document')!.vi]);
    else values.push([plan.documentColumn === null ? '' : display[r - 1]?.[col] ?? '']);
  }
  return { row: first, col: col + 1, values };
}

/**
 * A cell as the sheet shows it, for hosts that only have values (the .xlsx host): dates
 * `dd/mm/yyyy`, percentages with the decimals of their number format, other numbers as written.
 */
export function displayText(v: CellValue, numberFormat: string | null | undefined, lang: Lang = 'vi'): string {
  if (v === null || v === '') return '';
  if (isDateCell(v)) return formatDMY(v.date);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    const fmt = (numberFormat ?? '').replace(/"[^"]*"/g, '');
    const decimals = (f: string) => (/0[.,](0+)/.exec(f)?.[1].length ?? 0);
    const sep = (s: string) => (lang === 'vi' ? s.replace('.', ',') : s);
    if (fmt.includes('%')) return `${sep((v * 100).toFixed(decimals(fmt)))}%`;
    if (/0[.,]0/.test(fmt)) return sep(v.toFixed(decimals(fmt)));
    return sep(String(v));
  }
  return String(v);
}
