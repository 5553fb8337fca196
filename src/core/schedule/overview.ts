/**
 * The `Tổng quan` sheet, rebuilt on every refresh: what a head of office reads in the morning,
 * printable on A4 portrait (six columns, about 720 px wide, fit to width).
 */
import { type CivilDate, addDays, formatDMY } from '../dates/civil';
import { formatWithWeekday } from '../dates/weekday-names';
import { type Lang, type MsgKey, type Params, t } from '../i18n';
import type { Problem } from '../plan/model';
import { problemText, problemWhere } from '../plan/problems';
import { foldKey, nameKey } from '../text/normalize';
import type { OutCell, SheetOutput } from '../sheet/output';
import type { BaselineReport } from './baseline';
import { DATE_FORMAT, STATUS_COLOURS, statusLabel } from './task-columns';
import { SCHEDULE_STATUSES, type Schedule, type ScheduledTask } from './types';

export const OVERVIEW_SHEET = 'Tổng quan';
const WIDTH = 6;
/** About 715 px in all: an A4 portrait page at 100 %; dates (D, F) need 85 px. */
const COLUMN_WIDTHS: Array<[number, number]> = [[1, 55], [2, 275], [3, 125], [4, 85], [5, 90], [6, 85]];
/** Long lists are cut so the overview stays a few printed pages; the task sheet has everything. */
export const LIST_LIMIT = 100;
export const PROBLEM_LIMIT = 200;
const HEADING_BG = '#d9e2f3';
const TABLE_HEAD_BG = '#f1f3f4';

interface Row {
  values: OutCell[];
  formats?: Array<string | null>;
  bold?: boolean;
  background?: string;
  fontColor?: string;
  /**
   * Merge the whole row. Only the fixed lines (title and section headings) are merged, so the
   * number of merges, and with it the host's service calls, never depends on the data.
   */
  merge?: boolean;
}

class Builder {
  readonly rows: Row[] = [];
  constructor(readonly lang: Lang) {}
  text(key: MsgKey, params?: Params): string { return t(this.lang, key, params); }
  /** A fixed full-width line (merged). */
  title(text: string, style: Omit<Row, 'values'> = {}): void { this.rows.push({ values: [text], merge: true, ...style }); }
  /** A line of variable content: in the wide column B, wrapped, not merged. */
  line(text: string, style: Omit<Row, 'values'> = {}): void { this.rows.push({ values: [null, text], ...style }); }
  heading(key: MsgKey, params?: Params): void {
    this.blank();
    this.title(this.text(key, params), { bold: true, background: HEADING_BG });
  }
  tableHead(cells: string[]): void { this.rows.push({ values: cells, bold: true, background: TABLE_HEAD_BG }); }
  row(values: OutCell[], style: Omit<Row, 'values'> = {}): void { this.rows.push({ values, ...style }); }
  blank(): void { this.rows.push({ values: [] }); }
}

export interface OverviewInput {
  schedule: Schedule;
  planName: string;
  lang: Lang;
  baseline: BaselineReport | null;
  /** Problems found outside the schedule (baseline sheet …). */
  extraProblems?: Problem[];
  /** The workbook's own sheet names, so problem locations name the sheets as the user sees them. */
  sheetNames?: Partial<Record<string, string>>;
  /** Sections other features add after the problems (units' reports …). */
  sections?: ReadonlyArray<{ heading: string; lines: readonly string[] }>;
}

const pct = (x: number) => Math.round(x * 1000) / 1000;
const leadsOf = (st: ScheduledTask) => st.task.lead;

