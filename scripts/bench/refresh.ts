/**
 * The refresh: core time for 5 000 tasks with dependencies (read, schedule, every output), and the
 * Apps Script service calls of one refresh of the built bundle on the fakes, at 100 and 5 000
 * tasks (the two must be equal: calls may not grow with the plan), and their round trips
 * (tests/fakes/costs.ts tripsOf), the first refresh's too.
 */
import { planRefresh } from '../../src/core/refresh/plan';
import type { SheetGrid } from '../../src/core/sheet/grid';
import { createFakes, seedSheet, sheetDate } from '../../tests/fakes';
import { loadBundle } from '../../tests/fakes/vm';
import { tripsOf } from '../../tests/fakes/costs';
import { BIG_PLAN_TODAY, bigPlanPeople, bigPlanRows } from '../../tests/app/big-plan.fixture';

function coreMs(n: number): number {
  const grids: SheetGrid[] = [
    { name: 'Công việc', values: bigPlanRows(n, (d) => ({ date: d })) as SheetGrid['values'] },
    { name: 'Nhân sự', values: bigPlanPeople() as SheetGrid['values'] },
  ];
  planRefresh(grids, BIG_PLAN_TODAY); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    planRefresh(grids, BIG_PLAN_TODAY);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[3]);
}

/** Calls and round trips of the first refresh (it lays the sheets out) and of the second (nothing to re-lay). */
function calls(n: number): { calls: number; trips: number; firstTrips: number } {
  const env = createFakes({ now: () => new Date(`${BIG_PLAN_TODAY}T08:00:00+07:00`) });
  seedSheet(env, 'Công việc', [...bigPlanRows(n, (d) => sheetDate(env, d)), ...Array.from({ length: 600 }, () => [])]);
  seedSheet(env, 'Nhân sự', bigPlanPeople());
  // Same chart shape for both sizes (the Gantt scale otherwise follows the plan's span), so the
  // figures compare like with like. The second refresh is measured: the first also grows the new
  // Gantt sheet once to fit (one call), which says nothing about the steady cost.
  seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ['Thang thời gian Gantt', 'Tháng']]);
  const gs = loadBundle(env) as unknown as { menuRefresh(): void };
  env.calls.reset();
  gs.menuRefresh();
  const firstTrips = tripsOf(env.calls.byClass());
  env.calls.reset();
  gs.menuRefresh();
  return { calls: env.calls.total(), trips: tripsOf(env.calls.byClass()), firstTrips };
}

export async function figures(): Promise<Record<string, number>> {
  const small = calls(100);
  const big = calls(5000);
  return {
    refresh_ms_5000: coreMs(5000), calls_refresh_100: small.calls, calls_refresh_5000: big.calls,
    trips_refresh_100: small.trips, trips_refresh_5000: big.trips, trips_refresh_first_5000: big.firstTrips,
  };
}
