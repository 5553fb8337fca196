/**
 * From the preview to the sheet: what the user sees before anything is written, what is appended
 * to `Công việc` and `Nhân sự` (one write each), how IDs, dependencies, repeating duties and
 * events are written, and that importing the same plan again adds nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, nextFreeIds, previewImport, readImportGrids } from '../../../src/app/import';
import { type CellValue, isDateCell } from '../../../src/core/sheet/cells';
import { readTracker } from '../../../src/core/plan/read';
import type { SheetGrid } from '../../../src/core/sheet/grid';
import type { WorkbookPort } from '../../../src/ports';
import type { OutCell, SheetOutput } from '../../../src/core/sheet/output';

const SEEDS = path.resolve(__dirname, '../../fixtures/seeds');
const PLANS = path.resolve(__dirname, '../../fixtures/plans');
const seed004 = readFileSync(path.join(SEEDS, '004_c494398f8f5dd475.txt'), 'utf8');
const ubnd = readFileSync(path.join(PLANS, 'ubnd-chuyen-doi-so.txt'), 'utf8');
const huyenUy = readFileSync(path.join(PLANS, 'huyen-uy-tong-ket.txt'), 'utf8');

const TASK_HEADER = ['Mã', 'Phần', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc', 'Trạng thái', 'Ghi chú'];

/** A workbook in memory that applies what it is asked to, and counts the calls. */
class MemoryBook implements WorkbookPort {
  reads = 0;
  appends: Array<{ sheet: string; rows: OutCell[][] }> = [];
  writes: SheetOutput[] = [];

  constructor(public grids: SheetGrid[]) {}

  sheetNames(): string[] {
    return this.grids.map((g) => g.name);
  }

  readGrids(names: string[]): SheetGrid[] {
    this.reads++;
    return this.grids.filter((g) => names.includes(g.name)).map((g) => ({ name: g.name, values: g.values.map((r) => [...r]) }));
  }

  private grid(name: string): SheetGrid {
    let g = this.grids.find((x) => x.name === name);
    if (!g) { g = { name, values: [] }; this.grids.push(g); }
    return g;
  }

  write(out: SheetOutput): void {
    this.writes.push(out);
    const g = this.grid(out.sheet);
    for (const b of out.blocks) {
      b.values.forEach((row, r) => row.forEach((v, c) => {
        while (g.values.length < b.row + r) g.values.push([]);
        g.values[b.row + r - 1][b.col + c - 1] = (typeof v === 'object' && v !== null && 'formula' in v ? null : v) as CellValue;
      }));
    }
    // A sheet hands back `""`/null for cells never written, never holes.
    const width = Math.max(0, ...g.values.map((r) => r.length));
    g.values = g.values.map((r) => Array.from({ length: width }, (_v, i) => r[i] ?? null));
  }

  appendRows(sheet: string, rows: OutCell[][]): void {
    this.appends.push({ sheet, rows });
    this.grid(sheet).values.push(...(rows as CellValue[][]));
  }

  rowLink(): string { return ''; }

  title(): string { return 'Kế hoạch'; }
}