export function overviewOutput(input: OverviewInput): SheetOutput {
  const { schedule, lang } = input;
  const b = new Builder(lang);
  const tasks = schedule.tasks.filter((st) => !st.isGroup);

  b.title(b.text('overview.title'), { bold: true });
  b.title(b.text('overview.plan', { name: input.planName }));
  b.title(b.text('overview.computedOn', { date: formatWithWeekday(schedule.today, lang) }), { fontColor: '#5f6368' });

  // I. Counts by status.
  b.heading('overview.counts');
  b.tableHead(['', b.text('overview.status'), b.text('overview.count'), b.text('overview.share'), '', '']);
  const counts = new Map<string, number>();
  for (const st of tasks) counts.set(st.status, (counts.get(st.status) ?? 0) + 1);
  SCHEDULE_STATUSES.forEach((s, i) => {
    const c = counts.get(s) ?? 0;
    b.row([i + 1, statusLabel(s, lang), c, tasks.length ? pct(c / tasks.length) : 0, null, null], {
      formats: [null, null, '0', '0%', null, null], background: c ? STATUS_COLOURS[s].background : undefined,
    });
  });
  b.row(['', b.text('overview.total'), tasks.length, null, null, null], { bold: true, formats: [null, null, '0', null, null, null] });
  b.row(['', b.text('overview.overall'), null, schedule.overall?.progress ?? 0, null, null], { bold: true, formats: [null, null, null, '0%', null, null] });
  const moved = tasks.filter((st) => st.dueMovedFrom).length;
  if (moved) b.line(b.text('overview.moved', { count: moved }), { fontColor: '#5f6368' });

  // II. Per lead.
  b.heading('overview.byLead');
  b.tableHead(['', b.text('overview.lead'), b.text('overview.count'), b.text('overview.open'), b.text('overview.overdueCol'), b.text('overview.doneLateCol')]);
  const leads = new Map<string, { name: string; total: number; open: number; overdue: number; doneLate: number }>();
  // Thousands of rows name the same few units: each spelling is folded once.
  const keyOf = new Map<string, string>();
  const leadKey = (name: string) => {
    let k = keyOf.get(name);
    if (k === undefined) { k = foldKey(nameKey(name)); keyOf.set(name, k); }
    return k;
  };
  for (const st of tasks) {
    const names = leadsOf(st).length ? leadsOf(st) : [b.text('overview.noLead')];
    const seen = new Set<string>();
    for (const name of names) {
      const k = leadKey(name);
      if (seen.has(k)) continue;
      seen.add(k);
      const e = leads.get(k) ?? { name, total: 0, open: 0, overdue: 0, doneLate: 0 };
      e.total++;
      if (st.isOpen) e.open++;
      if (st.status === 'overdue') e.overdue++;
      if (st.status === 'doneLate') e.doneLate++;
      leads.set(k, e);
    }
  }
  const noLead = b.text('overview.noLead');
  const leadRows = [...leads.values()].sort((x, y) => Number(x.name === noLead) - Number(y.name === noLead)
    || y.overdue - x.overdue || y.open - x.open || collate(x.name, y.name));
  leadRows.forEach((e, i) => b.row([i + 1, e.name, e.total, e.open, e.overdue, e.doneLate], {
    formats: [null, null, '0', '0', '0', '0'], fontColor: e.overdue ? STATUS_COLOURS.overdue.fontColor : undefined,
  }));
  if (!leadRows.length) b.line(b.text('overview.none'));

  // III. Overdue, most late first.
  b.heading('overview.overdue');
  const overdue = tasks.filter((st) => st.status === 'overdue').sort((x, y) => (x.workdaysLeft ?? 0) - (y.workdaysLeft ?? 0) || rowOrder(x, y));
  taskTable(b, overdue, 'overview.late', (st) => -(st.workdaysLeft ?? 0));

  // IV. Due in the next 7 calendar days (today included).
  const until = addDays(schedule.today, 7);
  b.heading('overview.upcoming', { from: formatDMY(schedule.today), to: formatDMY(until) });
  const upcoming = tasks.filter((st) => st.isOpen && st.due && st.due >= schedule.today && st.due <= until)
    .sort((x, y) => ((x.due as CivilDate) < (y.due as CivilDate) ? -1 : (x.due as CivilDate) > (y.due as CivilDate) ? 1 : rowOrder(x, y)));
  taskTable(b, upcoming, 'overview.left', (st) => st.workdaysLeft ?? 0);

  // V. Sections.
  b.heading('overview.sections');
  if (schedule.sections.length) {
    b.tableHead(['', b.text('overview.section'), b.text('overview.count'), b.text('overview.progress'), b.text('overview.overdueCol'), b.text('overview.due')]);
    for (const s of schedule.sections) {
      const indent = '    '.repeat(s.level ?? 0);
      b.row(['', indent + (s.title ?? s.section), s.taskCount, s.progress, s.counts.overdue ?? 0, s.due ? { date: s.due } : null], {
        formats: [null, null, '0', '0%', '0', DATE_FORMAT], bold: (s.level ?? 0) === 0,
      });
    }
  } else b.line(b.text('overview.none'));

  // VI. Baseline.
  b.heading('overview.baseline', { date: input.baseline?.frozenOn ? formatDMY(input.baseline.frozenOn) : '—' });
  if (input.baseline) {
    const r = input.baseline;
    const moved = r.tracks.filter((x) => (x.slipDays ?? 0) !== 0 || x.extensions > 0)
      .sort((x, y) => (y.slipDays ?? 0) - (x.slipDays ?? 0) || y.extensions - x.extensions);
    const slipped = r.tracks.filter((x) => (x.slipDays ?? 0) > 0).length;
    const earlier = r.tracks.filter((x) => (x.slipDays ?? 0) < 0).length;
    const extended = r.tracks.filter((x) => x.extensions > 0).length;
    b.line(moved.length ? b.text('overview.baselineSummary', { slipped, extended, earlier }) : b.text('overview.noSlip'));
    if (moved.length) {
      b.tableHead([b.text('overview.id'), b.text('overview.task'), b.text('overview.baselineDue'), b.text('overview.currentDue'), b.text('overview.slip'), b.text('overview.extensions')]);
      for (const x of moved.slice(0, LIST_LIMIT)) {
        b.row([x.id, x.title, x.baselineDue ? { date: x.baselineDue } : null, x.currentDue ? { date: x.currentDue } : null, x.slipDays, x.extensions], {
          formats: ['@', null, DATE_FORMAT, DATE_FORMAT, '0', '0'],
          fontColor: (x.slipDays ?? 0) > 0 ? STATUS_COLOURS.overdue.fontColor : undefined,
        });
      }
      if (moved.length > LIST_LIMIT) b.line(b.text('overview.more', { count: moved.length - LIST_LIMIT }));
    }
  } else {
    b.line(b.text('overview.baselineNone'), { fontColor: '#5f6368' });
  }

  // VII. Problems.
  const problems = [...schedule.problems, ...(input.extraProblems ?? [])];
  b.heading('overview.problems', { count: problems.length });
  if (!problems.length) b.line(b.text('overview.noProblems'));
  else b.tableHead([b.text('overview.row'), b.text('overview.problem'), b.text('overview.where'), '', '', '']);
  for (const p of problems.slice(0, PROBLEM_LIMIT)) {
    b.row([p.row || null, problemText(p, lang), problemWhere(p, lang, input.sheetNames ?? {}), null, null, null], {
      formats: ['0', null, null, null, null, null], fontColor: p.severity === 'error' ? STATUS_COLOURS.overdue.fontColor : undefined,
    });
  }
  if (problems.length > PROBLEM_LIMIT) b.line(b.text('overview.more', { count: problems.length - PROBLEM_LIMIT }));

  for (const s of input.sections ?? []) {
    b.blank();
    b.title(s.heading, { bold: true, background: HEADING_BG });
    for (const line of s.lines) b.line(line);
  }

  return render(b.rows);
}

