/**
 * Plans for the Gantt tests and bench: a small hand-made one whose every row is known, and
 * plans of any size spread over a number of months (sections of chained tasks, milestones, every
 * status), as the grids a host reads.
 */
import { addDays } from '../../../src/core/dates/civil';
import { type GanttLayout, layoutGantt } from '../../../src/core/gantt/layout';
import type { ScaleChoice } from '../../../src/core/gantt/axis';
import { type CellValue, isDateCell } from '../../../src/core/sheet/cells';
import { HOLIDAYS_SHEET, PEOPLE_SHEET, type SheetDef, TASKS_SHEET } from '../../../src/core/plan/columns';
import { readTracker } from '../../../src/core/plan/read';
import type { SheetGrid } from '../../../src/core/sheet/grid';
import type { Lang } from '../../../src/core/i18n';
import { SAMPLE_SETTINGS, samplePlan } from '../../../src/core/sample/data';
import { computeSchedule } from '../../../src/core/schedule/compute';
import type { Schedule } from '../../../src/core/schedule/types';
import { type Row, grids, schedule } from '../schedule/schedule.fixture';

export const TODAY = '2019-11-12';
export const XSS = '<img src=x onerror=alert(1)>';

export const d = (iso: string) => ({ date: iso });

/**
 * Two sections and a loose task; T1 → T2 → T3 is the critical chain (T3 also waits for T4,
 * which has slack); M1 is a milestone (one day); T5 is paused; T6 has no due date and a title that is HTML.
 */
export const SMALL_ROWS: Row[] = [
  { id: 'T1', section: 'Chuẩn bị', title: 'Xây dựng đề cương', lead: 'Văn phòng', support: 'Ban Tuyên giáo', start: d('2019-11-04'), due: d('2019-11-08'), status: 'Hoàn thành', doneOn: d('2019-11-08') },
  { id: 'T2', section: 'Chuẩn bị', title: 'Dự thảo lần 1', lead: 'Tổ Biên tập', start: d('2019-11-11'), due: d('2019-11-22'), deps: 'T1', pct: 0.5, status: 'Đang thực hiện' },
  { id: 'T4', section: 'Chuẩn bị', title: 'Thu thập số liệu', lead: 'Văn phòng', start: d('2019-11-05'), due: d('2019-11-11'), pct: 0.25 },
  { id: 'M1', section: 'Hội nghị', title: 'Hội nghị cho ý kiến', lead: 'Thường trực', start: d('2019-11-29'), due: d('2019-11-29') },
  { id: 'T3', section: 'Hội nghị', title: 'Trình Ban Thường vụ', lead: 'Văn phòng', start: d('2019-11-25'), due: d('2019-12-06'), deps: 'T2, T4' },
  { id: 'T5', title: 'Rà soát quy chế', lead: 'Ban Tổ chức', start: d('2019-11-01'), due: d('2019-11-20'), status: 'Tạm dừng', pct: 0.4 },
  { id: 'T6', title: XSS, lead: 'Văn phòng', start: d('2019-11-18') },
];

export function smallSchedule(): Schedule {
  return schedule(SMALL_ROWS, TODAY);
}

export function smallLayout(scale: ScaleChoice = 'auto'): GanttLayout {
  return layoutGantt(smallSchedule(), { scale, today: TODAY, planName: 'Kế hoạch thử', lang: 'vi' });
}

/**
 * `n` tasks over about `months` months from 2019-01-07, in sections of 40: chains of finish-to-
 * start links, a one-day milestone every 10th task, statuses from the calendar.
 */
export function spreadRows(n: number, months = 18): Row[] {
  const span = Math.round(months * 30.4) - 20;
  const rows: Row[] = [];
  for (let i = 1; i <= n; i++) {
    const section = Math.ceil(i / 40);
    const k = (i - 1) % 40;
    const start = addDays('2019-01-07', Math.floor(((i - 1) * span) / n));
    const milestone = i % 10 === 0;
    const due = milestone ? start : addDays(start, 3 + (i % 11));
    rows.push({
      id: `T${i}`, section: `Phần ${section}`, title: `Công việc số ${i}`, lead: `Đơn vị ${i % 7}`,
      start: d(start), due: d(due), deps: k > 0 && i % 3 === 0 && !milestone ? `T${i - 1}` : undefined,
      status: due < TODAY ? (i % 4 ? 'Hoàn thành' : 'Đang thực hiện') : i % 9 === 0 ? 'Tạm dừng' : undefined,
      pct: due < TODAY ? undefined : (i % 5) / 5,
      doneOn: due < TODAY && i % 4 ? d(due) : undefined,
    });
  }
  return rows;
}

export function spreadGrids(n: number, months = 18): SheetGrid[] {
  return grids(spreadRows(n, months));
}

export function spreadSchedule(n: number, months = 18): Schedule {
  return computeSchedule(readTracker(spreadGrids(n, months)), TODAY);
}

/** The same rows as a sheet's values with real dates (for the Apps Script fakes). */
export function spreadSheetValues(n: number, months: number, date: (iso: string) => unknown): unknown[][] {
  const [grid] = spreadGrids(n, months);
  return grid.values.map((row) => row.map((v: CellValue) => (isDateCell(v) ? date(v.date) : v)));
}

/** The demo's "today" (src/node/commands/demo.ts). */
export const SAMPLE_TODAY = '2019-11-12';

/** The sample plan's Gantt (src/core/sample/data.ts, what `npm start` charts), computed in memory. */
export function sampleLayout(lang: Lang = 'vi'): GanttLayout {
  const plan = samplePlan();
  const sheet = (def: SheetDef, rows: CellValue[][]): SheetGrid => ({ name: def.vi, values: [def.columns.map((c) => c.vi), ...rows] });
  const wb = readTracker([sheet(TASKS_SHEET, plan.tasks), sheet(PEOPLE_SHEET, plan.people), sheet(HOLIDAYS_SHEET, plan.holidays)]);
  return layoutGantt(computeSchedule(wb, SAMPLE_TODAY), { today: SAMPLE_TODAY, lang, planName: String(SAMPLE_SETTINGS.planName), tasksSheet: TASKS_SHEET.vi });
}
