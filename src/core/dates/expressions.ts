/**
 * Deadline expressions of Vietnamese plans, read and written back.
 *
 * Reading: `findDeadlines(text, ctx)` finds every date or period the text states as a deadline
 * (`trước ngày 05/7/2019`, `trong tháng 8/2019`, `từ ngày 10/7 đến 19/7/2019`, `quý III/2020`,
 * `6 tháng đầu năm`, `cuối tháng 9/2025` …) with its start and due; `findRelative` the deadlines
 * counted from an event (`trước 05 ngày so với …`); `findRecurrence` the repeating duties
 * (`thường xuyên`, `định kỳ hằng quý`). Dates are always day first, with `/`, `-` or `.`.
 * Dates that are not deadlines are left out: cited documents (`Chỉ thị số 35-CT/TW, ngày
 * 30/5/2019`), birth or age cut-offs, lunar dates; terms (`nhiệm kỳ 2020-2025`) never parse.
 *
 * Writing: `formatDeadline(start, due, kind)` words a task's dates back the way plans do.
 *
 * Pure: strings in, CivilDates out; no Date objects.
 */
import { type CivilDate, addDays, civil, diffDays, lastDayOfMonth, parts } from './civil';
import { monthYear, shortDate } from './official';

/** How the text stated the deadline; kept so documents can word it back the same way. */
export type DeadlineKind =
  | 'before' // trước ngày 05/7/2019
  | 'latest' // chậm nhất ngày 22/02
  | 'until' // đến ngày 30/9/2019, đến hết tháng 12/2019
  | 'on' // ngày 15/8/2019, vào ngày …
  | 'range' // từ ngày 10/7 đến 19/7/2019
  | 'month' // trong tháng 8/2019
  | 'months' // trong tháng 4,5,6,7/2020
  | 'monthRange' // từ tháng 01/2020 đến tháng 3/2020
  | 'quarter' // quý III/2020
  | 'half' // 6 tháng đầu năm 2025
  | 'year' // trong năm 2025
  | 'point'; // đầu / giữa / cuối tháng 9/2025

/** Where a missing year was taken from. */
export type YearSource = 'text' | 'range' | 'window' | 'option' | 'anchor';

export interface YearContext {
  /** The period of the heading the text sits under (`Tháng 7/2019:`): dates fall inside it. */
  window?: { start: CivilDate; due: CivilDate } | null;
  /** A year the user gave (`--year`). */
  year?: number | null;
  /** The last full date read before this text, or the document's own date. */
  anchor?: CivilDate | null;
}

export interface DeadlineMatch {
  kind: DeadlineKind;
  start: CivilDate | null;
  due: CivilDate | null;
  /** Offset and length in the text searched. */
  index: number;
  end: number;
  text: string;
  /** Worded as a deadline (a trigger word, a period, parentheses), not a bare mention of a day. */
  strong: boolean;
  /** The text gave no year; `yearSource` says where it came from (null: nowhere, dates are null). */
  yearMissing: boolean;
  yearSource: YearSource | null;
  /** The expression was written with `trước` (the literal date is kept as the due date). */
  before: boolean;
}

export type Recurrence = 'ongoing' | 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'yearly';

export interface RelativeDeadline {
  /** Negative: days before the event starts; positive: days after it ends. */
  offsetDays: number;
  /** Counted in working days (`05 ngày làm việc`). */
  workdays: boolean;
  /** The event's words, as written (`tổ chức đại hội của các chi bộ trực thuộc`). */
  event: string;
  index: number;
  end: number;
  text: string;
}

export interface RecurrenceMatch {
  recurrence: Recurrence;
  /** `định kỳ` with no frequency: read as ongoing, worth a look. */
  vague: boolean;
  index: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Building blocks. Every piece is non-capturing: a match is parsed again by small functions,
// which keeps the patterns readable and the group numbers out of the code.

/** A letter of Vietnamese text (for word boundaries without the `u` flag). */
const L = 'A-Za-zÀ-ỹĐđ';
const SEP = '\\s?[/.\\-]\\s?';
/** `05/7/2019`, `31-12-2019`, `15.8`, `10/7`: day first; the year has four digits. */
const NUM_DATE = `(?<![\\d/.\\-])\\d{1,2}${SEP}\\d{1,2}(?!\\d)(?:${SEP}\\d{4}(?!\\d))?`;
/** `ngày 24 tháng 6 năm 2019`, `ngày 05 tháng 7`. */
const LONG_DATE = `ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?!\\d)(?:\\s*,?\\s*năm\\s+\\d{4}(?!\\d))?`;
const DATE = `(?:(?:ngày\\s*)?${NUM_DATE}|${LONG_DATE})`;
const MONTH = `tháng\\s*\\d{1,2}(?![\\d,;]\\s*\\d)(?!\\d)(?:${SEP}\\d{4}(?!\\d)|\\s*,?\\s*năm\\s+\\d{4}(?!\\d))?`;
const MONTH_LIST = `tháng\\s*\\d{1,2}(?:\\s*(?:,|;|và|-)\\s*\\d{1,2}(?!\\d))+${SEP}\\d{4}(?!\\d)`;
const POINT = `(?:đầu|giữa|cuối)\\s+${MONTH}`;
const QUARTER = `quý\\s+(?:IV|I{1,3}|[1-4])(?![${L}\\d])(?:${SEP}\\d{4}(?!\\d)|\\s*,?\\s*năm\\s+\\d{4}(?!\\d))?`;
const HALF = `(?:(?:0?6|sáu)\\s+tháng|nửa)\\s+(?:đầu|cuối)\\s+năm(?:\\s+\\d{4}(?!\\d))?`;
const YEAR = `(?:trong|cả|hết|trong cả|suốt)\\s+năm\\s+\\d{4}(?!\\d)`;
const PERIOD = `(?:${MONTH_LIST}|${POINT}|${MONTH}|${QUARTER}|${HALF})`;
const WHOLE_MONTH_LIST = new RegExp(`^${MONTH_LIST}$`, 'i');

type Parser = (s: string, ctx: YearContext) => Omit<DeadlineMatch, 'index' | 'end' | 'text'> | null;

interface Pattern {
  re: RegExp;
  parse: Parser;
}

const rx = (src: string) => new RegExp(src, 'gi');

// ---------------------------------------------------------------------------------------------
// Parsing the pieces.

interface DayParts {
  d: number;
  m: number;
  y: number | null;
}

/** Day and month of a day-first date; null when they cannot be a day (`07/13/2019` is not 7 January). */
function parseDay(s: string): DayParts | null {
  const m = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,?\s*năm\s+(\d{4}))?/i.exec(s) ?? /(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?/.exec(s);
  if (!m) return null;
  const p = { d: +m[1], m: +m[2], y: m[3] ? +m[3] : null };
  if (p.m < 1 || p.m > 12 || p.d < 1 || p.d > 31) return null;
  if (p.y !== null && !civil(p.y, p.m, p.d)) return null;
  return p;
}

interface MonthParts {
  m: number;
  y: number | null;
}

function parseMonth(s: string): MonthParts | null {
  const m = /tháng\s*(\d{1,2})(?:\s?[/.-]\s?(\d{4})|\s*,?\s*năm\s+(\d{4}))?/i.exec(s);
  if (!m || +m[1] < 1 || +m[1] > 12) return null;
  const y = m[2] ?? m[3];
  return { m: +m[1], y: y ? +y : null };
}

const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function yearOf(s: string): number | null {
  const m = /(\d{4})(?!\d)\s*$/.exec(s.trim().replace(/[).,;:]+$/, ''));
  return m ? +m[1] : null;
}

