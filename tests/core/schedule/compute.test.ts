import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { problemText } from '../../../src/core/plan/problems';
import { planRefresh } from '../../../src/core/refresh/plan';
import { d, grids, schedule } from './schedule.fixture';

const TODAY = '2025-03-12'; // a Wednesday with no holiday near

const codes = (st: { problems: Array<{ code: string }> }) => st.problems.map((p) => p.code);

describe('statuses', () => {
  const s = schedule([
    { id: 'done', due: d('2025-03-11'), status: 'Hoàn thành', doneOn: d('2025-03-10') },
    { id: 'late', due: d('2025-03-11'), status: 'Hoàn thành', doneOn: d('2025-03-12') },
    { id: 'pct', due: d('2025-03-20'), pct: 1 },
    { id: 'dated', due: d('2025-03-20'), doneOn: d('2025-03-05') },
    { id: 'overdue', due: d('2025-03-11') },
    { id: 'today', due: d('2025-03-12'), status: 'Đang thực hiện' },
    { id: 'soon', due: d('2025-03-17') },
    { id: 'later', due: d('2025-03-18') },
    { id: 'started', due: d('2025-03-31'), status: 'Đang thực hiện' },
    { id: 'some', due: d('2025-03-31'), pct: 0.3 },
    { id: 'paused', due: d('2025-03-01'), status: 'Tạm dừng' },
    { id: 'cancelled', due: d('2025-03-01'), status: 'Hủy' },
    { id: 'nodue' },
  ], TODAY);
  const st = (id: string) => s.byId.get(id)!;

  it('gives each task exactly one of the nine statuses', () => {
    expect(Object.fromEntries(s.tasks.map((x) => [x.task.id, x.status]))).toEqual({
      done: 'done', late: 'doneLate', pct: 'done', dated: 'done', overdue: 'overdue', today: 'dueToday',
      soon: 'dueSoon', later: 'notStarted', started: 'inProgress', some: 'inProgress', paused: 'paused',
      cancelled: 'cancelled', nodue: 'notStarted',
    });
  });

  it('counts working days left: positive ahead, negative when late, empty when done, cancelled or without due', () => {
    expect(st('overdue').workdaysLeft).toBe(-1);
    expect(st('today').workdaysLeft).toBe(0);
    expect(st('soon').workdaysLeft).toBe(3); // Thu, Fri, Mon
    expect(st('later').workdaysLeft).toBe(4);
    expect(st('paused').workdaysLeft).toBe(-8);
    for (const id of ['done', 'late', 'pct', 'cancelled', 'nodue']) expect(st(id).workdaysLeft).toBeNull();
  });

  it('says a task is done without a completion date rather than guessing whether it was late', () => {
    expect(codes(st('pct'))).toContain('doneWithoutDate');
    expect(codes(st('done'))).not.toContain('doneWithoutDate');
    expect(problemText(st('pct').problems.find((p) => p.code === 'doneWithoutDate')!, 'vi')).toBe('đã hoàn thành nhưng chưa ghi ngày hoàn thành.');
    expect(st('dated').progress).toBe(1);
    expect(st('some').progress).toBe(0.3);
  });

  it('counts working days across a weekend and a holiday', () => {
    const m = schedule([{ id: 'a', due: d('2025-03-14') }, { id: 'b', due: d('2025-05-02') }], '2025-03-17');
    expect(m.byId.get('a')!.workdaysLeft).toBe(-1); // Sat and Sun are not counted
    const h = schedule([{ id: 'b', due: d('2025-05-05') }], '2025-04-28');
    // 29/4, then 30/4 and 1/5 (holidays), 2/5 (swapped for Saturday 26/4), the weekend, 5/5.
    expect(h.byId.get('b')!.workdaysLeft).toBe(2);
  });

  it('uses the `Báo trước` setting for “due soon”', () => {
    const wide = schedule([{ id: 'later', due: d('2025-03-18') }], TODAY, { settings: [['Báo trước (ngày làm việc)', 5]] });
    expect(wide.byId.get('later')!.status).toBe('dueSoon');
  });

  it('moves a deadline off a day off when the setting says so, and says so', () => {
    const rows = [{ id: 'x', due: d('2025-04-30') }];
    const kept = schedule(rows, TODAY);
    expect(kept.byId.get('x')!.due).toBe('2025-04-30');
    const moved = schedule(rows, TODAY, { settings: [['Dời hạn rơi vào ngày nghỉ', 'Có']] });
    // 30/4–4/5/2025 off (2/5 swapped for Saturday 26/4): the next working day is Monday 5/5.
    expect(moved.byId.get('x')).toMatchObject({ due: '2025-05-05', dueMovedFrom: '2025-04-30' });
  });
});

