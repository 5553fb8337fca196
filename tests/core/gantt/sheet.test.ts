/**
 * The `Gantt` sheet as a user sees it: the task columns written in one block, and the bars drawn
 * by conditional-format rules, evaluated here cell by cell (paint.ts) the way Sheets applies them.
 * So the tests read like looking at the sheet: which colour is T2 on 12/11, where is today, is the
 * weekend grey, does a bar move when its date is edited.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates/civil';
import { CHART_COLOURS, STATUS_PALETTE } from '../../../src/core/gantt/colors';
import { MAX_TIMELINE_COLUMNS, layoutGantt } from '../../../src/core/gantt/layout';
import { ganttOutputs } from '../../../src/core/gantt/outputs';
import {
  CRITICAL_MARK, FIRST_ROW, FIRST_TIMELINE_COLUMN, MILESTONE_MARK, TASK_COLUMNS, ganttSheetOutput, ganttSheetSize,
} from '../../../src/core/gantt/sheet';
import { DEFAULT_SETTINGS } from '../../../src/core/plan/settings';
import type { SheetOutput } from '../../../src/core/sheet/output';
import { schedule } from '../schedule/schedule.fixture';
import { TODAY, d, smallLayout, smallSchedule, spreadSchedule } from './gantt.fixture';
import { cellsOf, columnOfDate, painter } from './paint.fixture';

const P = STATUS_PALETTE;

function sheet(scale: 'auto' | 'day' | 'week' | 'month' = 'auto') {
  const layout = smallLayout(scale);
  const out = ganttSheetOutput(layout);
  const rowOf = (id: string) => FIRST_ROW + layout.rows.findIndex((r) => r.id === id || r.title === id);
  const colOf = (date: string) => columnOfDate(out, date, FIRST_TIMELINE_COLUMN);
  const paint = painter(out);
  /** The colour of task `id` on `date`. */
  const at = (id: string, date: string) => paint(rowOf(id), colOf(date));
  /** Colours of task `id` from `from` for `n` days. */
  const run = (id: string, from: string, n: number) => Array.from({ length: n }, (_, k) => at(id, addDays(from, k)));
  return { layout, out, rowOf, colOf, at, run, cell: cellsOf(out) };
}

/** The same output with some task cells changed, as a user typing on the sheet would. */
function edited(out: SheetOutput, row: number, col: number, value: SheetOutput['blocks'][0]['values'][0][0]): SheetOutput {
  const blocks = out.blocks.map((b) => ({ ...b, values: b.values.map((r) => [...r]) }));
  const body = blocks.find((b) => b.row === FIRST_ROW && b.col === 1);
  if (!body) throw new Error('no body block');
  body.values[row - FIRST_ROW][col - 1] = value;
  return { ...out, blocks };
}

describe('Gantt sheet: columns', () => {
  it('has Mã, task, lead, start, due, status (then %, critical), then the timeline with its dates', () => {
    const { out, cell, layout } = sheet();
    const header = Array.from({ length: TASK_COLUMNS + 3 }, (_, j) => cell(3, j + 1));
    expect(header).toEqual(['Mã', 'Nội dung công việc', 'Chủ trì', 'Bắt đầu', 'Hạn', 'Tình trạng', '%', 'Găng', 'T5', 'T6', 'T7']);
    expect(cell(1, 1)).toBe('BIỂU ĐỒ GANTT — Kế hoạch thử');
    expect(cell(2, 1)).toBe('Tính đến ngày 12/11/2019 · thang thời gian: ngày · ô tô đậm là phần đã làm');
    expect(cell(1, FIRST_TIMELINE_COLUMN + 1)).toBe('Tháng 11/2019');
    expect(out.blocks[0].numberFormats?.[1][FIRST_TIMELINE_COLUMN - 1]).toBe('d');
    expect(layout.columns).toHaveLength(39);
  });

  it('writes the rows in ONE block: section rows, then their tasks', () => {
    const { out } = sheet();
    const body = out.blocks.filter((b) => b.row === FIRST_ROW && b.col === 1);
    expect(body).toHaveLength(1);
    const v = body[0].values;
    expect(v[0]).toEqual(['', 'Chuẩn bị', '', d('2019-11-04'), d('2019-11-22'), null, 0.56, null]);
    expect(v[2]).toEqual(['T2', '   Dự thảo lần 1', 'Tổ Biên tập', d('2019-11-11'), d('2019-11-22'), 'Đang thực hiện', 0.5, CRITICAL_MARK]);
    expect(v[5]).toEqual(['M1', '   Hội nghị cho ý kiến', 'Thường trực', d('2019-11-29'), d('2019-11-29'), 'Chưa bắt đầu', 0, null]);
    expect(v[8]).toEqual(['T6', '<img src=x onerror=alert(1)>', 'Văn phòng', d('2019-11-18'), null, 'Chưa bắt đầu', null, null]);
    // Header, rows, milestones: three writes whatever the plan's size.
    expect(out.blocks).toHaveLength(3);
  });

  it('colours the status cells like the Tình trạng column, and marks the critical path', () => {
    const { out } = sheet();
    const body = out.blocks[1];
    expect(body.backgrounds?.[3][5]).toBe(P.overdue.tint);
    expect(body.fontColors?.[3][5]).toBe(P.overdue.text);
    expect(body.fontColors?.[2][0]).toBe(CHART_COLOURS.critical);
    expect(body.bold?.[2][0]).toBe(true);
    expect(body.fontColors?.[3][0]).toBe(CHART_COLOURS.text);
  });
});

