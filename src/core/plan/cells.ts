/**
 * A cell's value as the plan reads it: empty or not, its text, and the dates, percents, yes/no,
 * numbers and e-mail addresses users type, each parsed or refused with a code.
 */
import { type CivilDate, civil, fromSerial, isCivilDate } from '../dates/civil';
import { cleanText } from '../text/normalize';
import { type CellValue, isDateCell } from '../sheet/cells';


/** `""`, null and blank strings are empty; so is a cell holding only spaces or NBSP. */
export function isEmptyCell(v: CellValue): boolean {
  return v === null || v === '' || (typeof v === 'string' && cleanText(v) === '');
}

/** The cell as text, the way a user would read it (dates day first). */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (isDateCell(v)) return `${v.date.slice(8, 10)}/${v.date.slice(5, 7)}/${v.date.slice(0, 4)}`;
  if (typeof v === 'string') return cleanText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ParseError };
export type ParseError =
  | 'badDate' | 'timeOnly' | 'notADate' | 'yearNotDate' | 'dateOutOfRange' | 'badPercent' | 'percentOver100' | 'badYesNo' | 'badNumber' | 'badEmail';

/**
 * Dates a plan can hold. Spreadsheets count days from 1900 (Excel cannot show an earlier date,
 * and a number typed into a date column lands there: `2020` is 12/07/1905), and the official
 * calendar of days off is only known for a few years either side of today; a deadline beyond
 * 2100 or before 1900 is a typing mistake (`31/12/9999`, `01/01/0001`), not a plan, and left
 * in it would make every working-day count meaningless.
 */
export const MIN_PLAN_DATE = '1900-01-01';
export const MAX_PLAN_DATE = '2100-12-31';

function inWindow(d: CivilDate): Parsed<CivilDate | null> {
  return d >= MIN_PLAN_DATE && d <= MAX_PLAN_DATE ? ok(d) : fail('dateOutOfRange');
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ParseError): Parsed<T> => ({ ok: false, code });

/**
 * Day-first text dates: `05/07/2019`, `5-7-2019`, `05.07.2019`, `5/7/19`; ISO `2019-07-05` is
 * unambiguous and accepted too. Never month-first: `07/13/2019` is an error, not July 13.
 */
export function parseDateText(s: string): CivilDate | null {
  const t = cleanText(s).replace(/^ngày\s+/i, '');
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(t);
  if (m) {
    let y = +m[3];
    if (m[3].length === 2) y += 2000;
    return civil(y, +m[2], +m[1]);
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return civil(+m[1], +m[2], +m[3]);
  return null;
}

export function parseDateCell(v: CellValue): Parsed<CivilDate | null> {
  if (isEmptyCell(v)) return ok(null);
  if (isDateCell(v)) {
    // Sheets returns a time-only cell as a Date on 1899-12-30.
    if (v.date === '1899-12-30') return fail('timeOnly');
    return isCivilDate(v.date) ? inWindow(v.date) : fail('badDate');
  }
  if (typeof v === 'number') {
    // A whole number that reads as a year is a year typed alone, not day 2020 after 1899-12-30.
    if (Number.isInteger(v) && v >= 1000 && v <= 9999) return fail('yearNotDate');
    const d = fromSerial(v);
    return d ? inWindow(d) : fail('notADate');
  }
  if (typeof v === 'string') {
    const d = parseDateText(v);
    if (!d && /^\d{4}$/.test(cleanText(v))) return fail('yearNotDate');
    return d ? inWindow(d) : fail('badDate');
  }
  return fail('notADate');
}

/**
 * Fractions (Sheets' and Excel's own % cells hold 0.5 for 50 %), whole numbers 1–100 typed
 * without %, or text `50%`. A fraction above 1 (`1.2`, what a % cell holds for 120 %) is over
 * 100 %, never read as 1.2 %.
 */
export function parsePercentCell(v: CellValue): Parsed<number | null> {
  if (isEmptyCell(v)) return ok(null);
  let n: number;
  if (typeof v === 'number') n = v > 1 && Number.isInteger(v) ? v / 100 : v;
  else if (typeof v === 'string') {
    const m = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(cleanText(v));
    if (!m) return fail('badPercent');
    const x = parseFloat(m[1].replace(',', '.'));
    n = cleanText(v).endsWith('%') || x > 1 ? x / 100 : x;
  } else return fail('badPercent');
  if (Number.isFinite(n) && n > 1) return fail('percentOver100');
  return Number.isFinite(n) && n >= 0 ? ok(Math.round(n * 10000) / 10000) : fail('badPercent');
}

/** How a percent cell reads to the user (`1.2` in a % cell is shown as 120%). */
export function percentText(v: CellValue): string {
  if (typeof v === 'number' && !Number.isInteger(v)) return `${Math.round(v * 10000) / 100}%`;
  return cellText(v);
}

const YES = new Set(['co', 'yes', 'y', 'true', 'x', '1', 'bat', 'on']);
const NO = new Set(['khong', 'no', 'n', 'false', '0', 'tat', 'off', 'k']);

export function parseYesNoCell(v: CellValue, dflt: boolean): Parsed<boolean> {
  if (isEmptyCell(v)) return ok(dflt);
  if (typeof v === 'boolean') return ok(v);
  const k = cellText(v).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
  if (YES.has(k)) return ok(true);
  if (NO.has(k)) return ok(false);
  return fail('badYesNo');
}

export function parseNumberCell(v: CellValue): Parsed<number | null> {
  if (isEmptyCell(v)) return ok(null);
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail('badNumber');
  if (typeof v === 'string') {
    const t = cleanText(v).replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(t) ? ok(parseFloat(t)) : fail('badNumber');
  }
  return fail('badNumber');
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i;

export function parseEmailCell(v: CellValue): Parsed<string | null> {
  if (isEmptyCell(v)) return ok(null);
  const s = cellText(v);
  return EMAIL.test(s) ? ok(s) : fail('badEmail');
}
