/**
 * The .docx documents as a user's word processor sees them: LibreOffice opens what `tiendo docs`
 * writes and prints it to PDF; the PDF's text, pages and paper are checked, and the XML carries
 * the format's numbers (A4, margins, Times New Roman, page numbers from page 2).
 * CI installs libreoffice-writer, poppler-utils and fonts-liberation (.ci/run); on a machine
 * without LibreOffice these tests are skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice } from '../../../src/node/pdf';
import { writeSeed000Xlsx } from '../docs.fixture';
import { loadExcel, ROOT, tempDir, tiendo } from '../cli.fixture';
import { writeMergeTemplate } from '../merge-template.fixture';
import { seed000Grids } from '../../core/docs/seed000.fixture';

const soffice = findSoffice();
if (!soffice) console.warn('tests/node/commands/docs.test.ts skipped: LibreOffice (soffice) is not installed here; CI installs libreoffice-writer.');

/** The PDF's pages as text (pdftotext keeps the reading order; pages end with a form feed). */
function pdfPages(file: string): string[] {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\f').slice(0, -1).map((p) => p.replace(/[ \t]+/g, ' '));
}

function pdfInfo(file: string): { pages: number; size: string } {
  const r = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return { pages: Number(/Pages:\s+(\d+)/.exec(r.stdout)?.[1]), size: /Page size:\s+(.*)/.exec(r.stdout)?.[1] ?? '' };
}

function xml(docx: string, part: string): string {
  return new PizZip(readFileSync(docx)).file(part)?.asText() ?? '';
}

/** All text of a .docx part, runs joined per paragraph. */
function partText(docx: string, part: string): string {
  return xml(docx, part).split('</w:p>').map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n');
}

const only = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => path.join(dir, f));
/**
 * Text compared without its blanks: pdftotext splits justified words where the glyphs are spread
 * (`th ực`), and that is layout, not content.
 */
const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
function expectText(text: string, parts: string[]): void {
  const all = squeeze(text);
  for (const p of parts) expect(all, p).toContain(squeeze(p));
}

