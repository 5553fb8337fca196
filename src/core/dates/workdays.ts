/**
 * The working calendar of a Vietnamese public office: Monday–Friday, minus the public holidays
 * as announced (announced.ts) or, for occasions not yet announced, as the rule places them
 * (holidays.ts), adjusted by the `Ngày nghỉ` sheet.
 *
 * How the sheet overrides the defaults:
 * - `Làm bù` (makeup) makes that day a working day, whatever the defaults say (a swapped
 *   Saturday, or a default compensatory day the government did not grant).
 * - `Nghỉ` (off) adds a day off. Tết and the day next to 2/9 are placed by the Prime Minister
 *   each year. For a year whose Tết or 2/9 is announced, a sheet row only changes its own date;
 *   for a year not yet announced, when the sheet lists any day off within ten days of mùng 1 Tết, those days *are*
 *   that year's Tết and the default five-day span (with its compensatory days) is dropped; when
 *   it lists a day off between 29/8 and 5/9 other than 2/9, the default neighbour of 2/9 and the
 *   compensatory day for 2/9 are dropped (2/9 itself is fixed by law and stays).
 * - A date listed twice takes the kind of its last row.
 *
 * Counting is done on per-year prefix sums built lazily, so a schedule of thousands of tasks over
 * spans of years costs a few array look-ups per question, not a loop over days.
 */
import { type CivilDate, addDays, fromDayNumber, isLeapYear, parts, toDayNumber, weekday } from './civil';
import { weekdayName } from './weekday-names';
import { type Holiday, compensatoryDays, statutoryHolidays } from './holidays';
import { tetDate } from './lunar';
import { type Occasion, announcedDays, announcedOccasions } from './announced';

/** The questions schedules ask of a calendar; OfficeCalendar answers them for a Vietnamese office. */
export interface WorkCalendar {
  isWorkday(d: CivilDate): boolean;
  /** Name of the holiday or day off, or null. */
  dayOffName(d: CivilDate, lang?: 'vi' | 'en'): string | null;
  /** n working days after d (n may be negative). */
  addWorkdays(d: CivilDate, n: number): CivilDate;
  /** Number of working days x with a < x ≤ b (negative when b < a). */
  workdaysBetween(a: CivilDate, b: CivilDate): number;
  /** The first working day on or after d. */
  nextWorkday(d: CivilDate): CivilDate;
}

export interface CalendarEntry {
  date: CivilDate;
  kind: 'off' | 'makeup';
  note: string;
}

interface YearTable {
  /** Day number of 1 January. */
  start: number;
  /** 1 = working day, by day of year (0-based). */
  work: Uint8Array;
  /** prefix[i] = working days among the first i days of the year. */
  prefix: Int32Array;
  /** Day off names by day of year (holidays and sheet entries; weekends are named on demand). */
  names: Map<number, { vi: string; en: string }>;
}

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const TET_WINDOW = 10;

function yearStart(y: number): number {
  return toDayNumber(`${String(y).padStart(4, '0')}-01-01`);
}

const compensationCache = new Map<number, readonly Holiday[]>();
/** The rule's compensatory days of a year with nothing announced or placed (pure, kept per year). */
function ruleCompensation(y: number, statutory: readonly Holiday[]): readonly Holiday[] {
  let hit = compensationCache.get(y);
  if (!hit) { hit = compensatoryDays(statutory); compensationCache.set(y, hit); }
  return hit;
}

const OCCASION_OF: Record<Holiday['kind'], Occasion | null> = {
  newYear: 'newYear', tet: 'tet', hungKings: 'hungKings', reunification: 'reunification', labour: 'reunification',
  national: 'national', compensatory: null,
};

/**
 * Built-in days of a year: the announced occasions as announced (announced.ts), the others by
 * the rule (holidays.ts) after the sheet's placement of Tết and 2/9 (see module comment).
 */
