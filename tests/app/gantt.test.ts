/**
 * The Gantt use case (src/app/gantt.ts) over an in-memory workbook: what both hosts rely on. One
 * read of the tracker, the `Gantt` sheet written once, the layout handed back for the dialog, and
 * a message (never a half-drawn sheet) when there is nothing to draw or another run holds the lock.
 */
import { describe, expect, it } from 'vitest';
import { drawGantt, ganttView } from '../../src/app/gantt';
import { layoutGantt } from '../../src/core/gantt/layout';
import { ganttSheetOutput } from '../../src/core/gantt/sheet';
import type { SheetGrid } from '../../src/core/sheet/grid';
import type { SheetOutput } from '../../src/core/sheet/output';
import type { LockPort, WorkbookPort } from '../../src/ports';
import { TODAY, spreadGrids, spreadSchedule } from '../core/gantt/gantt.fixture';

/** A workbook that records every call the use case makes. */
function memoryBook(grids: SheetGrid[]) {
  const calls: string[] = [];
  const written: SheetOutput[] = [];
  const workbook: WorkbookPort = {
    sheetNames: () => (calls.push('sheetNames'), grids.map((g) => g.name)),
    readGrids: (names) => (calls.push(`readGrids:${names.join(',')}`), grids.filter((g) => names.includes(g.name))),
    write: (out) => (calls.push(`write:${out.sheet}`), void written.push(out)),
    appendRows: () => { throw new Error('not expected'); },
    rowLink: () => '',
    title: () => 'Kế hoạch',
  };
  return { workbook, calls, written, clock: { today: () => TODAY } };
}

function lock(free: boolean): LockPort & { held: boolean; asked: number } {
  return {
    held: false, asked: 0,
    tryLock(this: { held: boolean; asked: number }) { this.asked++; this.held = free; return free; },
    release(this: { held: boolean }) { this.held = false; },
  };
}

describe('drawGantt', () => {
  it('reads the tracker once, writes the Gantt sheet once, and hands back the dialog’s layout', () => {
    const book = memoryBook(spreadGrids(30, 3));
    const l = lock(true);
    const r = drawGantt({ ...book, lock: l }, { lang: 'en' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(book.calls).toEqual(['sheetNames', 'readGrids:Công việc', 'write:Gantt']);
    expect(l.asked).toBe(1);
    expect(l.held).toBe(false);
    // The dialog speaks the user's language; the sheet the plan's (Vietnamese by default).
    const schedule = spreadSchedule(30, 3);
    expect(JSON.parse(JSON.stringify(r.layout))).toEqual(layoutGantt(schedule, { today: TODAY, lang: 'en', planName: 'Kế hoạch công tác', tasksSheet: 'Công việc' }));
    const vi = layoutGantt(schedule, { today: TODAY, lang: 'vi', planName: 'Kế hoạch công tác', tasksSheet: 'Công việc' });
    expect(book.written).toEqual([ganttSheetOutput(vi)]);
    expect(r).toMatchObject({ planName: 'Kế hoạch công tác', tasksSheet: 'Công việc' });
  });

  it('draws the sheet in the language asked for, at the scale asked for', () => {
    const book = memoryBook(spreadGrids(10, 6));
    const r = drawGantt(book, { lang: 'en', sheetLang: 'en', scale: 'day' });
    expect(r.ok && r.layout.scale).toBe('day');
    expect(book.written).toEqual([r.ok && r.output]);
    expect(book.written[0].blocks?.[0]?.values?.[2]?.[1]).toBe('Task');
  });

  it('writes nothing and says why when another run holds the lock or there is no task sheet', () => {
    const busy = memoryBook(spreadGrids(5, 1));
    expect(drawGantt({ ...busy, lock: lock(false) }, { lang: 'vi' })).toEqual({
      ok: false, reason: 'busy', message: 'Đang có một lần cập nhật tiến độ khác chạy trên bảng tính này. Vui lòng thử lại sau ít phút.',
    });
    expect(busy.calls).toEqual([]);

    const empty = memoryBook([{ name: 'Nhân sự', values: [['Họ và tên']] }]);
    const r = drawGantt({ ...empty, lock: lock(true) }, { lang: 'en' });
    expect(r).toMatchObject({ ok: false, reason: 'noTaskSheet' });
    expect(!r.ok && r.message).toMatch(/Công việc/);
    // Nothing is read when the sheet names already say there is nothing to draw.
    expect(empty.calls).toEqual(['sheetNames']);
  });
});

describe('ganttView', () => {
  it('is the dialog’s reload: one read, nothing written', () => {
    const book = memoryBook(spreadGrids(12, 2));
    const r = ganttView(book, { lang: 'vi' });
    expect(r.ok && r.layout.rows.filter((x) => x.kind === 'task')).toHaveLength(12);
    expect(book.calls).toEqual(['sheetNames', 'readGrids:Công việc']);
  });
});
