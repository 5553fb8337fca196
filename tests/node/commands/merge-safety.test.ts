/**
 * `tiendo docs --kind merge` writes only inside `--out`: a `Văn bản` cell naming a file
 * elsewhere is refused where it is, two rows naming one file each keep their document, and the
 * user's own links stay in the sheet unless `--replace-links` is given.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { loadExcel, tempDirPerTest, tiendo } from '../cli.fixture';
import { writeMergeTemplate } from '../merge-template.fixture';

const tmp = tempDirPerTest();

const HEADER = ['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành', 'Văn bản'];

async function book(file: string, rows: unknown[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Công việc');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

describe('merge never writes outside --out', () => {
  it('refuses a relative path that climbs out and an absolute path, naming the cell, and leaves both files as they were', async () => {
    const work = path.join(tmp.dir, 'work', 'plans');
    mkdirSync(work, { recursive: true });
    const elsewhere = path.join(tmp.dir, 'elsewhere');
    mkdirSync(elsewhere);
    const signed = path.join(elsewhere, 'QD-signed.docx');
    const signed2 = path.join(elsewhere, 'QD-2.docx');
    writeFileSync(signed, 'signed decision');
    writeFileSync(signed2, 'another signed decision');
    const template = path.join(tmp.dir, 'mau.docx');
    await writeMergeTemplate(template);
    const file = path.join(work, 'plan.xlsx');
    await book(file, [
      ['1', 'Quyết định đã ký', 'Văn phòng', '10/01/2025', '../../elsewhere/QD-signed.docx'],
      ['2', 'Quyết định khác', 'Văn phòng', '10/01/2025', signed2],
      ['3', 'Việc thường', 'Văn phòng', '10/01/2025', ''],
    ]);
    const out = path.join(work, 'out');
    const r = await tiendo(['docs', file, '--kind', 'merge', '--template', template, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(signed, 'utf8')).toBe('signed decision');
    expect(readFileSync(signed2, 'utf8')).toBe('another signed decision');
    expect(r.stderr).toContain('! Công việc, dòng 2, cột «Văn bản»: “../../elsewhere/QD-signed.docx” nằm ngoài thư mục kết quả; Tiến độ không ghi đè tệp ở đó');
    expect(r.stderr).toContain(`! Công việc, dòng 3, cột «Văn bản»: “${signed2}” nằm ngoài thư mục kết quả`);
    expect(readdirSync(out)).toEqual(['3 - Việc thường.docx']);
    const ws = (await loadExcel(file)).getWorksheet('Công việc')!;
    expect([ws.getCell('E2').value, ws.getCell('E3').value, ws.getCell('E4').value]).toEqual(['../../elsewhere/QD-signed.docx', signed2, 'out/3 - Việc thường.docx']);
  });

  it('two rows naming one merged file each get their own document; the second run loses neither', async () => {
    const template = path.join(tmp.dir, 'mau.docx');
    await writeMergeTemplate(template);
    const file = path.join(tmp.dir, 'plan.xlsx');
    await book(file, [['1', 'Việc một', 'Văn phòng', '10/01/2025', ''], ['2', 'Việc hai', 'Văn phòng', '11/01/2025', '']]);
    const out = path.join(tmp.dir, 'out');
    expect((await tiendo(['docs', file, '--kind', 'merge', '--template', template, '--out', out])).code).toBe(0);
    // The user copies row 2's link over row 3's.
    const wb = await loadExcel(file);
    const ws = wb.getWorksheet('Công việc')!;
    ws.getCell('E3').value = ws.getCell('E2').value;
    await wb.xlsx.writeFile(file);

    const r = await tiendo(['docs', file, '--kind', 'merge', '--template', template, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const docs = readdirSync(out).sort();
    expect(docs).toEqual(['1 - Việc một.docx', '2 - Việc hai.docx']);
    const body = (f: string) => new PizZip(readFileSync(path.join(out, f))).file('word/document.xml')!.asText();
    expect(body('1 - Việc một.docx')).toContain('Nội dung: Việc một');
    expect(body('2 - Việc hai.docx')).toContain('Nội dung: Việc hai');
    // Row 3's document is its own, not row 2's refilled with row 3's values.
    const after = (await loadExcel(file)).getWorksheet('Công việc')!;
    expect(after.getCell('E2').value).toBe('out/1 - Việc một.docx');
    expect(r.stderr).toContain('! Công việc, dòng 3, cột «Văn bản»: ô đang có “out/1 - Việc một.docx” nên được giữ nguyên; văn bản mới ở “out/2 - Việc hai.docx”');
  });

  it('keeps the user’s own link in Văn bản unless --replace-links is given', async () => {
    const template = path.join(tmp.dir, 'mau.docx');
    await writeMergeTemplate(template);
    const file = path.join(tmp.dir, 'plan.xlsx');
    const link = 'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/view';
    await book(file, [['1', 'Việc một', 'Văn phòng', '10/01/2025', link]]);
    const out = path.join(tmp.dir, 'out');
    const r = await tiendo(['docs', file, '--kind', 'merge', '--template', template, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['1 - Việc một.docx']);
    expect((await loadExcel(file)).getWorksheet('Công việc')!.getCell('E2').value).toBe(link);
    expect(r.stderr).toContain(`! Công việc, dòng 2, cột «Văn bản»: ô đang có “${link}” nên được giữ nguyên; văn bản mới ở “out/1 - Việc một.docx”.`);
    expect(r.stdout).toContain('Thêm --replace-links để ghi đường dẫn văn bản mới');

    const again = await tiendo(['docs', file, '--kind', 'merge', '--template', template, '--out', out, '--replace-links']);
    expect(again.code, again.stderr).toBe(0);
    expect((await loadExcel(file)).getWorksheet('Công việc')!.getCell('E2').value).toBe('out/1 - Việc một.docx');
  });
});
