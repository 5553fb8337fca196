/**
 * `check` and `refresh` tell the user the same problems (one validation), and input a user can
 * type by mistake (absurd years, a year alone, a loop of thousands of tasks) becomes located
 * messages, never a crash or a runaway.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadExcel, tempDirPerTest, tiendo, writeXlsx } from '../cli.fixture';

const tmp = tempDirPerTest();

const HEADER = ['Mã', 'Nội dung công việc', 'Chủ trì', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc', '% hoàn thành'];
const AN = 'Nguyễn Văn An';

/** A task row by the columns it fills; the lead is An, the one person of Nhân sự, unless said. */
interface Row { id: string; title: string; lead?: string; start?: string; due?: string | number; after?: string; done?: number }
const cells = (t: Row): unknown[] => [t.id, t.title, t.lead ?? AN, t.start ?? '', t.due ?? '', t.after ?? '', ...(t.done === undefined ? [] : [t.done])];

function workbook(file: string, rows: Row[]): Promise<void> {
  return writeXlsx(file, {
    'Công việc': [HEADER, ...rows.map(cells)],
    'Nhân sự': [['Họ tên', 'Đơn vị', 'Email'], [AN, 'Văn phòng', 'an@example.org']],
  });
}

/** `check`'s problems as `where: what` sentences. */
function checkProblems(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^(Lỗi|Cảnh báo): /.test(l)).map((l) => l.replace(/^(Lỗi|Cảnh báo): /, '')).sort();
}

/** The problems of the overview that `refresh` prints, as the same `where: what` sentences. */
function refreshProblems(stdout: string): string[] {
  const lines = stdout.split('\n').map((l) => l.trim());
  const start = lines.findIndex((l) => /^VII\. CÁC VẤN ĐỀ CẦN KIỂM TRA/.test(l));
  const out: string[] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l) break;
    const cells = l.split(' | ');
    out.push(cells.length === 3 ? `${cells[2]}: ${cells[1]}` : cells[0]);
  }
  return out.sort();
}

describe('one validation for check and refresh', () => {
  it('check lists every problem refresh reports on a crafted workbook, and the new ones too', async () => {
    const file = path.join(tmp.dir, 'plan.xlsx');
    await workbook(file, [
      { id: 'A.1', title: 'Dự thảo', due: '05/01/2025', after: 'A.3' },
      { id: 'A.2', title: 'Góp ý', after: 'A.1+3' },
      { id: 'A.3', title: 'Trình', after: 'A.2' },
      { id: 'A.4', title: 'Việc theo A.99', lead: 'Người lạ', due: '10/01/2025', after: 'A.99' },
      { id: 'A.5', title: 'Chưa giao', lead: '', due: '12/01/2025' },
      { id: '', title: 'Không mã', due: '12/01/2025' },
      { id: 'A.7', title: 'Vượt trăm phần trăm', due: '12/01/2025', done: 1.2 },
    ]);
    const c = await tiendo(['check', file, '--today', '2025-01-08']);
    expect(c.code).toBe(1);
    const fromCheck = checkProblems(c.stdout);
    expect(fromCheck).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Công việc, dòng 2, cột «Phụ thuộc»: phụ thuộc vòng tròn A\.1 → A\.2 → A\.3 → A\.1 \(3 việc\)/),
      'Công việc, dòng 5, cột «Phụ thuộc»: “A.99” trong «Phụ thuộc» không phải là mã của công việc nào.',
      expect.stringMatching(/^Công việc, dòng 5, cột «Chủ trì»: chủ trì “Người lạ” không khớp/),
      'Công việc, dòng 6, cột «Chủ trì»: việc chưa có người chủ trì: không ai được nhắc việc này.',
      expect.stringMatching(/^Công việc, dòng 7, cột «Mã»: việc chưa có Mã/),
      'Công việc, dòng 8, cột «% hoàn thành»: “120%” vượt quá 100%: % hoàn thành là một số từ 0% đến 100%.',
    ]));
    // The loop is told once, not on each of its three rows.
    expect(fromCheck.filter((l) => l.includes('vòng tròn'))).toHaveLength(1);

    // A wide terminal, so the overview's sentences are printed whole and can be compared with check's.
    const r = await tiendo(['refresh', file, '--today', '2025-01-08', '--out', path.join(tmp.dir, 'out.xlsx')], { env: { COLUMNS: '1000' } });
    expect(r.code).toBe(0);
    expect(refreshProblems(r.stdout)).toEqual(fromCheck);
    expect(r.stdout).toContain(`${fromCheck.length} vấn đề cần kiểm tra`);
  });

  it('agrees on the sample plan', async () => {
    const sample = path.join(ROOT, 'examples/ke-hoach-mau.xlsx');
    const c = await tiendo(['check', sample, '--today', '2019-11-12']);
    const r = await tiendo(['refresh', sample, '--today', '2019-11-12', '--out', path.join(tmp.dir, 'sample.xlsx')], { env: { COLUMNS: '1000' } });
    const fromCheck = checkProblems(c.stdout);
    expect(fromCheck.length).toBeGreaterThan(0);
    expect(refreshProblems(r.stdout)).toEqual(fromCheck);
  });
});

