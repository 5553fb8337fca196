/**
 * "Cập nhật tiến độ" as Apps Script runs it: the built bundle (build/Code.js) in node:vm over the
 * fake services, counting every service call.
 */
import { describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedSheet, sheetDate, sheetState, civilOf } from '../fakes';
import { loadBundle } from '../fakes/vm';
import { BIG_PLAN_TODAY, PLAN_HEADER, bigPlanPeople, bigPlanRows } from './big-plan.fixture';

// build/Code.js is built once for the run by tests/global-setup.ts.
const NOW = new Date('2025-03-12T08:00:00+07:00'); // BIG_PLAN_TODAY, morning in Hà Nội

/** A fresh spreadsheet with the plan of n tasks and the People sheet, as a user would have it. */
function office(n: number): { env: FakeEnv; gs: Record<string, (...a: unknown[]) => unknown> } {
  const env = createFakes({ now: () => NOW });
  const rows = bigPlanRows(n, (d) => sheetDate(env, d));
  // Sheets shows spare rows below the data (1 000 in a new sheet; users add them in blocks).
  seedSheet(env, 'Công việc', [...rows, ...Array.from({ length: 600 }, () => [])]);
  seedSheet(env, 'Nhân sự', bigPlanPeople());
  // The Gantt scale follows the plan's span unless set; fixed here so both plans draw the same chart shape.
  seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ['Thang thời gian Gantt', 'Tháng']]);
  const gs = loadBundle(env) as unknown as Record<string, (...a: unknown[]) => unknown>;
  env.calls.reset();
  return { env, gs };
}

function callsOfRefresh(n: number): { first: number; second: number; byMethod: Record<string, number> } {
  const { env, gs } = office(n);
  gs.menuRefresh();
  const first = env.calls.total();
  const byMethod = env.calls.byMethod();
  env.calls.reset();
  gs.menuRefresh();
  return { first, second: env.calls.total(), byMethod };
}

describe('refresh in Apps Script (bundle on the fakes)', () => {
  it('makes the same number of service calls for 100 and for 5 000 tasks', () => {
    const small = callsOfRefresh(100);
    const big = callsOfRefresh(5000);
    expect(big.second).toBe(small.second);
    // The first refresh draws the Gantt sheet; a new sheet has 1 000 rows and 26 columns, so a
    // bigger chart grows it once (one insertRowsAfter / insertColumnsAfter, never one per task).
    // Everything else is call for call the same.
    const GROW = ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter'];
    const rest = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([k]) => !GROW.includes(k)));
    expect(rest(big.byMethod)).toEqual(rest(small.byMethod));
    for (const k of GROW) expect((big.byMethod[k] ?? 0) - (small.byMethod[k] ?? 0)).toBeLessThanOrEqual(1);
    expect(big.first - small.first).toBeLessThanOrEqual(GROW.length);
    // Each sheet read once: tasks, people and settings (no holidays or baseline sheet here).
    expect(small.byMethod['Range.getValues']).toBe(3);
    // The task columns, the overview and the Gantt sheet (its rules are most of it).
    expect(small.first).toBeLessThan(450);
  });

  it('writes the computed columns, colours, validation, a frozen header and the overview', () => {
    const { env, gs } = office(60);
    gs.menuRefresh();
    const s = sheetState(env, 'Công việc');
    expect(s.values[0].slice(13, 18)).toEqual(['Hạn tính toán', 'Tình trạng', 'Còn lại (ngày làm việc)', 'Đường găng', 'Kiểm tra']);
    const statuses = new Set(s.values.slice(1, 61).map((r) => r[14]));
    expect([...statuses].every((x) => ['Hoàn thành', 'Hoàn thành trễ', 'Quá hạn', 'Đến hạn hôm nay', 'Sắp đến hạn', 'Đang thực hiện', 'Chưa bắt đầu', 'Tạm dừng', 'Hủy'].includes(x as string))).toBe(true);
    expect(civilOf(env, s.values[1][13])).toBe('2024-11-14');
    expect(s.displayValues[1][13]).toBe('14/11/2024');
    expect(s.frozenRows).toBe(1);
    expect(s.conditionalRules.some((r) => r.formula.includes('"Quá hạn"') && r.ranges[0] === 'O2:O561' && r.background === '#f4c7c3')).toBe(true);
    expect(s.validations.find((v) => v.a1 === 'I2:I561')).toMatchObject({ kind: 'list', values: ['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng', 'Hủy'] });
    expect(s.validations.find((v) => v.a1 === 'F2:G561')?.kind ?? s.validations.find((v) => v.a1 === 'F2:F561')?.kind).toBe('date');
    const o = sheetState(env, 'Tổng quan');
    expect(o.values[0][0]).toBe('TỔNG QUAN TIẾN ĐỘ');
    expect(o.values[2][0]).toBe('Số liệu tính đến ngày 12/03/2025 (Thứ Tư)');
    expect(env.ui.toasts[0]).toBe('Đang đọc bảng tính…');
    expect(env.ui.toasts[env.ui.toasts.length - 1]).toMatch(/^Đã cập nhật tiến độ 60 công việc/);
    expect(env.lock.held()).toBeNull();
  });

  it('waits briefly for another refresh, then tells the user one is running and changes nothing', () => {
    const { env, gs } = office(20);
    const before = sheetState(env, 'Công việc');
    env.lock.holdByOther();
    gs.menuRefresh();
    expect(env.ui.alerts).toEqual(['Đang có một lần cập nhật tiến độ khác chạy trên bảng tính này. Vui lòng thử lại sau ít phút.']);
    expect(env.lock.waitedMs()).toBeGreaterThanOrEqual(1000);
    expect(env.lock.waitedMs()).toBeLessThanOrEqual(10_000);
    expect(sheetState(env, 'Công việc')).toEqual(before);
    expect(() => sheetState(env, 'Tổng quan')).toThrow();
  });

  it('leaves the user’s cells byte for byte: formulas, `=` text, notes, odd formats, colours', () => {
    const env = createFakes({ now: () => NOW });
    const d = (iso: string) => sheetDate(env, iso);
    seedSheet(env, 'Công việc', [
      PLAN_HEADER,
      ["'001", 'Phần 1', 'Dự thảo báo cáo', 'Văn phòng', '', d('2025-03-03'), d('2025-03-11'), '', 'Đang thực hiện', '50%', '', 'Có', ''],
      ["'002", 'Phần 1', "'=Không phải công thức", 'Văn phòng', '', '', '', '001+3', '', '', '', '', ''],
      ["'003", 'Phần 2', 'Tổng hợp', 'Ban Tổ chức', '', '', '', '', 'Hoàn thành', 1, d('2025-03-10'), '', '15/3 ghi chú'],
    ], {
      formulas: { G4: '=DATE(2025,3,20)', M3: '=A3&"-"&C2' },
      notes: { C3: 'Người dùng gõ dấu = ở đầu', G2: 'Hạn theo công văn 12' },
      numberFormats: { G2: 'd" tháng "m" năm "yyyy', J2: '0.00%', G4: 'yyyy-mm-dd' },
    });
    const gs = loadBundle(env) as unknown as Record<string, () => void>;
    const userPart = () => {
      const s = sheetState(env, 'Công việc');
      const cut = <T>(g: T[][]) => g.map((r) => r.slice(0, 13));
      return { values: cut(s.values), formulas: cut(s.formulas), notes: cut(s.notes), formats: cut(s.numberFormats), bg: cut(s.backgrounds), fc: cut(s.fontColors), bold: cut(s.bold), shown: cut(s.displayValues) };
    };
    const before = userPart();
    gs.menuRefresh();
    gs.menuRefresh();
    expect(userPart()).toEqual(before);
    const s = sheetState(env, 'Công việc');
    expect(s.values[2][2]).toBe('=Không phải công thức');
    expect(s.formulas[2][2]).toBe('');
    expect(s.values.slice(1).map((r) => r[14])).toEqual(['Quá hạn', 'Sắp đến hạn', 'Hoàn thành']);
  });

  it('freezes a baseline from the menu, asking before replacing one', () => {
    const { env, gs } = office(10);
    gs.menuBaseline();
    const b = sheetState(env, 'Kế hoạch gốc');
    expect(b.values[0]).toEqual(['Mã', 'Nội dung', 'Hạn gốc', 'Chốt ngày', 'Số lần gia hạn', 'Hạn hiện tại']);
    expect(b.values.length).toBe(11);
    expect(env.ui.toasts[env.ui.toasts.length - 1]).toMatch(/^Đã chốt kế hoạch gốc cho 10 công việc ngày 12\/03\/2025\./);
    env.ui.alertResponses.push('NO');
    gs.menuBaseline();
    expect(env.ui.alerts[0]).toMatch(/^Đã có kế hoạch gốc \(chốt ngày 12\/03\/2025\)/);
  });
});

