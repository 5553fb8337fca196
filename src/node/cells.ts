/**
 * The one place where this host converts cell values between exceljs and the core.
 *
 * Dates: an .xlsx file stores a date as a serial day number; exceljs hands a date-formatted cell
 * back as a JS Date at 00:00 UTC of that day (serial − 25569 days since the epoch, no zone
 * involved), and a fractional serial (date and time) as that instant in UTC. So the civil day is
 * always the Date's UTC year/month/day, whatever the machine's zone; writing goes the other way
 * with `Date.UTC`. A time-only cell comes back as 1899-12-30, like Sheets, and the core reports it.
 */
import ExcelJS from 'exceljs';
import { type CivilDate, civil } from '../core/dates/civil';
import { type CellValue, type DateCell, isDateCell } from '../core/sheet/cells';
import type { FormulaCell, OutCell } from '../core/sheet/output';

type XlsxValue = ExcelJS.CellValue;

export function civilFromUtcDate(d: Date): CivilDate | null {
  if (Number.isNaN(d.getTime())) return null;
  return civil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function utcDateFromCivil(date: CivilDate): Date {
  return new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
}

function richTextOf(v: { richText: Array<{ text: string }> }): string {
  return v.richText.map((r) => r.text ?? '').join('');
}

/**
 * What the core reads, the way Sheets' getValues would give it: '' for empty, numbers,
 * booleans, `{ date }`, and text for everything else (rich text flattened, a formula's cached
 * result, a hyperlink's text, an error as `#REF!`).
 */
export function readCell(v: XlsxValue | undefined): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) {
    const d = civilFromUtcDate(v);
    return d ? { date: d } : '';
  }
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return richTextOf(v);
    if ('error' in v) return String(v.error);
    if ('formula' in v || 'sharedFormula' in v) {
      // A formula saved without a cached result (written by a tool that does not calculate) reads as empty.
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return '';
      if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return String(result.error);
      return readCell(result as XlsxValue);
    }
    if ('hyperlink' in v) {
      const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return richTextOf(text as { richText: Array<{ text: string }> });
      return String((v as ExcelJS.CellHyperlinkValue).hyperlink ?? '');
    }
    if ('text' in v && typeof (v as { text: unknown }).text === 'string') return (v as { text: string }).text;
  }
  return String(v);
}

export function isFormulaCell(v: unknown): v is FormulaCell {
  return typeof v === 'object' && v !== null && typeof (v as FormulaCell).formula === 'string';
}

/**
 * What to store for a value the core wants written. Strings stay literal text (exceljs stores a
 * string as a string cell, so `=SUM(A1)` typed by a user is never turned into a formula); only an
 * explicit `{ formula }` becomes one.
 */
export function writeCell(v: OutCell | FormulaCell): XlsxValue {
  if (v === null || v === undefined) return null;
  if (isFormulaCell(v)) return { formula: v.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  if (isDateCell(v)) return utcDateFromCivil((v as DateCell).date);
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  // Excel reports a file with a longer cell as damaged (Sheets allows 50 000; Excel 32 767).
  if (typeof v === 'string' && v.length > MAX_XLSX_TEXT) return v.slice(0, MAX_XLSX_TEXT);
  return v as string | number | boolean;
}

/** Excel's limit on the characters of one cell. */
export const MAX_XLSX_TEXT = 32_767;

/** True when a number format shows a date (so a date written into that cell keeps the user's format). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  // Quoted text, [colour]/[$-locale] tags and escaped characters are not format codes.
  const stripped = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(stripped);
}

export const DATE_FORMAT = 'dd/mm/yyyy';
