/**
 * Civil dates: a calendar day with no time and no zone, written `YYYY-MM-DD`.
 * Inside the core every date is a CivilDate; hosts convert spreadsheet Dates at their edge
 * (see src/gas/cells.ts and src/node/cells.ts), so time zones can never shift a deadline.
 */
export type CivilDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/** Builds a CivilDate, or null when the parts are not a real day (32/13/2020). */
export function civil(y: number, m: number, d: number): CivilDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isCivilDate(s: unknown): s is CivilDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  return !!m && civil(+m[1], +m[2], +m[3]) === s;
}

export function parts(d: CivilDate): { y: number; m: number; d: number } {
  return { y: +d.slice(0, 4), m: +d.slice(5, 7), d: +d.slice(8, 10) };
}

/**
 * Days since 1970-01-01 (proleptic Gregorian). Pure integer arithmetic (no Date), so the result
 * never depends on the host's zone. Algorithm: days-from-civil (H. Hinnant).
 */
export function toDayNumber(date: CivilDate): number {
  let { y, m, d } = parts(date);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return civil(y, m, d) as CivilDate;
}

export function addDays(date: CivilDate, n: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/** b − a in days. */
export function diffDays(a: CivilDate, b: CivilDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(date: CivilDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** The weekday (0 = Sunday) of a day number; day 0, 1970-01-01, was a Thursday. */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function lastDayOfMonth(y: number, m: number): CivilDate {
  return civil(y, m, daysInMonth(y, m)) as CivilDate;
}

export function compare(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

/** Spreadsheet serial day (1899-12-30 = 0), used by Sheets and Excel for date numbers. */
const SERIAL_EPOCH = toDayNumber('1899-12-30');

export function fromSerial(serial: number): CivilDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return fromDayNumber(SERIAL_EPOCH + Math.floor(serial));
}

export function toSerial(date: CivilDate): number {
  return toDayNumber(date) - SERIAL_EPOCH;
}

/** `05/07/2019`: the way sheets and e-mails write a date (day first, always). */
export function formatDMY(date: CivilDate): string {
  const { y, m, d } = parts(date);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}
