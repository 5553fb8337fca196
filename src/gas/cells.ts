/**
 * THE one place where spreadsheet Dates and civil dates meet.
 *
 * Sheets stores a date cell as a day with no zone. `Range.getValues()` hands it over as the JS Date
 * of that day's midnight in the SPREADSHEET's zone (not the script's), and `setValues()` reads a
 * Date as its wall clock in the spreadsheet's zone. So a civil day goes out as "midnight of that
 * day in the spreadsheet's zone" and comes back by formatting in that same zone: the round trip
 * is exact whatever the script's, the spreadsheet's or the server's zone.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
 *
 * Why Dates and not `=DATE(y,m,d)` formulas: a formula would leave a formula in the cell (users
 * copy and paste cells; the core treats user formulas as theirs), while a Date leaves a plain date
 * value that keeps the cell's own date format.
 *
 * Why not one `Utilities.formatDate` per cell: that is one service call per date, so a refresh of
 * 5 000 tasks would make 15 000 calls. The zone arithmetic is done with `Intl` (V8 has full ICU in
 * Apps Script), checked once per calendar against `Utilities.formatDate`; should they ever
 * disagree (or Intl lack the zone), every conversion goes through `Utilities.formatDate` instead.
 */
import type { CivilDate } from '../core/dates/civil';
import type { CellValue } from '../core/sheet/cells';
import { needsQuotePrefix } from '../core/text/normalize';
import type { FormulaCell, OutCell } from '../core/sheet/output';

/** Dates from a service may come from another realm in tests: check the tag, not `instanceof`. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function utcWall(y: number, m: number, d: number, h = 0, mi = 0, s = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
}

/** Civil days ↔ instants in one zone. */
export class ZoneCalendar {
  private intl: Intl.DateTimeFormat | null = null;
  private checked = false;
  /** Tasks share dates: each distinct instant is converted once. */
  private days = new Map<number, CivilDate>();
  /** And each distinct day is turned into its midnight once (the written dates of a plan repeat). */
  private midnights = new Map<CivilDate, number>();

  constructor(readonly timeZone: string) {}

  private formatter(): Intl.DateTimeFormat | null {
    if (this.checked) return this.intl;
    this.checked = true;
    try {
      const f = new Intl.DateTimeFormat('en-US', {
        timeZone: this.timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
      // One probe against Google's own formatter: a summer instant, where zones with DST differ most.
      const probe = new Date(Date.UTC(2021, 6, 15, 12, 34, 56));
      const mine = this.wallText(f, probe);
      const google = Utilities.formatDate(probe, this.timeZone, "yyyy-MM-dd'T'HH:mm:ss");
      this.intl = mine === google ? f : null;
    } catch {
      this.intl = null;
    }
    return this.intl;
  }

  private parts(f: Intl.DateTimeFormat, d: Date): { y: number; m: number; d: number; h: number; mi: number; s: number } {
    const p: Record<string, string> = {};
    for (const x of f.formatToParts(d)) p[x.type] = x.value;
    return { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour) % 24, mi: Number(p.minute), s: Number(p.second) };
  }

  private wallText(f: Intl.DateTimeFormat, d: Date): string {
    const w = this.parts(f, d);
    return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`;
  }

  /** The zone's offset from UTC at instant `ms`, in milliseconds. */
  private offsetAt(ms: number): number {
    const f = this.formatter();
    if (f) {
      const w = this.parts(f, new Date(ms));
      return utcWall(w.y, w.m, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000;
    }
    const z = Utilities.formatDate(new Date(ms), this.timeZone, 'Z'); // e.g. +0700
    const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
  }

  /** The civil day an instant falls on in this zone. */
  civilOf(d: Date): CivilDate {
    const ms = d.getTime();
    const known = this.days.get(ms);
    if (known !== undefined) return known;
    const f = this.formatter();
    let day: CivilDate;
    if (!f) day = Utilities.formatDate(d, this.timeZone, 'yyyy-MM-dd');
    else {
      const w = this.parts(f, d);
      day = `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`;
    }
    this.days.set(ms, day);
    return day;
  }

  /** Midnight of a civil day in this zone (where midnight is skipped by DST, the first instant of that day). */
  midnightOf(date: CivilDate): Date {
    const known = this.midnights.get(date);
    if (known !== undefined) return new Date(known);
    const ms = this.computeMidnight(date);
    this.midnights.set(date, ms);
    return new Date(ms);
  }

  private computeMidnight(date: CivilDate): number {
    const guess = utcWall(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
    const first = guess - this.offsetAt(guess);
    const second = guess - this.offsetAt(first);
    // In a gap at midnight one candidate falls on the evening before; take the one on the day.
    const onDay = [Math.min(first, second), Math.max(first, second)].find((ms) => this.civilOf(new Date(ms)) === date);
    return onDay ?? second;
  }
}

const calendars = new Map<string, ZoneCalendar>();

function calendar(tz: string | ZoneCalendar): ZoneCalendar {
  if (typeof tz !== 'string') return tz;
  let c = calendars.get(tz);
  if (!c) {
    c = new ZoneCalendar(tz);
    calendars.set(tz, c);
  }
  return c;
}

/**
 * A value from `getValues()` as the core reads it. A Date becomes `{ date }`: the day in the
 * spreadsheet's zone `tz`; a time-only cell (a Date on 1899-12-30) stays `{ date: '1899-12-30' }`
 * so the core can say "time without a date".
 */
export function toCell(v: unknown, tz: string | ZoneCalendar): CellValue {
  if (v === null || v === undefined) return null;
  if (isDate(v)) return Number.isNaN(v.getTime()) ? null : { date: calendar(tz).civilOf(v) };
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

const MONTH_WORD = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * Text Sheets would not keep as typed. `needsQuotePrefix` covers formulas and digit strings;
 * Sheets also converts `50%`, `TRUE`, `12:30`, `1,5`, `$5`, `May 5`. Other text is left bare so
 * the formula bar shows what the user expects.
 */
export function sheetsWouldConvert(s: string): boolean {
  const t = s.trim();
  return needsQuotePrefix(s) || needsQuotePrefix(t) || /^[+\-.,$€£¥₫]?\d/.test(t) || /\d\s*%$/.test(t) || /^(true|false)$/i.test(t) || MONTH_WORD.test(t);
}

/** A value for `setValues()`: text stays text (never a formula), `{date}` is midnight in `tz`, `{formula}` is a formula. */
/**
 * Characters one cell holds; a longer string fails the whole setValues, so a text the add-on
 * copies (a 50 000-character title indented in the Gantt sheet) is cut with an ellipsis.
 * https://support.google.com/drive/answer/37603
 */
export const SHEETS_CELL_LIMIT = 50_000;

export function toSheetValue(out: OutCell | FormulaCell, tz: string | ZoneCalendar): string | number | boolean | Date {
  if (out === null || out === undefined) return '';
  if (typeof out === 'string') {
    const text = out.length > SHEETS_CELL_LIMIT - 1 ? `${out.slice(0, SHEETS_CELL_LIMIT - 2)}…` : out;
    return text !== '' && sheetsWouldConvert(text) ? `'${text}` : text;
  }
  if (typeof out === 'number') return Number.isFinite(out) ? out : '';
  if (typeof out === 'boolean') return out;
  if ('formula' in out) return out.formula.startsWith('=') ? out.formula : `=${out.formula}`;
  return calendar(tz).midnightOf(out.date);
}