export function builtInDays(y: number, sheetOff: CivilDate[] = []): { off: Holiday[]; makeup: Array<{ date: CivilDate; name: string; nameEn: string }> } {
  const announced = announcedOccasions(y);
  const given = announcedDays(y);
  // Placement by the sheet only matters when it lists days off (the lunar date costs a little).
  const mung1 = sheetOff.length ? toDayNumber(tetDate(y)) : 0;
  const tetPlaced = sheetOff.some((d) => Math.abs(toDayNumber(d) - mung1) <= TET_WINDOW);
  const sep2 = `${String(y).padStart(4, '0')}-09-02`;
  const nationalPlaced = sheetOff.some((d) => d !== sep2 && d >= `${sep2.slice(0, 4)}-08-29` && d <= `${sep2.slice(0, 4)}-09-05`);
  const statutory = statutoryHolidays(y);
  // Most years have nothing announced and nothing placed: the rule's days as they are.
  if (!announced.size && !given.length && !tetPlaced && !nationalPlaced) return { off: [...statutory, ...ruleCompensation(y, statutory)], makeup: [] };
  const base = statutory.filter((h) => {
    const o = OCCASION_OF[h.kind];
    if (o && announced.has(o)) return false;
    if (h.kind === 'tet') return !tetPlaced;
    if (h.kind === 'national' && h.date !== sep2) return !nationalPlaced;
    return true;
  });
  const givenOff: Holiday[] = given.filter((d) => d.kind === 'off')
    .map((d) => ({ date: d.date, kind: d.occasion, name: d.vi, nameEn: d.en }));
  // Compensation belongs to the placement: a placed group brings its own arrangement, and an
  // announced one already lists its compensatory days.
  const compensable = base.filter((h) => !(h.kind === 'national' && nationalPlaced));
  const comp = compensatoryDays(compensable, givenOff.map((h) => h.date));
  const makeup = given.filter((d) => d.kind === 'makeup').map((d) => ({ date: d.date, name: d.vi, nameEn: d.en }));
  return { off: [...givenOff, ...base, ...comp], makeup };
}

export class OfficeCalendar implements WorkCalendar {
  private readonly years = new Map<number, YearTable>();
  private readonly entriesByYear = new Map<number, CalendarEntry[]>();

  constructor(entries: ReadonlyArray<CalendarEntry> = []) {
    for (const e of entries) {
      const y = parts(e.date).y;
      const list = this.entriesByYear.get(y) ?? [];
      list.push(e);
      this.entriesByYear.set(y, list);
    }
  }

  private table(y: number): YearTable {
    const hit = this.years.get(y);
    if (hit) return hit;
    const start = yearStart(y);
    const len = isLeapYear(y) ? 366 : 365;
    const work = new Uint8Array(len);
    const names = new Map<number, { vi: string; en: string }>();
    const firstWeekday = weekday(fromDayNumber(start));
    for (let i = 0; i < len; i++) {
      const w = (firstWeekday + i) % 7;
      work[i] = w === 0 || w === 6 ? 0 : 1;
    }
    const entries = this.entriesByYear.get(y) ?? [];
    const sheetOff = entries.filter((e) => e.kind === 'off').map((e) => e.date);
    const builtIn = builtInDays(y, sheetOff);
    for (const h of builtIn.off) {
      const i = toDayNumber(h.date) - start;
      if (i < 0 || i >= len) continue;
      work[i] = 0;
      if (!names.has(i)) names.set(i, { vi: h.name, en: h.nameEn });
    }
    for (const m of builtIn.makeup) {
      const i = toDayNumber(m.date) - start;
      if (i >= 0 && i < len) work[i] = 1;
    }
    for (const e of entries) {
      const i = toDayNumber(e.date) - start;
      if (e.kind === 'off') {
        work[i] = 0;
        const prev = names.get(i);
        names.set(i, { vi: e.note || prev?.vi || 'Ngày nghỉ', en: e.note || prev?.en || 'Day off' });
      } else {
        work[i] = 1;
        names.delete(i);
      }
    }
    const prefix = new Int32Array(len + 1);
    for (let i = 0; i < len; i++) prefix[i + 1] = prefix[i] + work[i];
    const t: YearTable = { start, work, prefix, names };
    this.years.set(y, t);
    return t;
  }

