/** The schedule and the overview as plain text lines, for the terminal (`tiendo refresh`, `npm start`). */
import { formatDMY } from '../dates/civil';
import type { Lang } from '../i18n';
import { isDateCell } from '../sheet/cells';
import type { OutCell, SheetOutput } from '../sheet/output';
import { statusLabel } from './task-columns';
import type { Schedule } from './types';

function pad(s: string, n: number): string {
  const chars = Array.from(s);
  return chars.length >= n ? `${chars.slice(0, n - 1).join('')}…` : s + ' '.repeat(n - chars.length);
}

export interface TableOptions {
  /** Column headers, in order: ID, due, status, days left, critical, title. */
  headers: [string, string, string, string, string, string];
  /** Characters per line (the terminal's width): long titles are cut with `…`. */
  width: number;
}

/**
 * The schedule as a table for the terminal: a header line, a rule, then one line per task (ID,
 * computed due, status, working days left, critical mark, title), each cut to `width`.
 */
export function scheduleLines(schedule: Schedule, lang: Lang, o: TableOptions): string[] {
  const [hId, hDue, hStatus, hLeft, hCrit, hTitle] = o.headers;
  const len = (s: string) => Array.from(s).length;
  const idW = Math.max(3, len(hId) + 1, ...schedule.tasks.map((st) => len(st.task.id || `#${st.task.row}`) + 1));
  const statusW = Math.max(len(hStatus) + 1, ...schedule.tasks.map((st) => len(statusLabel(st.status, lang)) + 1));
  const leftW = Math.max(5, len(hLeft) + 1);
  const critW = Math.max(2, len(hCrit) + 1);
  const line = (cells: string[], title: string) => {
    const head = cells.join(' ');
    const room = Math.max(8, o.width - len(head) - 1);
    return `${head} ${len(title) > room ? `${Array.from(title).slice(0, room - 1).join('')}…` : title}`.trimEnd();
  };
  const header = line([pad(hId, idW), pad(hDue, 11), pad(hStatus, statusW), pad(hLeft, leftW), pad(hCrit, critW)], hTitle);
  const rows = schedule.tasks.map((st) => line([
    pad(st.task.id || `#${st.task.row}`, idW),
    pad(st.due ? formatDMY(st.due) : '—', 11),
    pad(statusLabel(st.status, lang), statusW),
    pad(st.workdaysLeft === null ? '' : String(st.workdaysLeft), leftW),
    pad(st.critical ? '✓' : '', critW),
  ], st.isGroup ? st.task.title.toUpperCase() : st.task.title));
  return [header, '-'.repeat(Math.min(o.width, Math.max(...[header, ...rows].map(len)))), ...rows];
}

/** `s` cut to `n` characters with `…`, or padded to `n`. */
export function fitText(s: string, n: number): string {
  const chars = Array.from(s);
  return chars.length > n ? `${chars.slice(0, Math.max(0, n - 1)).join('')}…` : s;
}

function cellText(v: OutCell | { formula: string } | undefined, format: string | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (isDateCell(v)) return formatDMY(v.date);
  if (typeof v === 'object' && 'formula' in v) return v.formula;
  if (typeof v === 'number' && format && format.endsWith('%')) return `${Math.round(v * 100)}%`;
  return String(v);
}

/** A written sheet's first block as lines of ` | `-separated cells (empty cells dropped). */
export function outputLines(out: SheetOutput): string[] {
  const block = out.blocks[0];
  if (!block) return [];
  return block.values.map((row, r) => row
    .map((v, c) => cellText(v, block.numberFormats?.[r]?.[c]))
    .filter((s) => s !== '')
    .join(' | '));
}
