/**
 * A formula's saved result that is text or an error (`t="str"` / `t="e"` in the sheet XML) is read
 * by exceljs as a date when the cell has a date format: `#DIV/0!` or `="15/11/2019"` in the
 * «Hạn hoàn thành» column becomes an Invalid Date, which would read as an empty cell, so a broken
 * deadline would pass silently. These helpers take those results from the XML and put them back.
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';

/** A saved formula result that is not a number: text, or an error such as `#REF!`. */
export type CachedResult = string | { error: string };

/** Sheet name → cell address → saved text or error result, for formula cells only. */
export type CachedResults = Map<string, Map<string, CachedResult>>;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function xmlText(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/gi, (all, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? all;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code) : all;
  });
}

function attr(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** Which worksheet file holds which sheet name, from xl/workbook.xml and its relationships. */
async function sheetFiles(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string');
  const files = new Map<string, string>();
  if (!workbook || !rels) return files;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1], 'name');
    const id = attr(m[1], 'r:id');
    const file = id ? targets.get(id) : undefined;
    if (name !== undefined && file) files.set(file, xmlText(name));
  }
  return files;
}

/**
 * The text and error results of formula cells, sheet by sheet (only sheets that have some);
 * `sheets`: each worksheet's XML by its path in the package, already read.
 */
export async function cachedResults(zip: JSZip, sheets: ReadonlyMap<string, string>): Promise<CachedResults> {
  const out: CachedResults = new Map();
  for (const [file, sheetName] of await sheetFiles(zip)) {
    const xml = sheets.get(file);
    if (!xml || !/\bt="(?:e|str)"/.test(xml)) continue;
    const cells = new Map<string, CachedResult>();
    // A cell with content (not self-closed): its attributes, then its <f> and <v>.
    for (const m of xml.matchAll(/<c\b([^>]*[^/>])?>([\s\S]*?)<\/c>/g)) {
      const attrs = m[1] ?? '';
      const type = attr(attrs, 't');
      if (type !== 'e' && type !== 'str') continue;
      const body = m[2];
      if (!/<f\b/.test(body)) continue;
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const ref = attr(attrs, 'r');
      if (v === undefined || !ref) continue;
      cells.set(ref, type === 'e' ? { error: xmlText(v) } : xmlText(v));
    }
    if (cells.size) out.set(sheetName, cells);
  }
  return out;
}

function isInvalidDate(v: unknown): boolean {
  return v instanceof Date && Number.isNaN(v.getTime());
}

/** Puts back the saved text or error result where exceljs left an Invalid Date. */
export function restoreCachedResults(book: ExcelJS.Workbook, results: CachedResults): void {
  for (const ws of book.worksheets) {
    const cells = results.get(ws.name);
    if (!cells) continue;
    for (const [ref, result] of cells) {
      const cell = ws.getCell(ref);
      const v = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue | null;
      if (v && typeof v === 'object' && 'result' in v && isInvalidDate(v.result)) {
        cell.value = { ...v, result } as ExcelJS.CellValue;
      }
    }
  }
}
