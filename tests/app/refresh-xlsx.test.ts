import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { freezePlan } from '../../src/app/baseline';
import { refresh } from '../../src/app/refresh';
import type { SheetGrid } from '../../src/core/sheet/grid';
import type { LockPort } from '../../src/ports';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { cellSnapshot, loadExcel, tempDirPerTest, tiendo, writeXlsx } from '../node/cli.fixture';
import { BIG_PLAN_TODAY, PLAN_HEADER, bigPlanPeople, bigPlanRows } from './big-plan.fixture';
import { clock, free, spyBook } from './spy-book.fixture';

const tmp = tempDirPerTest();

describe('refresh use-case', () => {
  const grids = (): SheetGrid[] => [
    { name: 'Công việc', values: bigPlanRows(120, (d) => ({ date: d })) as SheetGrid['values'] },
    { name: 'Nhân sự', values: bigPlanPeople() as SheetGrid['values'] },
  ];

  it('reads once and writes each sheet once', () => {
    const book = spyBook(grids());
    const r = refresh({ workbook: book, lock: free, clock: clock(BIG_PLAN_TODAY) });
    expect(r.ok).toBe(true);
    expect(book.reads).toBe(1);
    expect(book.writes.map((w) => w.sheet)).toEqual(['Công việc', 'Tổng quan', 'Gantt']);
    if (r.ok) expect(r.message).toMatch(/^Đã cập nhật tiến độ 120 công việc: \d+ quá hạn, \d+ sắp đến hạn, \d+ vấn đề cần kiểm tra\.$/);
  });

  it('tells the user a refresh is running when the lock stays busy, and touches nothing', () => {
    const book = spyBook(grids());
    let released = 0;
    const busy: LockPort = { tryLock: (ms) => { expect(ms).toBeGreaterThan(0); return false; }, release: () => { released++; } };
    const r = refresh({ workbook: book, lock: busy, clock: clock(BIG_PLAN_TODAY) });
    expect(r).toEqual({ ok: false, reason: 'busy', message: 'Đang có một lần cập nhật tiến độ khác chạy trên bảng tính này. Vui lòng thử lại sau ít phút.' });
    expect(book.reads + book.writes.length + released).toBe(0);
  });

  it('releases the lock even when writing fails', () => {
    const book = spyBook(grids());
    book.write = () => { throw new Error('disk full'); };
    let released = 0;
    expect(() => refresh({ workbook: book, lock: { tryLock: () => true, release: () => { released++; } }, clock: clock(BIG_PLAN_TODAY) })).toThrow('disk full');
    expect(released).toBe(1);
  });
});

describe('baseline over refreshes (xlsx in memory)', () => {
  it('counts an extension each time a due is moved later, once per move, across refreshes', () => {
    const wb = XlsxWorkbook.create('kh.xlsx');
    wb.write({ sheet: 'Công việc', mode: 'replace', blocks: [{ row: 1, col: 1, values: [
      ['Mã', 'Nội dung công việc', 'Hạn hoàn thành'],
      ['1', 'Dự thảo', { date: '2025-03-14' }],
      ['2', 'Trình', { date: '2025-03-20' }],
    ] }] });
    const ports = { workbook: wb, lock: free, clock: clock('2025-03-03') };
    const frozen = freezePlan(ports);
    expect(frozen.ok && frozen.message).toMatch(/^Đã chốt kế hoạch gốc cho 2 công việc ngày 03\/03\/2025\./);
    const setDue = (iso: string) => wb.write({ sheet: 'Công việc', mode: 'update', blocks: [{ row: 2, col: 3, values: [[{ date: iso }]] }] });
    const track = () => {
      const r = refresh(ports);
      if (!r.ok) throw new Error('busy');
      return r.plan.baseline!.tracks.find((x) => x.id === '1')!;
    };
    expect(track()).toMatchObject({ extensions: 0, slipDays: 0 });
    setDue('2025-03-21');
    expect(track()).toMatchObject({ extensions: 1, slipDays: 7 });
    expect(track()).toMatchObject({ extensions: 1, slipDays: 7 });
    setDue('2025-03-18'); // pulled in: not an extension
    expect(track()).toMatchObject({ extensions: 1, slipDays: 4 });
    setDue('2025-03-28');
    expect(track()).toMatchObject({ extensions: 2, slipDays: 14 });
    const base = wb.readGrids(['Kế hoạch gốc'])[0].values;
    expect(base[1]).toEqual(['1', 'Dự thảo', { date: '2025-03-14' }, { date: '2025-03-03' }, 2, { date: '2025-03-28' }]);
  });
});

