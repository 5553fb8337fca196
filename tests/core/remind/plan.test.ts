import { describe, expect, it } from 'vitest';
import { readReminderLog } from '../../../src/core/remind/log';
import { unreachableText } from '../../../src/core/remind/render-summary';
import { PEOPLE, TASKS, digestOf, ids, plan } from './reminders.fixture';

describe('planReminders: who gets what today', () => {
  it('sends each person ONE digest grouped into overdue / due today / due soon, with their role', () => {
    const p = plan();
    expect(p.sendsToday).toBe(true);
    // One digest per address; the coordinator gets none of her own (she is on no task).
    expect(p.digests.map((d) => d.recipient.email).sort()).toEqual(['binh@example.org', 'hoa@example.org', 'quy@example.org', 'tien@example.org']);

    const tien = digestOf(p, 'tien@example.org');
    expect(ids(tien.overdue)).toEqual(['T1']);
    expect(ids(tien.dueToday)).toEqual(['T9']);
    expect(tien.dueSoon).toEqual([]);
    expect(tien.overdue[0]).toMatchObject({ role: 'lead', via: null, workdays: -5, due: '2019-06-28', section: 'I. Báo cáo chính trị', supports: ['Ban Tuyên giáo Tỉnh ủy'] });

    // Done, paused and `Nhắc việc: Không` tasks are never reminded; T4 is 5 working days away (> 3).
    const all = p.digests.flatMap((d) => [...d.overdue, ...d.dueToday, ...d.dueSoon].map((i) => i.id));
    for (const quiet of ['T4', 'T5', 'T6', 'T7']) expect(all).not.toContain(quiet);

    const binh = digestOf(p, 'binh@example.org');
    expect(ids(binh.dueSoon)).toEqual(['T3']);
    expect(binh.dueSoon[0]).toMatchObject({ role: 'support', workdays: 2 });
  });

  it('matches names across tone placement, decomposed text and missing diacritics', () => {
    const tasks = [
      ['A1', '', 'Viết tóm tắt', 'Lê Thị Hòa', '', '05/07/2019', '', '', ''],
      ['A2', '', 'Gửi tài liệu', 'Lê Thị Hoà'.normalize('NFD'), '', '05/07/2019', '', '', ''],
      ['A3', '', 'Rà soát', 'le thi hoa', '', '05/07/2019', '', '', ''],
    ];
    const hoa = digestOf(plan({ tasks }), 'hoa@example.org');
    expect(ids(hoa.dueToday)).toEqual(['A1', 'A2', 'A3']);
    expect(hoa.dueToday.every((i) => i.via === null && i.role === 'lead')).toBe(true);
  });

  it('reaches the people of a unit named in Chủ trì: everyone, or only its contacts', () => {
    const all = plan();
    const hoa = digestOf(all, 'hoa@example.org');
    const quy = digestOf(all, 'quy@example.org');
    expect(ids(quy.dueSoon)).toEqual(['T3']);
    expect(quy.dueSoon[0]).toMatchObject({ role: 'lead', via: 'Ban Tuyên giáo Tỉnh ủy' });
    expect(ids(quy.overdue)).toEqual(['T1']);
    expect(quy.overdue[0]).toMatchObject({ role: 'support', via: 'Ban Tuyên giáo Tỉnh ủy' });
    // Hòa is named herself on T2 and through her unit on T1 and T3.
    expect(ids(hoa.dueToday)).toEqual(['T2']);
    expect(hoa.dueToday[0].via).toBeNull();

    const contacts = plan({ settings: [['Gửi cho đơn vị', 'Đầu mối']] });
    expect(contacts.digests.find((d) => d.recipient.email === 'quy@example.org')).toBeUndefined();
    expect(ids(digestOf(contacts, 'hoa@example.org').dueSoon)).toEqual(['T3']);
  });

  it('reaches a group (Nhóm) and a post named without a name (Chức vụ)', () => {
    const people = [
      ['Họ tên', 'Chức vụ', 'Email', 'Nhóm'],
      ['Lê Văn Phúc', 'Nhóm trưởng Nhóm I', 'phuc@example.org', 'Nhóm I; Nhóm Tổng hợp'],
      ['Nguyễn Việt Hùng', 'Trưởng phòng Tài nguyên - Môi trường', 'hung@example.org', 'Nhóm I'],
      ['Nguyễn Minh Đông', 'Chính trị viên Ban CHQS thành phố', 'dong@example.org', 'Nhóm II'],
    ];
    const tasks = [
      ['G1', '', 'Gửi dự thảo đề cương', 'nhom i', '', '05/07/2019', '', '', ''],
      ['G2', '', 'Báo cáo quốc phòng', 'Đồng chí Chính trị viên Ban CHQS thành phố', '', '05/07/2019', '', '', ''],
    ];
    const p = plan({ people, tasks });
    expect(p.digests.map((d) => [d.recipient.email, ids(d.dueToday).join()])).toEqual([
      ['phuc@example.org', 'G1'], ['dong@example.org', 'G2'], ['hung@example.org', 'G1'],
    ]);
    expect(digestOf(p, 'hung@example.org').dueToday[0].via).toBe('Nhóm I');
    expect(digestOf(p, 'dong@example.org').dueToday[0].via).toBe('Chính trị viên Ban CHQS thành phố');
  });

  it('counts a person named twice on a task once, as lead', () => {
    const tasks = [['B1', '', 'Việc chung', 'Ban Tuyên giáo Tỉnh ủy', 'Lê Thị Hoà; Nguyễn Văn Bình', '05/07/2019', '', '', '']];
    const hoa = digestOf(plan({ tasks }), 'hoa@example.org');
    expect(hoa.dueToday).toHaveLength(1);
    expect(hoa.dueToday[0]).toMatchObject({ role: 'lead', matched: ['Ban Tuyên giáo Tỉnh ủy', 'Lê Thị Hoà'] });
  });

  it('escalates a task late by M working days to the lead’s Cấp trên, in that person’s own digest', () => {
    const p = plan();
    const binh = digestOf(p, 'binh@example.org');
    // T1 is 5 working days late (≥ 3): Tiến leads it and his Cấp trên is Bình.
    expect(ids(binh.escalation)).toEqual(['T1']);
    expect(binh.escalation[0].leadPeople).toEqual(['Trần Thanh Tiến']);
    // Still one digest for Bình: escalation is a section of it.
    expect(p.digests.filter((d) => d.recipient.email === 'binh@example.org')).toHaveLength(1);
    // T8 is 1 working day late: nobody is escalated.
    expect(p.digests.flatMap((d) => ids(d.escalation))).toEqual(['T1']);

    const later = plan({ settings: [['Báo cấp trên khi quá hạn (ngày làm việc)', 6]] });
    expect(digestOf(later, 'binh@example.org').escalation).toEqual([]);
  });

  it('lists names nobody can be mailed for, with the reason, and never throws', () => {
    const p = plan();
    expect(p.unreachable.map((u) => [u.name, u.reason, u.roles.join(), u.tasks.map((t) => t.id).join()])).toEqual([
      ['Đỗ Văn Nam', 'noEmail', 'support', 'T8'],
      ['Ông Không Ai', 'unknown', 'lead', 'T8'],
    ]);

    const twins = [...PEOPLE, ['Nguyễn Văn Hùng', '', 'Ban A', 'hung1@example.org', '', '', ''], ['Nguyễn Văn Hùng', '', 'Ban B', 'hung2@example.org', '', '', '']];
    const q = plan({ people: twins, tasks: [['C1', '', 'Việc', 'Nguyễn Văn Hùng', '', '05/07/2019', '', '', '']] });
    expect(q.digests).toEqual([]);
    expect(q.unreachable).toEqual([expect.objectContaining({ name: 'Nguyễn Văn Hùng', reason: 'ambiguous', candidates: ['Nguyễn Văn Hùng', 'Nguyễn Văn Hùng'] })]);

    const noPeople = plan({ people: [['Họ tên', 'Email']] });
    expect(noPeople.digests).toEqual([]);
    expect(noPeople.unreachable.map((u) => u.name)).toContain('Trần Thanh Tiến');
  });

  it('tells an address typed wrong from no address at all', () => {
    // Đỗ Văn Nam (supporter of T8) with something typed in Email that is not an address.
    const people = PEOPLE.map((r) => (r[0] === 'Đỗ Văn Nam' ? [...r.slice(0, 3), 'nam@example', ...r.slice(4)] : r));
    const nam = plan({ people }).unreachable.find((u) => u.name === 'Đỗ Văn Nam')!;
    expect(nam).toMatchObject({ reason: 'badEmail', email: 'nam@example' });
    expect(unreachableText(nam, 'vi')).toBe('«Đỗ Văn Nam» có địa chỉ e-mail “nam@example” không hợp lệ trong trang Nhân sự (là phối hợp; việc T8)');
    expect(unreachableText(nam, 'en')).toBe('“Đỗ Văn Nam” has the e-mail address “nam@example” in the People sheet, which is not valid (as support; tasks T8)');
    // An empty cell is still «no address».
    expect(plan().unreachable.find((u) => u.name === 'Đỗ Văn Nam')).toMatchObject({ reason: 'noEmail' });
  });

  it('names the tasks due a reminder today that reach nobody, and only those', () => {
    // T8 is overdue and neither its lead (unknown) nor its supporter (no e-mail) can be mailed.
    expect(plan().unreached).toEqual([{ id: 'T8', row: 9 }]);
    // With no addresses at all, every task due a reminder today is unreached; T4 (not due yet) and the quiet ones are not.
    const noPeople = plan({ people: [['Họ tên', 'Email']] });
    expect(noPeople.unreached.map((u) => u.id)).toEqual(['T1', 'T2', 'T3', 'T8', 'T9']);
  });

  it('sends no mail on weekends and days off, unless the setting says so', () => {
    const saturday = plan({ today: '2019-07-06' });
    expect(saturday.sendsToday).toBe(false);
    expect(saturday.digests).toEqual([]);
    expect(saturday.summary).toBeNull();

    const holiday = plan({ today: '2019-09-02', tasks: [['H1', '', 'Việc', 'Trần Thanh Tiến', '', '03/09/2019', '', '', '']] });
    expect(holiday.sendsToday).toBe(false);
    expect(holiday.dayOffName).toMatch(/Quốc khánh/);

    const anyway = plan({ today: '2019-07-06', settings: [['Nhắc cả ngày nghỉ', 'Có']] });
    expect(anyway.sendsToday).toBe(true);
    expect(ids(digestOf(anyway, 'tien@example.org').overdue)).toEqual(['T1', 'T9']);
  });

  it('gives the coordinator a summary: counts, what became overdue since the last one', () => {
    const p = plan();
    expect(p.summary).toMatchObject({
      recipient: { name: 'Vũ Thị Lan', email: 'lan@example.org' },
      frequency: 'daily',
      since: '2019-07-04',
      // Open: T1 T2 T3 T4 T6 T8 T9; overdue T1 T6 T8; T1 and T6 late ≥ 3 working days.
      counts: { open: 7, overdue: 3, dueToday: 2, dueSoon: 1, escalated: 2 },
    });
    expect(ids(p.summary!.becameOverdue)).toEqual(['T8']);
    expect(p.replyTo).toBe('lan@example.org');

    // Monday: what fell due on Friday became overdue over the weekend.
    const monday = plan({ today: '2019-07-08' });
    expect(monday.summary!.since).toBe('2019-07-05');
    expect(ids(monday.summary!.becameOverdue)).toEqual(['T2', 'T9']);

    expect(plan({ settings: [['Báo cáo cho người điều phối', 'Không gửi']] }).summary).toBeNull();
  });

  it('sends a weekly summary once a week, counting from the last one in the log', () => {
    const logWith = (day: string) => readReminderLog({ name: 'Nhật ký nhắc việc', values: [
      ['Thời gian', 'Ngày nhắc', 'Người nhận', 'E-mail', 'Loại', 'Công việc', 'Kết quả', 'Ghi chú', 'Khóa'],
      ['', { date: day }, 'Vũ Thị Lan', 'lan@example.org', 'Tổng hợp', '', 'Đã gửi', '', ''],
    ] });
    const weekly: Array<[string, unknown]> = [['Báo cáo cho người điều phối', 'Hằng tuần']];
    expect(plan({ settings: weekly, log: logWith('2019-07-01') }).summary).toBeNull();
    const s = plan({ settings: weekly, log: logWith('2019-06-24') }).summary;
    expect(s).toMatchObject({ frequency: 'weekly', since: '2019-06-24' });
    expect(ids(s!.becameOverdue)).toEqual(['T1', 'T6', 'T8']);
  });

  it('reports an unknown coordinator instead of failing', () => {
    const p = plan({ settings: [['Người điều phối', 'Người Lạ']] });
    expect(p.summary).toBeNull();
    expect(p.replyTo).toBeNull();
    expect(p.unreachable).toContainEqual(expect.objectContaining({ name: 'Người Lạ', reason: 'unknown', roles: ['coordinator'] }));
  });

  it('marks mails already logged today and puts people deferred earlier first', () => {
    const log = readReminderLog({ name: 'Nhật ký nhắc việc', values: [
      ['Thời gian', 'Ngày nhắc', 'Người nhận', 'E-mail', 'Loại', 'Công việc', 'Kết quả', 'Ghi chú', 'Khóa'],
      ['', '', '', '', '', '', 'Đã gửi', '', '2019-07-05|tien@example.org|digest'],
      ['', { date: '2019-07-04' }, 'Phạm Minh Quý', 'Quy@Example.org', 'Nhắc việc', 'T1', 'Hoãn', 'Hết hạn mức', ''],
    ] });
    const p = plan({ log });
    expect(digestOf(p, 'tien@example.org').alreadySent).toBe(true);
    expect(digestOf(p, 'hoa@example.org').alreadySent).toBe(false);
    expect(p.digests[0].recipient.email).toBe('quy@example.org');
    expect(p.digests[0].resumed).toBe(true);
  });

  it('does not remind a heading row whose sub-tasks are reminded', () => {
    const tasks = [
      ['2', '', 'Nhóm việc', 'Trần Thanh Tiến', '', '', '', '', ''],
      ['2.1', '', 'Việc con', 'Trần Thanh Tiến', '', '05/07/2019', '', '', ''],
    ];
    expect(ids(digestOf(plan({ tasks }), 'tien@example.org').dueToday)).toEqual(['2.1']);
  });

  it('uses the recipient’s language', () => {
    const p = plan();
    expect(digestOf(p, 'quy@example.org').recipient.lang).toBe('en');
    expect(digestOf(p, 'tien@example.org').recipient.lang).toBe('vi');
    expect(TASKS.length).toBeGreaterThan(0);
  });
});
