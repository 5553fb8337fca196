/**
 * The task sheet as Apps Script refreshes it (build/Code.js in node:vm over the fakes), by the
 * menu and by the daily run: a user's own column named like a computed one keeps every cell,
 * a formula error is told where it is, a merged `Phần` covers every row it spans, and a huge
 * dependency loop is never written whole into a cell (Sheets refuses cells over 50 000 characters).
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import { describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedSheet, sheetState } from '../fakes/index';
import { loadBundle } from '../fakes/vm';
import { PEOPLE, SETTINGS, TASKS, TASK_HEADER } from '../core/remind/reminders.fixture';

type Fn = (...a: unknown[]) => unknown;
const FRIDAY = new Date('2019-07-05T00:30:00Z');

function setup(tasks: unknown[][], opts: Parameters<typeof seedSheet>[3] = {}): { env: FakeEnv; gas: Record<string, Fn> } {
  const env = createFakes({ now: () => FRIDAY });
  seedSheet(env, 'Công việc', tasks, opts);
  seedSheet(env, 'Nhân sự', PEOPLE);
  seedSheet(env, 'Cài đặt', SETTINGS);
  return { env, gas: loadBundle(env) as unknown as Record<string, Fn> };
}

const withUserColumns = (): unknown[][] => [
  [...TASK_HEADER, 'Tình trạng', 'Kiểm tra'],
  ...TASKS.map((r, i) => [...r, `ghi nhận ${i + 1}`, i % 2 ? 'đã xem' : '']),
];

describe('a user column named like a computed one', () => {
  for (const entry of ['menuRefresh', 'dailyReminders'] as const) {
    it(`keeps every cell through ${entry}, twice, and the add-on writes only its own marked columns`, () => {
      const seeded = withUserColumns();
      const { env, gas } = setup(seeded);
      gas[entry]({});
      gas[entry]({});
      const s = sheetState(env, 'Công việc');
      const userWidth = TASK_HEADER.length + 2;
      // The user's two columns: unchanged, every row.
      for (let r = 0; r < seeded.length; r++) expect(s.values[r].slice(TASK_HEADER.length, userWidth)).toEqual(seeded[r].slice(TASK_HEADER.length));
      // The add-on's five, after them, once (the second run found them by their marker note).
      expect(s.values[0].slice(userWidth)).toEqual(['Hạn tính toán', 'Tình trạng', 'Còn lại (ngày làm việc)', 'Đường găng', 'Kiểm tra']);
      expect(s.notes[0].slice(userWidth).every((n) => /\[tiendo:\w+\]$/.test(n))).toBe(true);
      expect(s.notes[0].slice(0, userWidth).every((n) => n === '')).toBe(true);
      expect(s.values[2][userWidth + 1]).toBe('Đến hạn hôm nay');
    });
  }

  it('is reported by the refresh in the overview', () => {
    const { env, gas } = setup(withUserColumns());
    gas.menuRefresh();
    const overview = sheetState(env, 'Tổng quan').values.flat().map(String);
    expect(overview.some((v) => /cột «Tình trạng» \(cột J\) trùng tên với một cột Tiến độ tự tính/.test(v))).toBe(true);
    expect(overview.some((v) => /cột «Kiểm tra» \(cột K\) trùng tên/.test(v))).toBe(true);
  });
});

describe('cells a user did not mean', () => {
  it('a title whose formula fails is a located problem, not a task called #DIV/0!', () => {
    const tasks = [TASK_HEADER, ...TASKS.slice(0, 3)];
    tasks[2] = [...tasks[2]];
    tasks[2][2] = '#DIV/0!';
    const { env, gas } = setup(tasks, { formulas: { C3: '=1/0' } });
    gas.menuRefresh();
    const s = sheetState(env, 'Công việc');
    const problems = s.values[0].indexOf('Kiểm tra');
    expect(String(s.values[2][problems])).toContain('công thức trong ô (cột C) báo lỗi “#DIV/0!”');
    expect(s.formulas[2][2]).toBe('=1/0'); // the user's formula is left as it was
  });

  it('a `Phần` merged over several rows applies to each of them', () => {
    const tasks = [TASK_HEADER, ...TASKS.slice(0, 4).map((r) => [...r])];
    const { env, gas } = setup(tasks);
    const ss = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetByName('Công việc')!.getRange('B2:B5').merge(); // "I. Báo cáo chính trị" over the four rows
    gas.menuRefresh();
    const overview = sheetState(env, 'Tổng quan').values.map((r) => r.map(String).join(' | '));
    const at = overview.findIndex((l) => l.startsWith('V. TIẾN ĐỘ THEO PHẦN'));
    // One section holding the four tasks, and no row for tasks without a section.
    expect(overview[at + 2]).toMatch(/^ \| I\. Báo cáo chính trị \| 4 \| /);
    expect(overview[at + 3].replace(/[ |]/g, '')).toBe('');
  });
});

describe('the 50 000-character cell limit', () => {
  it('a title as long as a cell can hold is copied into the Gantt sheet cut to fit, and the refresh succeeds', () => {
    const tasks = [TASK_HEADER, ...TASKS.slice(0, 2).map((r) => [...r])];
    tasks[1][2] = 'x'.repeat(50_000);
    const { env, gas } = setup(tasks);
    gas.menuRefresh();
    expect(env.ui.alerts).toEqual([]);
    const gantt = sheetState(env, 'Gantt').values.flat().map(String);
    const copied = gantt.find((v) => v.includes('xxxxx'))!;
    expect(copied.length).toBeLessThanOrEqual(50_000);
    expect(copied.endsWith('…')).toBe(true);
  });
});

describe('a dependency loop of 10 000 tasks', () => {
  it('is written as one bounded message, never the whole loop into a cell', () => {
    const n = 10_000;
    const rows: unknown[][] = [['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành', 'Phụ thuộc']];
    for (let k = 1; k <= n; k++) rows.push([`T${k}`, `Việc ${k}`, 'Trần Thanh Tiến', k === 1 ? '10/07/2019' : '', k === 1 ? `T${n}` : `T${k - 1}+2`]);
    const { env, gas } = setup(rows);
    gas.menuRefresh();
    expect(env.ui.alerts).toEqual([]);
    const s = sheetState(env, 'Công việc');
    const problems = s.values[0].indexOf('Kiểm tra');
    expect(String(s.values[1][problems])).toMatch(/^phụ thuộc vòng tròn T1 → T2 → T3 → T4 → T5 → … → T10000 → T1 \(10000 việc\)/);
    expect(Math.max(...s.values.map((r) => String(r[problems]).length))).toBeLessThan(300);
  });
});
