/**
 * A schedule that moves: when a predecessor is late, what follows it (finish-to-start, and
 * `T3+n`) is forecast later, and judged by that forecast before its own deadline.
 */
import { describe, expect, it } from 'vitest';
import { planRefresh } from '../../../src/core/refresh/plan';
import { d, grids, schedule } from './schedule.fixture';

const TODAY = '2025-03-12'; // Wednesday

describe('forecast dates', () => {
  it('a successor due today while its predecessor is still overdue is not “due today”; the push flows down the chain', () => {
    const s = schedule([
      { id: 'A', start: d('2025-03-10'), due: d('2025-03-11') }, // overdue, not done
      { id: 'B', start: d('2025-03-12'), due: d('2025-03-12'), deps: 'A' },
      { id: 'C', start: d('2025-03-13'), due: d('2025-03-14'), deps: 'B' },
    ], TODAY);
    const [a, b, c] = ['A', 'B', 'C'].map((id) => s.byId.get(id)!);
    expect(a.status).toBe('overdue');
    expect(b.due).toBe('2025-03-12');
    expect(b.status).not.toBe('dueToday');
    // A can end today at the earliest: B starts tomorrow, a working day later than planned.
    expect([b.forecastStart, b.forecastDue, b.delayedBy]).toEqual(['2025-03-13', '2025-03-13', 'A']);
    expect([c.forecastStart, c.forecastDue, c.delayedBy]).toEqual(['2025-03-14', '2025-03-17', 'B']);
    expect(c.due).toBe('2025-03-14'); // the planned deadline itself never changes
  });

  it('nothing moves when the successor starts later than the delay, or the predecessor was done on time', () => {
    const s = schedule([
      { id: 'A', due: d('2025-03-11') },
      { id: 'B', start: d('2025-03-24'), due: d('2025-03-28'), deps: 'A' },
      { id: 'C', due: d('2025-03-10'), status: 'Hoàn thành', doneOn: d('2025-03-10') },
      { id: 'D', start: d('2025-03-11'), due: d('2025-03-13'), deps: 'C' },
    ], TODAY);
    for (const id of ['B', 'D']) {
      const st = s.byId.get(id)!;
      expect(st.forecastDue).toBe(st.due);
      expect(st.delayedBy).toBeUndefined();
    }
  });

  it('a predecessor done late moves what follows from its completion date; `+n` counts from the real end', () => {
    const s = schedule([
      { id: 'A', due: d('2025-03-05'), status: 'Hoàn thành', doneOn: d('2025-03-10') },
      { id: 'B', deps: 'A+3' },
      { id: 'C', start: d('2025-03-06'), due: d('2025-03-14'), deps: 'A' },
    ], TODAY);
    expect(s.byId.get('B')!.due).toBe('2025-03-08');
    expect(s.byId.get('B')!.forecastDue).toBe('2025-03-13');
    expect(s.byId.get('B')!.status).toBe('overdue'); // its own deadline has passed
    expect(s.byId.get('C')!.forecastDue).toBe('2025-03-19'); // C could only start on 11/03: 3 working days later
  });

  it('the task sheet and the overview show forecast beside planned', () => {
    const plan = planRefresh(grids([
      { id: 'A', title: 'Dự thảo', start: d('2025-03-10'), due: d('2025-03-11') },
      { id: 'B', title: 'Trình', start: d('2025-03-12'), due: d('2025-03-12'), deps: 'A' },
    ]), TODAY);
    const tasks = plan.outputs.find((o) => o.sheet === 'Công việc')!.blocks[0].values;
    expect(tasks[2][1]).not.toBe('Đến hạn hôm nay');
    expect(tasks[2][4]).toBe('dự kiến xong 13/03/2025 thay vì 12/03/2025: việc trước A chưa xong đúng hạn.');
  });
});

describe('forecast in the reminder e-mail', () => {
  it('a successor of a late task is not “đến hạn hôm nay” in its lead’s digest, which shows planned and forecast', async () => {
    const { planReminders } = await import('../../../src/core/remind/plan');
    const { renderDigest } = await import('../../../src/core/remind/render-digest');
    const { emptyLog } = await import('../../../src/core/remind/log');
    const people = [['Nguyễn Văn An', 'Chuyên viên', 'Văn phòng', 'an@example.org', '']];
    const plan = planRefresh(grids([
      { id: 'A', title: 'Dự thảo', lead: 'Nguyễn Văn An', start: d('2025-03-10'), due: d('2025-03-11') },
      { id: 'B', title: 'Trình', lead: 'Nguyễn Văn An', start: d('2025-03-12'), due: d('2025-03-12'), deps: 'A' },
    ], { people }), TODAY);
    const r = planReminders(plan.schedule, plan.tracker, TODAY, plan.tracker.settings, emptyLog());
    const digest = r.digests.find((x) => x.recipient.email === 'an@example.org')!;
    expect(digest.dueToday.map((i) => i.id)).toEqual([]);
    expect(digest.dueSoon.map((i) => i.id)).toEqual(['B']);
    const text = renderDigest(digest, {
      today: TODAY, planName: r.planName, rowLink: () => 'https://example.org', sheetLink: 'https://example.org',
      coordinatorName: r.coordinatorName, horizonDays: r.horizonDays, escalationDays: r.escalationDays, logSheet: 'Nhật ký nhắc việc',
    }).text;
    expect(text).toContain('Hạn: 12/03/2025 (Thứ Tư); dự kiến xong 13/03/2025 (Thứ Năm) vì việc trước A chưa xong đúng hạn');
    expect(text).not.toContain('đến hạn hôm nay');
  });
});

describe('forecast in the Gantt', () => {
  it('the bar ends on the planned due and a dashed run reaches the forecast; the row says why', async () => {
    const { layoutGantt } = await import('../../../src/core/gantt/layout');
    const { ganttParts } = await import('../../../src/core/gantt/svg');
    const s = schedule([
      { id: 'A', start: d('2025-03-10'), due: d('2025-03-11') },
      { id: 'B', start: d('2025-03-12'), due: d('2025-03-12'), deps: 'A' },
    ], TODAY);
    const layout = layoutGantt(s, { today: TODAY });
    const b = layout.rows.find((r) => r.id === 'B')!;
    expect([b.start, b.end, b.forecastEnd]).toEqual(['2025-03-12', '2025-03-12', '2025-03-13']);
    expect(b.problems).toContain('dự kiến xong 13/03/2025 thay vì 12/03/2025: việc trước A chưa xong đúng hạn.');
    const svg = ganttParts(layout).body;
    expect(svg).toMatch(/data-task-id="B"[^>]*data-end="2025-03-12" data-forecast="2025-03-13">.*<rect class="bar-forecast"/);
    expect(layout.rows.find((r) => r.id === 'A')!.forecastEnd).toBeNull();
  });
});
