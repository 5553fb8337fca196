/**
 * `tiendo import plan.pdf`: the text of a PDF made with LibreOffice from the .txt beside it
 * (`soffice --headless --convert-to pdf ke-hoach-pdf.txt`), where Vietnamese letters the main font
 * lacks are drawn from a fallback font after each line, read back word for word; then imported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/core/import';
import { pdfText } from '../../src/node/pdf-text';

const DIR = path.resolve(__dirname, '../fixtures/plans/pdf');
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('pdfText', () => {
  it('reads a text PDF back as the text it was made from (the PDF keeps its own line width)', async () => {
    const text = await pdfText(readFileSync(path.join(DIR, 'ke-hoach-pdf.pdf')));
    expect(words(text)).toBe(words(readFileSync(path.join(DIR, 'ke-hoach-pdf.txt'), 'utf8')));
    expect(text.split('\n')).toContain('trên địa bàn tỉnh, hoàn thành trong Quý II/2025.');
  });

  it('gives the importer the tasks of the plan, lines broken by the PDF joined again', async () => {
    const r = importPlan(await pdfText(readFileSync(path.join(DIR, 'ke-hoach-pdf.pdf'))));
    expect(r.documentDate).toBe('2025-01-10');
    expect(r.tasks.map((t) => [t.title, t.lead, t.support, t.start, t.due, t.recurrence])).toEqual([
      ['Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở cho hòa giải viên các xã, phường trên địa bàn tỉnh', [], [], '2025-04-01', '2025-06-30', null],
      ['Biên soạn tài liệu hỏi - đáp về hòa giải ở cơ sở, phát hành', ['Sở Tư pháp'], ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], null, '2025-06-30', null],
      ['Các sở, ban, ngành tỉnh báo cáo kết quả thực hiện', ['Các sở, ban, ngành tỉnh'], [], null, null, 'yearly'],
    ]);
  });

  it('finds no text in a PDF whose page is only an image-like drawing (a scan)', async () => {
    expect(await pdfText(readFileSync(path.join(DIR, 'quet-khong-co-chu.pdf')))).toBe('');
  });
});
