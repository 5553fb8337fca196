/**
 * What Sheets does with a string written by `setValues`, and how it displays a value under a number
 * format. Only the cases the project meets are reproduced; they are the ones that bite:
 *   - `=…` becomes a formula; a leading `'` makes the rest literal text (the `'` is not stored);
 *   - `001` → 1, `1/2` → a date, `05/07/2019` → a date (day first in a `vi` locale, month first in
 *     `en_US`), `50%` → 0.5 shown as 50%, `TRUE` → true.
 * "Values are parsed as if typed into the cell" — https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 * Display formats: https://developers.google.com/sheets/api/guides/formats
 */
import { type Wall, serialOfWall, wallOfSerial } from './time';

export type Stored = string | number | boolean;

export interface Parsed {
  value: Stored;
  /** Number format Sheets picks for the typed text (automatic format only). */
  format?: string;
  formula?: string;
}

function dayFirst(locale: string): boolean {
  return !/^en(_US)?$|^en-US$/i.test(locale) || /^en_(GB|AU|IN|NZ|IE|ZA)/i.test(locale);
}

function decimalComma(locale: string): boolean {
  return /^(vi|fr|de|es|it|pt|ru|nl|id|pl|tr)/i.test(locale);
}

export function defaultDateFormat(locale: string): string {
  return dayFirst(locale) ? 'dd/mm/yyyy' : 'm/d/yyyy';
}

export function defaultDateTimeFormat(locale: string): string {
  return `${defaultDateFormat(locale)} H:mm:ss`;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= dim;
}

function twoDigitYear(y: number): number {
  // Sheets reads 00–29 as 2000–2029 and 30–99 as 1930–1999.
  return y < 30 ? 2000 + y : 1900 + y;
}

function parseTime(s: string): { h: number; mi: number; sec: number } | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|AM|PM|SA|CH|sa|ch)?$/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const ap = m[4]?.toLowerCase();
  if (ap) {
    if (h < 1 || h > 12) return null;
    if (ap === 'pm' || ap === 'ch') h = (h % 12) + 12;
    else h %= 12;
  }
  const mi = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  return h < 24 && mi < 60 && sec < 60 ? { h, mi, sec } : null;
}

/** Parses text as Sheets does for typed input. `currentYear` fills dates typed without a year. */
export function parseTyped(text: string, locale: string, currentYear: number): Parsed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const s = text.trim();
  if (s === '') return { value: text };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  const comma = decimalComma(locale);
  const num = comma ? /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:[eE]([+-]?\d+))?$/ : /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
  const toNumber = (m: RegExpExecArray) => Number(`${m[1]}${m[2].replace(/[.,]/g, '')}${m[3] ? `.${m[3]}` : ''}${m[4] ? `e${m[4]}` : ''}`);
  let m = num.exec(s);
  if (m) return { value: toNumber(m) };
  if (s.endsWith('%')) {
    m = num.exec(s.slice(0, -1).trim());
    if (m) return { value: toNumber(m) / 100, format: m[3] ? '0.00%' : '0%' };
  }
  // ISO dates, unambiguous in every locale.
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](.+))?$/.exec(s);
  if (m && validDay(+m[1], +m[2], +m[3])) {
    const t = m[4] ? parseTime(m[4]) : { h: 0, mi: 0, sec: 0 };
    if (t) {
      const serial = serialOfWall({ y: +m[1], m: +m[2], d: +m[3], h: t.h, mi: t.mi, s: t.sec, ms: 0 });
      return { value: serial, format: m[4] ? 'yyyy-mm-dd H:mm:ss' : 'yyyy-mm-dd' };
    }
  }
  m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?(?:\s+(.+))?$/.exec(s);
  if (m) {
    const a = +m[1];
    const b = +m[3];
    const [d, mo] = dayFirst(locale) ? [a, b] : [b, a];
    const y = m[4] === undefined ? currentYear : m[4].length === 2 ? twoDigitYear(+m[4]) : +m[4];
    const t = m[5] ? parseTime(m[5]) : { h: 0, mi: 0, sec: 0 };
    // `1.5` in a locale with a decimal point is a number, matched above; `1.2.3` is text.
    if (t && validDay(y, mo, d) && !(m[2] === '.' && m[4] === undefined && !comma)) {
      const serial = serialOfWall({ y, m: mo, d, h: t.h, mi: t.mi, s: t.sec, ms: 0 });
      return { value: serial, format: m[5] ? defaultDateTimeFormat(locale) : defaultDateFormat(locale) };
    }
  }
  const t = parseTime(s);
  if (t) return { value: (t.h * 3600 + t.mi * 60 + t.sec) / 86400, format: t.sec ? 'H:mm:ss' : 'H:mm' };
  return { value: text };
}

