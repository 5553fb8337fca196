/**
 * What the deadline grammar says about a text: the kinds of deadline plans write, a match with its
 * start and due, where a missing year came from, deadlines counted from an event and repeating
 * duties. Types only; the readers are deadlines.ts, relative.ts and recurrence.ts.
 */
import type { CivilDate } from './civil';

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