describe('dependencies', () => {
  it('derives every form: after end, n days after, n days before the start, in calendar or working days', () => {
    const s = schedule([
      { id: 'A', start: d('2025-03-10'), due: d('2025-03-14') }, // Friday
      { id: 'E', start: d('2025-03-20'), due: d('2025-03-21') }, // the event
      { id: 'fs', deps: 'A' },
      { id: 'plus', deps: 'A+3' },
      { id: 'plusWd', deps: 'A+3nlv' },
      { id: 'minus', deps: 'E-5' },
      { id: 'minusWd', deps: 'E - 5 nlv' },
      { id: 'dash', deps: 'A–3' }, // an en dash typed by Word
    ], TODAY);
    const get = (id: string) => s.byId.get(id)!;
    expect(get('fs').start).toBe('2025-03-17');
    expect(get('fs').due).toBeNull();
    expect(get('plus')).toMatchObject({ start: '2025-03-15', due: '2025-03-17', dueSource: 'dependency' });
    expect(get('plusWd').due).toBe('2025-03-19');
    expect(get('minus').due).toBe('2025-03-15');
    expect(get('minusWd').due).toBe('2025-03-13');
    expect(get('dash').due).toBe('2025-03-07');
    expect(s.tasks.flatMap((x) => x.problems)).toEqual([]);
  });

  it('lets derived dates flow through chains, and takes the earliest of several relative deadlines', () => {
    const s = schedule([
      { id: 'T1', due: d('2025-03-14') },
      { id: 'T2', deps: 'T1+2' },
      { id: 'T3', deps: 'T2+2nlv' },
      { id: 'T4', deps: 'T3' },
      { id: 'T5', deps: 'T1+10; T2+1, T3' },
    ], TODAY);
    expect(s.byId.get('T2')!.due).toBe('2025-03-16');
    expect(s.byId.get('T3')!.due).toBe('2025-03-18');
    expect(s.byId.get('T4')!.start).toBe('2025-03-19');
    expect(s.byId.get('T5')!.due).toBe('2025-03-17');
    expect(s.byId.get('T5')!.start).toBe('2025-03-19');
  });

  it('reads an entry that is itself an ID as a plain reference before an offset (`A-1`)', () => {
    const s = schedule([
      { id: 'A', due: d('2025-03-20') },
      { id: 'A-1', due: d('2025-03-14') },
      { id: 'x', deps: 'A-1' },
      { id: 'y', deps: 'A-2' },
    ], TODAY);
    expect(s.byId.get('x')!.start).toBe('2025-03-17');
    expect(s.byId.get('x')!.links).toEqual([{ from: 'A-1', kind: 'finishToStart', days: null, workdays: false }]);
    expect(s.byId.get('y')!.due).toBe('2025-03-18');
  });

  it('keeps a typed due, warning when it is later than the relative deadline', () => {
    const s = schedule([{ id: 'A', due: d('2025-03-14') }, { id: 'B', due: d('2025-03-31'), deps: 'A+3' }], TODAY);
    expect(s.byId.get('B')).toMatchObject({ due: '2025-03-31', dueSource: 'typed' });
    expect(codes(s.byId.get('B')!)).toEqual(['dueAfterDependency']);
    expect(problemText(s.byId.get('B')!.problems[0], 'vi')).toBe('hạn nhập tay 31/03/2025 muộn hơn hạn suy ra từ “A+3” (17/03/2025).');
  });

  it('reports unknown references and references to tasks without dates, and computes the rest', () => {
    const s = schedule([{ id: 'A' }, { id: 'B', deps: 'X9; A+2', due: d('2025-03-20') }], TODAY);
    const b = s.byId.get('B')!;
    expect(codes(b)).toEqual(['unknownDependency', 'dependencyNoDue']);
    expect(b.problems[0]).toMatchObject({ column: 'dependsOn', severity: 'error', params: { ref: 'X9' } });
    expect(b.due).toBe('2025-03-20');
  });

  it('reports a cycle once, on its first row, naming it; its other rows point there; everything else is computed', () => {
    const s = schedule([
      { id: 'T1', deps: 'T3', due: d('2025-03-14') },
      { id: 'T2', deps: 'T1+1' },
      { id: 'T3', deps: 'T2' },
      { id: 'T4', deps: 'T1+2' },
      { id: 'T5', deps: 'T5' },
      { id: 'T6', due: d('2025-03-13') },
    ], TODAY);
    const p = s.byId.get('T1')!.problems.find((x) => x.code === 'dependencyCycle')!;
    expect(problemText(p, 'vi')).toBe('phụ thuộc vòng tròn T1 → T2 → T3 → T1 (3 việc): hạn của các việc trong vòng không được suy ra.');
    expect(s.problems.filter((x) => x.code === 'dependencyCycle')).toHaveLength(2);
    for (const id of ['T2', 'T3']) {
      expect(codes(s.byId.get(id)!)).toEqual([]);
      expect(s.byId.get(id)!.inCycleOf).toBe(s.byId.get('T1')!.task.row);
    }
    expect(problemText(s.byId.get('T5')!.problems[0], 'en')).toContain('T5 → T5');
    expect(s.byId.get('T4')!.due).toBe('2025-03-16'); // from T1's typed due
    expect(codes(s.byId.get('T4')!)).toEqual([]);
    expect(s.byId.get('T6')!.status).toBe('dueSoon');
    expect(s.byId.get('T2')!.due).toBeNull();
  });

  it('ignores offsets too large to be meant', () => {
    const s = schedule([{ id: 'A', due: d('2025-03-14') }, { id: 'B', deps: 'A+20250314' }], TODAY);
    expect(codes(s.byId.get('B')!)).toEqual(['dependencyTooFar']);
  });
});