/** Whole year for a date whose year is missing, from the context (see YearContext). */
export function inferYear(d: number, m: number, ctx: YearContext): { y: number; source: YearSource } | null {
  if (ctx.window) {
    const ys = parts(ctx.window.start).y;
    const ye = parts(ctx.window.due).y;
    let best: { y: number; dist: number } | null = null;
    for (let y = ys - 1; y <= ye + 1; y++) {
      const c = civil(y, m, Math.min(d, 28)) && civil(y, m, d);
      if (!c) continue;
      const dist = c < ctx.window.start ? diffDays(c, ctx.window.start) : c > ctx.window.due ? diffDays(ctx.window.due, c) : 0;
      if (!best || dist < best.dist) best = { y, dist };
    }
    if (best && best.dist <= 62) return { y: best.y, source: 'window' };
  }
  if (ctx.year) return { y: ctx.year, source: 'option' };
  if (ctx.anchor) {
    // Plans look ahead: a day more than half a year before the anchor belongs to the next year.
    const y = parts(ctx.anchor).y;
    const c = civil(y, m, d) ?? civil(y, m, Math.min(d, 28));
    if (c && diffDays(c, ctx.anchor) > 183) return { y: y + 1, source: 'anchor' };
    return { y, source: 'anchor' };
  }
  return null;
}

function inferMonthYear(m: number, ctx: YearContext): { y: number; source: YearSource } | null {
  return inferYear(15, m, ctx);
}

type Span = { start: CivilDate | null; due: CivilDate | null; yearMissing: boolean; yearSource: YearSource | null };

const NONE: Span = { start: null, due: null, yearMissing: true, yearSource: null };

function daySpan(p: DayParts, ctx: YearContext): Span {
  if (p.y !== null) {
    const c = civil(p.y, p.m, p.d);
    return { start: c, due: c, yearMissing: false, yearSource: c ? 'text' : null };
  }
  const y = inferYear(p.d, p.m, ctx);
  if (!y) return NONE;
  const c = civil(y.y, p.m, p.d);
  return { start: c, due: c, yearMissing: true, yearSource: c ? y.source : null };
}

function monthSpan(p: MonthParts, ctx: YearContext): Span {
  let y = p.y;
  let source: YearSource | null = 'text';
  if (y === null) {
    const inferred = inferMonthYear(p.m, ctx);
    if (!inferred) return NONE;
    y = inferred.y;
    source = inferred.source;
  }
  return { start: civil(y, p.m, 1), due: lastDayOfMonth(y, p.m), yearMissing: p.y === null, yearSource: source };
}

function pointSpan(s: string, ctx: YearContext): Span {
  const which = /^(đầu|giữa|cuối)/i.exec(s.trim())?.[1].toLowerCase();
  const mp = parseMonth(s);
  if (!which || !mp) return NONE;
  const month = monthSpan(mp, ctx);
  if (!month.start || !month.due) return month;
  const { y, m } = parts(month.start);
  // Bộ luật Dân sự 2015, Điều 148: đầu tháng = ngày 1, giữa tháng = ngày 15, cuối tháng = ngày cuối.
  const day = which === 'đầu' ? civil(y, m, 1) : which === 'giữa' ? civil(y, m, 15) : lastDayOfMonth(y, m);
  return { ...month, start: day, due: day };
}

function quarterSpan(s: string, ctx: YearContext): Span {
  const m = /quý\s+(IV|I{1,3}|[1-4])/i.exec(s);
  if (!m) return NONE;
  const q = /\d/.test(m[1]) ? +m[1] : ROMAN_Q[m[1].toLowerCase()];
  let y = yearOf(s.slice(m.index + m[0].length)) ?? null;
  let source: YearSource | null = 'text';
  if (y === null) {
    const inferred = inferMonthYear(q * 3 - 1, ctx);
    if (!inferred) return NONE;
    y = inferred.y;
    source = inferred.source;
  }
  return { start: civil(y, q * 3 - 2, 1), due: lastDayOfMonth(y, q * 3), yearMissing: source !== 'text', yearSource: source };
}

