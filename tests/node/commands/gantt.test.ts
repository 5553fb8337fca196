/**
 * `tiendo gantt` on an .xlsx file, as a user runs it: the Gantt sheet lands in the workbook with
 * its conditional formats, frozen panes and A4 landscape print setup (pages across, titles repeated); the user's sheets are left
 * as they were; `--html` writes the standalone chart with the layout inlined.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PATH } from '../../../src/node/commands/demo';
import { cellSnapshot, loadExcel, tempDir, tiendo } from '../cli.fixture';

let cleanup: Array<() => void> = [];
afterEach(() => { cleanup.forEach((f) => f()); cleanup = []; });

function sampleCopy(): { dir: string; book: string } {
  const { dir, done } = tempDir();
  cleanup.push(done);
  const book = path.join(dir, 'ke-hoach.xlsx');
  copyFileSync(SAMPLE_PATH, book);
  return { dir, book };
}

describe('tiendo gantt', () => {
  it('writes the Gantt sheet into the workbook and the chart as a standalone page', async () => {
    const { dir, book } = sampleCopy();
    const before = cellSnapshot(await loadExcel(book));
    const html = path.join(dir, 'gantt.html');
    const r = await tiendo(['gantt', book, '--today', '2019-11-12', '--html', html]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      '2 việc chưa có hạn nên chưa có thanh trên biểu đồ.',
      `Đã ghi trang «Gantt» (75 dòng × 75 cột, thang tuần) vào ${book}.`,
      `Đã ghi biểu đồ tương tác ${html}.`,
    ]);

    const wb = await loadExcel(book);
    const ws = wb.getWorksheet('Gantt');
    expect(ws).toBeDefined();
    if (!ws) return;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((c) => ws.getCell(3, c).value)).toEqual(['Mã', 'Nội dung công việc', 'Chủ trì', 'Bắt đầu', 'Hạn', 'Tình trạng', '%', 'Găng']);
    expect(['A4', 'B5', 'A6'].map((a) => ws.getCell(a).value)).toEqual(['A', '   Tháng 6/2019', 'A.1']);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 8, ySplit: 3 });
    // A4 landscape, four pages across (8 task columns + 67 weeks), header rows and ID/task columns on every page.
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 4, fitToHeight: 0, pageOrder: 'overThenDown', printTitlesRow: '1:3', printTitlesColumn: 'A:B' });
    const rules = (ws as unknown as { conditionalFormattings: Array<{ ref: string; rules: Array<{ formulae: string[] }> }> }).conditionalFormattings;
    expect(rules).toHaveLength(21);
    expect(rules[0].ref).toBe('I4:BW75');
    expect(rules[0].rules[0].formulae[0]).toContain('$F4="Quá hạn"');

    // The user's sheets are untouched.
    const after = cellSnapshot(wb, [...new Set([...before.keys()].map((k) => k.split('!')[0]))]);
    expect(after).toEqual(before);

    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<title>Biểu đồ Gantt — Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025</title>');
    expect(page).toContain('"key":"r18","kind":"task","id":"A.16"');
    expect(page).not.toMatch(/<script[^>]+src=/);
  });

  it('takes a scale, and refuses a bad date or scale with the usage', async () => {
    const { book } = sampleCopy();
    expect((await tiendo(['gantt', book, '--today', '2019-11-12', '--scale', 'month'])).stdout).toContain('thang tháng');
    const bad = await tiendo(['gantt', book, '--today', '31/02/2019']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--today “31/02/2019” không phải là ngày (viết ngày/tháng/năm, ví dụ 12/11/2019).');
    expect((await tiendo(['gantt', book, '--scale', 'year'])).code).toBe(2);
  });
});
