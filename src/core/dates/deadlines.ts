/**
 * The absolute deadlines of Vietnamese plans, as the importer reads them: `findDeadlines(text, ctx)`
 * finds every date or period the text states as a deadline (`trước ngày 05/7/2019`, `trong tháng
 * 8/2019`, `từ ngày 10/7 đến 19/7/2019`, `quý III/2020`, `6 tháng đầu năm`, `cuối tháng 9/2025` …)
 * with its start and due; `parseTimeCell` reads a table's or a field's time cell; `parseWindowHeading`
 * a heading that is only a period. Dates are always day first, with `/`, `-` or `.`. Dates that are
 * not deadlines (not-deadlines.ts) are left out; terms (`nhiệm kỳ 2020-2025`) never parse.
 *
 * Pure: strings in, CivilDates out; no Date objects.
 */
import { addDays, civil } from './civil';
import type { DeadlineMatch, YearContext } from './deadline-types';
import { excluded } from './not-deadlines';
import {
  DATE, L, LONG_DATE, MONTH, NUM_DATE, PERIOD, type Parser, ROMAN_Q, SEP, YEAR, beforePeriod, daySpan, monthSpan,
  parseDay, parseDayRange, parseMonth, parsePeriodRange, periodSpan, quarterSpan, result, rx, yearOf,
} from './periods';

interface Pattern {
  re: RegExp;
  parse: Parser;
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
