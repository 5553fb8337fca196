/**
 * A task's dates as documents word them. The running text uses the plans' own wording
 * (`formatDeadline` of the deadline-expression module: `hoàn thành trước ngày 05/7/2019`,
 * `trong tháng 8/2019`, `từ ngày 10/7 đến 19/7/2019` …, read off the dates' shape since the sheet
 * keeps only start and due); a table's `Thời gian` column takes the short form of the same words.
 */
import type { CivilDate } from '../dates/civil';
import { formatDeadline } from '../dates/deadline-wording';

export function deadlineWording(start: CivilDate | null, due: CivilDate | null, lang: 'vi' | 'en' = 'vi'): string {
  return formatDeadline(start, due, undefined, lang);
}

const SHORT: Array<[RegExp, string]> = [
  [/^hoàn thành trước ngày (.+)$/, 'Trước $1'],
  [/^từ ngày (\S+) đến (\S+)$/, '$1 - $2'],
  [/^từ tháng (\S+) đến tháng (\S+)$/, '$1 - $2'],
  [/^từ ngày (\S+)$/, 'Từ $1'],
  [/^trong (tháng|quý|năm|6 tháng) /, '$1 '],
];

/**
 * The short form: `Trước 05/7/2019`, `Tháng 8/2019`, `10/7 - 19/7/2019`, `01/2020 - 3/2020`,
 * `Quý III/2020`, `Năm 2025`, `Thường xuyên`.
 */
export function deadlineCell(start: CivilDate | null, due: CivilDate | null, lang: 'vi' | 'en' = 'vi'): string {
  let s = deadlineWording(start, due, lang);
  if (lang === 'vi') for (const [re, to] of SHORT) s = s.replace(re, to);
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
