/**
 * Dates in documents: the numbers follow src/core/dates/official.ts (re-exported here for the
 * document builders); the long form `ngày 05 tháng 7 năm 2019` is the documents' own.
 */
import { type CivilDate, parts } from '../dates/civil';
import { docDay, docMonth } from '../dates/official';

export { docDay, docMonth, monthYear, shortDate } from '../dates/official';

/** `ngày 05 tháng 7 năm 2019` (vi) or `5 July 2019` (en). */
export function longDate(date: CivilDate, lang: 'vi' | 'en' = 'vi'): string {
  const { y, m, d } = parts(date);
  if (lang === 'en') return `${d} ${MONTHS_EN[m - 1]} ${y}`;
  return `ngày ${docDay(d)} tháng ${docMonth(m)} năm ${y}`;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
