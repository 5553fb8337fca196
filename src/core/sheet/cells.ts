/**
 * What a cell can hold once a host has read it. Hosts turn spreadsheet Dates into `{ date }`
 * (civil, in the spreadsheet's zone) at their edge; nothing else crosses into the core.
 */
import type { CivilDate } from '../dates/civil';

export interface DateCell {
  readonly date: CivilDate;
}
export type CellValue = string | number | boolean | DateCell | null;

export function isDateCell(v: unknown): v is DateCell {
  return typeof v === 'object' && v !== null && typeof (v as DateCell).date === 'string';
}
