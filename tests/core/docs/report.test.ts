/**
 * The progress report of seed 000's tracker on 10/08/2019, the previous report having been made
 * on 10/07/2019: what a coordinator would count by hand.
 */
import { describe, expect, it } from 'vitest';
import { LAST_REPORT_KEY, reportSince } from '../../../src/app/docs';
import { docLines } from '../../../src/core/docs/model';
import { buildReport, percentText, reportFigures } from '../../../src/core/docs/report';
import { readTracker } from '../../../src/core/plan/read';
import { computeSchedule } from '../../../src/core/schedule/compute';
import type { KeyValueStore } from '../../../src/ports';
import { seed000Grids } from './seed000.fixture';

const TODAY = '2019-08-10';
const wb = readTracker(seed000Grids());
const schedule = computeSchedule(wb, TODAY);

function memoryStore(init: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...init };
  return { data, get: (k) => data[k] ?? null, set: (k, v) => { data[k] = v; }, delete: (k) => { delete data[k]; } };
}

describe('progress report figures', () => {
  const fig = reportFigures(schedule, { today: TODAY, since: '2019-07-10' });

  it('counts tasks by status', () => {
    expect(fig.total).toBe(14);
    expect(fig.counts).toEqual({ done: 2, doneLate: 1, overdue: 2, notStarted: 7, paused: 1, cancelled: 1 });
    // 3 done of the 13 not cancelled.
    expect(fig.doneShare).toBeCloseTo(3 / 13, 10);
  });

  it('lists overdue tasks per lead with the days late, calendar and working', () => {
    expect(fig.overdueByLead.map((e) => [e.lead, e.tasks.map((x) => [x.task.task.id, x.daysLate, x.workdaysLate])])).toEqual([
      ['Lê Văn Phúc', [['5', 5, 4]]],
      ['Nguyễn Thị Cẩm Ly', [['5', 5, 4]]],
      ['Trần Thanh Tiến', [['4', 15, 10]]],
    ]);
  });

  it('lists what was done since the last report, and what falls due in the next period', () => {
    expect(fig.doneSince.map((s) => [s.task.id, s.task.doneOn])).toEqual([['3', '2019-07-22']]);
    // The period just reported lasted 31 days: the next one too.
    expect(fig.next.to).toBe('2019-09-10');
    expect(fig.next.tasks.map((s) => s.task.id)).toEqual(['6', '7', '14', '9']);
  });

  it('raises the problems: paused work, tasks without a lead', () => {
    expect(fig.paused.map((s) => s.task.id)).toEqual(['8']);
    expect(fig.withoutLead.map((s) => s.task.id)).toEqual(['12']);
    expect(fig.withoutDue).toEqual([]);
  });
});

describe('progress report document', () => {
  it('reads like a report to the superior body', () => {
    const { doc, warnings } = buildReport(schedule, wb.settings, { today: TODAY, since: '2019-07-10' });
    expect(warnings).toEqual([]);
    expect(doc.title).toBe('Báo cáo tiến độ - Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025 - 10-08-2019');
    const lines = docLines(doc);
    expect(lines[0]).toContain('Buôn Ma Thuột, ngày 10 tháng 8 năm 2019');
    expect(lines[0]).toMatch(/Số\s+-BC\/TBT/);
    expect(lines.slice(1, 5)).toEqual(['BÁO CÁO', 'tiến độ thực hiện Kế hoạch số 02-KH/TBT', '(tính đến ngày 10 tháng 8 năm 2019)', '-----']);
    for (const line of [
      'Tổng số nhiệm vụ: 14; đã hoàn thành 3 (23,1%), trong đó 1 nhiệm vụ hoàn thành sau thời hạn; quá hạn 2; đang thực hiện và chưa đến hạn 7.',
      'Quá hạn | 2 | 14,3%',
      '2 | Tháng 7/2019 | 3 | 2 | 1 | 80%',
      'IV- NHIỆM VỤ HOÀN THÀNH TỪ SAU NGÀY 10/7/2019',
      '- Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo (hoàn thành ngày 22/7/2019).',
      'V- NHIỆM VỤ ĐẾN HẠN TỪ NGÀY 10/8/2019 ĐẾN NGÀY 10/9/2019',
      '- Hoàn chỉnh dự thảo đề cương chi tiết các báo cáo (hạn 15/8/2019; chủ trì: Trần Thanh Tiến).',
      'VI- KHÓ KHĂN, VƯỚNG MẮC',
      '- Tạm dừng: Trình BTV Thành ủy, BCH Đảng bộ thành phố thông qua dự thảo Đề cương chi tiết các báo cáo: Lùi theo lịch hội nghị Ban Chấp hành.',
      '- Chưa có người chủ trì (1): Tiếp tục hoàn chỉnh Chương trình hành động thực hiện Nghị quyết Đại hội khóa XIII.',
    ]) expect(lines).toContain(line);
    const overdue = lines.indexOf('III- NHIỆM VỤ QUÁ HẠN');
    expect(lines.slice(overdue + 1, overdue + 3)).toEqual(['1. Lê Văn Phúc', '- Các Nhóm gửi dự thảo Đề cương chi tiết các báo cáo về đồng chí Tổ trưởng Tổ Biên tập (hạn 05/8/2019, chậm 5 ngày, tức 4 ngày làm việc).']);
  });

  it('without a previous report lists everything done so far', () => {
    const lines = docLines(buildReport(schedule, wb.settings, { today: TODAY, since: null }).doc);
    expect(lines).toContain('IV- NHIỆM VỤ ĐÃ HOÀN THÀNH');
    expect(lines.filter((l) => l.includes('(hoàn thành ngày'))).toHaveLength(3);
  });

  it('writes percentages the Vietnamese way', () => {
    expect(percentText(0.231, 'vi')).toBe('23,1%');
    expect(percentText(0.231, 'en')).toBe('23.1%');
    expect(percentText(1, 'vi')).toBe('100%');
  });
});

describe('the last report’s date', () => {
  it('is the start of the next period; a second report the same day keeps the same period', () => {
    expect(reportSince(memoryStore(), TODAY, undefined)).toBeNull();
    expect(reportSince(memoryStore(), TODAY, '2019-07-01')).toBe('2019-07-01');
    const store = memoryStore({ [LAST_REPORT_KEY]: JSON.stringify({ date: '2019-07-10', since: null }) });
    expect(reportSince(store, TODAY, undefined)).toBe('2019-07-10');
    const sameDay = memoryStore({ [LAST_REPORT_KEY]: JSON.stringify({ date: TODAY, since: '2019-07-10' }) });
    expect(reportSince(sameDay, TODAY, undefined)).toBe('2019-07-10');
    expect(reportSince(memoryStore({ [LAST_REPORT_KEY]: 'garbage' }), TODAY, undefined)).toBeNull();
    expect(reportSince(memoryStore({ [LAST_REPORT_KEY]: '2019-06-30' }), TODAY, undefined)).toBe('2019-06-30');
  });
});
