/**
 * One set of figures: the coordinator's e-mail counts the open tasks by the same schedule status
 * as the overview's table, so "Đang thực hiện", "Quá hạn", "Đến hạn hôm nay" and "Sắp đến hạn"
 * are the same numbers in both (on the sample they once read 38 and 2 for "đang thực hiện").
 */
import { describe, expect, it } from 'vitest';
import { planReminders } from '../../../src/core/remind/plan';
import { renderSummary } from '../../../src/core/remind/render-summary';
import { emptyLog } from '../../../src/core/remind/log';
import { planRefresh } from '../../../src/core/refresh/plan';
import { outputLines } from '../../../src/core/schedule/text';
import { TASKS, grids } from './reminders.fixture';

describe('the coordinator’s e-mail and the overview', () => {
  it('count tasks the user marked “Đang thực hiện” the same way', () => {
    // T1 (in progress, overdue), T3-like rows started but not due soon, one due soon.
    const tasks = [
      ...TASKS,
      ['T10', 'IV. Khác', 'Việc đang làm, hạn còn xa', 'Trần Thanh Tiến', '', '30/09/2019', 'Đang thực hiện', 0.2, ''],
      ['T11', 'IV. Khác', 'Việc đang làm, sắp đến hạn', 'Trần Thanh Tiến', '', '09/07/2019', 'Đang thực hiện', 0.5, ''],
    ];
    const g = grids({ tasks, settings: [['Giờ gửi nhắc việc', 8]] });
    const today = '2019-07-05';
    const refresh = planRefresh(g, today);
    const overview = outputLines(refresh.outputs.find((o) => o.sheet === 'Tổng quan')!);
    const row = (label: string) => Number(overview.find((l) => new RegExp(`^\\d+ \\| ${label} \\| `).test(l))!.split(' | ')[2]);
    const reminders = planReminders(refresh.schedule, refresh.tracker, today, refresh.tracker.settings, emptyLog());
    const c = reminders.summary!.counts;
    expect(c.inProgress).toBe(row('Đang thực hiện'));
    expect(c.overdue).toBe(row('Quá hạn'));
    expect(c.dueToday).toBe(row('Đến hạn hôm nay'));
    expect(c.dueSoon).toBe(row('Sắp đến hạn'));
    expect(c.inProgress).toBe(1); // T10; T11 is "Sắp đến hạn" in both
    const p = reminders;
    const text = renderSummary(p.summary!, [], p.unreachable, {
      today, planName: p.planName, rowLink: () => 'https://example.org', sheetLink: 'https://example.org',
      coordinatorName: p.coordinatorName, horizonDays: p.horizonDays, escalationDays: p.escalationDays, logSheet: 'Nhật ký nhắc việc',
    }).text;
    expect(text).toContain(`- Đang thực hiện (chưa đến hạn gần): ${row('Đang thực hiện')}`);
    expect(text).toContain(`- Quá hạn: ${row('Quá hạn')}`);
  });
});
