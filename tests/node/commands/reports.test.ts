/**
 * `tiendo reports` as a user runs it on the sample plan: importing a form's CSV export (twice:
 * nothing twice), the refused reporter named by sheet and row, approving the extension request
 * (the deadline moves, with a note), the usage errors; and reminder e-mails that carry each
 * task's form link once the settings name the form.
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_REPORT_CSV } from '../../../src/core/sample/data';
import { formLinkOutput } from '../../../src/core/reports/form';
import { importReportsFile } from '../../../src/node/commands/reports';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { docxText } from '../../../src/node/docx-text';
import { ROOT, loadExcel, tempDir, tiendo } from '../cli.fixture';

let tmp: ReturnType<typeof tempDir>;
let book: string;
let csv: string;
beforeEach(() => {
  tmp = tempDir();
  book = path.join(tmp.dir, 'ke-hoach.xlsx');
  copyFileSync(path.join(ROOT, 'examples/ke-hoach-mau.xlsx'), book);
  csv = path.join(tmp.dir, 'tra-loi.csv');
  writeFileSync(csv, SAMPLE_REPORT_CSV, 'utf8');
});
afterEach(() => tmp.done());

async function column(file: string, sheet: string, header: string): Promise<Map<string, { value: unknown; note: string | null }>> {
  const wb = await loadExcel(file);
  const ws = wb.getWorksheet(sheet)!;
  const head = ws.getRow(1).values as unknown[];
  const c = head.indexOf(header);
  expect(c, `${header} in ${sheet}`).toBeGreaterThan(0);
  const out = new Map<string, { value: unknown; note: string | null }>();
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const cell = row.getCell(c);
    const note = cell.note;
    out.set(String(row.getCell(1).value), { value: cell.value, note: typeof note === 'string' ? note : note ? JSON.stringify(note) : null });
  });
  return out;
}

describe('tiendo reports import', () => {
  it('adds the new answers once, judges every report and names the refused one', async () => {
    const r = await tiendo(['reports', 'import', book, csv, '--today', '2019-11-12']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã thêm 1 báo cáo vào trang «Báo cáo từ đơn vị» (1 báo cáo đã có từ trước).');
    expect(r.stdout).toContain('Áp dụng: 0; chờ duyệt: 4; đã duyệt: 0; không hợp lệ: 1.');
    expect(r.stdout).toContain('Báo cáo từ đơn vị, dòng 5, cột «Email»: mttq.tinh@example.org không phải người chủ trì, phối hợp (hay cùng đơn vị) của việc A.16');
    const handling = await column(book, 'Báo cáo từ đơn vị', 'Xử lý');
    expect([...handling.values()].map((x) => String(x.value).split(':')[0])).toEqual(['Chờ duyệt', 'Chờ duyệt', 'Chờ duyệt', 'Không hợp lệ', 'Chờ duyệt']);
    // The refused report changed nothing: A.16 is as the sample has it.
    expect((await column(book, 'Công việc', 'Trạng thái')).get('A.16')!.value).toBe('Đang thực hiện');
    expect(String((await column(book, 'Công việc', 'Báo cáo gần nhất')).get('A.16')!.value)).toBe('11/11/2019 · phuc.levan@example.org · Đang thực hiện · 45% (chờ duyệt)');
  });

  it('adds nothing when the same export is imported again', async () => {
    const o = { today: '2019-11-12', lang: 'vi' as const };
    expect((await importReportsFile(book, csv, o)).lines[0]).toBe('Đã thêm 1 báo cáo vào trang «Báo cáo từ đơn vị» (1 báo cáo đã có từ trước).');
    expect((await importReportsFile(book, csv, o)).lines[0]).toBe('Đã thêm 0 báo cáo vào trang «Báo cáo từ đơn vị» (2 báo cáo đã có từ trước).');
    const wb = await loadExcel(book);
    expect(wb.getWorksheet('Báo cáo từ đơn vị')!.actualRowCount).toBe(6);
  });

  it('says what is wrong with a missing or foreign CSV', async () => {
    const missing = await tiendo(['reports', 'import', book, path.join(tmp.dir, 'khong-co.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp CSV');
    const other = path.join(tmp.dir, 'khac.csv');
    writeFileSync(other, 'a,b,c\n1,2,3\n');
    const foreign = await tiendo(['reports', 'import', book, other]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('không có dòng tiêu đề của biểu mẫu');
    expect(foreign.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('tiendo reports approve', () => {
  it('moves the deadline of an approved extension request, with a note naming the report', async () => {
    const r = await tiendo(['reports', 'approve', book, '--task', 'A.15', '--today', '2019-11-12']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã duyệt 1 báo cáo');
    const due = (await column(book, 'Công việc', 'Hạn hoàn thành')).get('A.15')!;
    expect(due.value).toEqual(new Date(Date.UTC(2019, 10, 22)));
    expect(due.note).toContain('tien.tranthanh@example.org');
    expect((await column(book, 'Công việc', '% hoàn thành')).get('A.15')!.value).toBe(0.9);
    expect((await column(book, 'Công việc', 'Tình trạng')).get('A.15')!.value).not.toBe('Quá hạn');
    const handling = await column(book, 'Báo cáo từ đơn vị', 'Xử lý');
    expect([...handling.values()].map((x) => x.value)).toContain('Đã duyệt 12/11/2019');
    // The others still wait.
    expect([...handling.values()].filter((x) => x.value === 'Chờ duyệt')).toHaveLength(2);
  });

  it('takes --task and --reject more than once', async () => {
    const r = await tiendo(['reports', 'approve', book, '--task', 'A.15', '--task', 'B.6', '--reject', '3', '--today', '2019-11-12']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Đã duyệt 2 báo cáo');
    expect(r.stdout).toContain('Đã từ chối 1 báo cáo.');
    const handling = [...(await column(book, 'Báo cáo từ đơn vị', 'Xử lý')).values()].map((x) => String(x.value));
    expect(handling.filter((v) => v === 'Đã duyệt 12/11/2019')).toHaveLength(2);
    expect(handling).toContain('Từ chối 12/11/2019');
    expect(handling).not.toContain('Chờ duyệt');
  });

  it('needs a choice and a known verb', async () => {
    const none = await tiendo(['reports', 'approve', book]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--all (tất cả) hoặc --task');
    const verb = await tiendo(['reports', 'duyet', book]);
    expect(verb.code).toBe(2);
    expect(verb.stderr).toContain('cần «import» hoặc «approve»');
  });
});

describe('reminders carry the form link', () => {
  it('links each task of a digest to the form pre-filled with its ID, and tells the coordinator what was reported', async () => {
    const pattern = 'https://docs.google.com/forms/d/e/1FAIpQLSexample/viewform?usp=pp_url&entry.1234567={{Mã}}';
    const wb = await XlsxWorkbook.load(book);
    wb.write(formLinkOutput(wb.readGrids(['Cài đặt']), pattern, 'vi'));
    await wb.save(book);
    const outbox = path.join(tmp.dir, 'outbox');
    const r = await tiendo(['remind', book, '--today', '2019-11-12', '--outbox', outbox]);
    expect(r.code).toBe(0);
    const mails = await Promise.all(readdirSync(outbox).map(async (f) => simpleParser(readFileSync(path.join(outbox, f)))));
    const tien = mails.find((m) => (m.to as { text: string }).text.includes('tien.tranthanh@example.org'))!;
    expect(tien.text).toContain('Báo cáo tiến độ việc này: https://docs.google.com/forms/d/e/1FAIpQLSexample/viewform?usp=pp_url&entry.1234567=A.15');
    expect(tien.html).toContain('entry.1234567=A.15');
    expect(tien.text).toContain('Báo cáo gần nhất: 11/11/2019 · tien.tranthanh@example.org · Đề nghị gia hạn · 90% (chờ duyệt)');
    const summary = mails.find((m) => /\] Tổng hợp ngày/.test(m.subject ?? ''))!;
    expect(summary.text).toContain('ĐƠN VỊ ĐÃ BÁO CÁO TỪ 11/11/2019 (2)');
    expect(summary.text).toContain('- [A.15] Tiếp thu ý kiến của Ban Thường vụ Thành ủy, trình Ban Chấp hành Đảng bộ thành phố cho ý kiến vào dự thảo các báo cáo lần 1: 11/11/2019 · tien.tranthanh@example.org · Đề nghị gia hạn · 90% (chờ duyệt)');
  });
});

describe('the progress report document', () => {
  it('quotes the units’ results and gathers their difficulties and proposals', async () => {
    const out = path.join(tmp.dir, 'docs');
    const r = await tiendo(['docs', book, '--kind', 'report', '--today', '2019-11-12', '--out', out]);
    expect(r.code).toBe(0);
    const text = docxText(readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith('.docx'))!)));
    expect(text).toContain('KẾT QUẢ THỰC HIỆN THEO BÁO CÁO CỦA ĐƠN VỊ');
    expect(text).toContain('Nhóm I đã tiếp thu ý kiến vào phần kinh tế (phuc.levan@example.org, ngày 11/11/2019)');
    const difficulties = text.indexOf('KHÓ KHĂN, VƯỚNG MẮC');
    const proposals = text.indexOf('ĐỀ XUẤT, KIẾN NGHỊ');
    expect(difficulties).toBeGreaterThan(0);
    expect(text.indexOf('Một số sở, ngành gửi báo cáo đánh giá chậm so với thời hạn 30/10/2019 (tuyengiao.tinhuy@example.org)')).toBeGreaterThan(difficulties);
    expect(text.indexOf('Đề nghị lùi hạn bước A.15 đến ngày 22/11/2019 (tien.tranthanh@example.org)')).toBeGreaterThan(proposals);
    // The refused report is not quoted.
    expect(text).not.toContain('mttq.tinh@example.org');
  });
});
