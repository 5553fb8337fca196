/**
 * What `tiendo docs` writes that a reader checks first: the difficulties of a progress report
 * name the overdue tasks, the number line keeps the official placeholder when the number is
 * missing or partial, and the State format's subject starts with a capital. Read from the .docx
 * itself (no word processor needed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { seed000Grids } from '../../core/docs/seed000.fixture';
import { writeSeed000Xlsx } from '../docs.fixture';
import { tempDirPerTest, tiendo } from '../cli.fixture';

const tmp = tempDirPerTest();

/** The paragraphs of the document's body, runs joined. */
function paragraphs(docx: string): string[] {
  const xml = new PizZip(readFileSync(docx)).file('word/document.xml')?.asText() ?? '';
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((s) => s.replace(/&amp;/g, '&')).filter((s) => s.trim() !== '');
}

async function docs(kind: string, today: string, settings: Array<[string, string]> = []): Promise<string[]> {
  const book = path.join(tmp.dir, 'book.xlsx');
  // A setting given here replaces the seed's row of the same name (an empty value: the cell left blank).
  const grids = seed000Grids({ settings });
  const sheet = grids.find((g) => g.name === 'Cài đặt')!;
  const given = new Set(settings.map(([k]) => k));
  sheet.values = sheet.values.filter((r, i) => i === 0 || !given.has(r[0] as string) || settings.some(([k, v]) => k === r[0] && v === r[1]));
  await writeSeed000Xlsx(book, grids);
  const out = path.join(tmp.dir, kind);
  const r = await tiendo(['docs', book, '--kind', kind, '--today', today, '--out', out]);
  expect(r.code, r.stderr + r.stdout).toBe(0);
  const file = readdirSync(out).find((f) => f.endsWith('.docx'));
  return paragraphs(path.join(out, file as string));
}

describe('tiendo docs: what the reader checks', () => {
  it('lists the overdue tasks, with lead and days late, under «Khó khăn, vướng mắc»', async () => {
    const lines = await docs('report', '2019-08-10');
    const from = lines.findIndex((l) => /KHÓ KHĂN, VƯỚNG MẮC/.test(l));
    expect(from).toBeGreaterThan(0);
    const section = lines.slice(from + 1, lines.findIndex((l, i) => i > from && /^Nơi nhận/.test(l)));
    expect(section).not.toContain('Không có.');
    expect(section[0]).toBe('- 2/13 việc đã quá hạn mà chưa hoàn thành:');
    expect(section).toContain('- Trình BTV Thành ủy thông qua dự thảo Đề cương tổng quát các báo cáo để tiến hành xây dựng Đề cương chi tiết (chủ trì: Trần Thanh Tiến; chậm 15 ngày).');
    expect(section).toContain('- Các Nhóm gửi dự thảo Đề cương chi tiết các báo cáo về đồng chí Tổ trưởng Tổ Biên tập (chủ trì: Lê Văn Phúc, Nguyễn Thị Cẩm Ly; chậm 5 ngày).');
  });

  it('keeps the official placeholder when the number is missing or partial', async () => {
    // Party format: `Số   -KH/TBT` (the number is written by hand when issued).
    expect((await docs('plan', '2019-06-24', [['Số kế hoạch', 'KH/TBT']])).find((l) => l.startsWith('Số'))).toMatch(/^Số {2,}-KH\/TBT$/);
    expect((await docs('plan', '2019-06-24', [['Số kế hoạch', '']])).find((l) => l.startsWith('Số'))).toMatch(/^Số {2,}-KH\/…$/);
    // State format: `Số:   /KH-UBND`; a report keeps the issuer and leaves its own number blank.
    const state: Array<[string, string]> = [['Thể thức văn bản', 'state'], ['Số kế hoạch', 'KH-UBND']];
    expect((await docs('plan', '2019-06-24', state)).find((l) => l.startsWith('Số'))).toMatch(/^Số: {2,}\/KH-UBND$/);
    expect((await docs('report', '2019-08-10', [['Thể thức văn bản', 'state'], ['Số kế hoạch', '12/KH-UBND']])).find((l) => l.startsWith('Số'))).toMatch(/^Số: {2,}\/BC-UBND$/);
  });

  it('starts the subject with a capital in the State format, with a small letter in the party one', async () => {
    const after = (lines: string[], type: string) => lines[lines.indexOf(type) + 1];
    expect(after(await docs('plan', '2019-06-24', [['Thể thức văn bản', 'state']]), 'KẾ HOẠCH')).toBe('Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025');
    expect(after(await docs('report', '2019-08-10', [['Thể thức văn bản', 'state']]), 'BÁO CÁO')).toBe('Tiến độ thực hiện Kế hoạch số 02-KH/TBT');
    expect(after(await docs('plan', '2019-06-24'), 'KẾ HOẠCH')).toBe('tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025');
  });
});
