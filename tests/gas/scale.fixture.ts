/**
 * Executions at scale on the fakes' simulated clock (tests/fakes/costs.ts), through the built
 * bundle in node:vm: one execution each, its simulated milliseconds measured. Shared by
 * tests/gas/scale.test.ts and `npm run bench` (scripts/bench/simulated.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BIG_PLAN_TODAY, bigPlanPeople, bigPlanRows } from '../app/big-plan.fixture';
import { type FakeEnv, createFakes, seedSheet, sheetDate } from '../fakes/index';
import { ROOT, loadBundle } from '../fakes/vm';

type Gas = Record<string, (...a: unknown[]) => unknown>;

export interface Run {
  env: FakeEnv;
  gas: Gas;
  /** Simulated ms of the last execution. */
  ms: number;
}

function pages(env: FakeEnv): void {
  for (const name of ['gantt', 'doc-result', 'reminders', 'merge', 'import', 'settings', 'sample-data']) {
    try {
      env.htmlFiles[name] = readFileSync(path.join(ROOT, 'build', `${name}.html`), 'utf8');
    } catch {
      // Not every page exists in every build.
    }
  }
}

/** A tracker of `n` tasks (the big plan: chained sections, every status) and its people. */
export function bigTracker(n: number): { env: FakeEnv; gas: Gas } {
  const env = createFakes({ now: () => new Date(`${BIG_PLAN_TODAY}T08:00:00+07:00`) });
  seedSheet(env, 'Công việc', [...bigPlanRows(n, (d) => sheetDate(env, d)), ...Array.from({ length: 200 }, () => [])]);
  seedSheet(env, 'Nhân sự', bigPlanPeople());
  seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ['Thang thời gian Gantt', 'Tháng'], ['Tên kế hoạch', 'Kế hoạch thử tải']]);
  pages(env);
  return { env, gas: loadBundle(env) as unknown as Gas };
}

export function timed(env: FakeEnv, gas: Gas, fn: string, ...args: unknown[]): Run {
  gas[fn](...args);
  return { env, gas, ms: env.execution.elapsedMs() };
}

/** People each leading one task and supporting another, due around "today", and a coordinator. */
export function reminderTracker(people: number): { env: FakeEnv; gas: Gas } {
  const env = createFakes({ now: () => new Date('2019-07-05T00:30:00Z'), mailQuota: 1500 });
  const tasks: unknown[][] = [['Mã', 'Phần', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Hạn hoàn thành', 'Trạng thái']];
  const list: unknown[][] = [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Cấp trên']];
  for (let i = 1; i <= people; i++) {
    list.push([`Cán bộ số ${i}`, 'Chuyên viên', `Ban ${1 + (i % 8)}`, `canbo${i}@example.org`, i > 10 ? `Cán bộ số ${1 + (i % 10)}` : '']);
    const due = ['28/06/2019', '05/07/2019', '09/07/2019'][i % 3];
    tasks.push([`T${i}`, `Phần ${1 + (i % 5)}`, `Công việc số ${i}`, `Cán bộ số ${i}`, `Cán bộ số ${1 + (i % people)}`, due, 'Đang thực hiện']);
  }
  list.push(['Điều phối viên', 'Chánh Văn phòng', 'Văn phòng', 'dieuphoi@example.org', '']);
  seedSheet(env, 'Công việc', tasks);
  seedSheet(env, 'Nhân sự', list);
  seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ['Tên kế hoạch', 'Kế hoạch thử tải'], ['Người điều phối', 'Điều phối viên']]);
  pages(env);
  return { env, gas: loadBundle(env) as unknown as Gas };
}

/** Simulated seconds of one execution of each heavy command, for the bench. */
export function simulatedSeconds(): Record<string, number> {
  const s = (ms: number) => Math.round(ms / 100) / 10;
  const refresh = bigTracker(5000);
  refresh.gas.menuRefresh();
  const gantt = bigTracker(5000);
  const remind = reminderTracker(300);
  const plan = bigTracker(5000);
  const report = bigTracker(5000);
  return {
    // The second refresh: the first also grows the new Gantt sheet to fit, once.
    sim_s_refresh_5000: s(timed(refresh.env, refresh.gas, 'menuRefresh').ms),
    sim_s_gantt_5000: s(timed(gantt.env, gantt.gas, 'menuGantt').ms),
    sim_s_remind_300: s(timed(remind.env, remind.gas, 'dailyReminders', {}).ms),
    sim_s_docs_plan_5000: s(timed(plan.env, plan.gas, 'menuDocPlan').ms),
    sim_s_docs_report_5000: s(timed(report.env, report.gas, 'menuDocReport').ms),
  };
}
