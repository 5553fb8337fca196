/**
 * A task's dates worded back the way plans word them, for the documents the add-on writes:
 * `formatDeadline(start, due, kind)`.
 */
import { type CivilDate, lastDayOfMonth, parts } from './civil';
import type { DeadlineKind } from './deadline-types';
import { monthYear, shortDate } from './official';

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
