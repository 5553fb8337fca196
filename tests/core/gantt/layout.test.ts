/**
 * The Gantt layout: rows grouped by `Phần` with a summary per group, milestones, progress, the
 * critical path and its links, the scale picked from the plan's span (or the settings), and the
 * calendar the chart shades. Everything the sheet and the dialog draw comes from here.
 */
import { describe, expect, it } from 'vitest';
import { barDates, layoutGantt } from '../../../src/core/gantt/layout';
import { ganttLayoutFor } from '../../../src/core/gantt/outputs';
import { DEFAULT_SETTINGS } from '../../../src/core/plan/settings';
import { schedule } from '../schedule/schedule.fixture';
import { TODAY, XSS, d, smallLayout, smallSchedule, spreadSchedule } from './gantt.fixture';

const brief = (l: ReturnType<typeof layoutGantt>) => l.rows.map((r) => `${'  '.repeat(r.level)}${r.kind === 'group' ? '§ ' : ''}${r.id ? `${r.id} ` : ''}${r.title}`);

describe('rows', () => {
  it('gathers the tasks of each Phần under a summary row, in the sheet’s order; tasks without one stay loose', () => {
    expect(brief(smallLayout())).toEqual([
      '§ Chuẩn bị', '  T1 Xây dựng đề cương', '  T2 Dự thảo lần 1', '  T4 Thu thập số liệu',
      '§ Hội nghị', '  M1 Hội nghị cho ý kiến', '  T3 Trình Ban Thường vụ',
      'T5 Rà soát quy chế', `T6 ${XSS}`,
    ]);
  });

  it('a section split by other rows is still one group, where it first appears', () => {
    const l = layoutGantt(schedule([
      { id: '1', section: 'A', due: d('2019-11-20') },
      { id: '2', section: 'B', due: d('2019-11-21') },
      { id: '3', section: 'A', due: d('2019-11-22') },
    ], TODAY), { today: TODAY });
    expect(brief(l)).toEqual(['§ A', '  1 Việc 1', '  3 Việc 3', '§ B', '  2 Việc 2']);
  });

  it('a group’s bar spans its tasks, with their duration-weighted progress and count', () => {
    const [group] = smallLayout().rows;
    expect(group).toMatchObject({ kind: 'group', title: 'Chuẩn bị', start: '2019-11-04', end: '2019-11-22', count: 3, summary: true, status: null, row: null });
    // T1 done (5 working days), T2 half of 10, T4 a quarter of 5: (5 + 5 + 1.25) / 20.
    expect(group.progress).toBeCloseTo(0.5625, 4);
  });

  it('heading rows of hierarchical IDs are summaries and indent what is under them', () => {
    const l = layoutGantt(schedule([
      { id: '1', title: 'Báo cáo chính trị' },
      { id: '1.1', section: 'Đề cương', start: d('2019-11-04'), due: d('2019-11-08') },
      { id: '1.2', section: 'Đề cương', start: d('2019-11-11'), due: d('2019-11-15') },
    ], TODAY), { today: TODAY });
    expect(brief(l)).toEqual(['1 Báo cáo chính trị', '  § Đề cương', '    1.1 Việc 1.1', '    1.2 Việc 1.2']);
    expect(l.rows[0]).toMatchObject({ summary: true, kind: 'task', start: '2019-11-04', end: '2019-11-15' });
  });
});

describe('bars', () => {
  it('a one-day task is a milestone; a deadline alone is a bar of its last working week; no due date, no bar', () => {
    const byId = Object.fromEntries(smallLayout().rows.map((r) => [r.id, r]));
    expect(byId.M1).toMatchObject({ milestone: true, start: '2019-11-29', end: '2019-11-29' });
    const only = layoutGantt(schedule([{ id: 'D', due: d('2019-11-29') }], TODAY), { today: TODAY }).rows[0];
    // Not a ◆: the plan gave a deadline, not a one-day event; the start column stays empty.
    expect(only).toMatchObject({ milestone: false, start: null, end: '2019-11-29', barStart: '2019-11-25' });
    expect(barDates(only)).toEqual({ start: '2019-11-25', end: '2019-11-29' });
    expect(byId.T2).toMatchObject({ milestone: false, start: '2019-11-11', end: '2019-11-22' });
    expect(byId.T6).toMatchObject({ milestone: false, start: '2019-11-18', end: null });
    const sameDay = layoutGantt(schedule([{ id: 'H', start: d('2019-11-20'), due: d('2019-11-20') }], TODAY), { today: TODAY });
    expect(sameDay.rows[0].milestone).toBe(true);
    expect(smallLayout().notes).toEqual(['1 việc chưa có hạn nên chưa có thanh trên biểu đồ.']);
  });

  it('carries status, progress and the problems of each row', () => {
    const byId = Object.fromEntries(smallLayout().rows.map((r) => [r.id, r]));
    expect(byId.T1).toMatchObject({ status: 'done', statusLabel: 'Hoàn thành', progress: 1 });
    expect(byId.T2).toMatchObject({ status: 'inProgress', statusLabel: 'Đang thực hiện', progress: 0.5, lead: ['Tổ Biên tập'] });
    expect(byId.T4).toMatchObject({ status: 'overdue', statusLabel: 'Quá hạn', progress: 0.25 });
    expect(byId.T5).toMatchObject({ status: 'paused', progress: 0.4 });
    const l = layoutGantt(schedule([{ id: 'X', due: d('2019-11-20'), deps: 'Z9' }], TODAY), { today: TODAY });
    expect(l.rows[0].problems).toEqual(['“Z9” trong «Phụ thuộc» không phải là mã của công việc nào.']);
  });
});