describe('critical path', () => {
  it('marks the zero-slack tasks of the longest dependency chain', () => {
    const s = schedule([
      { id: 'A', start: d('2025-03-03'), due: d('2025-03-14') }, // 10 working days
      { id: 'B', start: d('2025-03-17'), due: d('2025-03-21'), deps: 'A' }, // 5
      { id: 'C', start: d('2025-03-24'), due: d('2025-03-24'), deps: 'B' }, // 1
      { id: 'D', start: d('2025-03-17'), due: d('2025-03-18'), deps: 'A' }, // 2, in parallel with B
      { id: 'E', start: d('2025-03-03'), due: d('2025-03-04') }, // outside the network
    ], TODAY);
    const crit = s.tasks.filter((x) => x.critical).map((x) => x.task.id);
    expect(crit).toEqual(['A', 'B', 'C']);
    expect(s.byId.get('D')!.slack).toBe(4);
    expect(s.byId.get('E')!.slack).toBeNull();
  });

  it('follows relative deadlines: a task due before an event starts precedes it', () => {
    const s = schedule([
      { id: 'prep', start: d('2025-03-03'), deps: 'event-2' },
      { id: 'event', start: d('2025-03-20'), due: d('2025-03-21') },
      { id: 'report', deps: 'event+3' },
      { id: 'side', start: d('2025-03-03'), due: d('2025-03-03') },
      { id: 'other', deps: 'side' },
    ], TODAY);
    expect(s.tasks.filter((x) => x.critical).map((x) => x.task.id)).toEqual(['prep', 'event', 'report']);
  });
});