function halfSpan(s: string, ctx: YearContext): Span {
  const first = /đầu/i.test(s);
  let y = yearOf(s);
  let source: YearSource | null = 'text';
  if (y === null) {
    const inferred = inferMonthYear(first ? 3 : 9, ctx);
    if (!inferred) return NONE;
    y = inferred.y;
    source = inferred.source;
  }
  return first
    ? { start: civil(y, 1, 1), due: civil(y, 6, 30), yearMissing: source !== 'text', yearSource: source }
    : { start: civil(y, 7, 1), due: civil(y, 12, 31), yearMissing: source !== 'text', yearSource: source };
}

/** `tháng 4,5,6,7/2020`: from the first day of the first month to the last day of the last (the year is written). */
function monthListSpan(s: string): Span {
  const body = /tháng\s*([\d\s,;và-]+?)\s?[/.-]\s?(\d{4})/i.exec(s);
  if (!body) return NONE;
  const months = (body[1].match(/\d{1,2}/g) ?? []).map(Number).filter((m) => m >= 1 && m <= 12);
  if (months.length === 0) return NONE;
  const y = +body[2];
  return { start: civil(y, Math.min(...months), 1), due: lastDayOfMonth(y, Math.max(...months)), yearMissing: false, yearSource: 'text' };
}

/** A period piece: month list, point in a month, month, quarter or half year. */
function periodSpan(s: string, ctx: YearContext): { span: Span; kind: DeadlineKind } {
  const t = s.trim();
  if (/^(đầu|giữa|cuối)\s/i.test(t)) return { span: pointSpan(t, ctx), kind: 'point' };
  if (/^quý/i.test(t)) return { span: quarterSpan(t, ctx), kind: 'quarter' };
  if (/^(0?6|sáu|nửa)\s/i.test(t)) return { span: halfSpan(t, ctx), kind: 'half' };
  if (WHOLE_MONTH_LIST.test(t)) return { span: monthListSpan(t), kind: 'months' };
  const mp = parseMonth(t);
  return { span: mp ? monthSpan(mp, ctx) : NONE, kind: 'month' };
}

function result(kind: DeadlineKind, span: Span, strong: boolean, before = false): Omit<DeadlineMatch, 'index' | 'end' | 'text'> {
  // A deadline (`trước`, `chậm nhất`, `đến`) says when to finish, not when to start.
  const start = kind === 'before' || kind === 'latest' || kind === 'until' ? null : span.start;
  return { kind, start, due: span.due, strong, yearMissing: span.yearMissing, yearSource: span.yearSource, before };
}

/**
 * Splits `từ A đến B` (or `A - B`) into its two ends. `đến` wins over a dash, and a dash that is
 * also a date separator (`10-7 - 19-7-2019`) splits only where both halves read.
 */
function rangeEnds(s: string, ok: (a: string, b: string) => boolean): [string, string] | null {
  const t = s.trim().replace(/^(?:bắt đầu\s+)?từ\s+/i, '');
  const words = /\s*(?:đến|tới)\s+(?:hết\s+)?/i.exec(t);
  if (words) return [t.slice(0, words.index), t.slice(words.index + words[0].length)];
  const spaced = /\s+-\s+(?:hết\s+)?/.exec(t);
  if (spaced) return [t.slice(0, spaced.index), t.slice(spaced.index + spaced[0].length)];
  for (let i = t.indexOf('-'); i > 0; i = t.indexOf('-', i + 1)) {
    const a = t.slice(0, i).trim();
    const b = t.slice(i + 1).trim();
    if (ok(a, b)) return [a, b];
  }
  return null;
}

function parseDayRange(s: string, ctx: YearContext): ReturnType<Parser> {
  const ends = rangeEnds(s, (x, y) => !!parseDay(x) && !!parseDay(y) && /^(?:ngày\s*)?\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d{4})?$/i.test(y.trim()));
  if (!ends) return null;
  const a = parseDay(ends[0]);
  const b = parseDay(ends[1]);
  if (!a || !b) return null;
  // One end's year serves the other: `từ ngày 10/7 đến 19/7/2019`.
  if (a.y === null && b.y !== null) {
    const start = civil(b.y, a.m, a.d);
    const due = civil(b.y, b.m, b.d);
    if (!start || !due) return null;
    const s2 = start > due ? civil(b.y - 1, a.m, a.d) : start;
    return result('range', { start: s2, due, yearMissing: false, yearSource: 'range' }, true);
  }
  if (a.y !== null && b.y === null) {
    const start = civil(a.y, a.m, a.d);
    const due0 = civil(a.y, b.m, b.d);
    if (!start || !due0) return null;
    const due = due0 < start ? civil(a.y + 1, b.m, b.d) : due0;
    return result('range', { start, due, yearMissing: false, yearSource: 'range' }, true);
  }
  if (a.y === null) {
    // Neither end has a year: place the end, then the start before it.
    const sb = daySpan(b, ctx);
    if (!sb.due) return result('range', NONE, true);
    const y = parts(sb.due).y;
    let start = civil(y, a.m, a.d);
    if (start && start > sb.due) start = civil(y - 1, a.m, a.d);
    return result('range', { start, due: sb.due, yearMissing: true, yearSource: sb.yearSource }, true);
  }
  const sa = daySpan(a, ctx);
  const sb = daySpan(b, ctx);
  if (!sa.start || !sb.due || sb.due < sa.start) return null;
  return result('range', { start: sa.start, due: sb.due, yearMissing: false, yearSource: 'text' }, true);
}

function parsePeriodRange(s: string, ctx: YearContext): ReturnType<Parser> {
  const ends = rangeEnds(s, (x, y) => /tháng|quý/i.test(x) && /tháng|quý/i.test(y));
  if (!ends) return null;
  const b = periodSpan(ends[1], ctx);
  // The start inherits the end's year when it has none: `từ tháng 11 đến tháng 02/2020`.
  const aHasYear = /\d{4}/.test(ends[0]);
  let a = periodSpan(ends[0], aHasYear || !b.span.due ? ctx : { window: null, year: null, anchor: b.span.due });
  if (!aHasYear && a.span.start && b.span.due && a.span.start > b.span.due) {
    a = periodSpan(ends[0], { anchor: addDays(b.span.due, -366) });
  }
  const start = a.span.start;
  const due = b.span.due;
  if (!start || !due || due < start) return result('monthRange', NONE, true);
  const yearMissing = a.span.yearMissing && b.span.yearMissing;
  return result('monthRange', { start, due, yearMissing, yearSource: yearMissing ? b.span.yearSource : 'text' }, true);
}

