import { describe, expect, it } from 'vitest';
import { refresh } from '../../src/app/refresh';
import { LAYOUT_VERSION, LAYOUT_VERSION_KEY } from '../../src/core/plan/migrations';
import type { SheetGrid } from '../../src/core/sheet/grid';
import type { KeyValueStore, WorkbookPort } from '../../src/ports';
import { clock, free, spyBook } from './spy-book.fixture';

function memoryStore(init: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...init };
  return { data, get: (k) => data[k] ?? null, set: (k, v) => { data[k] = v; }, delete: (k) => { delete data[k]; } };
}

const ports = (wb: WorkbookPort, store: KeyValueStore) => ({ workbook: wb, store, lock: free, clock: clock('2019-11-12') });

describe('refresh on a layout an older version made', () => {
  // Version 1 named the computed status column `Trạng thái tính`.
  const oldLayout = (): SheetGrid[] => [{
    name: 'Công việc',
    values: [
      ['Mã', 'Nội dung công việc', 'Hạn hoàn thành', 'Trạng thái tính'],
      ['T1', 'Gửi ý kiến', { date: '2019-11-05' }, 'Quá hạn'],
    ],
  }];

  it('migrates the headers in place from the grids it read once, then computes into the renamed column', () => {
    const wb = spyBook(oldLayout());
    const store = memoryStore();
    const r = refresh(ports(wb, store));
    expect(r.ok).toBe(true);
    expect(wb.reads).toBe(1);
    expect(store.data[LAYOUT_VERSION_KEY]).toBe(String(LAYOUT_VERSION));
    const renamed = wb.writes.find((w) => w.sheet === 'Công việc' && w.blocks.some((b) => b.values[0]?.includes('Tình trạng') && b.row === 1 && b.col === 4));
    expect(renamed).toBeDefined();
    // The status landed in the old column (D), not in a new column appended beside it.
    const statusWrites = wb.writes.flatMap((w) => w.sheet === 'Công việc' ? w.blocks : []).filter((b) => b.row <= 2 && 2 < b.row + b.values.length);
    const cols = statusWrites.map((b) => [b.col, b.col + b.values[0].length - 1]);
    expect(cols.some(([a, z]) => a <= 4 && 4 <= z)).toBe(true);
    if (r.ok) expect(r.plan.schedule.tasks[0].status).toBe('overdue');
  });

  it('costs one property read once the layout is current', () => {
    const wb = spyBook(oldLayout());
    const store = memoryStore({ [LAYOUT_VERSION_KEY]: String(LAYOUT_VERSION) });
    refresh(ports(wb, store));
    expect(wb.writes.some((w) => w.blocks.some((b) => b.row === 1 && b.values[0]?.includes('Tình trạng') && b.col === 4))).toBe(false);
  });
});