describe('sections and heading rows', () => {
  it('rolls up by `Phần`, weighting progress by duration', () => {
    const s = schedule([
      { id: '1', section: 'Văn kiện', start: d('2025-03-03'), due: d('2025-03-14'), pct: 1, doneOn: d('2025-03-14') }, // 10 days, done
      { id: '2', section: 'Văn kiện', start: d('2025-03-17'), due: d('2025-03-17') }, // 1 day, 0 %
      { id: '3', section: 'Hậu cần', due: d('2025-03-20'), pct: 0.5 },
      { id: '4', section: 'Hậu cần', due: d('2025-03-20'), status: 'Hủy', pct: 0 },
    ], TODAY);
    expect(s.sections.map((x) => [x.section, x.taskCount, x.progress])).toEqual([['Văn kiện', 2, 0.9091], ['Hậu cần', 2, 0.5]]);
    expect(s.sections[0]).toMatchObject({ start: '2025-03-03', due: '2025-03-17', counts: { done: 1, dueSoon: 1 } });
  });

  it('groups by hierarchical `Mã` when `Phần` is empty, and rolls heading rows up from their tasks', () => {
    const s = schedule([
      { id: '2', title: 'Báo cáo chính trị' },
      { id: '2.1', title: 'Dự thảo' },
      { id: '2.1.1', start: d('2025-03-03'), due: d('2025-03-14'), pct: 1, doneOn: d('2025-03-14') },
      { id: '2.1.2', start: d('2025-03-17'), due: d('2025-03-17') },
      { id: '2.2', due: d('2025-03-11') },
      { id: '3', due: d('2025-04-01') },
    ], TODAY);
    expect(s.sections.map((x) => [x.section, x.title, x.level, x.taskCount])).toEqual([
      ['2', '2. Báo cáo chính trị', 0, 3], ['2.1', '2.1. Dự thảo', 1, 2],
    ]);
    expect(s.sections[1].progress).toBe(0.9091);
    const h = s.byId.get('2.1')!;
    expect(h).toMatchObject({ isGroup: true, start: '2025-03-03', due: '2025-03-17', dueSource: 'children', status: 'dueSoon', progress: 0.9091 });
    // A heading is due when its last task is; its late task shows in the section's counts.
    expect(s.byId.get('2')).toMatchObject({ due: '2025-03-17', status: 'dueSoon' });
    expect(s.sections[0].counts).toEqual({ done: 1, dueSoon: 1, overdue: 1 });
    expect(s.overall!.taskCount).toBe(4);
  });

  it('marks a heading done when all its tasks are, with the latest completion date', () => {
    const s = schedule([
      { id: '1' },
      { id: '1.1', due: d('2025-03-10'), doneOn: d('2025-03-07') },
      { id: '1.2', due: d('2025-03-10'), doneOn: d('2025-03-11') },
    ], TODAY);
    expect(s.byId.get('1')).toMatchObject({ isDone: true, status: 'doneLate', progress: 1 });
    expect(codes(s.byId.get('1')!)).toEqual([]);
  });
});

