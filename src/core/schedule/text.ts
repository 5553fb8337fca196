/** The schedule and the overview as plain text lines, for the terminal (`tiendo refresh`, `npm start`). */
import { formatDMY } from '../dates/civil';
import type { Lang } from '../i18n';
import { isDateCell } from '../plan/cells';
import type { OutCell, SheetOutput } from '../../ports';
import { statusLabel } from './task-columns';
import type { Schedule } from './types';

function pad(s: string, n: number): string {
  const chars = Array.from(s);
  return chars.length >= n ? `${chars.slice(0, n - 1).join('')}…` : s + ' '.repeat(n - chars.length);
}

/** One line per task: ID, computed due, status, working days left, critical mark, title. */
export function scheduleLines(schedule: Schedule, lang: Lang): string[] {
  const width = Math.max(3, ...schedule.tasks.map((st) => Array.from(st.task.id).length + 1));
  return schedule.tasks.map((st) => [
    pad(st.task.id || `#${st.task.row}`, width),
    pad(st.due ? formatDMY(st.due) : '—', 11),
    pad(statusLabel(st.status, lang), 16),
    pad(st.workdaysLeft === null ? '' : String(st.workdaysLeft), 5),
    st.critical ? '✓ ' : '  ',
    st.isGroup ? st.task.title.toUpperCase() : st.task.title,
  ].join(' ').trimEnd());
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