describe('Gantt sheet: bars', () => {
  it('draws each bar from start to due in its status colour, the done part darker', () => {
    const { run, at } = sheet();
    // T2: 12 days, 50 % done → 6 dark days then 6 light ones; nothing the day before or after
    // but the red caps of a critical task.
    expect(run('T2', '2019-11-11', 12)).toEqual([...Array(6).fill(P.inProgress.done), ...Array(6).fill(P.inProgress.bar)]);
    expect(at('T2', '2019-11-10')).toBe(CHART_COLOURS.critical);
    expect(at('T2', '2019-11-23')).toBe(CHART_COLOURS.critical);
    // T4: overdue, a quarter of 7 days done.
    expect(run('T4', '2019-11-05', 7)).toEqual([P.overdue.done, P.overdue.done, ...Array(5).fill(P.overdue.bar)]);
    // T1: done, all dark. T5: paused.
    expect(new Set(run('T1', '2019-11-04', 5))).toEqual(new Set([P.done.done]));
    expect(at('T5', '2019-11-19')).toBe(P.paused.bar);
  });

  it('shows a milestone as ◆ on its day, and a section as a summary bar', () => {
    const { at, cell, rowOf, colOf, run } = sheet();
    expect(cell(rowOf('M1'), colOf('2019-11-29'))).toBe(MILESTONE_MARK);
    expect(at('M1', '2019-11-29')).toBe(P.notStarted.bar);
    expect(at('M1', '2019-11-28')).toBeNull();
    // Chuẩn bị: 19 days, 56 % done → the first 11 days dark.
    expect(run('Chuẩn bị', '2019-11-04', 19)).toEqual([...Array(11).fill(CHART_COLOURS.summaryDone), ...Array(8).fill(CHART_COLOURS.summary)]);
  });

  it('marks today’s column, weekends and days off', () => {
    const { at, cell, colOf } = sheet();
    expect(at('T6', TODAY)).toBe(CHART_COLOURS.todayTint);
    expect(at('T6', '2019-11-16')).toBe(CHART_COLOURS.dayOff); // Saturday
    expect(at('T6', '2019-11-15')).toBeNull();
    expect(at('T2', TODAY)).toBe(P.inProgress.done); // a bar stays on top of today
    expect(cell(3, colOf('2019-11-16'))).toBe('T7');
    expect(cell(3, colOf('2019-11-17'))).toBe('CN');
    const holiday = ganttSheetOutput(layoutGantt(schedule([{ id: 'A', start: d('2019-08-26'), due: d('2019-09-06') }], TODAY), { today: TODAY, scale: 'day' }));
    const col = columnOfDate(holiday, '2019-09-02', FIRST_TIMELINE_COLUMN);
    expect(cellsOf(holiday)(3, col)).toBe('Lễ');
    expect(painter(holiday)(FIRST_ROW, col)).toBe(P.overdue.bar); // the bar wins over the day off
    expect(painter(holiday)(FIRST_ROW, col + 5)).toBe(CHART_COLOURS.dayOff); // 07/09, the Saturday after the bar
  });

  it('follows edits on the sheet: a new due date moves the bar, a new status recolours it', () => {
    const { out, rowOf, colOf } = sheet();
    const row = rowOf('T2');
    const later = edited(out, row, 5, d('2019-11-27'));
    expect(painter(later)(row, colOf('2019-11-26'))).toBe(P.inProgress.bar);
    expect(painter(out)(row, colOf('2019-11-26'))).toBeNull();
    const late = edited(out, row, 6, 'Quá hạn');
    expect(painter(late)(row, colOf('2019-11-20'))).toBe(P.overdue.bar);
    const done = edited(out, row, 7, 1);
    expect(painter(done)(row, colOf('2019-11-20'))).toBe(P.inProgress.done);
  });

  it('on a week scale each column stands for a week', () => {
    const { run, at } = sheet('week');
    // T2 runs Monday 11/11 to Friday 22/11: two week columns, the first done (half of 12 days).
    expect(run('T2', '2019-11-11', 2 * 7).filter((_, k) => k % 7 === 0)).toEqual([P.inProgress.done, P.inProgress.bar]);
    expect(at('T2', '2019-11-25')).toBeNull(); // no caps on a week scale
    expect(at('T6', TODAY)).toBe(CHART_COLOURS.todayTint);
    expect(at('T6', '2019-11-16')).toBe(CHART_COLOURS.todayTint);
  });
});