/** `trước tháng 9/2019` is the end of August; `trước quý III` the end of June. */
function beforePeriod(span: Span): Span {
  if (!span.start) return span;
  const d = addDays(span.start, -1);
  return { ...span, start: null, due: d };
}

const BEFORE_WORDS = '(?:(?:hoàn thành|xong|thực hiện xong|kết thúc|báo cáo|gửi)\\s+)?trước';
/** `14 giờ, `, `16h30 `, `8 giờ 30 phút ngày …`: an hour before the day of a deadline (the day is what is kept). */
const HOUR = '(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2}(?:\\s*phút)?)?\\s*,?\\s+)?';
const HOUR_RE = /^\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s+/i;
const LATEST_WORDS = '(?:chậm nhất|muộn nhất|hạn chót|hạn cuối|không muộn hơn|không chậm hơn)\\s*(?:là\\s+|vào\\s+|đến\\s+)?';

const PATTERNS: Pattern[] = [
  // `Quý I - II/2023`, `quý II-III/2023`, `quý III và quý IV năm 2024`: from the first quarter's start to the last's end.
  {
    re: rx(`(?:(?:hoàn thành|thực hiện|tổ chức|xong|triển khai)\\s+)?(?:trong\\s+)?quý\\s+(?:IV|I{1,3}|[1-4])\\s*(?:-|–|đến|và|,)\\s*(?:quý\\s+)?(?:IV|I{1,3}|[1-4])(?![${L}\\d])(?:${SEP}\\d{4}(?!\\d)|\\s*,?\\s*năm\\s+\\d{4}(?!\\d))?`),
    parse: (s, ctx) => {
      const m = /quý\s+(IV|I{1,3}|[1-4])\s*(?:-|–|đến|và|,)\s*(?:quý\s+)?(IV|I{1,3}|[1-4])(.*)$/i.exec(s);
      if (!m) return null;
      const q = (x: string) => (/\d/.test(x) ? +x : ROMAN_Q[x.toLowerCase()]);
      const a = quarterSpan(`quý ${q(m[1])}${m[3]}`, ctx);
      const b = quarterSpan(`quý ${q(m[2])}${m[3]}`, ctx);
      if (!a.start || !b.due || b.due < a.start) return null;
      return result('monthRange', { start: a.start, due: b.due, yearMissing: b.yearMissing, yearSource: b.yearSource }, true);
    },
  },
  // `tuần đầu tháng 8/2025`, `tuần thứ hai của tháng 9`, `tuần cuối tháng 12/2024`.
  {
    re: rx(`(?:trong\\s+)?tuần\\s+(?:đầu tiên|đầu|cuối cùng|cuối|thứ\\s+(?:nhất|hai|ba|tư|[1-4]))\\s+(?:của\\s+)?${MONTH}`),
    parse: (s, ctx) => {
      const mp = parseMonth(s.slice(s.search(/tháng/i)));
      if (!mp) return null;
      const month = monthSpan(mp, ctx);
      if (!month.start || !month.due) return result('range', month, true);
      const which = /tuần\s+(đầu tiên|đầu|cuối cùng|cuối|thứ\s+(\S+))/i.exec(s);
      const nth = which?.[2] ? ({ nhất: 1, hai: 2, ba: 3, tư: 4 } as Record<string, number>)[which[2].toLowerCase()] ?? +which[2] : 1;
      if (which && /^cuối/i.test(which[1])) return result('range', { ...month, start: addDays(month.due, -6) }, true);
      const start = addDays(month.start, (nth - 1) * 7);
      return result('range', { ...month, start, due: addDays(start, 6) }, true);
    },
  },
  // Ranges of days: `từ ngày 10/7 đến 19/7/2019`, `từ 10/7/2019 đến ngày 19/7/2019`.
  { re: rx(`(?:bắt đầu\\s+)?từ\\s+${DATE}\\s*(?:đến|tới|-)\\s*(?:hết\\s+)?${DATE}`), parse: parseDayRange },
  // `ngày 10/7 đến ngày 19/7/2019`, `10/7 - 19/7/2019` (one end has a year).
  {
    re: rx(`${DATE}\\s*(?:đến|tới|\\s-\\s|-)\\s*(?:hết\\s+)?${DATE}`),
    parse: (s, ctx) => (/\d{4}/.test(s) ? parseDayRange(s, ctx) : null),
  },
  // Ranges of months: `Từ tháng 01/2020 đến tháng 3/2020`, `Từ cuối tháng 11/2019 đến cuối tháng 12/2019`.
  { re: rx(`(?:bắt đầu\\s+)?từ\\s+${PERIOD}\\s*(?:đến|tới|-)\\s*(?:hết\\s+)?${PERIOD}`), parse: parsePeriodRange },
  // `trước ngày 05/7/2019`, `xong trước 10/9/2019`, `hoàn thành trước 31/8/2020`.
  {
    re: rx(`${BEFORE_WORDS}\\s+${HOUR}${DATE}`),
    parse: (s, ctx) => {
      const p = parseDay(s.replace(/^.*?trước\s+/i, '').replace(HOUR_RE, ''));
      return p ? result('before', daySpan(p, ctx), true, true) : null;
    },
  },
  {
    re: rx(`${BEFORE_WORDS}\\s+(?:${PERIOD})`),
    parse: (s, ctx) => {
      const p = periodSpan(s.replace(/^.*?trước\s+/i, ''), ctx);
      return result('before', beforePeriod(p.span), true, true);
    },
  },
  // `chậm nhất ngày 22/02`, `chậm nhất trong tháng 8/2019`.
  {
    re: rx(`${LATEST_WORDS}(?:trong\\s+)?(?:${DATE}|${PERIOD})`),
    parse: (s, ctx) => {
      const rest = s.replace(new RegExp(`^${LATEST_WORDS}(?:trong\\s+)?`, 'i'), '');
      const p = parseDay(rest);
      if (p && !/^(?:đầu|giữa|cuối|tháng|quý)/i.test(rest)) return result('latest', daySpan(p, ctx), true);
      const per = periodSpan(rest, ctx);
      return result('latest', { ...per.span, start: null }, true);
    },
  },
  // `đến ngày 30/9/2019`, `đến hết tháng 12/2019`, `hạn hoàn thành: 15/8/2019`.
  {
    re: rx(`(?:(?:đến|tới)\\s+(?:hết\\s+)?|hạn(?:\\s+hoàn thành)?\\s*:?\\s*)(?:ngày\\s*${NUM_DATE}|${LONG_DATE}|${NUM_DATE}(?=\\s*[).;,]|\\s*$)|${PERIOD})`),
    parse: (s, ctx) => {
      const rest = s.replace(/^(?:(?:đến|tới)\s+(?:hết\s+)?|hạn(?:\s+hoàn thành)?\s*:?\s*)/i, '');
      if (/^(?:đầu|giữa|cuối|tháng|quý|0?6\s|sáu|nửa)/i.test(rest)) {
        const per = periodSpan(rest, ctx);
        if (/^tháng/i.test(rest) && !/\d{4}/.test(rest)) return null;
        return result('until', { ...per.span, start: null }, true);
      }
      const p = parseDay(rest);
      return p ? result('until', daySpan(p, ctx), true) : null;
    },
  },
  // Periods: `trong tháng 8/2019`, `(tháng 12/2019)`, `Trong tháng 4,5,6,7/2020`, `quý III/2020`,
  // `6 tháng đầu năm 2025`, `cuối tháng 9/2025`.
  {
    re: rx(`(?:(?:hoàn thành|thực hiện|tổ chức|xong|triển khai)\\s+)?(?:trong\\s+(?:các\\s+)?)?${PERIOD}`),
    parse: (s, ctx) => {
      const rest = s.replace(/^(?:(?:hoàn thành|thực hiện|tổ chức|xong|triển khai)\s+)?(?:trong\s+(?:các\s+)?)?/i, '');
      const worded = rest.length < s.length;
      const per = periodSpan(rest, ctx);
      // A bare `tháng 8` with no year and no `trong` is too loose to be a deadline.
      if (per.kind === 'month' && !worded && !/\d{4}/.test(rest)) return null;
      const clearlyAPeriod = per.kind !== 'month';
      return result(per.kind, per.span, worded || clearlyAPeriod || /\d{4}/.test(rest));
    },
  },
  { re: rx(YEAR), parse: (s) => { const y = yearOf(s); return y ? result('year', { start: civil(y, 1, 1), due: civil(y, 12, 31), yearMissing: false, yearSource: 'text' }, true) : null; } },
  { re: rx(`\\(\\s*năm\\s+\\d{4}\\s*\\)`), parse: (s) => { const y = yearOf(s.replace(')', '')); return y ? result('year', { start: civil(y, 1, 1), due: civil(y, 12, 31), yearMissing: false, yearSource: 'text' }, true) : null; } },
  // A day on its own: `vào ngày 15/8/2019` (a deadline), `ngày 20/2` (only a mention).
  {
    re: rx(`(?:vào\\s+)?${DATE}`),
    parse: (s, ctx) => {
      const p = parseDay(s);
      if (!p) return null;
      // Without `ngày` and without a year, `03-07` is more likely a count (`03-07 đồng chí`).
      if (p.y === null && !/ngày/i.test(s)) return null;
      return result('on', daySpan(p, ctx), /^vào\s/i.test(s));
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Dates that are not deadlines.

/** A document code just before the date: `35-CT/TW, ngày`, `4610/QĐ-UBND ngày`, `số 21/2022/NQ-HĐND`. */
const CITED_BEFORE = /(?:\d+[\w.]*\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]*(?:\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]*)*|số\s*[\d.…]+(?:\s*[-/]\s*[A-ZĐ][\w-]*)*|(?:Chỉ thị|Nghị quyết|Quyết định|Kế hoạch|Kết luận|Quy định|Hướng dẫn|Thông báo|Công văn|Nghị định|Thông tư|Luật|Đề án|Tờ trình|Thông tri|Quy chế)(?:\s+số)?)\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:ban hành\s+)?(?:ngày|ký)?\s*$/;
/** Age rules: `nam sinh từ tháng 4/1965`, `Thời gian tính độ tuổi …: đến tháng 4/2020`. */
const AGE_BEFORE = /(?:(?:nam|nữ|người|được|những người)\s+sinh|ngày sinh|sinh\s+(?:từ|trước|sau|năm|tháng|ngày)|độ tuổi|tuổi)[^.;]{0,100}$/i;
const LUNAR_AFTER = /^\s*\(?\s*(?:âm lịch|ÂL\b|AL\b|năm âm lịch)/i;
/** `Ngày đăng 20/02/2020`, `cập nhật …`: when the page was published, not a deadline. */
const PUBLISHED_BEFORE = /(?:ngày đăng|đăng ngày|cập nhật|ngày cập nhật|posted|ngày ban hành)\s*:?\s*$/i;

/** `đã hoàn thành trong tháng 4/2026`: the date of something already done, not a deadline. */
export const DONE_BEFORE = /(?:^|[^\p{L}])đã\s+(?:được\s+)?(?:cơ bản\s+)?(?:(?:hoàn thành|thực hiện|tổ chức|ban hành|triển khai|xong|phê duyệt|ký|kết thúc)(?:[^.;:]{0,60}))?$/iu;
/** `đến hết năm 2026 đạt ít nhất 50%`: a target's horizon, not a deadline. */
const TARGET_AFTER = /^[^.;]{0,25}?(?:\sđạt(?:\s|$)|phấn đấu|ít nhất|tối thiểu|\d+(?:[.,]\d+)?\s*%)/i;
const TARGET_BEFORE = /(?:phấn đấu|mục tiêu|chỉ tiêu|tầm nhìn|định hướng)[^.;]{0,40}$/i;
/** `Luật … có hiệu lực (thi hành) từ ngày 01/7/2025`: when a law applies, not a deadline. */
const EFFECTIVE_BEFORE = /(?:có hiệu lực|hiệu lực thi hành)(?:\s+thi hành)?\s*(?:kể\s+)?(?:từ\s*)?$/i;

function excluded(text: string, index: number, end: number, m: Omit<DeadlineMatch, 'index' | 'end' | 'text'>): boolean {
  const before = text.slice(Math.max(0, index - 90), index);
  const after = text.slice(end, end + 60);
  if (DONE_BEFORE.test(before)) return true;
  if ((m.kind === 'year' || m.kind === 'until' || m.kind === 'half') && (TARGET_AFTER.test(after) || TARGET_BEFORE.test(before))) return true;
  if (EFFECTIVE_BEFORE.test(before)) return true;
  if (LUNAR_AFTER.test(after)) return true;
  // `ngày 24 tháng 6 năm 2019`: the month belongs to a day, which decides for itself.
  if (m.kind === 'month' && /ngày\s*\d{1,2}\s+$/i.test(before)) return true;
  if (AGE_BEFORE.test(before)) return true;
  if (PUBLISHED_BEFORE.test(before)) return true;
  // A cited document's date is a bare day (never `trước`, `từ … đến`, `trong tháng`).
  if ((m.kind === 'on' || m.kind === 'month') && CITED_BEFORE.test(before)) return true;
  // `ngày 30/5/2019 của Bộ Chính trị`: a document's date, told by whose document it is.
  if (m.kind === 'on' && !m.strong && /^\s*,?\s*(?:của|do)\s/i.test(after)) return true;
  return false;
}

/**
 * Every deadline expression in `text`, in reading order, overlaps resolved (the earliest, then
 * the longest wins). Weak matches (`strong: false`) are bare mentions of a day; callers decide.
 */
export function findDeadlines(text: string, ctx: YearContext = {}): DeadlineMatch[] {
  const found: DeadlineMatch[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) !== null) {
      if (m[0].length === 0) { p.re.lastIndex++; continue; }
      // Whole words only: `trong` must not be the end of another word.
      const prev = text[m.index - 1];
      if (prev && new RegExp(`[${L}\\d]`).test(prev) && /^[A-Za-zÀ-ỹĐđ]/.test(m[0])) continue;
      const parsed = p.parse(m[0], ctx);
      if (!parsed) continue;
      const end = m.index + m[0].length;
      if (excluded(text, m.index, end, parsed)) continue;
      found.push({ ...parsed, index: m.index, end, text: m[0] });
    }
  }
  // `(ngày 15/7/2025)`: a day standing alone in parentheses after a task is its date.
  for (const f of found) {
    if (f.kind === 'on' && !f.strong && /\(\s*$/.test(text.slice(Math.max(0, f.index - 3), f.index)) && /^\s*\)/.test(text.slice(f.end, f.end + 3))) f.strong = true;
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: DeadlineMatch[] = [];
  let reach = -1;
  for (const f of found) {
    if (f.index < reach) continue;
    out.push(f);
    reach = f.end;
  }
  return out;
}