describe('checks', () => {
  const people = [
    ['Trần Thanh Tiến', 'Chánh Văn phòng', 'Văn phòng Tỉnh ủy', 'tien@example.org', 'Nhóm I'],
    ['Lê Văn Phúc', '', 'Ban Tuyên giáo', '', ''],
  ];

  it('knows people by name (any tone placement, or no diacritics), position, unit or group', () => {
    const s = schedule([
      { id: '1', lead: 'Trần Thanh Tiến', support: 'tran thanh tien; Văn phòng Tỉnh uỷ; Nhóm I' },
      { id: '2', lead: 'Đồng chí Trần Thanh Tiến - ThUV, Chánh Văn phòng', support: 'Chánh Văn phòng' },
      { id: '3', lead: 'Nguyễn Văn X', support: 'Ban Kinh tế' },
    ], TODAY, { people });
    expect(codes(s.byId.get('1')!)).toEqual([]);
    expect(codes(s.byId.get('2')!)).toEqual([]);
    const three = s.byId.get('3')!.problems;
    expect(three.map((p) => [p.code, p.column, p.severity])).toEqual([['unknownLead', 'lead', 'warning'], ['unknownSupport', 'support', 'warning']]);
  });

  it('does not call anyone unknown when there is no People sheet', () => {
    expect(schedule([{ id: '1', lead: 'Ai đó' }], TODAY).tasks[0].problems).toEqual([]);
  });

  it('keeps the reader’s row problems (bad dates, due before start, duplicate IDs) on their task', () => {
    const s = schedule([
      { id: '1', due: '32/13/2025' },
      { id: '2', start: d('2025-03-20'), due: d('2025-03-14') },
      { id: '2', due: d('2025-03-14') },
      { id: '3', due: d('2025-03-14'), doneOn: d('2025-03-20') },
    ], TODAY);
    expect(codes(s.tasks[0])).toEqual(['badDate']);
    expect(codes(s.tasks[1])).toEqual(['dueBeforeStart']);
    expect(codes(s.tasks[2])).toEqual(['duplicateId']);
    expect(codes(s.tasks[3])).toEqual(['doneInFuture']);
  });

  it('flags a completion date or 100 % next to a status that says otherwise', () => {
    const s = schedule([{ id: '1', due: d('2025-03-14'), pct: 1, status: 'Đang thực hiện', doneOn: d('2025-03-10') }], TODAY);
    expect(s.tasks[0].status).toBe('done');
    expect(codes(s.tasks[0])).toEqual(['doneButOpenStatus']);
  });
});

describe('any input', () => {
  it('never throws, gives every task one status and keeps the output block rectangular', () => {
    const ids = ['1', '1.1', '1.2', 'A-1', 'A', 'T3', ''];
    const date = fc.oneof(
      // Plans live in a few decades (a chart over 40 years is drawn, and costs its days); absurd
      // years come as the few constants a user could type.
      fc.integer({ min: 2000, max: 2040 }).chain((y) => fc.integer({ min: 1, max: 28 }).map((dd) => d(`${y}-02-${String(dd).padStart(2, '0')}`))),
      fc.constantFrom('', '32/13/2025', 'trong tháng 8/2019', 45000, -3, '31/12/9999', '01/01/0001', 2020),
    );
    const entry = fc.tuple(fc.constantFrom(...ids, 'X'), fc.constantFrom('', '+3', '-2nlv', '+99999', '-0', ' + 1 ngày làm việc')).map(([a, b]) => a + b);
    const dep = fc.tuple(fc.array(entry, { maxLength: 3 }), fc.constantFrom('; ', ',')).map(([xs, sep]) => xs.join(sep));
    const row = fc.record({
      id: fc.constantFrom(...ids), section: fc.constantFrom('', 'A'), start: date, due: date, deps: dep,
      status: fc.constantFrom('', 'Hoàn thành', 'Hủy', 'Tạm dừng', 'Đang thực hiện', 'gì đó'), pct: fc.constantFrom('', 0, 0.5, 1, '150%'), doneOn: date,
    });
    const STATUSES = ['done', 'doneLate', 'overdue', 'dueToday', 'dueSoon', 'inProgress', 'notStarted', 'paused', 'cancelled'];
    fc.assert(fc.property(fc.array(row, { maxLength: 12 }), fc.boolean(), (rows, move) => {
      const plan = planRefresh(grids(rows, { settings: [['Dời hạn rơi vào ngày nghỉ', move ? 'Có' : 'Không']] }), TODAY);
      const block = plan.outputs[0].blocks[0];
      return plan.schedule.tasks.every((st) => STATUSES.includes(st.status)) && block.values.every((r) => r.length === block.values[0].length);
    }), { numRuns: 200 });
  });
});
