/** Template merge decisions: which rows, what each placeholder becomes, names, links back to `Văn bản`. */
import { describe, expect, it } from 'vitest';
import {
  MergeRequestSchema, columnFinder, displayText, documentName, fillPlaceholders, linkBlock, placeholdersIn, planMerge,
} from '../../../src/core/docs/merge';

const HEADER = ['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành', '% hoàn thành', 'Trạng thái', 'Văn bản'];
const DISPLAY: string[][] = [
  ['Hướng dẫn: mỗi dòng một việc'],
  HEADER,
  ['1', 'Xây dựng Quy chế', 'Văn phòng Thành ủy', '30/06/2019', '100%', 'Hoàn thành', ''],
  ['2', 'Góp ý đề cương', 'Tổ Biên tập', '05/07/2019', '50%', 'Đang thực hiện', 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit'],
  ['', '', '', '', '', '', ''],
  ['3', 'Trình: Tiểu ban / "thông qua"?', 'Trần Thanh Tiến', '19/07/2019', '0%', 'đang thực hiện', 'ghi chú tay'],
];

describe('placeholders', () => {
  it('are found once each, spaces inside the braces ignored', () => {
    expect(placeholdersIn('{{Mã}} - {{ Nội dung công việc }} {{Mã}} {{}} {not}')).toEqual(['Mã', 'Nội dung công việc', '']);
  });

  it('find their column the way headers are found: case, diacritics, spacing, English names', () => {
    const find = columnFinder(HEADER);
    expect(find('Mã')).toBe(0);
    expect(find('noi dung cong viec')).toBe(1);
    expect(find('HẠN HOÀN THÀNH')).toBe(3);
    expect(find('Due')).toBe(3);
    expect(find('Deadline')).toBe(3);
    expect(find('Lead')).toBe(2);
    expect(find('% done')).toBe(4);
    expect(find('Cột không có')).toBeNull();
    expect(find('Phối hợp')).toBeNull();
  });

  it('unknown placeholders stay visible and are listed', () => {
    const r = fillPlaceholders('Hạn: {{Hạn}} – {{Bí mật}} {{ Bí mật }}', (n) => (n === 'Hạn' ? '05/07/2019' : null));
    expect(r).toEqual({ text: 'Hạn: 05/07/2019 – {{Bí mật}} {{ Bí mật }}', unknown: ['Bí mật'] });
  });
});

describe('document names', () => {
  it('fill the pattern and drop what Drive and file systems refuse', () => {
    const v: Record<string, string> = { Mã: '3', 'Nội dung công việc': 'Trình: Tiểu ban / "thông qua"?' };
    expect(documentName('{{Mã}} - {{Nội dung công việc}}', (n) => v[n] ?? null, 6, 'vi')).toBe('3 - Trình Tiểu ban thông qua');
    expect(documentName('{{Không có}}', () => null, 6, 'vi')).toBe('Văn bản dòng 6');
    expect(documentName('{{x}}', () => 'a'.repeat(300), 6, 'vi').length).toBeLessThanOrEqual(121);
  });
});

describe('planMerge', () => {
  const base = { display: DISPLAY, headerRow: 2, placeholders: ['Mã', 'Due', 'Không có'], pattern: '{{Mã}} - {{Nội dung công việc}}', lang: 'vi' as const };

  it('takes the selected task rows (header, blank and out-of-range rows left out), in sheet order', () => {
    const p = planMerge({ ...base, choice: { rows: [6, 1, 2, 3, 5, 99, 3] } });
    expect(p.errors).toEqual([]);
    expect(p.jobs.map((j) => [j.row, j.name, j.existing])).toEqual([[3, '1 - Xây dựng Quy chế', ''], [6, '3 - Trình Tiểu ban thông qua', 'ghi chú tay']]);
    expect(p.jobs[0].resolve('Due')).toBe('30/06/2019');
    expect(p.jobs[0].resolve('% hoàn thành')).toBe('100%');
    expect(p.jobs[0].resolve('Không có')).toBeNull();
    expect(p.unknownPlaceholders).toEqual(['Không có']);
    expect(p.documentColumn).toBe(6);
  });

  it('filters on a column, case and diacritics ignored', () => {
    const p = planMerge({ ...base, choice: { filter: { column: 'trang thai', value: 'Đang thực hiện' } } });
    expect(p.jobs.map((j) => j.row)).toEqual([4, 6]);
    expect(p.jobs[0].existing).toBe(DISPLAY[3][6]);
  });

  it('says why nothing can be merged', () => {
    expect(planMerge({ ...base, choice: { rows: [] } }).errors).toEqual(['Chưa chọn dòng nào: hãy bôi đen các dòng công việc cần trộn, hoặc lọc theo một cột.']);
    expect(planMerge({ ...base, choice: { filter: { column: 'Màu', value: 'đỏ' } } }).errors).toEqual(['Trang «Công việc» không có cột “Màu” để lọc.']);
    expect(planMerge({ ...base, choice: { filter: { column: 'Trạng thái', value: 'Hủy' } } }).errors).toEqual(['Không có dòng nào có «Trạng thái» là “Hủy”.']);
    expect(planMerge({ ...base, lang: 'en', choice: { rows: [] } }).errors[0]).toMatch(/^No rows chosen/);
  });

  it('gives two rows with the same name different names', () => {
    const p = planMerge({ ...base, pattern: '{{Trạng thái}}', choice: { all: true } });
    expect(p.jobs.map((j) => j.name)).toEqual(['Hoàn thành', 'Đang thực hiện', 'đang thực hiện (6)']);
  });
});

describe('links back to Văn bản', () => {
  it('are one block from the first merged row to the last, other rows keeping what they show', () => {
    const p = planMerge({ display: DISPLAY, headerRow: 2, placeholders: [], pattern: '{{Mã}}', lang: 'vi', choice: { rows: [3, 6] } });
    const block = linkBlock(p, DISPLAY, new Map([[3, 'https://docs.google.com/document/d/new3/edit'], [6, 'https://docs.google.com/document/d/new6/edit']]), 7);
    expect(block).toEqual({
      row: 3, col: 7,
      values: [['https://docs.google.com/document/d/new3/edit'], [DISPLAY[3][6]], [''], ['https://docs.google.com/document/d/new6/edit']],
    });
  });

  it('add the column, header included, when the sheet has none', () => {
    const display = DISPLAY.map((r) => r.slice(0, 6));
    const p = planMerge({ display, headerRow: 2, placeholders: [], pattern: '{{Mã}}', lang: 'vi', choice: { rows: [4] } });
    expect(p.documentColumn).toBeNull();
    expect(linkBlock(p, display, new Map([[4, 'L4']]), 6)).toEqual({ row: 2, col: 7, values: [['Văn bản'], [''], ['L4']] });
    expect(linkBlock(p, display, new Map(), 6)).toBeNull();
  });
});

describe('display values offline and links', () => {
  it('shows dates day first and percentages with their format’s decimals', () => {
    expect(displayText({ date: '2019-07-05' }, 'dd/mm/yyyy')).toBe('05/07/2019');
    expect(displayText(0.5, '0%')).toBe('50%');
    expect(displayText(0.125, '0.0%')).toBe('12,5%');
    expect(displayText(0.125, '0.0%', 'en')).toBe('12.5%');
    expect(displayText(3, null)).toBe('3');
    expect(displayText(2.5, '0.00')).toBe('2,50');
    expect(displayText('', null)).toBe('');
    expect(displayText(true, null)).toBe('TRUE');
  });

  it('refuses a malformed request from the page', () => {
    expect(MergeRequestSchema.safeParse({ choice: { rows: [3, 4] }, pdf: false }).success).toBe(true);
    expect(MergeRequestSchema.safeParse({ choice: { rows: ['3'] }, pdf: false }).success).toBe(false);
    expect(MergeRequestSchema.safeParse({ choice: {}, pdf: 'yes' }).success).toBe(false);
  });
});