function tracker(tasks: CellValue[][] = [], people: CellValue[][] = []): MemoryBook {
  return new MemoryBook([
    { name: 'Công việc', values: [TASK_HEADER, ...tasks] },
    { name: 'Nhân sự', values: [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Nhóm'], ...people] },
  ]);
}

function importAll(book: MemoryBook, text: string) {
  const preview = previewImport(text, { lang: 'vi' }, readImportGrids(book));
  return { preview, result: applyImport(book, preview.rows.filter((r) => !r.duplicate), preview.people.filter((p) => !p.duplicate)) };
}

const cell = (v: CellValue) => (isDateCell(v) ? v.date : v);

describe('the preview', () => {
  it('writes nothing, numbers tasks after the sheet’s IDs, and marks what the sheet already has', () => {
    const book = tracker([
      ['A', '', 'Kế hoạch A', '', '', null, null, '', '', ''],
      ['A.1', 'Thời gian thực hiện', 'Tổ chức đại hội chi bộ điểm', '', '', null, null, '', '', ''],
      ['A.7', '', 'Một việc khác', '', '', null, null, '', '', ''],
    ]);
    const preview = previewImport(seed004, { lang: 'vi', appendTo: 'A' }, readImportGrids(book));
    expect(book.appends).toEqual([]);
    expect(book.writes).toEqual([]);
    expect(preview.plan).toEqual({ mode: 'append', letter: 'A' });
    expect(preview.rows.map((r) => r.id).slice(0, 3)).toEqual(['A.8', 'A.9', 'A.10']);
    const again = preview.rows.find((r) => r.title === 'Tổ chức đại hội chi bộ điểm');
    expect(again?.duplicate).toBe(true);
    expect(again?.warnings[0]).toBe('Đã có trong trang «Công việc»; sẽ không thêm lại.');
    expect(preview.rows.filter((r) => r.duplicate)).toHaveLength(1);
  });

  it('gives each task its warnings in the user’s language', () => {
    const vi = previewImport(seed004, { lang: 'vi' }, []);
    const en = previewImport(seed004, { lang: 'en' }, []);
    const review = (p: typeof vi) => p.rows.find((r) => r.title === 'Đảng ủy Văn phòng tiến hành duyệt các nội dung trên');
    expect(review(vi)?.warnings).toEqual(['Hạn tính theo sự kiện “tổ chức đại hội của các chi bộ trực thuộc”: hãy ghi mã công việc đó vào cột Phụ thuộc.']);
    expect(review(en)?.warnings).toEqual(['The deadline counts from the event “tổ chức đại hội của các chi bộ trực thuộc”: put that task’s ID in Depends on.']);
    expect(vi.sheet).toBe('Công việc');
  });
});

describe('a plan of its own', () => {
  const twoPlans = () => tracker([
    ['A', '', 'Kế hoạch A', '', '', null, null, '', '', ''],
    ['A.1', '', 'Việc của A', '', '', null, null, '', '', ''],
    ['B', '', 'Kế hoạch B', '', '', null, null, '', '', ''],
    ['B.1', '', 'Việc của B', '', '', null, null, '', '', ''],
    ['B.2', '', 'Việc khác của B', '', '', null, null, '', '', ''],
  ]);

  it('gives a plan imported into a tracker holding plans A and B the letter C and a title row', () => {
    const book = twoPlans();
    const { preview, result } = importAll(book, huyenUy);
    expect(preview.plans.map((p) => p.letter)).toEqual(['A', 'B']);
    expect(preview.plan).toEqual({ mode: 'new', letter: 'C' });
    expect(preview.rows[0]).toMatchObject({ id: 'C', section: '', title: 'Kế hoạch tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2024', planRow: true });
    expect(preview.rows.slice(1).every((r, i) => r.id === `C.${i + 1}`)).toBe(true);
    expect(result.ok).toBe(true);
    const ids = book.grids[0].values.slice(6).map((r) => r[0]);
    expect(ids.slice(0, 3)).toEqual(['C', 'C.1', 'C.2']);
    expect(book.grids[0].values[6][2]).toBe('Kế hoạch tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2024');
  });

  it('appends to an existing plan when the user chooses it, numbering after its last task', () => {
    const book = twoPlans();
    const preview = previewImport(huyenUy, { lang: 'vi', appendTo: 'b' }, readImportGrids(book));
    expect(preview.plan).toEqual({ mode: 'append', letter: 'B' });
    expect(preview.rows.some((r) => r.planRow)).toBe(false);
    expect(preview.rows.map((r) => r.id).slice(0, 2)).toEqual(['B.3', 'B.4']);
  });

  it('numbers an import into an empty tracker 1, 2 … without a title row', () => {
    const preview = previewImport(huyenUy, { lang: 'vi' }, readImportGrids(tracker()));
    expect(preview.plan).toEqual({ mode: 'none' });
    expect(preview.rows.map((r) => r.id).slice(0, 2)).toEqual(['1', '2']);
  });
});

describe('adding to the sheet', () => {
  it('appends the tasks in the sheet’s own column order, one write per sheet', () => {
    const book = tracker();
    const { result } = importAll(book, huyenUy);
    expect(result).toMatchObject({ ok: true, added: 9, skipped: 0, peopleAdded: 3 });
    expect(book.reads).toBe(2); // once for the preview, once when adding
    expect(book.appends.map((a) => a.sheet)).toEqual(['Công việc', 'Nhân sự']);
    const rows = book.grids[0].values.slice(1).map((r) => r.map(cell));
    expect(rows[0]).toEqual(['1', 'Tháng 12', 'Ban Tổ chức Huyện ủy xây dựng dự thảo báo cáo tổng kết', 'Ban Tổ chức Huyện ủy', '', null, '2024-12-20', '', null, '']);
    expect(rows.find((r) => r[2] === 'Chuẩn bị nội dung, phục vụ Hội nghị tổng kết')?.slice(3, 5))
      .toEqual(['Nguyễn Văn An', 'Trần Thị Bình; Chỉ huy trưởng Ban CHQS huyện']);
    // A repeating duty is written where people read it.
    expect(rows.find((r) => String(r[2]).startsWith('Ban Tuyên giáo Huyện ủy'))?.[9]).toBe('Thường xuyên');
    const people = readTracker(book.grids).people.map((p) => [p.name, p.position, p.unit, p.groups]);
    expect(people).toEqual([
      ['Nguyễn Văn An', 'Chánh Văn phòng Huyện ủy', 'Văn phòng Huyện ủy', ['Tổ Giúp việc']],
      ['Trần Thị Bình', 'Phó Trưởng Ban Tổ chức Huyện ủy', 'Ban Tổ chức Huyện ủy', ['Tổ Giúp việc']],
      ['Chỉ huy trưởng Ban CHQS huyện', 'Chỉ huy trưởng Ban CHQS huyện', 'Ban CHQS huyện', ['Tổ Giúp việc']],
    ]);
  });

  it('writes a deadline counted from a task as `Phụ thuộc` (`7-7`, `7+5 nlv`), and one counted from an event in `Ghi chú`', () => {
    const book = tracker();
    importAll(book, ubnd);
    const book2 = tracker();
    importAll(book2, seed004);
    const tasks = readTracker(book.grids).tasks;
    const meeting = tasks.find((t) => t.title === 'Tổ chức Hội nghị sơ kết 6 tháng');
    const check = tasks.find((t) => t.title === 'Kiểm tra việc thực hiện tại các xã, thị trấn');
    const report = tasks.find((t) => t.title === 'Báo cáo kết quả kiểm tra');
    expect(check?.dependsOn).toEqual([{ ref: meeting?.id, offset: -7, workdays: false, raw: `${meeting?.id}-7` }]);
    expect(report?.dependsOn).toEqual([{ ref: meeting?.id, offset: 5, workdays: true, raw: `${meeting?.id}+5 nlv` }]);
    expect(tasks.find((t) => t.title.startsWith('Phòng Nội vụ tổng hợp'))?.notes).toBe('Định kỳ hằng quý');
    const t2 = readTracker(book2.grids).tasks;
    expect(t2.find((t) => t.title === 'Đảng ủy Văn phòng tiến hành duyệt các nội dung trên')?.notes)
      .toBe('Hạn: 5 ngày trước «tổ chức đại hội của các chi bộ trực thuộc»');
    expect(t2.find((t) => t.title.includes('báo cáo kết quả đại hội về Thường trực Đảng ủy'))?.notes)
      .toBe('Hạn: 3 ngày sau khi kết thúc «đại hội»');
  });

  it('adds nothing when the same plan is imported again, even retyped with other spacing and case', () => {
    const book = tracker();
    const first = importAll(book, ubnd).result;
    expect(first).toMatchObject({ ok: true, added: 15 });
    const before = JSON.stringify(book.grids);
    const again = importAll(book, ubnd.replace(/ /g, '  ').replace(/Hội nghị/g, 'hội nghị'));
    expect(again.preview.rows.every((r) => r.duplicate)).toBe(true);
    expect(again.preview.people.every((p) => p.duplicate)).toBe(true);
    // Sent anyway (a page that did not untick them): skipped, said so.
    const forced = applyImport(book, again.preview.rows, again.preview.people);
    expect(forced).toMatchObject({ ok: true, added: 0, skipped: 15, peopleAdded: 0 });
    expect(forced.ok && forced.message).toBe('Không có gì mới để thêm. Bỏ qua 15 việc đã có trong bảng.');
    expect(JSON.stringify(book.grids)).toBe(before);
  });

  it('gives new IDs when the ones sent are missing or taken, and keeps links pointing at the right task', () => {
    const book = tracker([['T1', '', 'Việc có sẵn', '', '', null, null, '', '', '']]);
    const rows = [
      { id: 'T1', section: 'S', title: 'Họp', lead: [], support: [], start: '2025-07-15', due: '2025-07-15', recurrence: null, after: null },
      { id: '', section: 'S', title: 'Báo cáo sau họp', lead: ['Văn phòng'], support: [], start: null, due: null, recurrence: null, after: { ref: 'T1', offsetDays: 3 } },
      { id: 'X9', section: 'S', title: 'Chuẩn bị', lead: [], support: [], start: null, due: null, recurrence: 'monthly', after: { ref: 'T1', offsetDays: -2 } },
    ];
    const r = applyImport(book, rows, []);
    expect(r).toMatchObject({ ok: true, added: 3, ids: ['T2', 'T3', 'X9'] });
    const written = book.grids[0].values.slice(2).map((x) => [x[0], x[2], x[7], x[9]]);
    expect(written).toEqual([
      ['T2', 'Họp', '', ''],
      ['T3', 'Báo cáo sau họp', 'T2+3', ''],
      ['X9', 'Chuẩn bị', 'T2-2', 'Định kỳ hằng tháng'],
    ]);
  });

  it('creates `Công việc` and `Nhân sự` from the template when the workbook has neither', () => {
    const book = new MemoryBook([{ name: 'Trang tính1', values: [] }]);
    const { result } = importAll(book, huyenUy);
    expect(result.ok).toBe(true);
    expect(book.writes.map((w) => w.sheet)).toEqual(['Công việc', 'Nhân sự']);
    expect(book.appends).toEqual([]);
    const wb = readTracker(book.grids);
    expect(wb.tasks).toHaveLength(9);
    expect(wb.people).toHaveLength(3);
    expect(wb.tasks[0]).toMatchObject({ id: '1', title: 'Ban Tổ chức Huyện ủy xây dựng dự thảo báo cáo tổng kết', due: '2024-12-20' });
  });

  it('refuses rows that are not well-formed, with a sentence naming the row, and writes nothing', () => {
    const book = tracker();
    const bad = [{ id: '1', section: '', title: 'Việc', lead: [], support: [], start: '31/12/2025', due: null, recurrence: null, after: null }];
    const r = applyImport(book, bad, []);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Dòng 1 của bảng xem trước không hợp lệ \(start\)/);
    expect(applyImport(book, 'not a list', null)).toMatchObject({ ok: false });
    expect(applyImport(book, [], [])).toEqual({ ok: false, message: 'Chưa chọn việc hay người nào để thêm.' });
    expect(book.appends).toEqual([]);
  });

  it('never writes into a `Công việc` sheet whose header it does not recognise', () => {
    const book = new MemoryBook([{ name: 'Công việc', values: [['Cột A', 'Cột B'], ['x', 'y']] }]);
    const preview = previewImport(huyenUy, { lang: 'vi' }, readImportGrids(book));
    const r = applyImport(book, preview.rows, []);
    expect(r.ok).toBe(false);
    expect(book.appends).toEqual([]);
  });
});

describe('people', () => {
  it('adds a person once, matched on the name (old and new tone marks alike) or on the position', () => {
    const book = tracker([], [['Nguyễn Văn An', 'Chánh Văn phòng', '', '', ''], ['Chỉ huy trưởng Ban CHQS huyện', 'Chỉ huy trưởng Ban CHQS huyện', '', '', '']]);
    const preview = previewImport(huyenUy, { lang: 'vi' }, readImportGrids(book));
    expect(preview.people.map((p) => [p.name || p.position, p.duplicate])).toEqual([
      ['Nguyễn Văn An', true], ['Trần Thị Bình', false], ['Chỉ huy trưởng Ban CHQS huyện', true],
    ]);
    const r = applyImport(book, [], [...preview.people, { name: 'Trần Thị  Bình', position: '', unit: '', groups: [] }]);
    expect(r).toMatchObject({ ok: true, peopleAdded: 1 });
    expect(readTracker(book.grids).people.map((p) => p.name)).toEqual(['Nguyễn Văn An', 'Chỉ huy trưởng Ban CHQS huyện', 'Trần Thị Bình']);
  });
});

describe('nextFreeIds', () => {
  it('continues the sheet’s own numbering', () => {
    expect(nextFreeIds(['A', 'A.1', 'A.2', 'A.20'], 2)).toEqual(['A.21', 'A.22']);
    expect(nextFreeIds(['1', '2', '14'], 2)).toEqual(['15', '16']);
    expect(nextFreeIds([], 3)).toEqual(['1', '2', '3']);
    expect(nextFreeIds(['T1', 'T3', 'T4'], 1)).toEqual(['T5']);
  });
});
