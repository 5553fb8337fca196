/**
 * Wall clocks, zones and spreadsheet serial numbers for the fakes.
 *
 * Sheets stores a date as a serial number (days since 1899-12-30, the fraction being the time of
 * day) with a date number format: a civil value with no zone. Apps Script turns it into a JS Date
 * for the wall-clock time in the *spreadsheet's* zone, and turns a Date it is given back into the
 * wall clock of that zone.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
 */

export interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** Java's `TimeZone.getTimeZone` accepts `GMT+7`, `GMT+07:00`: fixed offsets in minutes. */
function fixedOffset(tz: string): number | null {
  const m = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(tz);
  if (!m) return null;
  if (!m[1]) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function formatter(tz: string): Intl.DateTimeFormat | null {
  if (formatters.has(tz)) return formatters.get(tz) ?? null;
  let f: Intl.DateTimeFormat | null;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
    });
  } catch {
    f = null;
  }
  formatters.set(tz, f);
  return f;
}

/**
 * Whether a zone ID is known. Google's formatter (Java) falls back to GMT for an unknown ID rather
 * than failing, and so do these fakes (see Utilities.formatDate).
 */
export function isKnownZone(tz: string): boolean {
  return fixedOffset(tz) !== null || formatter(tz) !== null;
}

/**
 * Offsets already computed, per zone and instant: a plan of thousands of tasks converts the same
 * few hundred dates over and over, and Intl's formatToParts is most of the fakes' cost. Exact
 * instants only, so a zone's transitions (even LMT's odd seconds) are never smoothed over.
 */
const offsets = new Map<string, Map<number, number>>();
const MAX_CACHED = 200_000;

/** Offset of `tz` from UTC at instant `ms`, in milliseconds (unknown zones: GMT). */
export function offsetAt(ms: number, tz: string): number {
  let known = offsets.get(tz);
  if (!known) offsets.set(tz, (known = new Map()));
  let offset = known.get(ms);
  if (offset === undefined) {
    if (known.size >= MAX_CACHED) known.clear();
    offset = computeOffset(ms, tz);
    known.set(ms, offset);
  }
  return offset;
}

function computeOffset(ms: number, tz: string): number {
  const fixed = fixedOffset(tz);
  if (fixed !== null) return fixed * 60_000;
  const f = formatter(tz);
  if (!f) return 0;
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(ms))) p[part.type] = part.value;
  let y = Number(p.year);
  if (p.era === 'BC' || p.era === 'B') y = 1 - y;
  const wallMs = utcMs({ y, m: Number(p.month), d: Number(p.day), h: Number(p.hour), mi: Number(p.minute), s: Number(p.second), ms: 0 });
  const floorSec = Math.floor(ms / 1000) * 1000;
  return wallMs - floorSec;
}

/** Milliseconds of a wall clock read as UTC (years 0–99 included, unlike Date.UTC). */
export function utcMs(w: Wall): number {
  const d = new Date(0);
  d.setUTCFullYear(w.y, w.m - 1, w.d);
  d.setUTCHours(w.h, w.mi, w.s, w.ms);
  return d.getTime();
}

export function wallOfUtc(ms: number): Wall {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), ms: d.getUTCMilliseconds() };
}

/** The wall clock in `tz` at instant `ms`. */
export function wallAt(ms: number, tz: string): Wall {
  return wallOfUtc(ms + offsetAt(ms, tz));
}

/**
 * The instant whose wall clock in `tz` is `w`. In a spring-forward gap the later offset wins (the
 * clock reads an hour later), as Sheets shows such a value.
 */
export function instantOf(w: Wall, tz: string): number {
  const guess = utcMs(w);
  const first = guess - offsetAt(guess, tz);
  const second = guess - offsetAt(first, tz);
  if (first === second) return first;
  // Ambiguous (fall back): the earlier instant reads as `w`. Gap (spring forward): neither does;
  // take the one whose wall clock is later than `w`.
  const a = Math.min(first, second);
  const b = Math.max(first, second);
  return utcMs(wallAt(a, tz)) === guess ? a : utcMs(wallAt(b, tz)) === guess ? b : b;
}