describe('Gantt sheet: size and cost', () => {
  it('uses the same few rules for 10 or 2 000 tasks: two per status, sections, today, critical caps and days off', () => {
    const rules = (s: ReturnType<typeof smallSchedule>, scale: 'day' | 'week') => ganttSheetOutput(layoutGantt(s, { today: TODAY, scale })).conditionalRules?.rules.length;
    const big = spreadSchedule(2000, 3);
    expect(rules(smallSchedule(), 'day')).toBe(2 * 9 + 2 + 1 + 2);
    expect(rules(big, 'day')).toBe(2 * 9 + 2 + 1 + 2);
    expect(rules(smallSchedule(), 'week')).toBe(2 * 9 + 2 + 1);
    expect(rules(big, 'week')).toBe(2 * 9 + 2 + 1);
  });

  it('2 000 tasks over 18 months: about 180 000 cells, far below the 10 000 000 of a spreadsheet, at any scale', () => {
    const s = spreadSchedule(2000, 18);
    const sizes = Object.fromEntries((['auto', 'day', 'week', 'month'] as const).map((scale) => {
      const layout = ganttOutputs(s, { ...DEFAULT_SETTINGS, ganttScale: scale });
      const out = layout[0];
      return [scale, { cells: (out.minRows ?? 0) * (out.minColumns ?? 0), columns: out.minColumns }];
    }));
    expect(sizes.auto.cells).toBeGreaterThan(150_000);
    expect(sizes.auto.cells).toBeLessThan(200_000);
    for (const { cells, columns } of Object.values(sizes)) {
      expect(cells).toBeLessThan(1_000_000);
      expect(columns).toBeLessThanOrEqual(TASK_COLUMNS + MAX_TIMELINE_COLUMNS);
    }
    // The worst case the cap allows, 5 000 tasks × 400 columns, is still a fifth of the limit.
    expect((5000 + 60) * (TASK_COLUMNS + MAX_TIMELINE_COLUMNS)).toBeLessThan(2_100_000);
    expect(ganttSheetSize(layoutGantt(s, { today: TODAY })).rows).toBe(3 + 2000 + 50);
  });

  it('freezes the header and task columns and prints A4 landscape, titles repeated on each page across', () => {
    const { out } = sheet();
    expect(out).toMatchObject({ sheet: 'Gantt', mode: 'replace', frozenRows: 3, frozenColumns: TASK_COLUMNS, print: { landscape: true, paper: 'A4', fitToWidth: true, repeatRows: 3 } });
    const widths = (out.columnWidths ?? []).reduce((sum, [, w]) => sum + w, 0);
    // About 1 300 px of the sheet per page: readable at the scale fit-to-width then gives.
    expect(widths / (out.print?.pagesWide ?? 1)).toBeLessThanOrEqual(1300);
  });

  it('writes the milestones’ ◆ in one small block spanning only their rows and columns', () => {
    const out = ganttSheetOutput(layoutGantt(spreadSchedule(400, 6), { today: TODAY }));
    const marks = out.blocks[2];
    const flat = marks.values.flat();
    expect(flat.filter((v) => v === MILESTONE_MARK)).toHaveLength(40);
    expect(flat.every((v) => v === MILESTONE_MARK || v === null)).toBe(true);
  });

  it('writes English labels and English status rules for an English workbook', () => {
    const out = ganttOutputs(smallSchedule(), { ...DEFAULT_SETTINGS, language: 'en', planName: 'Plan' })[0];
    const cell = cellsOf(out);
    expect([1, 2, 3, 4, 5, 6].map((c) => cell(3, c))).toEqual(['ID', 'Task', 'Lead', 'Start', 'Due', 'Status']);
    expect(cell(3, FIRST_TIMELINE_COLUMN + 2)).toBe('Sa');
    expect(out.conditionalRules?.rules.some((r) => r.formula.includes('"Overdue"'))).toBe(true);
  });
});
