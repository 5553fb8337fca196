/**
 * The `Nhật ký nhắc việc` sheet: one row per mail sent (written right after the send), and rows
 * for mails deferred or failed. Read once at the start of a run, it tells which mails of today are
 * already out. The last column holds the machine key (day|e-mail|kind); when a user has cleared
 * it, the key is rebuilt from the day, e-mail and kind columns.
 */
import { type CivilDate, addDays } from '../dates/civil';
import { cellText, parseDateCell } from '../plan/cells';
import type { CellValue, DateCell } from '../sheet/cells';
import type { SheetDef } from '../plan/columns';
import { headerNames, matchSheet } from '../plan/columns';
import type { SheetGrid } from '../sheet/grid';
import { headerKey } from '../text/normalize';
import { mailKey, parseMailKey } from './keys';
import type { MailKind } from './types';

export type LogColumn = 'time' | 'day' | 'recipient' | 'email' | 'kind' | 'tasks' | 'result' | 'note' | 'key';
export type LogResult = 'sent' | 'deferred' | 'failed';

export const LOG_SHEET: SheetDef<LogColumn> = {
  key: 'reminderLog', vi: 'Nhật ký nhắc việc', en: 'Reminder log', aliases: ['Nhat ky nhac viec', 'Reminders log', 'Mail log'],
  columns: [
    { key: 'time', vi: 'Thời gian', en: 'Time', kind: 'text', width: 140 },
    { key: 'day', vi: 'Ngày nhắc', en: 'Reminder day', aliases: ['Ngày', 'Day'], kind: 'date', width: 95 },
    { key: 'recipient', vi: 'Người nhận', en: 'Recipient', kind: 'text', width: 180 },
    { key: 'email', vi: 'E-mail', en: 'E-mail address', aliases: ['Email', 'Địa chỉ'], kind: 'email', width: 200 },
    { key: 'kind', vi: 'Loại', en: 'Kind', kind: 'text', width: 90 },
    { key: 'tasks', vi: 'Công việc', en: 'Tasks', kind: 'text', width: 220 },
    { key: 'result', vi: 'Kết quả', en: 'Result', kind: 'text', width: 80 },
    { key: 'note', vi: 'Ghi chú', en: 'Note', aliases: ['Notes'], kind: 'text', width: 220 },
    { key: 'key', vi: 'Khóa', en: 'Key', kind: 'text', width: 260 },
  ],
};

/** The log's own words, Vietnamese in the sheet; English accepted when reading back. */
const KIND_LABEL: Record<MailKind, { vi: string; en: string }> = {
  digest: { vi: 'Nhắc việc', en: 'Reminder' },
  summary: { vi: 'Tổng hợp', en: 'Summary' },
};
const RESULT_LABEL: Record<LogResult, { vi: string; en: string }> = {
  sent: { vi: 'Đã gửi', en: 'Sent' },
  deferred: { vi: 'Hoãn', en: 'Deferred' },
  failed: { vi: 'Lỗi', en: 'Failed' },
};

export interface LogEntry {
  /** 1-based sheet row. */
  row: number;
  day: CivilDate;
  email: string;
  kind: MailKind;
  result: LogResult;
  key: string;
}

export interface ReminderLog {
  /** The log sheet's name in this workbook, or null when it does not exist yet. */
  sheet: string | null;
  entries: LogEntry[];
  /** Keys logged as sent. */
  sent: Set<string>;
  /** The sheet has the log's header row (else a writer adds one before its first row). */
  hasHeader: boolean;
}

export function emptyLog(): ReminderLog {
  return { sheet: null, entries: [], sent: new Set(), hasHeader: false };
}

export function isLogSheet(name: string): boolean {
  return matchSheet(name, LOG_SHEET);
}

function labelOf<T extends string>(table: Record<T, { vi: string; en: string }>, text: string): T | null {
  const k = headerKey(text);
  for (const key of Object.keys(table) as T[]) {
    if (headerKey(table[key].vi) === k || headerKey(table[key].en) === k || key.toLowerCase() === k) return key;
  }
  return null;
}