  private locate(d: CivilDate): { t: YearTable; i: number; y: number } {
    const y = parts(d).y;
    const t = this.table(y);
    return { t, i: toDayNumber(d) - t.start, y };
  }

  isWorkday(d: CivilDate): boolean {
    const { t, i } = this.locate(d);
    return t.work[i] === 1;
  }

  dayOffName(d: CivilDate, lang: 'vi' | 'en' = 'vi'): string | null {
    const { t, i } = this.locate(d);
    if (t.work[i] === 1) return null;
    const n = t.names.get(i);
    if (n) return lang === 'en' ? n.en : n.vi;
    return weekdayName(d, lang);
  }

  /** The default and sheet days off of a year that fall on weekdays, with names (for the overview and tests). */
  daysOff(y: number, lang: 'vi' | 'en' = 'vi'): Array<{ date: CivilDate; name: string }> {
    const t = this.table(y);
    const out: Array<{ date: CivilDate; name: string }> = [];
    for (let i = 0; i < t.work.length; i++) {
      if (t.work[i] === 0 && t.names.has(i)) out.push({ date: fromDayNumber(t.start + i), name: (lang === 'en' ? t.names.get(i)?.en : t.names.get(i)?.vi) as string });
    }
    return out;
  }

  workdaysBetween(a: CivilDate, b: CivilDate): number {
    if (a === b) return 0;
    if (b < a) return -this.workdaysBetween(b, a);
    const A = this.locate(a);
    const B = this.locate(b);
    // Working days x with a < x ≤ b = (through b) − (through a), each counted from A's 1 January.
    let total = B.t.prefix[B.i + 1] - A.t.prefix[A.i + 1];
    for (let y = A.y; y < B.y; y++) total += this.table(y).prefix[this.table(y).work.length];
    return total;
  }

  addWorkdays(d: CivilDate, n: number): CivilDate {
    if (!Number.isFinite(n) || n === 0) return d;
    n = Math.trunc(n);
    let { t, i, y } = this.locate(d);
    if (n > 0) {
      let need = n;
      let after = t.prefix[t.work.length] - t.prefix[i + 1];
      while (need > after) {
        need -= after;
        if (y >= MAX_YEAR) return fromDayNumber(t.start + t.work.length - 1);
        y++;
        t = this.table(y);
        i = -1;
        after = t.prefix[t.work.length];
      }
      // Smallest j > i with prefix[j + 1] = prefix[i + 1] + need: that j is a working day.
      const target = t.prefix[i + 1] + need;
      let lo = i + 1;
      let hi = t.work.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (t.prefix[mid + 1] >= target) hi = mid; else lo = mid + 1;
      }
      return fromDayNumber(t.start + lo);
    }
    let need = -n;
    let before = t.prefix[i];
    while (need > before) {
      need -= before;
      if (y <= MIN_YEAR) return fromDayNumber(t.start);
      y--;
      t = this.table(y);
      i = t.work.length;
      before = t.prefix[i];
    }
    // Largest j < i with prefix[j] = prefix[i] − need: that j is a working day.
    const target = t.prefix[i] - need;
    let lo = 0;
    let hi = i - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (t.prefix[mid] <= target) lo = mid; else hi = mid - 1;
    }
    return fromDayNumber(t.start + lo);
  }

  nextWorkday(d: CivilDate): CivilDate {
    return this.isWorkday(d) ? d : this.addWorkdays(d, 1);
  }
}

/** The calendar of a workbook: defaults plus the `Ngày nghỉ` entries. */
export function workCalendar(entries: ReadonlyArray<CalendarEntry> = []): OfficeCalendar {
  return new OfficeCalendar(entries);
}

/** n calendar days after d, or n working days when `workdays`. */
export function shiftDate(cal: WorkCalendar, d: CivilDate, n: number, workdays: boolean): CivilDate {
  return workdays ? cal.addWorkdays(d, n) : addDays(d, n);
}
