/**
 * Deadline expressions of Vietnamese plans, read and written back. Each idea lives in its own file:
 *  - deadlines.ts: absolute deadlines (`trước ngày 05/7/2019`, `quý III/2020` …), table time cells and
 *    window headings, built from the pieces in periods.ts, leaving out what not-deadlines.ts names;
 *  - relative.ts: deadlines counted from an event (`sau 10 ngày kể từ …`);
 *  - recurrence.ts: repeating duties (`định kỳ hằng quý`, `thường xuyên`);
 *  - deadline-wording.ts: dates worded back for documents (`formatDeadline`);
 *  - deadline-types.ts: the types they share.
 * This module gathers them for callers that want the whole grammar.
 */
export type { DeadlineKind, DeadlineMatch, Recurrence, RecurrenceMatch, RelativeDeadline, YearContext, YearSource } from './deadline-types';
export { findDeadlines, parseDeadline, parseTimeCell, parseWindowHeading } from './deadlines';
export { inferYear } from './periods';
export { DONE_BEFORE } from './not-deadlines';
export { findRelative } from './relative';
export { findRecurrence } from './recurrence';
export { formatDeadline } from './deadline-wording';