const EPOCH_1899 = utcMs({ y: 1899, m: 12, d: 30, h: 0, mi: 0, s: 0, ms: 0 });

/** Spreadsheet serial number of a wall clock. */
export function serialOfWall(w: Wall): number {
  return (utcMs(w) - EPOCH_1899) / DAY_MS;
}

/** Wall clock of a serial number (rounded to the millisecond, as Sheets keeps ~1e-10 day precision). */
export function wallOfSerial(serial: number): Wall {
  return wallOfUtc(EPOCH_1899 + Math.round(serial * DAY_MS));
}

export function isDateObject(v: unknown): v is Date {
  // Dates may come from another realm (the bundle runs in node:vm): test the tag, not instanceof.
  return Object.prototype.toString.call(v) === '[object Date]';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function weekdayOf(w: Wall): number {
  return new Date(utcMs({ ...w, h: 12, mi: 0, s: 0, ms: 0 })).getUTCDay();
}

function offsetText(minutes: number, kind: 'X' | 'XX' | 'XXX' | 'Z'): string {
  if (minutes === 0 && kind !== 'Z') return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  const hh = pad(Math.floor(a / 60), 2);
  const mm = pad(a % 60, 2);
  if (kind === 'X') return `${sign}${hh}`;
  if (kind === 'XXX') return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/**
 * `Utilities.formatDate(date, timeZone, format)`: Java SimpleDateFormat patterns, English names.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html
 * Java throws IllegalArgumentException on an unknown pattern letter; so does this.
 */
export function formatJavaDate(date: Date, tz: string, pattern: string): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error('Exception: Invalid argument: date');
  const offMs = offsetAt(ms, tz);
  const w = wallOfUtc(ms + offMs);
  const offMin = Math.round(offMs / 60_000);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) { out += "'"; i += 2; continue; }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) { out += c; i++; continue; }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'G': out += w.y > 0 ? 'AD' : 'BC'; break;
      case 'y': case 'Y': out += n === 2 ? pad(w.y % 100, 2) : pad(w.y, n); break;
      case 'M': case 'L': out += n >= 4 ? MONTHS[w.m - 1] : n === 3 ? MONTHS[w.m - 1].slice(0, 3) : pad(w.m, n); break;
      case 'd': out += pad(w.d, n); break;
      case 'D': {
        const doy = Math.round((utcMs({ ...w, h: 0, mi: 0, s: 0, ms: 0 }) - utcMs({ y: w.y, m: 1, d: 1, h: 0, mi: 0, s: 0, ms: 0 })) / DAY_MS) + 1;
        out += pad(doy, n);
        break;
      }
      case 'E': out += n >= 4 ? DAYS[weekdayOf(w)] : DAYS[weekdayOf(w)].slice(0, 3); break;
      case 'u': out += pad(weekdayOf(w) === 0 ? 7 : weekdayOf(w), n); break;
      case 'a': out += w.h < 12 ? 'AM' : 'PM'; break;
      case 'H': out += pad(w.h, n); break;
      case 'k': out += pad(w.h === 0 ? 24 : w.h, n); break;
      case 'K': out += pad(w.h % 12, n); break;
      case 'h': out += pad(w.h % 12 === 0 ? 12 : w.h % 12, n); break;
      case 'm': out += pad(w.mi, n); break;
      case 's': out += pad(w.s, n); break;
      case 'S': out += pad(w.ms, Math.max(n, 3)).slice(0, Math.max(n, 3)); break;
      case 'X': out += offsetText(offMin, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX'); break;
      case 'Z': out += offsetText(offMin, 'Z'); break;
      case 'z': out += `GMT${offMin === 0 ? '' : offsetText(offMin, 'XXX')}`; break;
      default:
        throw new Error(`Exception: Illegal pattern character '${c}'`);
    }
  }
  return out;
}