/**
 * The time of a task given in a cell or a field of its own (`Thời gian thực hiện: …`, a table's
 * time column), where plans also write a bare year (`2024`, `Năm 2024`) or a span of years
 * (`2024-2026`, `giai đoạn 2024 - 2026`). Null when it says no date (`Hằng năm`, `Thường xuyên`).
 */
export function parseTimeCell(text: string, ctx: YearContext = {}): DeadlineMatch | null {
  const t = text.trim().replace(/[.;,]+$/, '');
  const years = /^(?:(?:trong\s+)?(?:năm|giai đoạn)\s+)?(\d{4})(?:\s*(?:-|–|đến)\s*(?:năm\s+)?(\d{4}))?(?=\s*$|\s+(?:và|,))/i.exec(t);
  if (years) {
    const a = +years[1];
    const b = years[2] ? +years[2] : a;
    if (a >= 1900 && b >= a && b <= 2200) {
      return { kind: a === b ? 'year' : 'monthRange', start: civil(a, 1, 1), due: civil(b, 12, 31), index: 0, end: years[0].length, text: years[0], strong: true, yearMissing: false, yearSource: 'text', before: false };
    }
  }
  const all = findDeadlines(t, ctx);
  const found = all.filter((m) => m.strong);
  if (found.length) return found[found.length - 1];
  // A cell holding only a day (`28/9/2012`, `ngày 28 tháng 9 năm 2012`): in a time column that day is the date.
  const day = all.find((m) => m.index === 0 && m.end >= t.length - 1 && !!m.start && !!m.due);
  if (day) return { ...day, strong: true };
  // A cell holding only a period (`Tháng 3/2023`, `Quý II/2023`) is a deadline even without `trong`.
  const bare = findDeadlines(`trong ${t}`, ctx).filter((m) => m.strong && m.index === 0);
  return bare.length ? { ...bare[0], index: Math.max(0, bare[0].index - 6), end: bare[0].end - 6, text: bare[0].text.replace(/^trong\s+/i, '') } : null;
}