/** Strips quoted literals and escapes so tokens can be recognised. */
function tokensOnly(format: string): string {
  return format.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

/** A date or time format makes getValues return a Date. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = tokensOnly(format).toLowerCase();
  if (f === 'general' || f === '@') return false;
  return /[dyhs]|m/.test(f.replace(/am\/pm|a\/p|e\+|e-/g, '')) && !/^[#0.,%\s]*$/.test(f);
}

export function isTimeOnlyFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = tokensOnly(format).toLowerCase();
  return isDateFormat(format) && !/[dy]/.test(f) && !/mmm/.test(f);
}

const DAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const DAY_VI_SHORT = ['CN', 'Th 2', 'Th 3', 'Th 4', 'Th 5', 'Th 6', 'Th 7'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDateSerial(serial: number, format: string, locale: string): string {
  const w: Wall = wallOfSerial(serial);
  const vi = /^vi/i.test(locale);
  const wd = new Date(Date.UTC(2000, 0, 1) + Math.floor(serial - 36526) * 86_400_000).getUTCDay();
  let out = '';
  let i = 0;
  let lastWasHour = false;
  const f = format;
  while (i < f.length) {
    const c = f[i];
    if (c === '"') {
      const end = f.indexOf('"', i + 1);
      out += f.slice(i + 1, end < 0 ? f.length : end);
      i = end < 0 ? f.length : end + 1;
      continue;
    }
    if (c === '\\') { out += f[i + 1] ?? ''; i += 2; continue; }
    const rest = f.slice(i).toLowerCase();
    if (rest.startsWith('am/pm')) { out += w.h < 12 ? 'AM' : 'PM'; i += 5; continue; }
    const lc = c.toLowerCase();
    if (!'ydmhs'.includes(lc)) { out += c; i++; continue; }
    let n = 1;
    while (f[i + n] && f[i + n].toLowerCase() === lc) n++;
    i += n;
    const ampm = /am\/pm/i.test(f);
    switch (lc) {
      case 'y': out += n <= 2 ? pad2(w.y % 100) : String(w.y); lastWasHour = false; break;
      case 'd':
        if (n >= 4) out += vi ? DAY_VI[wd] : DAY_EN[wd];
        else if (n === 3) out += vi ? DAY_VI_SHORT[wd] : DAY_EN[wd].slice(0, 3);
        else out += n === 2 ? pad2(w.d) : String(w.d);
        lastWasHour = false;
        break;
      case 'm':
        // `m` is minutes right after an hour token or right before `:ss`, months otherwise.
        if (n <= 2 && (lastWasHour || /^\s*:\s*s/i.test(f.slice(i)))) out += n === 2 ? pad2(w.mi) : String(w.mi);
        else if (n >= 4) out += vi ? `tháng ${w.m}` : MONTH_EN[w.m - 1];
        else if (n === 3) out += vi ? `thg ${w.m}` : MONTH_EN[w.m - 1].slice(0, 3);
        else out += n === 2 ? pad2(w.m) : String(w.m);
        lastWasHour = false;
        break;
      case 'h': {
        const h = ampm ? (w.h % 12 === 0 ? 12 : w.h % 12) : w.h;
        out += n >= 2 ? pad2(h) : String(h);
        lastWasHour = true;
        break;
      }
      case 's': out += n >= 2 ? pad2(w.s) : String(w.s); lastWasHour = false; break;
    }
  }
  return out;
}

function groupDigits(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatNumberPattern(v: number, format: string, locale: string): string {
  const comma = decimalComma(locale);
  const dec = comma ? ',' : '.';
  const grp = comma ? '.' : ',';
  const core = tokensOnly(format);
  const percent = core.includes('%');
  const x = percent ? v * 100 : v;
  const dotAt = core.indexOf('.');
  const decimals = dotAt < 0 ? 0 : (core.slice(dotAt + 1).match(/[0#]/g) ?? []).length;
  const minDecimals = dotAt < 0 ? 0 : (core.slice(dotAt + 1).match(/0/g) ?? []).length;
  let s = Math.abs(x).toFixed(decimals);
  let [int, frac = ''] = s.split('.');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (core.slice(0, dotAt < 0 ? undefined : dotAt).includes(',')) int = groupDigits(int, grp);
  s = frac ? `${int}${dec}${frac}` : int;
  const literal = format.match(/"([^"]*)"/g)?.map((q) => q.slice(1, -1)).join('') ?? '';
  return `${x < 0 && Number(s.replace(/\D/g, '')) !== 0 ? '-' : ''}${s}${percent ? '%' : ''}${literal}`;
}

function formatGeneral(v: number, locale: string): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  let s = String(Number(v.toPrecision(10)));
  if (decimalComma(locale)) s = s.replace('.', ',');
  return s;
}

/** `Range.getDisplayValues()`: the text a user sees in the cell. */
export function displayText(v: Stored, format: string | undefined, locale: string): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (!format || /^general$/i.test(format) || format === '@') return formatGeneral(v, locale);
  if (isDateFormat(format)) return formatDateSerial(v, format, locale);
  return formatNumberPattern(v, format, locale);
}
