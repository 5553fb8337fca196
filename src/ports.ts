/**
 * The few things the features need from a host. Apps Script adapters (src/gas) and the offline
 * host (src/node) implement them; tests use the Apps Script fakes through src/gas, or in-memory
 * versions. Use-cases in src/app depend only on these and on src/core.
 *
 * All methods are synchronous: Apps Script is, and the offline host loads its .xlsx workbook
 * into memory before a command and saves it after.
 */
import type { CivilDate } from './core/dates/civil';
import type { SheetGrid } from './core/sheet/grid';
import type { OutCell, SheetOutput } from './core/sheet/output';

export interface WorkbookPort {
  /** Names of the sheets in the workbook, in order. */
  sheetNames(): string[];
  /**
   * Reads the named sheets, each in one call: every row of the data range with the header.
   * Dates arrive as `{ date }` in the spreadsheet's zone; missing sheets are left out.
   */
  readGrids(names: string[]): SheetGrid[];
  /** Applies one sheet's output with a constant number of service calls. */
  write(out: SheetOutput): void;
  /** Appends rows after the last row with content (importer, logs). */
  appendRows(sheet: string, rows: OutCell[][]): void;
  /** A link that opens the sheet at a row (e-mails, documents). */
  rowLink(sheet: string, row: number): string;
  /** The spreadsheet's name (used for default plan name, document names). */
  title(): string;
}

export interface OutgoingMail {
  to: string[];
  cc?: string[];
  replyTo?: string;
  /** Sender display name. */
  name: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailPort {
  /** Recipients still allowed today (Apps Script counts recipients, not messages). */
  remainingQuota(): number;
  /**
   * Throws when the mail did not go. An error carrying `scope` (SendFailureScope, in
   * core/remind/failures.ts) says how far the failure reaches; without it the message text is
   * judged (MailApp's errors are plain text).
   */
  send(mail: OutgoingMail): void;
}

export interface LockPort {
  /** Waits up to `ms` for the document lock; false when another run holds it. */
  tryLock(ms: number): boolean;
  release(): void;
}

export interface ClockPort {
  /** Today in the spreadsheet's zone. */
  today(): CivilDate;
  /** Now as ISO 8601 with offset, for logs. */
  nowIso(): string;
  /** Milliseconds since some fixed point, for time budgets. */
  elapsedMs(): number;
}

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export interface ProgressPort {
  /** A short progress line (Sheets: toast; CLI: stderr). */
  progress(message: string): void;
}