/** The first strong deadline of `text`, or null. */
export function parseDeadline(text: string, ctx: YearContext = {}): DeadlineMatch | null {
  return findDeadlines(text, ctx).find((m) => m.strong) ?? null;
}

/** `Tháng 7/2019:`, `Từ tháng 01/2020 đến tháng 3/2020:`, `Trong tháng 4,5,6,7/2020`: a heading that is only a period. */
export function parseWindowHeading(line: string, ctx: YearContext = {}): DeadlineMatch | null {
  const t = line.trim().replace(/[:.]+$/, '').trim();
  if (!t || t.length > 80) return null;
  // `Tháng 12:` with no year is a heading all the same; the year comes from the context.
  const bareMonth = /^(?:trong\s+)?tháng\s*(\d{1,2})$/i.exec(t);
  if (bareMonth && +bareMonth[1] >= 1 && +bareMonth[1] <= 12) {
    const span = monthSpan({ m: +bareMonth[1], y: null }, ctx);
    if (!span.start || !span.due) return null;
    return { kind: 'month', start: span.start, due: span.due, index: 0, end: t.length, text: t, strong: true, yearMissing: true, yearSource: span.yearSource, before: false };
  }
  const wholeYear = /^(?:trong\s+)?năm\s+(\d{4})$/i.exec(t);
  if (wholeYear) {
    const y = +wholeYear[1];
    return { kind: 'year', start: civil(y, 1, 1), due: civil(y, 12, 31), index: 0, end: t.length, text: t, strong: true, yearMissing: false, yearSource: 'text', before: false };
  }
  const ms = findDeadlines(t, ctx).filter((m) => m.kind !== 'on' && m.kind !== 'before' && m.kind !== 'latest');
  if (ms.length !== 1) return null;
  const m = ms[0];
  const rest = (t.slice(0, m.index) + t.slice(m.end)).replace(/[\s,;:()-]+/g, '');
  if (rest.length > 0 && !/^(?:thời gian|giai đoạn)$/i.test(rest)) return null;
  return m.start && m.due ? m : null;
}