describe('critical path and links', () => {
  it('marks the chain with no slack and draws each dependency once', () => {
    const l = smallLayout();
    // T1 is done: it can no longer hold the plan up, so it is not marked critical (nor its link).
    expect(l.rows.filter((r) => r.critical).map((r) => r.id)).toEqual(['T2', 'T3']);
    const id = (key: string) => l.rows.find((r) => r.key === key)?.id;
    expect(l.links.map((k) => `${id(k.from)}→${id(k.to)} ${k.type}${k.critical ? ' critical' : ''}`)).toEqual([
      'T1→T2 fs', 'T2→T3 fs critical', 'T4→T3 fs',
    ]);
  });

  it('`T3+n` ends after T3 ends (finish to finish); `T3-n` comes before T3', () => {
    const l = layoutGantt(schedule([
      { id: 'T3', start: d('2019-11-18'), due: d('2019-11-22') },
      { id: 'A', start: d('2019-11-20'), deps: 'T3+3' },
      { id: 'B', start: d('2019-11-04'), deps: 'T3-5' },
    ], TODAY), { today: TODAY });
    const id = (key: string) => l.rows.find((r) => r.key === key)?.id;
    expect(l.links.map((k) => `${id(k.from)}→${id(k.to)} ${k.type}`)).toEqual(['T3→A ff', 'B→T3 fs']);
  });
});

describe('scale and calendar', () => {
  it('picks the scale from the plan’s span', () => {
    expect(smallLayout().scale).toBe('day');
    expect(layoutGantt(spreadSchedule(200, 12), { today: TODAY }).scale).toBe('week');
    expect(layoutGantt(spreadSchedule(200, 24), { today: TODAY }).scale).toBe('month');
  });

  it('follows the Gantt scale setting, and says so when a finer one would not fit the sheet', () => {
    const s = spreadSchedule(200, 18);
    expect(ganttLayoutFor(s, { ...DEFAULT_SETTINGS, ganttScale: 'month' }).scale).toBe('month');
    const l = ganttLayoutFor(s, { ...DEFAULT_SETTINGS, ganttScale: 'day' });
    expect(l.scale).toBe('week');
    expect(l.notes[0]).toMatch(/^Thang «ngày» cần \d+ cột, quá 400 cột của trang Gantt: dùng thang «tuần»\.$/);
    expect(smallLayout('week').scale).toBe('week');
  });

  it('covers every bar and today, one day either side; columns are the scale’s periods', () => {
    const l = smallLayout();
    expect(l.range).toEqual({ start: '2019-10-31', end: '2019-12-08' });
    expect(l.columns).toHaveLength(39);
    expect(l.columns[0]).toEqual({ start: '2019-10-31', end: '2019-10-31' });
    const week = smallLayout('week');
    expect(week.columns.map((c) => c.start)).toEqual(['2019-10-28', '2019-11-04', '2019-11-11', '2019-11-18', '2019-11-25', '2019-12-02']);
  });

  it('knows the days off (with their names) and the make-up working days', () => {
    const s = schedule([{ id: 'A', start: d('2019-08-26'), due: d('2019-10-14') }], TODAY, { holidays: [[d('2019-10-12'), 'Làm bù', 'Làm bù cho 2/9']] });
    const l = layoutGantt(s, { today: TODAY });
    const off = Object.fromEntries(l.daysOff.map((x) => [x.date, x.name]));
    expect(off['2019-09-02']).toBe('Quốc khánh (2/9)');
    expect(off['2019-08-31']).toBe('Thứ Bảy');
    expect(off['2019-10-12']).toBeUndefined();
    expect(l.workingWeekends).toEqual(['2019-10-12']);
  });

  it('tells weekends from weekdays on both sides of 1970 (the day numbers count from it)', () => {
    const s = schedule([{ id: 'A', start: d('1969-12-22'), due: d('1970-01-09') }], '1970-01-05', { holidays: [[d('1969-12-27'), 'Làm bù', 'Làm bù']] });
    const l = layoutGantt(s, { today: '1970-01-05' });
    expect(l.workingWeekends).toEqual(['1969-12-27']);
    const off = l.daysOff.map((x) => x.date);
    expect(off).toContain('1969-12-28'); // a Sunday
    expect(off).toContain('1970-01-03'); // a Saturday
    expect(off).not.toContain('1969-12-26'); // a Friday
  });

  it('passes through google.script.run unchanged: plain JSON, dates as ISO strings', () => {
    const l = smallLayout();
    expect(JSON.parse(JSON.stringify(l))).toEqual(l);
    const dates = JSON.stringify(l).match(/"\d{4}-\d{2}-\d{2}"/g) ?? [];
    expect(dates.length).toBeGreaterThan(50);
    for (const r of l.rows) for (const v of [r.start, r.end]) if (v !== null) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('speaks English when asked', () => {
    const l = layoutGantt(smallSchedule(), { today: TODAY, lang: 'en' });
    expect(l.rows.find((r) => r.id === 'T4')?.statusLabel).toBe('Overdue');
    expect(l.labels.colTask).toBe('Task');
    expect(l.notes).toEqual(['Tasks with no due date yet (so no bar): 1.']);
  });
});
