/**
 * "Biểu đồ Gantt" as Apps Script runs it: build/Code.js in node:vm over the fakes. The sheet it
 * draws, the modeless dialog it opens, the dialog's two server calls, and the cost: the same
 * number of service calls for 100 tasks as for 5 000.
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutGantt } from '../../src/core/gantt/layout';
import type { GanttLayout } from '../../src/core/gantt/model';
import { columnLetters } from '../../src/core/sheet/a1';
import { type FakeEnv, createFakes, seedSheet, sheetDate, sheetState } from '../fakes/index';
import { ROOT, loadBundle } from '../fakes/vm';
import { TODAY, spreadSchedule, spreadSheetValues } from '../core/gantt/gantt.fixture';

type Fn = (...a: unknown[]) => unknown;
const NOW = new Date(`${TODAY}T08:00:00+07:00`);

function setup(n: number, months = 18): { env: FakeEnv; gas: Record<string, Fn> } {
  const env = createFakes({ now: () => NOW, spreadsheetName: 'Kế hoạch 07-KH/TBVKĐH' });
  seedSheet(env, 'Công việc', spreadSheetValues(n, months, (iso) => sheetDate(env, iso)));
  env.htmlFiles.gantt = readFileSync(path.join(ROOT, 'build/gantt.html'), 'utf8');
  return { env, gas: loadBundle(env) as unknown as Record<string, Fn> };
}

/** Service calls of "Biểu đồ Gantt": the first drawing, and drawing again (as each refresh does). */
function callsToDraw(n: number): { first: Record<string, number>; again: Record<string, number>; total: number } {
  const { env, gas } = setup(n);
  env.calls.reset();
  gas.menuGantt();
  const first = env.calls.byMethod();
  const total = env.calls.total();
  env.calls.reset();
  gas.menuGantt();
  expect(env.ui.alerts).toEqual([]);
  return { first, again: env.calls.byMethod(), total };
}

describe('menu “Biểu đồ Gantt”', () => {
  it('draws the Gantt sheet and opens the chart in a large modeless dialog', () => {
    const { env, gas } = setup(120, 6);
    gas.menuGantt();
    expect(env.ui.alerts).toEqual([]);
    const s = sheetState(env, 'Gantt');
    expect(s.values[2].slice(0, 8)).toEqual(['Mã', 'Nội dung công việc', 'Chủ trì', 'Bắt đầu', 'Hạn', 'Tình trạng', '%', 'Găng']);
    expect(s.values[3].slice(0, 2)).toEqual(['', 'Phần 1']);
    expect(s.values[4].slice(0, 3)).toEqual(['T1', '   Công việc số 1', 'Đơn vị 1']);
    expect(s.frozenRows).toBe(3);
    expect(s.frozenColumns).toBe(8);
    // 6 months → weeks; the rules: two per status, sections, today (weeks have no day shading).
    expect(s.conditionalRules).toHaveLength(21);
    expect(s.conditionalRules[0].formula).toMatch(/^=AND\(AND\(\$F4="Quá hạn",/);
    // Every rule covers the timeline of the 120 tasks and 3 sections, from I4.
    expect(new Set(s.conditionalRules.map((r) => r.ranges.join()))).toEqual(new Set([`I4:${columnLetters(s.values[1].length)}126`]));

    expect(env.ui.dialogs).toHaveLength(1);
    const dialog = env.ui.dialogs[0];
    expect(dialog).toMatchObject({ modeless: true, width: 1200, height: 700, title: 'Biểu đồ Gantt — Kế hoạch công tác' });
    expect(dialog.html).toContain('"ui.gantt.zoom":"Thang thời gian"');
    expect(env.active().sheet).toBe('Gantt');

    // Drawing again replaces the sheet and its rules; a rule the user added stays.
    gas.menuGantt();
    expect(sheetState(env, 'Gantt').conditionalRules).toHaveLength(21);
  });

  it('costs the same service calls for 100 and 5 000 tasks', () => {
    const small = callsToDraw(100);
    const big = callsToDraw(5000);
    expect(big.again).toEqual(small.again);
    // The first time only, a sheet taller than a new sheet's 1 000 rows is grown: one call.
    const { 'Sheet.insertRowsAfter': grown, ...rest } = big.first;
    expect(grown).toBe(1);
    expect(rest).toEqual(small.first);
    expect(small.total).toBeLessThan(200);
  });

  it('tells the user when there is no task sheet yet, or another refresh is running', () => {
    const env = createFakes({ now: () => NOW });
    const gas = loadBundle(env) as unknown as Record<string, Fn>;
    gas.menuGantt();
    expect(env.ui.alerts).toEqual(['Chưa có trang «Công việc» để vẽ biểu đồ: chọn «Thiết lập bảng theo dõi» trước.']);
    expect(() => gas.ganttData()).toThrow('Chưa có trang «Công việc» để vẽ biểu đồ');

    const busy = setup(10, 1);
    busy.env.lock.holdByOther();
    busy.gas.menuGantt();
    expect(busy.env.ui.alerts).toEqual(['Đang có một lần cập nhật tiến độ khác chạy trên bảng tính này. Vui lòng thử lại sau ít phút.']);
    expect(busy.env.ui.dialogs).toEqual([]);
  });
});

describe('the dialog’s server calls', () => {
  it('ganttData returns the layout as plain JSON with ISO dates, the same as the core computes', () => {
    const { env, gas } = setup(80, 4);
    env.calls.reset();
    const data = gas.ganttData() as GanttLayout;
    const expected = layoutGantt(spreadSchedule(80, 4), { today: TODAY, planName: 'Kế hoạch công tác', tasksSheet: 'Công việc' });
    expect(JSON.parse(JSON.stringify(data))).toEqual(expected);
    expect(data.rows.filter((r) => r.kind === 'task')).toHaveLength(80);
    // Read only: nothing written.
    expect(Object.keys(env.calls.byMethod()).filter((m) => /\.set|\.insert|\.clear/.test(m))).toEqual([]);
  });

  it('ganttSelectRow selects the task’s row on the task sheet', () => {
    const { env, gas } = setup(20, 2);
    gas.menuGantt();
    gas.ganttSelectRow(6);
    expect(env.active()).toEqual({ sheet: 'Công việc', range: 'A6:M6' });
    expect(() => gas.ganttSelectRow(999_999)).toThrow('Dòng 999999 không có trong trang «Công việc».');
    expect(() => gas.ganttSelectRow('x')).toThrow('Dòng x không có trong trang «Công việc».');
  });
});
