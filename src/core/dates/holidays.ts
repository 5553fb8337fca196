/**
 * The rule for the public holidays of a year not yet announced (announced.ts holds the years the
 * government did announce, and wins over this rule), per Bộ luật Lao động 2019, Điều 112, and the compensatory
 * days of Điều 111 khoản 3 (a holiday on a weekly rest day is made up on the next working day).
 *
 * The law fixes the days but lets the Prime Minister place Tết and the day adjacent to 2/9 each
 * year, and the government also swaps working days. So these are only defaults; the `Ngày nghỉ`
 * sheet overrides them (see workdays.ts). Choices made where the law leaves room:
 * - Tết Nguyên đán: the last day of the lunar year (30 Tết, or 29 in a short year) through mùng 4,
 *   five days, the span most years' decisions use.
 * - The day adjacent to Quốc khánh 2/9 (Nghị định 145/2020, Điều 111 k.1 đ): the neighbour
 *   (1/9 or 3/9) that is a weekday, preferring the one that joins a weekend (1/9 on a Monday,
 *   3/9 on a Friday), else 1/9. This reproduces the decisions of 2021–2025.
 */
import { type CivilDate, addDays, civil, weekday } from './civil';
import { tetDate, hungKingsDate } from './lunar';

export type HolidayKind = 'newYear' | 'tet' | 'hungKings' | 'reunification' | 'labour' | 'national' | 'compensatory';

export interface Holiday {
  date: CivilDate;
  kind: HolidayKind;
  /** Vietnamese name as the sheet and e-mails show it. */
  name: string;
  nameEn: string;
}

const isWeekend = (d: CivilDate) => { const w = weekday(d); return w === 0 || w === 6; };

function day(y: number, m: number, d: number): CivilDate {
  return civil(y, m, d) as CivilDate;
}

const TET_NAMES_VI = ['30 Tết', 'Mùng 1 Tết', 'Mùng 2 Tết', 'Mùng 3 Tết', 'Mùng 4 Tết'];
const TET_NAMES_EN = ['Lunar New Year’s Eve', 'Lunar New Year, day 1', 'Lunar New Year, day 2', 'Lunar New Year, day 3', 'Lunar New Year, day 4'];

/** The five default Tết days of the lunar year starting in solar year `y`. */
export function tetHolidays(y: number): Holiday[] {
  const mung1 = tetDate(y);
  return [-1, 0, 1, 2, 3].map((off, i) => ({
    date: addDays(mung1, off), kind: 'tet' as const,
    name: `Tết Nguyên đán (${TET_NAMES_VI[i]})`, nameEn: `Tết (${TET_NAMES_EN[i]})`,
  }));
}

/** Which neighbour of 2/9 is the second day of Quốc khánh by default (see the module comment). */
export function nationalDayAdjacent(y: number): CivilDate {
  const before = day(y, 9, 1);
  const after = day(y, 9, 3);
  const bw = weekday(before);
  const aw = weekday(after);
  const beforeOk = bw !== 0 && bw !== 6;
  const afterOk = aw !== 0 && aw !== 6;
  if (beforeOk && !afterOk) return before;
  if (afterOk && !beforeOk) return after;
  if (aw === 5) return after;
  return before;
}

/** The national-day pair: 2/9 and its default neighbour. */
export function nationalDayHolidays(y: number): Holiday[] {
  const adj = nationalDayAdjacent(y);
  const main: Holiday = { date: day(y, 9, 2), kind: 'national', name: 'Quốc khánh (2/9)', nameEn: 'National Day' };
  const extra: Holiday = { date: adj, kind: 'national', name: `Quốc khánh (nghỉ ${adj.slice(8, 10)}/09)`, nameEn: 'National Day holiday' };
  return adj < main.date ? [extra, main] : [main, extra];
}

const statutoryCache = new Map<number, readonly Holiday[]>();

/**
 * The holidays of Điều 112 in solar year `y`, without compensatory days, by date. Kept per year
 * (a pure function of the year, lunar arithmetic included): every schedule asks for the same few.
 */
export function statutoryHolidays(y: number): readonly Holiday[] {
  let hit = statutoryCache.get(y);
  if (!hit) {
    hit = Object.freeze(computeStatutory(y));
    statutoryCache.set(y, hit);
  }
  return hit;
}

function computeStatutory(y: number): Holiday[] {
  const list: Holiday[] = [
    { date: day(y, 1, 1), kind: 'newYear', name: 'Tết Dương lịch', nameEn: 'New Year’s Day' },
    // Tết of lunar year y lies in late January–February of y; the 30 Tết of the lunar year
    // starting in y + 1 can fall in January of y + 1 only, so nothing of it belongs to y.
    ...tetHolidays(y),
    { date: hungKingsDate(y), kind: 'hungKings', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', nameEn: 'Hung Kings’ Commemoration' },
    { date: day(y, 4, 30), kind: 'reunification', name: 'Ngày Chiến thắng (30/4)', nameEn: 'Reunification Day' },
    { date: day(y, 5, 1), kind: 'labour', name: 'Quốc tế Lao động (1/5)', nameEn: 'International Labour Day' },
    ...nationalDayHolidays(y),
  ];
  return list.filter((h) => h.date.slice(0, 4) === String(y).padStart(4, '0')).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Compensatory days for the holidays given (which may be partly replaced by a sheet's official
 * days; `alsoOff` are days already off for another reason, e.g. announced ones): each holiday on a Saturday or Sunday gives the next day that is neither weekend, holiday
 * nor already a compensatory day. Processed in date order so a weekend inside Tết pushes the
 * compensation past the end of the span.
 */
export function compensatoryDays(holidays: readonly Holiday[], alsoOff: readonly CivilDate[] = []): Holiday[] {
  const taken = new Set([...holidays.map((h) => h.date), ...alsoOff]);
  const out: Holiday[] = [];
  for (const h of [...holidays].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    out.push({ date: d, kind: 'compensatory', name: `Nghỉ bù ${h.name}`, nameEn: `Compensatory day off (${h.nameEn})` });
  }
  return out;
}

/** Default days off of year `y`: the statutory holidays and their compensatory days, by date. */
export function defaultHolidays(y: number): Holiday[] {
  const base = statutoryHolidays(y);
  return [...base, ...compensatoryDays(base)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
