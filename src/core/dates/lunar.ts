/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically at UTC+7.
 *
 * Why computed and not a table: holidays must work for any year the plans mention. Why UTC+7 and
 * not a Chinese-calendar library: a new moon close to midnight falls on different civil days in
 * Hà Nội and Beijing, so Tết differs in some years (2030: 02/02 here, 03/02 in China).
 *
 * Method (the one Hồ Ngọc Đức popularised for the Vietnamese calendar, after Meeus,
 * "Astronomical Algorithms"): a lunar month starts on the civil day (at UTC+7) of a new moon;
 * month 11 is the month containing the winter solstice; a year with 13 months between two
 * months 11 repeats the first month that contains no major solar term (trung khí) as a leap month.
 *
 * Everything here works on day numbers (days since 1970-01-01, see civil.ts); no Date objects.
 */
import { type CivilDate, fromDayNumber, parts, toDayNumber } from './civil';

/** Hours east of Greenwich of the Vietnamese calendar. */
export const VIETNAM_TZ = 7;

/** Julian Day Number of 1970-01-01 (at noon). */
const JDN_1970 = 2440588;
/** Julian date of the mean new moon that starts lunation k = 0 (1900-01-01 13:52 UT). */
const LUNATION_0 = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;
const RAD = Math.PI / 180;

/**
 * Julian date (UT) of the k-th new moon after the one of January 1900 (Meeus ch. 49, shortened:
 * accurate to a few minutes over 1800–2200, ample for deciding the civil day).
 */
function newMoonJd(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD);
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * RAD;
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * RAD;
  const latitudeArg = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * RAD;
  // Periodic terms, each with its own sign (Meeus table 49.A, first terms).
  let c = (0.1734 - 0.000393 * T) * Math.sin(sunAnomaly) + 0.0021 * Math.sin(2 * sunAnomaly);
  c += -0.4068 * Math.sin(moonAnomaly) + 0.0161 * Math.sin(2 * moonAnomaly);
  c += -0.0004 * Math.sin(3 * moonAnomaly);
  c += 0.0104 * Math.sin(2 * latitudeArg) - 0.0051 * Math.sin(sunAnomaly + moonAnomaly);
  c += -0.0074 * Math.sin(sunAnomaly - moonAnomaly) + 0.0004 * Math.sin(2 * latitudeArg + sunAnomaly);
  c += -0.0004 * Math.sin(2 * latitudeArg - sunAnomaly) - 0.0006 * Math.sin(2 * latitudeArg + moonAnomaly);
  c += 0.001 * Math.sin(2 * latitudeArg - moonAnomaly) + 0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly);
  // ΔT (TT − UT) in days: the series above is in dynamical time.
  const deltaT = T < -11
    ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
    : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/** Day number (civil day at the zone) of the k-th new moon. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + tz / 24) - JDN_1970;
}

/** Apparent solar longitude in radians [0, 2π) at a Julian date (UT), low-precision (Meeus ch. 25). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const M = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * RAD;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const C = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(M)
    + (0.019993 - 0.000101 * T) * Math.sin(2 * M) + 0.00029 * Math.sin(3 * M);
  const L = (L0 + C) * RAD;
  const twoPi = 2 * Math.PI;
  return L - twoPi * Math.floor(L / twoPi);
}

/**
 * Which 30° sector (0–11) the sun is in at the start of a civil day (midnight at the zone).
 * Sector 9 begins at the winter solstice (270°). Two consecutive months starting in the same
 * sector mean the first of them holds no major solar term.
 */
function solarSector(dayNumber: number, tz: number): number {
  const jdMidnight = dayNumber + JDN_1970 - 0.5 - tz / 24;
  return Math.floor((sunLongitude(jdMidnight) / Math.PI) * 6);
}

function lunationBefore(dayNumber: number): number {
  return Math.floor((dayNumber + JDN_1970 - LUNATION_0) / SYNODIC_MONTH);
}