describe('absurd input', () => {
  it('a due date in year 9999 or 0001, a year alone and a date before 1900 are located problems, not a crash', async () => {
    const file = path.join(tmp.dir, 'years.xlsx');
    await workbook(file, [
      { id: 'A.1', title: 'Việc xa', due: '31/12/9999' },
      { id: 'A.2', title: 'Việc cổ', due: '01/01/0001' },
      { id: 'A.3', title: 'Chỉ gõ năm', due: 2020 },
      { id: 'A.4', title: 'Trước 1900', start: '15/06/1899', after: 'A.1+3' },
      { id: 'A.5', title: 'Theo việc xa', after: 'A.1' },
    ]);
    const out = path.join(tmp.dir, 'out.xlsx');
    const r = await tiendo(['refresh', file, '--today', '2025-01-08', '--out', out]);
    expect(r.stderr).not.toMatch(/Cannot read|TypeError|at /);
    expect(r.code).toBe(0);
    const c = await tiendo(['check', file, '--today', '2025-01-08']);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('Lỗi: Công việc, dòng 2, cột «Hạn hoàn thành»: ngày “31/12/9999” nằm ngoài khoảng 01/01/1900–31/12/2100');
    expect(c.stdout).toContain('Lỗi: Công việc, dòng 3, cột «Hạn hoàn thành»: ngày “01/01/0001” nằm ngoài khoảng');
    expect(c.stdout).toContain('Lỗi: Công việc, dòng 4, cột «Hạn hoàn thành»: “2020” là một năm, không phải một ngày');
    expect(c.stdout).toContain('Lỗi: Công việc, dòng 5, cột «Bắt đầu»: ngày “15/06/1899” nằm ngoài khoảng');
    // Nothing became 12/07/1905, nothing counts 30 000 working days; the user's cells are untouched.
    const ws = (await loadExcel(out)).getWorksheet('Công việc')!;
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    const dueCol = headers.indexOf('Hạn tính toán');
    const leftCol = headers.indexOf('Còn lại (ngày làm việc)');
    for (let row = 2; row <= 5; row++) {
      expect(ws.getRow(row).getCell(dueCol).value).toBeNull();
      expect(ws.getRow(row).getCell(leftCol).value).toBeNull();
    }
    expect(ws.getCell('E2').value).toBe('31/12/9999');
    expect(ws.getCell('E4').value).toBe(2020);
  });

  // The 10 000-task loop and chain are timed on the core in tests/core/schedule/scale.test.ts.
  it('a loop of thousands of tasks is told once, in a bounded message, and its other rows point to it', async () => {
    const n = 2_000;
    const file = path.join(tmp.dir, 'loop.xlsx');
    await workbook(file, Array.from({ length: n }, (_, k) => ({
      id: `T${k + 1}`, title: `Việc ${k + 1}`, due: k === 0 ? '06/01/2025' : '', after: k === 0 ? `T${n}` : `T${k}+2`,
    })));
    const out = path.join(tmp.dir, 'out.xlsx');
    const r = await tiendo(['refresh', file, '--today', '2025-01-08', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã cập nhật tiến độ 2000 công việc');
    const ws = (await loadExcel(out)).getWorksheet('Công việc')!;
    const headers = (ws.getRow(1).values as unknown[]).map(String);
    const check = headers.indexOf('Kiểm tra');
    const first = String(ws.getRow(2).getCell(check).value);
    expect(first).toMatch(/^phụ thuộc vòng tròn T1 → T2 → T3 → T4 → T5 → … → T2000 → T1 \(2000 việc\)/);
    let longest = 0;
    for (let row = 2; row <= n + 1; row++) longest = Math.max(longest, String(ws.getRow(row).getCell(check).value ?? '').length);
    expect(longest).toBeLessThan(300);
    expect(String(ws.getRow(500).getCell(check).value)).toBe('nằm trong vòng phụ thuộc báo ở dòng 2.');
  });
});
