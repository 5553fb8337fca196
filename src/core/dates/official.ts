/**
 * Dates as official documents write them: days under 10 and the months January and February
 * take a leading zero (`ngày 05 tháng 7 năm 2019`, `ngày 20 tháng 02 năm 2018`, `05/7/2019`,
 * `tháng 01/2020`); Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW agree on this. Shared by the
 * documents and by the wording of deadlines, so both write a date the same way.
 */
import { type CivilDate, parts } from './civil';

export function docDay(d: number): string {
  return String(d).padStart(2, '0');
}

export function docMonth(m: number): string {
  return m <= 2 ? String(m).padStart(2, '0') : String(m);
}

/** `05/7/2019`; without the year when `withYear` is false (`10/7`). */
export function shortDate(date: CivilDate, withYear = true): string {
  const { y, m, d } = parts(date);
  return withYear ? `${docDay(d)}/${docMonth(m)}/${y}` : `${docDay(d)}/${docMonth(m)}`;
}

/** `8/2019`, `01/2020`. */
export function monthYear(y: number, m: number): string {
  return `${docMonth(m)}/${y}`;
}