describe.skipIf(!soffice)('documents opened by LibreOffice', () => {
  let tmp: ReturnType<typeof tempDir>;
  let book: string;
  beforeAll(async () => {
    tmp = tempDir();
    book = path.join(tmp.dir, 'seed000.xlsx');
    await writeSeed000Xlsx(book);
  });
  afterAll(() => tmp.done());

  it('the plan: official header, content by section, appendix on its own page, page numbers from page 2', async () => {
    const out = path.join(tmp.dir, 'plan');
    const r = await tiendo(['docs', book, '--kind', 'plan', '--today', '2019-06-24', '--out', out, '--pdf']);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    const [docx] = only(out, '.docx');
    const [pdf] = only(out, '.pdf');
    expect(path.basename(docx)).toBe('Kế hoạch - Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025.docx');
    expect(r.stdout).toContain(docx);

    const info = pdfInfo(pdf);
    expect(info.size).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(info.pages);
    expect(info.pages).toBeGreaterThanOrEqual(3);
    // The parent body may wrap inside its column: its first words are enough.
    expectText(pages[0], ['TIỂU BAN VĂN KIỆN ĐẠI HỘI', 'TỔ BIÊN TẬP VĂN KIỆN', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 02-KH/TBT', 'Buôn Ma Thuột, ngày 24 tháng 6 năm 2019', 'KẾ HOẠCH', 'I- MỤC ĐÍCH, YÊU CẦU', 'II- NỘI DUNG', '1. Tháng 6/2019']);
    // No number on the first page; "2", "3" … centred at the top of the others.
    expect(pages[0].trim().startsWith('1')).toBe(false);
    pages.slice(1).forEach((p, i) => expect(p.trim().split('\n')[0].trim()).toBe(String(i + 2)));
    expectText(pages.join(' '), [
      '- Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo (từ ngày 10/7 đến 19/7/2019).',
      'Đồng chí Trần Thanh Tiến chủ trì, phối hợp với Lê Văn Phúc, Nguyễn Thị Cẩm Ly thực hiện.',
      'III- TỔ CHỨC THỰC HIỆN', 'Nơi nhận:', '- Lưu VPTU.', 'Trần Thanh Tiến',
    ]);
    // The appendix starts a page of its own, after the signature.
    const appendixPage = pages.findIndex((p) => p.includes('BẢNG PHÂN CÔNG NHIỆM VỤ'));
    const signaturePage = pages.findIndex((p) => p.includes('TỔ TRƯỞNG'));
    expect(appendixPage).toBeGreaterThan(signaturePage);
    expect(pages[appendixPage].trim().split('\n').slice(1, 2)[0].trim()).toBe('Phụ lục');
    expectText(pages.slice(appendixPage).join(' '), ['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Trước 05/7/2019', 'Quý I/2020']);

    // The format's numbers, in the file itself.
    const doc = xml(docx, 'word/document.xml');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(doc)?.[1] ?? '';
    expect(margins).toMatch(/w:top="1134"/);
    expect(margins).toMatch(/w:bottom="1134"/);
    expect(margins).toMatch(/w:left="1701"/);
    expect(margins).toMatch(/w:right="850"/);
    expect(doc).toContain('<w:titlePg/>');
    expect(doc).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(xml(docx, 'word/styles.xml')).toContain('Times New Roman');
    const headers = new PizZip(readFileSync(docx)).file(/word\/header\d+\.xml/).map((f) => f.asText());
    expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
  });

  it('the state format: national motto, "Số:" and "I." headings', async () => {
    const stateBook = path.join(tmp.dir, 'state.xlsx');
    await writeSeed000Xlsx(stateBook, seed000Grids({ settings: [['Thể thức văn bản', 'state'], ['Số kế hoạch', '12/KH-UBND'], ['Cơ quan cấp trên', 'UBND tỉnh Đắk Lắk'], ['Cơ quan ban hành', 'UBND thành phố Buôn Ma Thuột']] }));
    const out = path.join(tmp.dir, 'state');
    const r = await tiendo(['docs', stateBook, '--kind', 'plan', '--today', '2019-06-24', '--out', out, '--pdf']);
    expect(r.code, r.stderr).toBe(0);
    const first = pdfPages(only(out, '.pdf')[0])[0];
    expectText(first, ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-UBND', 'UBND THÀNH PHỐ BUÔN MA THUỘT', 'I. MỤC ĐÍCH, YÊU CẦU']);
    expect(squeeze(first)).not.toContain(squeeze('ĐẢNG CỘNG SẢN'));
  });

  it('the progress report, counting since the previous report remembered beside the workbook', async () => {
    const out = path.join(tmp.dir, 'report');
    const first = await tiendo(['docs', book, '--kind', 'report', '--today', '2019-07-10', '--out', out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Chưa có lần báo cáo trước');
    const r = await tiendo(['docs', book, '--kind', 'report', '--today', '2019-08-10', '--out', out, '--pdf']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Báo cáo tính từ sau ngày 10/07/2019');
    const pdf = only(out, '.pdf')[0];
    expect(path.basename(pdf)).toMatch(/10-08-2019\.pdf$/);
    expectText(pdfPages(pdf).join(' '), ['BÁO CÁO', 'tiến độ thực hiện Kế hoạch số 02-KH/TBT', '(tính đến ngày 10 tháng 8 năm 2019)', 'I- TÌNH HÌNH CHUNG', 'Tổng số nhiệm vụ: 14',
      'III- NHIỆM VỤ QUÁ HẠN', 'chậm 15 ngày, tức 10 ngày làm việc', 'IV- NHIỆM VỤ HOÀN THÀNH TỪ SAU NGÀY 10/7/2019', 'VI- KHÓ KHĂN, VƯỚNG MẮC']);
    expect(pdfInfo(pdf).size).toMatch(/\(A4\)/);
  });

  it('template merge: split placeholders, tables, header and footer filled; links back; a re-run updates', async () => {
    const template = path.join(tmp.dir, 'mau.docx');
    await writeMergeTemplate(template);
    const mergeBook = path.join(tmp.dir, 'merge.xlsx');
    await writeSeed000Xlsx(mergeBook);
    const out = path.join(tmp.dir, 'merged');
    const r = await tiendo(['docs', mergeBook, '--kind', 'merge', '--template', template, '--rows', '4-5', '--out', out]);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stderr).toContain('Mẫu có {{Cột không có}} nhưng trang «Công việc» không có cột nào tên như vậy');
    const files = only(out, '.docx').map((f) => path.basename(f)).sort();
    expect(files).toEqual([
      '3 - Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo.docx',
      '4 - Trình BTV Thành ủy thông qua dự thảo Đề cương tổng quát các báo cáo để tiến hành xây dựng Đề cương chi tiết.docx',
    ]);
    const doc3 = path.join(out, files[0]);
    const body = partText(doc3, 'word/document.xml');
    expect(body).toContain('Nội dung: Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo');
    expect(body).toContain('Hạn: 19/07/2019.');
    expect(body).toContain('Ghi chú riêng: {{Cột không có}}');
    expect(body).toContain('Lê Văn Phúc; Nguyễn Thị Cẩm Ly');
    expect(body).toContain('100%');
    const zip = new PizZip(readFileSync(doc3));
    expect(zip.file(/word\/header\d+\.xml/).map((f) => f.asText()).join('')).toContain('Phiếu giao việc số 3');
    expect(zip.file(/word\/footer\d+\.xml/).map((f) => f.asText()).join('')).toContain('Người chủ trì: Trần Thanh Tiến');

    // LibreOffice opens the merged file as a normal document.
    const conv = spawnSync(soffice!, ['-env:UserInstallation=file://' + path.join(tmp.dir, 'lo'), '--headless', '--convert-to', 'pdf', '--outdir', out, doc3], { encoding: 'utf8', timeout: 120_000 });
    expect(conv.status, conv.stderr).toBe(0);
    expectText(pdfPages(doc3.replace(/\.docx$/, '.pdf')).join(' '), ['Phiếu giao việc số 3', 'Hạn: 19/07/2019.', 'Người chủ trì: Trần Thanh Tiến']);

    // Links went back into `Văn bản`, relative to the workbook.
    const ws = (await loadExcel(mergeBook)).getWorksheet('Công việc')!;
    const col = (ws.getRow(1).values as unknown[]).indexOf('Văn bản');
    expect(ws.getCell(4, col).value).toBe(`merged/${files[0]}`);
    expect(ws.getCell(5, col).value).toBe(`merged/${files[1]}`);
    expect(ws.getCell(3, col).value ?? '').toBe('');

    // Re-run on "Đang thực hiện": row 5 is refreshed in place, row 6 is new; no duplicate.
    const again = await tiendo(['docs', mergeBook, '--kind', 'merge', '--template', template, '--filter', 'Trạng thái=đang thực hiện', '--out', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('Đã tạo 1 và cập nhật 1 văn bản');
    expect(only(out, '.docx')).toHaveLength(3);
  });
});

describe('the docs command line', () => {
  it('says what is wrong with its arguments', async () => {
    const r = await tiendo(['docs', 'book.xlsx', '--kind', 'memo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kind phải là plan, report hoặc merge');
    const d = await tiendo(['docs', 'book.xlsx', '--kind', 'plan', '--today', '32/07/2019']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--today “32/07/2019” không phải là ngày');
    const f = await tiendo(['docs', 'khong-co.xlsx', '--kind', 'plan']);
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('Không tìm thấy tệp “khong-co.xlsx”');
    expect(existsSync('out/khong-co')).toBe(false);
  });

  it('writes in the workbook’s language unless --lang or TIENDO_LANG chooses one', async () => {
    const tmp = tempDir();
    try {
      const book = path.join(tmp.dir, 'english.xlsx');
      const wb = await loadExcel(path.join(ROOT, 'examples/ke-hoach-mau.xlsx'));
      wb.getWorksheet('Cài đặt')!.eachRow((row) => { if (row.getCell(1).value === 'Ngôn ngữ') row.getCell(2).value = 'Tiếng Anh'; });
      await wb.xlsx.writeFile(book);
      const plan = ['docs', book, '--kind', 'plan', '--today', '12/11/2019'];
      const own = await tiendo([...plan, '--out', path.join(tmp.dir, 'own')]);
      expect(own.code, own.stderr).toBe(0);
      expect(readdirSync(path.join(tmp.dir, 'own'))[0]).toMatch(/^Plan - /);
      const env = await tiendo([...plan, '--out', path.join(tmp.dir, 'env')], { env: { TIENDO_LANG: 'vi' } });
      expect(readdirSync(path.join(tmp.dir, 'env'))[0], env.stderr).toMatch(/^Kế hoạch - /);
      const flag = await tiendo([...plan, '--out', path.join(tmp.dir, 'flag'), '--lang', 'vi'], { env: { TIENDO_LANG: 'en' } });
      expect(readdirSync(path.join(tmp.dir, 'flag'))[0], flag.stderr).toMatch(/^Kế hoạch - /);
    } finally {
      tmp.done();
    }
  });
});