describe('tiendo refresh on an .xlsx file', () => {
  /** A task sheet as users leave it: formulas, `=` text, notes, odd formats, styles, in their own columns. */
  function userBook(file: string): Promise<void> {
    return writeXlsx(file, {
      'Công việc': [
        PLAN_HEADER,
        ['001', 'Phần 1', 'Dự thảo báo cáo', 'Văn phòng', '', new Date(Date.UTC(2025, 2, 3)), new Date(Date.UTC(2025, 2, 11)), '', 'Đang thực hiện', 0.5, '', 'Có', 'ghi chú'],
        ['002', 'Phần 1', '=Không phải công thức', 'Văn phòng', '', '', '', '001+3', '', '', '', '', ''],
        ['003', 'Phần 2', 'Tổng hợp', 'Ban Tổ chức', '', '', new Date(Date.UTC(2025, 2, 20)), '', 'Hoàn thành', 1, new Date(Date.UTC(2025, 2, 10)), '', ''],
      ],
      'Nhân sự': [['Họ tên', 'Đơn vị'], ['Trần Thanh Tiến', 'Văn phòng'], ['Lê Văn Phúc', 'Ban Tổ chức']],
    }, (wb) => {
      const ws = wb.getWorksheet('Công việc')!;
      ws.getCell('A2').numFmt = '@';
      ws.getCell('G2').numFmt = 'd mmmm yyyy';
      ws.getCell('J2').numFmt = '0.00%';
      ws.getCell('J2').font = { italic: true, color: { argb: 'FF7F6000' } };
      ws.getCell('C3').note = 'Người dùng gõ dấu = ở đầu';
      ws.getCell('M3').value = { formula: 'CONCATENATE(A3,"-",C2)', result: '002-Dự thảo báo cáo' } as ExcelJS.CellFormulaValue;
      ws.getCell('G4').value = { formula: 'DATE(2025,3,20)', result: new Date(Date.UTC(2025, 2, 20)) } as ExcelJS.CellFormulaValue;
      ws.getCell('G4').numFmt = 'yyyy-mm-dd';
      ws.getCell('M4').value = { richText: [{ text: 'đậm ', font: { bold: true } }, { text: 'thường' }] };
      ws.getCell('M4').note = 'Ghi chú có định dạng';
      ws.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    });
  }

  it('writes the computed columns and the overview, leaving every user cell byte for byte as it was', async () => {
    const file = path.join(tmp.dir, 'ke-hoach.xlsx');
    const out = path.join(tmp.dir, 'sau.xlsx');
    await userBook(file);
    const run = await tiendo(['refresh', file, '--today', '2025-03-12', '--out', out]);
    expect(run.stderr.split('\n').filter((l) => /Error|lỗi/i.test(l))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Đã cập nhật tiến độ 3 công việc: 1 quá hạn, 1 sắp đến hạn');
    expect(run.stdout).toContain(`Đã ghi ${out}.`);

    const before = cellSnapshot(await loadExcel(file));
    const after = await loadExcel(out);
    const now = cellSnapshot(after);
    for (const [key, was] of before) expect(now.get(key), key).toEqual(was);

    const ws = after.getWorksheet('Công việc')!;
    expect(ws.getRow(1).values).toEqual([undefined, ...PLAN_HEADER, 'Hạn tính toán', 'Tình trạng', 'Còn lại (ngày làm việc)', 'Đường găng', 'Kiểm tra']);
    expect([2, 3, 4].map((r) => ws.getCell(r, 15).value)).toEqual(['Quá hạn', 'Sắp đến hạn', 'Hoàn thành']);
    expect(ws.getCell(3, 14).value).toEqual(new Date(Date.UTC(2025, 2, 14)));
    expect(ws.getCell(3, 14).numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell(2, 16).value).toBe(-1);
    expect(after.getWorksheet('Tổng quan')!.getCell('A1').value).toBe('TỔNG QUAN TIẾN ĐỘ');
    // The source file was not touched when --out is given.
    expect((await loadExcel(file)).getWorksheet('Tổng quan')).toBeUndefined();
  });

  it('refreshes in place, the same way twice', async () => {
    const file = path.join(tmp.dir, 'ke-hoach.xlsx');
    await userBook(file);
    expect((await tiendo(['refresh', file, '--today', '2025-03-12'])).code).toBe(0);
    const once = cellSnapshot(await loadExcel(file), ['Công việc']);
    expect((await tiendo(['refresh', file, '--today', '2025-03-12'])).code).toBe(0);
    expect(cellSnapshot(await loadExcel(file), ['Công việc'])).toEqual(once);
  });

  it('refuses a day that is not a date (month first is not read as a date)', async () => {
    const file = path.join(tmp.dir, 'ke-hoach.xlsx');
    await userBook(file);
    const run = await tiendo(['refresh', file, '--today', '03/13/2025']);
    expect(run.code).toBe(2);
    expect(run.stderr + run.stdout).toContain('--today “03/13/2025” không phải là ngày (viết ngày/tháng/năm, ví dụ 12/11/2019).');
  });
});