// ---------------------------------------------------------------------------------------------
// Relative deadlines and recurrence.

const NUM_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const COUNT = `(?:\\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)`;
/** The event: words up to the end of the clause. */
const EVENT = `([^.;:()\\n]{3,120}?)(?=\\s*(?:[.;:()\\n]|,\\s|$))`;

function count(s: string): number {
  return /^\d+$/.test(s) ? +s : NUM_WORDS[s.toLowerCase()] ?? NaN;
}

function eventWords(s: string, positive: boolean): string {
  let e = s.trim()
    .replace(/^(?:so với|kể từ|tính từ|sau khi|trước khi|sau|trước|khi)\s+/i, '')
    .replace(/^(?:thời gian|thời điểm|ngày|việc|khi)\s+/i, '');
  if (positive) e = e.replace(/^kết thúc\s+/i, '');
  return e.replace(/[\s,]+$/, '').trim();
}

const RELATIVE: Array<{ re: RegExp; sign: 1 | -1 }> = [
  // `trước 05 ngày so với thời gian tổ chức đại hội`, `sớm hơn 3 ngày so với …`
  { re: rx(`(?:trước|sớm hơn)\\s+(${COUNT})\\s+ngày(\\s+làm việc)?\\s+(?:so với|trước khi|trước|kể từ)\\s+${EVENT}`), sign: -1 },
  // `05 ngày trước khi tổ chức đại hội`, `chậm nhất 05 ngày trước ngày khai mạc`
  { re: rx(`(?:chậm nhất\\s+|ít nhất\\s+)?(${COUNT})\\s+ngày(\\s+làm việc)?\\s+trước\\s+(?:khi\\s+|ngày\\s+|thời gian\\s+)?${EVENT}`), sign: -1 },
  // `chậm nhất 03 ngày sau khi kết thúc đại hội`, `trong vòng 05 ngày làm việc kể từ khi …`
  { re: rx(`(?:chậm nhất|muộn nhất|trong vòng|trong thời hạn|trong|sau)\\s+(${COUNT})\\s+ngày(\\s+làm việc)?\\s+(?:sau khi|kể từ(?:\\s+(?:ngày|khi))?|tính từ(?:\\s+(?:ngày|khi))?|sau)\\s+${EVENT}`), sign: 1 },
  // `ngay sau đại hội`, `ngay sau khi kết thúc hội nghị`
  { re: rx(`ngay sau(?:\\s+khi)?\\s+()()${EVENT}`), sign: 1 },
];

