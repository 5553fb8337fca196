/**
 * A schedule that moves, as a user meets it on an .xlsx file: a late task pushes what follows
 * it; the task sheet, the overview and the Gantt page show forecast beside planned; a task with
 * a deadline and no start is a bar, not a diamond; finished work is not critical.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExcel, tempDirPerTest, tiendo, writeXlsx } from '../cli.fixture';

const tmp = tempDirPerTest();

const tracker = (file: string) => writeXlsx(file, {
  'Công việc': [
    ['Mã', 'Nội dung công việc', 'Chủ trì', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc', 'Trạng thái', 'Ngày hoàn thành'],
    ['A.1', 'Thu thập số liệu', 'Văn phòng', '03/03/2025', '07/03/2025', '', 'Hoàn thành', '07/03/2025'],
    ['A.2', 'Dự thảo báo cáo', 'Văn phòng', '10/03/2025', '11/03/2025', 'A.1', 'Đang thực hiện', ''],
    ['A.3', 'Trình Thường trực', 'Văn phòng', '12/03/2025', '12/03/2025', 'A.2', '', ''],
    ['A.4', 'Gửi văn bản', 'Văn phòng', '', '20/03/2025', '', '', ''],
  ],
});

describe('a late task moves what follows it', () => {
  it('refresh: the successor due today is not “Đến hạn hôm nay” while its predecessor is overdue; forecast beside planned', async () => {
    const file = path.join(tmp.dir, 'plan.xlsx');
    await tracker(file);
    const r = await tiendo(['refresh', file, '--today', '2025-03-12']);
    expect(r.code, r.stderr).toBe(0);
    const ws = (await loadExcel(file)).getWorksheet('Công việc')!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = (name: string) => header.indexOf(name);
    expect(ws.getRow(3).getCell(col('Tình trạng')).value).toBe('Quá hạn');
    expect(ws.getRow(4).getCell(col('Tình trạng')).value).not.toBe('Đến hạn hôm nay');
    expect(ws.getRow(4).getCell(col('Kiểm tra')).value).toBe('dự kiến xong 13/03/2025 thay vì 12/03/2025: việc trước A.2 chưa xong đúng hạn.');
    // Finished work is not on the critical path any more.
    expect(ws.getRow(2).getCell(col('Đường găng')).value).toBeNull();
    // The overview lists the pushed task with its forecast.
    expect(r.stdout).toMatch(/Mã \| Nội dung công việc \| Chủ trì \| Hạn \| Còn \(ngày làm việc\) \| Dự kiến xong/);
    expect(r.stdout).toMatch(/A\.3 \| Trình Thường trực \| Văn phòng \| 12\/03\/2025 \| \d+ \| 13\/03\/2025/);
  });

  it('gantt --html: the pushed bar carries its forecast; a deadline alone is a bar, not a diamond', async () => {
    const file = path.join(tmp.dir, 'plan.xlsx');
    await tracker(file);
    const html = path.join(tmp.dir, 'gantt.html');
    const r = await tiendo(['gantt', file, '--today', '2025-03-12', '--html', html]);
    expect(r.code, r.stderr).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('"forecastEnd":"2025-03-13"');
    expect(page).toMatch(/"id":"A\.4"[^}]*"milestone":false[^}]*"barStart":"2025-03-14"/);
  });
});
