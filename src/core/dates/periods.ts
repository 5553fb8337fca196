/**
 * The pieces of the absolute-deadline grammar: how a day (`05/7/2019`, `ngày 24 tháng 6 năm 2019`),
 * a month, a point in a month, a quarter, a half year and ranges of them are written, and the
 * spans of days they stand for, with the year taken from the context when the text leaves it out.
 * deadlines.ts puts these pieces into the patterns it searches with.
 */
import { type CivilDate, addDays, civil, diffDays, lastDayOfMonth, parts } from './civil';
import type { DeadlineKind, DeadlineMatch, YearContext, YearSource } from './deadline-types';

// ---------------------------------------------------------------------------------------------
// Building blocks. Every piece is non-capturing: a match is parsed again by small functions,
// which keeps the patterns readable and the group numbers out of the code.

/** A letter of Vietnamese text (for word boundaries without the `u` flag). */
export const L = 'A-Za-zÀ-ỹĐđ';
export const SEP = '\\s?[/.\\-]\\s?';
/** `05/7/2019`, `31-12-2019`, `15.8`, `10/7`: day first; the year has four digits. */
export const NUM_DATE = `(?<![\\d/.\\-])\\d{1,2}${SEP}\\d{1,2}(?!\\d)(?:${SEP}\\d{4}(?!\\d))?`;
/** `ngày 24 tháng 6 năm 2019`, `ngày 05 tháng 7`. */
export const LONG_DATE = `ngày\\s+\\d{1,2}\\s+tháng\\s+\\d{1,2}(?!\\d)(?:\\s*,?\\s*năm\\s+\\d{4}(?!\\d))?`;
export const DATE = `(?:(?:ngày\\s*)?${NUM_DATE}|${LONG_DATE})`;
export const MONTH = `tháng\\s*\\d{1,2}(?![\\d,;]\\s*\\d)(?!\\d)(?:${SEP}\\d{4}(?!\\d)|\\s*,?\\s*năm\\s+\\d{4}(?!\\d))?`;
const MONTH_LIST = `tháng\\s*\\d{1,2}(?:\\s*(?:,|;|và|-)\\s*\\d{1,2}(?!\\d))+${SEP}\\d{4}(?!\\d)`;
const POINT = `(?:đầu|giữa|cuối)\\s+${MONTH}`;
const QUARTER = `quý\\s+(?:IV|I{1,3}|[1-4])(?![${L}\\d])(?:${SEP}\\d{4}(?!\\d)|\\s*,?\\s*năm\\s+\\d{4}(?!\\d))?`;
const HALF = `(?:(?:0?6|sáu)\\s+tháng|nửa)\\s+(?:đầu|cuối)\\s+năm(?:\\s+\\d{4}(?!\\d))?`;
export const YEAR = `(?:trong|cả|hết|trong cả|suốt|vào)\\s+năm\\s+\\d{4}(?!\\d)`;
export const PERIOD = `(?:${MONTH_LIST}|${POINT}|${MONTH}|${QUARTER}|${HALF})`;
const WHOLE_MONTH_LIST = new RegExp(`^${MONTH_LIST}$`, 'i');

export type Parser = (s: string, ctx: YearContext) => Omit<DeadlineMatch, 'index' | 'end' | 'text'> | null;

export const rx = (src: string) => new RegExp(src, 'gi');

// ---------------------------------------------------------------------------------------------
// Parsing the pieces.

interface DayParts {
  d: number;
  m: number;
  y: number | null;
}

/** Day and month of a day-first date; null when they cannot be a day (`07/13/2019` is not 7 January). */
export function parseDay(s: string): DayParts | null {
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

export function parseMonth(s: string): MonthParts | null {
  const m = /tháng\s*(\d{1,2})(?:\s?[/.-]\s?(\d{4})|\s*,?\s*năm\s+(\d{4}))?/i.exec(s);
  if (!m || +m[1] < 1 || +m[1] > 12) return null;
  const y = m[2] ?? m[3];
  return { m: +m[1], y: y ? +y : null };
}

export const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function yearOf(s: string): number | null {
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

export type Span = { start: CivilDate | null; due: CivilDate | null; yearMissing: boolean; yearSource: YearSource | null };

export const NONE: Span = { start: null, due: null, yearMissing: true, yearSource: null };

export function daySpan(p: DayParts, ctx: YearContext): Span {
  if (p.y !== null) {
    const c = civil(p.y, p.m, p.d);
    return { start: c, due: c, yearMissing: false, yearSource: c ? 'text' : null };
  }
  const y = inferYear(p.d, p.m, ctx);
  if (!y) return NONE;
  const c = civil(y.y, p.m, p.d);
  return { start: c, due: c, yearMissing: true, yearSource: c ? y.source : null };
}

export function monthSpan(p: MonthParts, ctx: YearContext): Span {
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

export function quarterSpan(s: string, ctx: YearContext): Span {
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
export function periodSpan(s: string, ctx: YearContext): { span: Span; kind: DeadlineKind } {
  const t = s.trim();
  if (/^(đầu|giữa|cuối)\s/i.test(t)) return { span: pointSpan(t, ctx), kind: 'point' };
  if (/^quý/i.test(t)) return { span: quarterSpan(t, ctx), kind: 'quarter' };
  if (/^(0?6|sáu|nửa)\s/i.test(t)) return { span: halfSpan(t, ctx), kind: 'half' };
  if (WHOLE_MONTH_LIST.test(t)) return { span: monthListSpan(t), kind: 'months' };
  const mp = parseMonth(t);
  return { span: mp ? monthSpan(mp, ctx) : NONE, kind: 'month' };
}

export function result(kind: DeadlineKind, span: Span, strong: boolean, before = false): Omit<DeadlineMatch, 'index' | 'end' | 'text'> {
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

export function parseDayRange(s: string, ctx: YearContext): ReturnType<Parser> {
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

export function parsePeriodRange(s: string, ctx: YearContext): ReturnType<Parser> {
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
export function beforePeriod(span: Span): Span {
  if (!span.start) return span;
  const d = addDays(span.start, -1);
  return { ...span, start: null, due: d };
}