/** Reads the log grid (or none). Rows it cannot understand are ignored: they only cost a resend. */
export function readReminderLog(grid: SheetGrid | undefined): ReminderLog {
  if (!grid) return emptyLog();
  const log: ReminderLog = { sheet: grid.name, entries: [], sent: new Set(), hasHeader: false };
  const names = new Map<string, LogColumn>();
  for (const c of LOG_SHEET.columns) for (const n of headerNames(c)) names.set(headerKey(n), c.key);
  let headerRow = -1;
  const col: Partial<Record<LogColumn, number>> = {};
  // The header is usually row 1; a user's notes above it, or a header appended below old rows, are found too.
  for (let r = 0; r < grid.values.length && headerRow < 0; r++) {
    const found: Partial<Record<LogColumn, number>> = {};
    grid.values[r].forEach((v, c) => {
      const key = typeof v === 'string' ? names.get(headerKey(v)) : undefined;
      if (key && found[key] === undefined) found[key] = c;
    });
    if (found.key !== undefined || (found.day !== undefined && found.email !== undefined && found.kind !== undefined)) {
      headerRow = r;
      Object.assign(col, found);
    }
  }
  if (headerRow < 0) return log;
  log.hasHeader = true;
  const at = (row: CellValue[], k: LogColumn): CellValue => (col[k] === undefined ? null : row[col[k] as number] ?? null);
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    const result = labelOf(RESULT_LABEL, cellText(at(row, 'result')));
    if (!result) continue;
    let parsed = parseMailKey(cellText(at(row, 'key')));
    if (!parsed) {
      const day = parseDateCell(at(row, 'day'));
      const kind = labelOf(KIND_LABEL, cellText(at(row, 'kind')));
      const email = cellText(at(row, 'email'));
      if (!day.ok || !day.value || !kind || !email) continue;
      parsed = { day: day.value, email: email.toLowerCase(), kind };
    }
    const key = mailKey(parsed.day, parsed.email, parsed.kind);
    log.entries.push({ row: r + 1, day: parsed.day, email: parsed.email, kind: parsed.kind, result, key });
    if (result === 'sent') log.sent.add(key);
  }
  return log;
}

/**
 * Mails deferred (or failed) on an earlier run and not sent since, as `e-mail|kind` → the first
 * day they were held back since their last send: the next run sends them first, the longest
 * waiting first, so a quota that runs out every day never starves the same people.
 */
export function pendingFromEarlier(log: ReminderLog): Map<string, CivilDate> {
  const lastSent = new Map<string, CivilDate>();
  for (const e of log.entries) {
    if (e.result !== 'sent') continue;
    const k = `${e.email}|${e.kind}`;
    if (!lastSent.has(k) || (lastSent.get(k) as CivilDate) < e.day) lastSent.set(k, e.day);
  }
  const pending = new Map<string, CivilDate>();
  for (const e of log.entries) {
    if (e.result === 'sent') continue;
    const k = `${e.email}|${e.kind}`;
    const sent = lastSent.get(k);
    const since = pending.get(k);
    if ((!sent || sent < e.day) && (!since || e.day < since)) pending.set(k, e.day);
  }
  return pending;
}

/** The last day a summary went out before `today`, or null. */
export function lastSummaryBefore(log: ReminderLog, today: CivilDate): CivilDate | null {
  let last: CivilDate | null = null;
  for (const e of log.entries) {
    if (e.kind === 'summary' && e.result === 'sent' && e.day < today && (!last || e.day > last)) last = e.day;
  }
  return last;
}

export interface LogRowInput {
  /** ISO 8601 with offset, as the clock gives it. */
  nowIso: string;
  day: CivilDate;
  recipient: string;
  email: string;
  kind: MailKind;
  /** Task ids (or `dòng N`) the mail lists. */
  tasks: string[];
  result: LogResult;
  note: string;
}

/**
 * `start` (ISO 8601 with offset) plus `ms`, in the same offset: the log's time of each row from one
 * reading of the clock at the start of the run (reading it costs a service call in Apps Script).
 */
export function isoAfter(start: string, ms: number): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(.*)$/.exec(start);
  if (!m || !Number.isFinite(ms) || ms <= 0) return start;
  const total = +m[2] * 3600 + +m[3] * 60 + +m[4] + Math.floor(ms / 1000);
  const day = addDays(m[1], Math.floor(total / 86_400));
  const s = total % 86_400;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}${m[5].replace(/^\.\d+/, '')}`;
}

/** `2019-07-05T07:00:12+07:00` → `05/07/2019 07:00:12` (the zone is the spreadsheet's). */
export function logTime(nowIso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(nowIso);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}:${m[6]}` : nowIso;
}

/** A log row in the sheet's column order. Strings are written as literal text; the day is a date cell. */
export function logRow(input: LogRowInput): Array<string | DateCell> {
  const tasks = input.tasks.join(', ');
  return [
    logTime(input.nowIso),
    { date: input.day },
    input.recipient,
    input.email,
    KIND_LABEL[input.kind].vi,
    tasks.length > 1000 ? `${tasks.slice(0, 997)}…` : tasks,
    RESULT_LABEL[input.result].vi,
    input.note.slice(0, 500),
    mailKey(input.day, input.email, input.kind),
  ];
}

export function logHeader(): string[] {
  return LOG_SHEET.columns.map((c) => c.vi);
}