/** Day number of the first day of lunar month 11 that begins in (solar) year `y`. */
function month11Start(y: number, tz: number): number {
  const dec31 = toDayNumber(`${String(y).padStart(4, '0')}-12-31`);
  const k = lunationBefore(dec31);
  const nm = newMoonDay(k, tz);
  // The new moon before 31/12 may already be past the solstice (month 12 then): step back one.
  return solarSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

export interface LunarMonth {
  /** Day number of the month's first day (mùng 1). */
  start: number;
  /** 1–12. */
  month: number;
  leap: boolean;
  /** The lunar year the month belongs to (months 11 and 12 belong to the year that began before them). */
  year: number;
}

/**
 * The months from month 11 of lunar year `y` (which starts late in solar year y) up to, not
 * including, month 11 of year y + 1: 12 or 13 months, the last one ending the day before.
 */
const spans = new Map<string, { months: LunarMonth[]; end: number }>();

function monthsFrom11(y: number, tz: number): { months: LunarMonth[]; end: number } {
  const key = `${y}@${tz}`;
  const hit = spans.get(key);
  if (hit) return hit;
  const a11 = month11Start(y, tz);
  const b11 = month11Start(y + 1, tz);
  const k = Math.floor(0.5 + (a11 + JDN_1970 - LUNATION_0) / SYNODIC_MONTH);
  const starts: number[] = [];
  for (let i = 0; ; i++) {
    const s = i === 0 ? a11 : newMoonDay(k + i, tz);
    if (s >= b11) break;
    starts.push(s);
    if (i > 14) break; // cannot happen for real new moons; keeps a bad input from looping
  }
  let leapIndex = -1;
  if (starts.length === 13) {
    // The first month (after month 11) that starts and ends in the same solar sector.
    for (let i = 1; i < 13; i++) {
      const end = i + 1 < starts.length ? starts[i + 1] : b11;
      if (solarSector(starts[i], tz) === solarSector(end, tz)) { leapIndex = i; break; }
    }
    if (leapIndex < 0) leapIndex = 12;
  }
  const months: LunarMonth[] = [];
  let number = 11;
  let year = y;
  for (let i = 0; i < starts.length; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      number = number === 12 ? 1 : number + 1;
      if (number === 1) year = y + 1;
    }
    months.push({ start: starts[i], month: number, leap, year });
  }
  const out = { months, end: b11 };
  spans.set(key, out);
  return out;
}

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** The lunar date of a solar (civil) date. */
export function solarToLunar(date: CivilDate, tz = VIETNAM_TZ): LunarDate {
  const n = toDayNumber(date);
  const { y } = parts(date);
  let span = monthsFrom11(y, tz);
  if (n < span.months[0].start) span = monthsFrom11(y - 1, tz);
  const ms = span.months;
  let i = ms.length - 1;
  while (i > 0 && ms[i].start > n) i--;
  const m = ms[i];
  return { year: m.year, month: m.month, day: n - m.start + 1, leap: m.leap };
}

/** Number of days (29 or 30) of a lunar month, or null when that month does not exist. */
export function lunarMonthLength(year: number, month: number, leap = false, tz = VIETNAM_TZ): number | null {
  const found = findMonth(year, month, leap, tz);
  return found ? found.next - found.month.start : null;
}

function findMonth(year: number, month: number, leap: boolean, tz: number): { month: LunarMonth; next: number } | null {
  // Months 11 and 12 of lunar year Y lie in the span that starts in solar year Y; months 1–10 in
  // the span that starts in solar year Y − 1.
  const span = monthsFrom11(month >= 11 ? year : year - 1, tz);
  for (let i = 0; i < span.months.length; i++) {
    const m = span.months[i];
    if (m.month === month && m.leap === leap && m.year === year) {
      return { month: m, next: i + 1 < span.months.length ? span.months[i + 1].start : span.end };
    }
  }
  return null;
}

/**
 * The solar date of a lunar date; null when it does not exist (a leap month the year lacks,
 * day 30 of a 29-day month).
 */
export function lunarToSolar(year: number, month: number, day: number, leap = false, tz = VIETNAM_TZ): CivilDate | null {
  if (!Number.isInteger(day) || day < 1 || day > 30) return null;
  const found = findMonth(year, month, leap, tz);
  if (!found || found.month.start + day - 1 >= found.next) return null;
  return fromDayNumber(found.month.start + day - 1);
}

/** The leap month of a lunar year (1–12), or null. */
export function leapMonthOf(year: number, tz = VIETNAM_TZ): number | null {
  for (const span of [monthsFrom11(year - 1, tz), monthsFrom11(year, tz)]) {
    const m = span.months.find((x) => x.leap && x.year === year);
    if (m) return m.month;
  }
  return null;
}

/** Mùng 1 Tết (1/1 lunar) of the lunar year that begins in solar year `y`. */
export function tetDate(y: number, tz = VIETNAM_TZ): CivilDate {
  return lunarToSolar(y, 1, 1, false, tz) as CivilDate;
}

/** Giỗ Tổ Hùng Vương (10/3 lunar) in solar year `y`. */
export function hungKingsDate(y: number, tz = VIETNAM_TZ): CivilDate {
  return lunarToSolar(y, 3, 10, false, tz) as CivilDate;
}
