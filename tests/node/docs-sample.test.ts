/**
 * The plan document generated from the sample tracker (examples/ke-hoach-mau.xlsx, built from
 * seed 000's plan and plan 07-KH/TBVKĐH) gives back seed 000's structure: its timeline months as
 * sections, in order, with the plan's own leads and deadline wording.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_FILE } from '../../examples/build-sample';
import { docLines } from '../../src/core/docs/model';
import { buildPlan } from '../../src/core/docs/plan';
import { readTracker } from '../../src/core/plan/read';
import { computeSchedule } from '../../src/core/schedule/compute';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';

describe('the plan from the sample tracker', () => {
  it('has seed 000’s timeline as the first part, section by section, with its dates worded as the plan words them', async () => {
    const xlsx = await XlsxWorkbook.load(SAMPLE_FILE);
    const wb = readTracker(xlsx.readGrids(xlsx.sheetNames()));
    const { outline, doc } = buildPlan(wb, computeSchedule(wb, '2019-11-12'), { today: '2019-11-12' });
    const [a, b] = outline;
    expect(a.title).toBe('Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025');
    expect(a.sections.map((s) => s.title)).toEqual([
      'Tháng 6/2019', 'Tháng 7/2019', 'Tháng 8/2019', 'Tháng 9/2019', 'Tháng 10/2019', 'Tháng 11/2019',
      'Từ cuối tháng 11/2019 đến cuối tháng 12/2019', 'Từ tháng 01/2020 đến tháng 3/2020', 'Trong tháng 4,5,6,7/2020',
    ]);
    const item = (id: string) => a.sections.flatMap((s) => s.items).find((i) => i.id === id)!;
    expect(item('A.1').when).toBe('trong tháng 6/2019');
    expect(item('A.2').when).toBe('hoàn thành trước ngày 05/7/2019');
    expect(item('A.4')).toMatchObject({ lead: ['Trần Thanh Tiến'], when: 'từ ngày 10/7 đến 19/7/2019' });
    expect(item('A.9').when).toBe('từ ngày 26/8 đến 30/8/2019');
    expect(item('A.21').when).toBe('trong quý I/2020');
    expect(b.title).toMatch(/^Xây dựng Văn kiện trình tại Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII/);
    expect(b.sections.map((s) => s.title)).toEqual(['Xây dựng đề cương các báo cáo', 'Dự thảo các báo cáo lần 1', 'Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', 'Hoàn thiện dự thảo các báo cáo']);
    const lines = docLines(doc);
    expect(lines).toContain('1. Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025');
    expect(lines).toContain('b) Tháng 7/2019');
    expect(lines).toContain('- Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo (từ ngày 10/7 đến 19/7/2019).');
  });
});