function taskTable(b: Builder, list: ScheduledTask[], lastHead: MsgKey, last: (st: ScheduledTask) => number): void {
  if (!list.length) { b.line(b.text('overview.none')); return; }
  // Planned due, and the forecast beside it when a late predecessor pushes the task.
  const pushed = (st: ScheduledTask) => (st.delayedBy && st.forecastDue && st.due && st.forecastDue > st.due ? st.forecastDue : null);
  const anyPushed = list.slice(0, LIST_LIMIT).some((st) => pushed(st));
  b.tableHead([b.text('overview.id'), b.text('overview.task'), b.text('overview.lead'), b.text('overview.due'), b.text(lastHead), anyPushed ? b.text('overview.forecast') : '']);
  for (const st of list.slice(0, LIST_LIMIT)) {
    const f = pushed(st);
    b.row([st.task.id, st.task.title, st.task.lead.join('; '), st.due ? { date: st.due } : null, last(st), f ? { date: f } : null], {
      formats: ['@', null, null, DATE_FORMAT, '0', f ? DATE_FORMAT : null],
      fontColor: f ? STATUS_COLOURS.overdue.fontColor : undefined,
    });
  }
  if (list.length > LIST_LIMIT) b.line(b.text('overview.more', { count: list.length - LIST_LIMIT }));
}

function rowOrder(x: ScheduledTask, y: ScheduledTask): number {
  return x.task.row - y.task.row;
}

let collator: Intl.Collator | null | undefined;
/** Vietnamese order when the runtime has it (Apps Script's V8 does), code points otherwise. */
function collate(a: string, b: string): number {
  if (collator === undefined) {
    try { collator = new Intl.Collator('vi'); } catch { collator = null; }
  }
  return collator ? collator.compare(a, b) : a < b ? -1 : a > b ? 1 : 0;
}

/** Rows → one block of six columns, with its formats, and the merges of the full-width lines. */
function render(rows: Row[]): SheetOutput {
  const values: OutCell[][] = [];
  const numberFormats: Array<Array<string | null>> = [];
  const backgrounds: Array<Array<string | null>> = [];
  const fontColors: Array<Array<string | null>> = [];
  const bold: Array<Array<boolean | null>> = [];
  const merges: string[] = [];
  rows.forEach((r, i) => {
    const v: OutCell[] = [];
    for (let c = 0; c < WIDTH; c++) v.push(c < r.values.length ? r.values[c] ?? null : null);
    values.push(v);
    numberFormats.push(v.map((_, c) => r.formats?.[c] ?? null));
    backgrounds.push(v.map(() => r.background ?? null));
    fontColors.push(v.map(() => r.fontColor ?? null));
    bold.push(v.map(() => (r.bold ? true : null)));
    if (r.merge) merges.push(`A${i + 1}:F${i + 1}`);
  });
  return {
    sheet: OVERVIEW_SHEET, mode: 'replace',
    blocks: [{ row: 1, col: 1, values, numberFormats, backgrounds, fontColors, bold, wrap: true }],
    columnWidths: COLUMN_WIDTHS, merges, frozenRows: 0,
    print: { landscape: false, paper: 'A4', fitToWidth: true },
    hideGridlines: true,
  };
}