describe('onEdit', () => {
  function editCell(env: FakeEnv, gs: Record<string, (e: unknown) => void>, a1: string, value: unknown): number {
    const ss = env.spreadsheet;
    const range = ss.getSheetByName('Công việc')!.getRange(a1);
    range.setValue(value);
    env.calls.reset();
    gs.onEdit({ range, value: String(value), source: ss, oldValue: '' });
    return env.calls.total();
  }

  it('stamps today’s date and 100 % when a status becomes Hoàn thành, with a few calls', () => {
    const { env, gs } = office(5);
    // Row 4 is T3 (75 %, no completion date); row 5 is T4, whose % the user clears first.
    const calls = editCell(env, gs as never, 'I4', 'Hoàn thành');
    let s = sheetState(env, 'Công việc');
    expect(civilOf(env, s.values[3][10])).toBe(BIG_PLAN_TODAY);
    expect(s.displayValues[3][10]).toBe('12/03/2025');
    expect(s.values[3][9]).toBe(0.75); // what the user typed stays
    expect(calls).toBeLessThanOrEqual(15);
    env.spreadsheet.getSheetByName('Công việc')!.getRange('J5').setValue('');
    editCell(env, gs as never, 'I5', 'Hoàn thành');
    s = sheetState(env, 'Công việc');
    expect([civilOf(env, s.values[4][10]), s.values[4][9], s.displayValues[4][9]]).toEqual([BIG_PLAN_TODAY, 1, '100%']);
  });

  it('costs nothing for an edit that cannot mark a task done', () => {
    const { env, gs } = office(5);
    expect(editCell(env, gs as never, 'C3', 'Sửa nội dung')).toBe(0);
    expect(editCell(env, gs as never, 'I3', 'Tạm dừng')).toBe(0);
  });
});

describe('daily refresh', () => {
  // The document's one daily trigger is dailyReminders (src/gas/remind.ts): it refreshes first.
  it('refreshes from the trigger with nobody watching: no toast, no dialog', () => {
    const { env, gs } = office(5);
    gs.dailyReminders();
    expect(sheetState(env, 'Tổng quan').values[0][0]).toBe('TỔNG QUAN TIẾN ĐỘ');
    expect(env.ui.toasts).toEqual([]);
    expect(env.ui.alerts).toEqual([]);
  });

  it('does nothing when an update needs new authorization', () => {
    const { env, gs } = office(5);
    env.auth.revoke('https://www.googleapis.com/auth/script.send_mail');
    gs.dailyReminders();
    expect(() => sheetState(env, 'Tổng quan')).toThrow();
  });
});
