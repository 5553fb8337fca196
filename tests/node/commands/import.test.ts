/**
 * `tiendo import` as a user runs it: a .txt plan (UTF-8 or Notepad's UTF-16), a Word .docx with
 * automatic numbering and a table, the readable table, `--json`, `--year`, `--into` a workbook
 * (twice: the second time adds nothing), and the messages for what cannot be imported.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readTracker } from '../../../src/core/plan/read';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { ROOT, tempDirPerTest, tiendo } from '../cli.fixture';

const tmp = tempDirPerTest();

const SEED004 = path.join(ROOT, 'tests/fixtures/seeds/004_c494398f8f5dd475.txt');
const SEED002 = path.join(ROOT, 'tests/fixtures/seeds/002_d11aae4ed57567b5.txt');

interface JsonOut {
  tasks: Array<{ id: string; section: string; title: string; lead: string[]; support: string[]; start: string | null; due: string | null; recurrence: string | null; after: { ref: string; offsetDays: number } | null; source: string }>;
  warnings: Array<{ code: string; task?: string; message: string; message_en: string }>;
  people: unknown[];
}

describe('tiendo import', () => {
  it('prints one JSON object with tasks, warnings (in both languages) and people', async () => {
    const r = await tiendo(['import', SEED004, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(Object.keys(out)).toEqual(['tasks', 'warnings', 'people']);
    expect(Object.keys(out.tasks[0])).toEqual(['id', 'section', 'title', 'lead', 'support', 'start', 'due', 'recurrence', 'after', 'source', 'evidence']);
    const point = out.tasks.find((t) => t.title === 'Tổ chức đại hội chi bộ điểm');
    expect([point?.start, point?.due]).toEqual(['2020-03-01', '2020-03-31']);
    const review = out.tasks.find((t) => t.title === 'Đảng ủy Văn phòng tiến hành duyệt các nội dung trên');
    expect(review?.after).toEqual({ ref: 'tổ chức đại hội của các chi bộ trực thuộc', offsetDays: -5 });
    const w = out.warnings.find((x) => x.task === review?.id);
    expect(w?.message).toMatch(/^Hạn tính theo sự kiện/);
    expect(w?.message_en).toMatch(/^The deadline counts from the event/);
  });

  it('prints a readable table without --json, and takes a year with --year', async () => {
    const r = await tiendo(['import', SEED004]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Mã | Phần | Nội dung | Chủ trì | Phối hợp | Bắt đầu | Hạn | Lặp lại/Theo');
    expect(lines).toContain('1 | Thời gian thực hiện | Tổ chức đại hội chi bộ điểm | Đảng bộ Văn phòng UBND tỉnh |  | 01/03/2020 | 31/03/2020 | ');
    // Under each task, the words that gave its lead and its time.
    expect(lines[lines.indexOf('1 | Thời gian thực hiện | Tổ chức đại hội chi bộ điểm | Đảng bộ Văn phòng UBND tỉnh |  | 01/03/2020 | 31/03/2020 | ') + 1]).toMatch(/^ {4}↳ chủ trì theo «Đảng bộ Văn phòng UBND tỉnh[^»]*» · thời gian theo «[^»]+»$/);
    expect(r.stdout).toMatch(/004_c494398f8f5dd475\.txt: 9 việc, 0 người, \d+ lưu ý\./);

    const file = path.join(tmp.dir, 'ket-luan.txt');
    writeFileSync(file, 'UBND xã hoàn thiện hồ sơ, chậm nhất ngày 20/3.\n');
    const y = JSON.parse((await tiendo(['import', file, '--json', '--year', '2026'])).stdout) as JsonOut;
    expect(y.tasks.map((t) => t.due)).toEqual(['2026-03-20']);
    const bad = await tiendo(['import', file, '--year', '26']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('“26” không phải là năm (ví dụ 2020).');
  });

  it('reads Notepad’s UTF-16 text, and says when a file is typed in a legacy font', async () => {
    const utf16 = path.join(tmp.dir, 'unicode.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SEED002, 'utf8'), 'utf16le')]));
    const out = JSON.parse((await tiendo(['import', utf16, '--json'])).stdout) as JsonOut;
    expect(out.tasks.map((t) => t.due)).toEqual(['2020-02-22']);

    const legacy = path.join(tmp.dir, 'tcvn3.txt');
    writeFileSync(legacy, 'KÕ ho¹ch tæ chøc ®¹i héi\n1. Ban Tæ chøc x©y dùng dù th¶o b¸o c¸o.\n2. V¨n phßng chuÈn bÞ héi tr­êng.\n3. C¸c chi bé göi b¸o c¸o vÒ Huyön ñy.\n');
    const r = await tiendo(['import', legacy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('phông TCVN3/VNI');
    const other = path.join(tmp.dir, 'plan.odt');
    writeFileSync(other, 'PK');
    expect((await tiendo(['import', other])).stderr).toContain('không phải .txt, .docx hay .pdf');
  });

  it('reads a Word document: automatic numbering written out, tables as rows', async () => {
    const numbered = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'plan', level } });
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const row = (cells: string[]) => new TableRow({ children: cells.map(cell) });
    const doc = new Document({
      numbering: {
        config: [{
          reference: 'plan',
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
            { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
          ],
        }],
      },
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          new Paragraph('Căn cứ Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị;'),
          numbered('MỤC ĐÍCH, YÊU CẦU', 0),
          new Paragraph('Hoàn thành đúng tiến độ trước ngày 31/12/2025.'),
          numbered('NỘI DUNG', 0),
          numbered('Ban Tổ chức Huyện ủy', 1),
          numbered('Hướng dẫn các chi bộ chuẩn bị nhân sự (trước ngày 15/3/2025).', 2),
          numbered('Thẩm định hồ sơ nhân sự trong tháng 4/2025.', 2),
          numbered('Văn phòng Huyện ủy', 1),
          numbered('Chuẩn bị hội trường, tài liệu.', 2),
          numbered('TIẾN ĐỘ', 0),
          new Table({
            rows: [
              row(['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian']),
              row(['1', 'Tổ chức Đại hội', 'Ban Thường vụ Huyện ủy', 'Văn phòng Huyện ủy', 'Quý II/2025']),
            ],
          }),
        ],
      }],
    });
    const file = path.join(tmp.dir, 'ke-hoach.docx');
    writeFileSync(file, await Packer.toBuffer(doc));
    const r = await tiendo(['import', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.tasks.map((t) => [t.section, t.title, t.lead, t.support, t.start, t.due])).toEqual([
      ['Ban Tổ chức Huyện ủy', 'Hướng dẫn các chi bộ chuẩn bị nhân sự', ['Ban Tổ chức Huyện ủy'], [], null, '2025-03-15'],
      ['Ban Tổ chức Huyện ủy', 'Thẩm định hồ sơ nhân sự', ['Ban Tổ chức Huyện ủy'], [], '2025-04-01', '2025-04-30'],
      ['Văn phòng Huyện ủy', 'Chuẩn bị hội trường, tài liệu', ['Văn phòng Huyện ủy'], [], null, null],
      ['Tiến độ', 'Tổ chức Đại hội', ['Ban Thường vụ Huyện ủy'], ['Văn phòng Huyện ủy'], '2025-04-01', '2025-06-30'],
    ]);
  });

  it('appends to a workbook with --into, and adds nothing the second time', async () => {
    const book = path.join(tmp.dir, 'book.xlsx');
    expect((await tiendo(['init', book])).code).toBe(0);
    const first = await tiendo(['import', SEED004, '--into', book]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Đã thêm 9 việc vào trang «Công việc» và 0 người vào trang «Nhân sự».');
    const wb = readTracker((await XlsxWorkbook.load(book)).readGrids(['Công việc', 'Nhân sự']));
    expect(wb.tasks.map((t) => t.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(wb.tasks[0]).toMatchObject({ section: 'Thời gian thực hiện', title: 'Tổ chức đại hội chi bộ điểm', start: '2020-03-01', due: '2020-03-31' });
    expect(wb.tasks.find((t) => t.title.startsWith('Đảng ủy Văn phòng'))?.notes).toBe('Hạn: 5 ngày trước «tổ chức đại hội của các chi bộ trực thuộc»');

    const copy = path.join(tmp.dir, 'before.xlsx');
    copyFileSync(book, copy);
    const again = await tiendo(['import', SEED004, '--into', book]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Không có gì mới để thêm. Bỏ qua 9 việc đã có trong bảng.');
    expect(readFileSync(book).equals(readFileSync(copy))).toBe(true);
  });

  it('refuses a plan longer than the dialog takes, naming the file, in Vietnamese and English', async () => {
    const file = path.join(tmp.dir, 'qua-dai.txt');
    writeFileSync(file, 'Sở Tư pháp chủ trì tổ chức hội nghị trước ngày 15/3/2024.\n'.repeat(20_000));
    const r = await tiendo(['import', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Tệp “${file}” quá dài (`);
    expect(r.stderr).toContain('tối đa 1000000 ký tự');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    const en = await tiendo(['import', file, '--lang', 'en']);
    expect(en.stderr).toContain(`File “${file}” is too long (`);
  });

  it('imports into a tracker that already holds plans A and B as plan C, with its title row', async () => {
    const book = path.join(tmp.dir, 'mau.xlsx');
    copyFileSync(path.join(ROOT, 'examples/ke-hoach-mau.xlsx'), book);
    const plan = path.join(ROOT, 'tests/fixtures/plans/huyen-uy-tong-ket.txt');
    const r = await tiendo(['import', plan, '--into', book]);
    expect(r.code, r.stderr).toBe(0);
    const wb = readTracker((await XlsxWorkbook.load(book)).readGrids(['Công việc', 'Nhân sự']));
    const c = wb.tasks.filter((t) => /^C(\.|$)/.test(t.id));
    expect(c[0]).toMatchObject({ id: 'C', title: 'Kế hoạch tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2024' });
    expect(c.slice(1).map((t) => t.id)).toEqual(c.slice(1).map((_t, i) => `C.${i + 1}`));
    expect(c.length).toBeGreaterThan(5);
  });

  it('appends to a plan the user names with --append-to, numbering after its last task, and names the plans when the letter is wrong', async () => {
    const book = path.join(tmp.dir, 'mau.xlsx');
    copyFileSync(path.join(ROOT, 'examples/ke-hoach-mau.xlsx'), book);
    const wb = readTracker((await XlsxWorkbook.load(book)).readGrids(['Công việc']));
    const other = path.join(tmp.dir, 'ket-luan.txt');
    writeFileSync(other, 'UBND xã hoàn thiện hồ sơ đề nghị công nhận, chậm nhất ngày 20/3/2026.\n');
    const lastB = Math.max(...wb.tasks.filter((t) => /^B\.\d+$/.test(t.id)).map((t) => +t.id.slice(2)));
    const appended = await tiendo(['import', other, '--into', book, '--append-to', 'B']);
    expect(appended.code, appended.stderr).toBe(0);
    const after = readTracker((await XlsxWorkbook.load(book)).readGrids(['Công việc']));
    expect(after.tasks.find((t) => t.title.startsWith('UBND xã hoàn thiện hồ sơ'))?.id).toBe(`B.${lastB + 1}`);

    const wrong = await tiendo(['import', other, '--into', book, '--append-to', 'Q']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('không có kế hoạch “Q” để thêm vào; các kế hoạch đang có: A (');
  });

  it('says a scanned PDF (no text layer) has no text to read, and imports nothing', async () => {
    const scan = await tiendo(['import', path.join(ROOT, 'tests/fixtures/plans/pdf/quet-khong-co-chu.pdf')]);
    expect(scan.code).toBe(1);
    expect(scan.stderr).toContain('là PDF quét (ảnh, không có lớp chữ) nên không có chữ để đọc');
    expect(scan.stdout).toBe('');
  });

  it('says a broken PDF cannot be read, without a stack trace', async () => {
    const broken = path.join(tmp.dir, 'hong.pdf');
    writeFileSync(broken, '%PDF');
    const r = await tiendo(['import', broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Không đọc được tệp PDF “${broken}”: `);
    expect(r.stderr).not.toMatch(/at .*\.(?:m?js|ts):\d+/);
  });
});