export function findRelative(text: string): RelativeDeadline[] {
  const out: RelativeDeadline[] = [];
  for (const r of RELATIVE) {
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(text)) !== null) {
      const n = m[1] ? count(m[1]) : 0;
      if (!Number.isFinite(n)) continue;
      const prev = text[m.index - 1];
      if (prev && /[A-Za-zÀ-ỹĐđ\d]/.test(prev)) continue;
      if (out.some((o) => m!.index < o.end && m!.index + m![0].length > o.index)) continue;
      const event = eventWords(m[3], r.sign > 0);
      if (!event) continue;
      out.push({ offsetDays: r.sign * n, workdays: !!m[2], event, index: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const FREQ: Array<[RegExp, Recurrence]> = [
  [/(?:hằng|hàng|mỗi)\s+tuần/i, 'weekly'],
  [/(?:hằng|hàng|mỗi)\s+quý/i, 'quarterly'],
  [/(?:(?:hằng|hàng|mỗi|định kỳ|theo định kỳ)\s+(?:0?6|sáu)\s+tháng|(?:hằng|hàng|mỗi)\s+nửa\s+năm|định kỳ\s+nửa\s+năm)/i, 'semiannual'],
  [/(?:hằng|hàng|mỗi)\s+tháng/i, 'monthly'],
  [/(?:hằng|hàng|mỗi)\s+năm/i, 'yearly'],
];

/** The first repeating duty of the text: `định kỳ hằng quý` → quarterly, `thường xuyên` → ongoing. */
export function findRecurrence(text: string): RecurrenceMatch | null {
  let best: RecurrenceMatch | null = null;
  for (const [re, recurrence] of FREQ) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { recurrence, vague: false, index: m.index, end: m.index + m[0].length, text: m[0] };
  }
  if (best) return best;
  const ongoing = /thường xuyên|liên tục|hằng ngày|hàng ngày/i.exec(text);
  if (ongoing) return { recurrence: 'ongoing', vague: false, index: ongoing.index, end: ongoing.index + ongoing[0].length, text: ongoing[0] };
  const periodic = /định kỳ/i.exec(text);
  if (periodic) return { recurrence: 'ongoing', vague: true, index: periodic.index, end: periodic.index + periodic[0].length, text: periodic[0] };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Writing deadlines back.

function monthText(date: CivilDate): string {
  const { y, m } = parts(date);
  return monthYear(y, m);
}

const isFirst = (d: CivilDate) => d.endsWith('-01');
const isLast = (d: CivilDate) => { const { y, m } = parts(d); return lastDayOfMonth(y, m) === d; };
const QUARTER_ROMAN = ['I', 'II', 'III', 'IV'];

/** The shape of a period read off its dates, when the kind was not kept. */
function shapeOf(start: CivilDate | null, due: CivilDate | null): DeadlineKind {
  if (!start || !due) return 'before';
  if (start === due) return 'on';
  const s = parts(start);
  const e = parts(due);
  if (isFirst(start) && isLast(due)) {
    if (s.y === e.y && s.m === e.m) return 'month';
    if (s.y === e.y && s.m === 1 && e.m === 12) return 'year';
    if (s.y === e.y && (s.m - 1) % 3 === 0 && e.m === s.m + 2) return 'quarter';
    if (s.y === e.y && ((s.m === 1 && e.m === 6) || (s.m === 7 && e.m === 12))) return 'half';
    return 'monthRange';
  }
  return 'range';
}

/**
 * A task's dates worded as plans word them (Vietnamese, or English with `lang: 'en'`):
 * `hoàn thành trước ngày 05/7/2019`, `chậm nhất ngày 22/02/2020`, `trong tháng 8/2019`,
 * `từ ngày 10/7 đến 19/7/2019`, `từ tháng 01/2020 đến tháng 3/2020`, `trong quý III/2020`,
 * `trong 6 tháng đầu năm 2025`, `trong năm 2025`, `cuối tháng 9/2025`, `thường xuyên`.
 * Without `kind`, the wording is read off the dates' shape.
 */
export function formatDeadline(start: CivilDate | null, due: CivilDate | null, kind?: DeadlineKind, lang: 'vi' | 'en' = 'vi'): string {
  const en = lang === 'en';
  if (!start && !due) return en ? 'ongoing' : 'thường xuyên';
  if (!due) return en ? `from ${shortDate(start as CivilDate)}` : `từ ngày ${shortDate(start as CivilDate)}`;
  let k: DeadlineKind = kind ?? shapeOf(start, due);
  // A kind that no longer fits the dates (edited in the sheet) gives way to their shape.
  if ((k === 'month' || k === 'months' || k === 'monthRange' || k === 'quarter' || k === 'half' || k === 'year' || k === 'range') && (!start || start > due)) k = 'before';
  if (k === 'point' && start !== due) k = shapeOf(start, due);
  const { y, m, d } = parts(due);
  switch (k) {
    case 'latest':
      return en ? `no later than ${shortDate(due)}` : `chậm nhất ngày ${shortDate(due)}`;
    case 'until':
      return en ? `until ${shortDate(due)}` : `đến ngày ${shortDate(due)}`;
    case 'on':
      return en ? `on ${shortDate(due)}` : `ngày ${shortDate(due)}`;
    case 'point': {
      const which = d === 1 ? ['đầu', 'early'] : d === 15 ? ['giữa', 'mid'] : isLast(due) ? ['cuối', 'late'] : null;
      if (!which) return en ? `on ${shortDate(due)}` : `ngày ${shortDate(due)}`;
      return en ? `${which[1]} ${monthText(due)}` : `${which[0]} tháng ${monthText(due)}`;
    }
    case 'month':
    case 'months':
    case 'monthRange':
    case 'quarter':
    case 'half':
    case 'year': {
      const s = parts(start as CivilDate);
      const shape = shapeOf(start, due);
      // The kind the text used, when the dates still have that shape; else the shape's own words.
      const wholeMonths = shape === 'month' || shape === 'year' || shape === 'quarter' || shape === 'half' || shape === 'monthRange';
      const use = k === shape || ((k === 'monthRange' || k === 'months') && wholeMonths) ? k : shape;
      if (use === 'month') return en ? `during ${monthText(due)}` : `trong tháng ${monthText(due)}`;
      if (use === 'year') return en ? `during ${y}` : `trong năm ${y}`;
      if (use === 'quarter') return en ? `during Q${(s.m + 2) / 3}/${y}` : `trong quý ${QUARTER_ROMAN[(s.m - 1) / 3]}/${y}`;
      if (use === 'half') {
        const first = s.m === 1;
        return en ? `during the ${first ? 'first' : 'second'} half of ${y}` : `trong 6 tháng ${first ? 'đầu' : 'cuối'} năm ${y}`;
      }
      if (use === 'months' && s.y === y) {
        const list: number[] = [];
        for (let i = s.m; i <= m; i++) list.push(i);
        return en ? `during months ${list.join(', ')}/${y}` : `trong tháng ${list.join(', ')}/${y}`;
      }
      if (use === 'monthRange' || use === 'months') {
        return en ? `from ${monthText(start as CivilDate)} to ${monthText(due)}` : `từ tháng ${monthText(start as CivilDate)} đến tháng ${monthText(due)}`;
      }
      return formatDeadline(start, due, use, lang);
    }
    case 'range': {
      const s = start as CivilDate;
      if (s === due) return en ? `on ${shortDate(due)}` : `ngày ${shortDate(due)}`;
      const from = shortDate(s, parts(s).y !== y);
      return en ? `from ${from} to ${shortDate(due)}` : `từ ngày ${from} đến ${shortDate(due)}`;
    }
    case 'before':
    default:
      return en ? `by ${shortDate(due)}` : `hoàn thành trước ngày ${shortDate(due)}`;
  }
}
