import { describe, expect, it } from 'vitest';
import { readTracker } from '../../src/core/plan/read';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { SAMPLE_FILE, buildSample } from '../../examples/build-sample';
import { SAMPLE_PEOPLE, SAMPLE_TASKS, sampleEmail } from '../../src/core/sample/data';

describe('the sample plan (examples/ke-hoach-mau.xlsx)', () => {
  it('is what `npm run sample` builds from src/core/sample/data.ts (run it after changing the data)', async () => {
    const committed = await XlsxWorkbook.load(SAMPLE_FILE);
    const built = buildSample();
    expect(committed.sheetNames()).toEqual(built.sheetNames());
    expect(committed.readGrids(committed.sheetNames())).toEqual(built.readGrids(built.sheetNames()));
  });

  it('reads with no error, with the plans’ real dates and a mix of statuses on 12/11/2019', async () => {
    const x = await XlsxWorkbook.load(SAMPLE_FILE);
    const wb = readTracker(x.readGrids(x.sheetNames()));
    expect(wb.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(wb.tasks).toHaveLength(SAMPLE_TASKS.length);
    const task = (id: string) => wb.tasks.find((t) => t.id === id)!;
    // `trước ngày 05/7/2019`, `từ ngày 10/7 đến 19/7/2019`, `tháng 12/2019`, `Từ cuối tháng 11/2019 đến cuối tháng 12/2019`.
    expect(task('A.2')).toMatchObject({ start: null, due: '2019-07-05' });
    expect(task('A.4')).toMatchObject({ start: '2019-07-10', due: '2019-07-19', dependsOn: [{ ref: 'A.3', offset: null }] });
    expect(task('B.8')).toMatchObject({ start: '2019-12-01', due: '2019-12-31' });
    expect(task('A.17')).toMatchObject({ start: '2019-11-30', due: '2019-12-31' });
    expect(task('A.27').dependsOn).toEqual([{ ref: 'A.26', offset: 5, workdays: false, raw: 'A.26+5' }]);
    expect(task('B.14')).toMatchObject({ lead: ['Ban Tuyên giáo Tỉnh ủy'], support: ['Liên hiệp các Hội khoa học Kỹ thuật tỉnh'] });
    const statuses = new Set(wb.tasks.map((t) => t.status));
    expect(statuses).toEqual(new Set(['done', 'inProgress', 'notStarted', null]));
    const late = wb.tasks.filter((t) => t.status !== 'done' && t.due !== null && t.due < '2019-11-12');
    expect(late.map((t) => t.id)).toContain('A.15');
    expect(wb.tasks.filter((t) => t.status === 'done').every((t) => t.doneOn !== null)).toBe(true);
  });

  it('has plan A’s people with their groups, supervisors and example.org addresses, and its settings', async () => {
    const x = await XlsxWorkbook.load(SAMPLE_FILE);
    const wb = readTracker(x.readGrids(x.sheetNames()));
    expect(wb.people).toHaveLength(SAMPLE_PEOPLE.length);
    const person = (name: string) => wb.people.find((p) => p.name === name)!;
    expect(person('Trần Thanh Tiến')).toMatchObject({ email: 'tien.tranthanh@example.org', supervisor: '', unit: 'Văn phòng Thành ủy' });
    expect(person('Lê Thị Anh Đào')).toMatchObject({ email: 'dao.lethianh@example.org', supervisor: 'Lê Văn Phúc', groups: ['Tổ Biên tập', 'Nhóm I'] });
    expect(person('Nguyễn Minh Đông').supervisor).toBe('Chính trị viên Ban CHQS thành phố');
    expect(new Set(wb.people.map((p) => p.email)).size).toBe(wb.people.length);
    expect(wb.people.every((p) => /^[a-z.]+@example\.org$/.test(p.email ?? ''))).toBe(true);
    expect(sampleEmail('Nguyễn Đông Bình')).toBe('binh.nguyendong@example.org');
    const coordinator = person(wb.settings.coordinator);
    expect(coordinator.unit).toBe('Văn phòng Thành ủy');
    expect(wb.settings).toMatchObject({ planNumber: 'KH/TBT', place: 'Buôn Ma Thuột', signatureName: 'Trần Thanh Tiến' });
    expect(wb.settings.recipients.split('\n')).toHaveLength(6);
    expect(wb.holidays.map((h) => h.kind)).toContain('makeup');
    expect(wb.holidays.find((h) => h.date === '2020-01-23')?.kind).toBe('off');
  });
});
