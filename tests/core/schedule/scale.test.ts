/**
 * Dependency computation stays linear in the number of tasks: a 10 000-task chain and a
 * 10 000-task loop are computed in well under a second each on a laptop (the loop used to
 * exhaust memory by naming itself whole on every row; Sheets refuses cells over 50 000 characters).
 */
import { describe, expect, it } from 'vitest';
import { planRefresh } from '../../../src/core/refresh/plan';
import { d, grids } from './schedule.fixture';

const TODAY = '2025-03-01';

function plan(n: number, loop: boolean) {
  const rows = Array.from({ length: n }, (_, k) => ({
    id: `T${k + 1}`,
    due: k === 0 ? d('2025-01-08') : undefined,
    deps: k === 0 ? (loop ? `T${n}` : '') : `T${k}+2`,
  }));
  const started = Date.now();
  const p = planRefresh(grids(rows), TODAY);
  return { p, ms: Date.now() - started };
}

describe('10 000 dependent tasks', () => {
  it('a chain: every date derived, in seconds', () => {
    const { p, ms } = plan(10_000, false);
    expect(ms).toBeLessThan(5_000);
    expect(p.schedule.byId.get('T10000')!.due).not.toBeNull();
    expect(p.problems.filter((x) => x.code.startsWith('dependency'))).toEqual([]);
  });

  it('a loop: one problem, every written cell far under the 50 000-character limit, in seconds', () => {
    const { p, ms } = plan(10_000, true);
    expect(ms).toBeLessThan(5_000);
    expect(p.problems.filter((x) => x.code === 'dependencyCycle')).toHaveLength(1);
    const tasks = p.outputs.find((o) => o.sheet === 'Công việc')!;
    const longest = Math.max(...tasks.blocks.flatMap((b) => b.values.flat().map((v) => (typeof v === 'string' ? v.length : 0))));
    expect(longest).toBeLessThan(300);
  });
});
