import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../../../src/core/reports/csv';
import { PREFILL_MARKER, formQuestions, linkPattern, reportLink } from '../../../src/core/reports/form';
import { Assignment } from '../../../src/core/reports/assignment';
import { planReportImport } from '../../../src/core/reports/import';
import { ganttLayoutFor } from '../../../src/core/gantt/outputs';
import { planRefresh } from '../../../src/core/refresh/plan';
import type { Person } from '../../../src/core/plan/model';
import { d, grids } from '../schedule/schedule.fixture';

const person = (name: string, unit: string, email: string | null, groups: string[] = []): Person =>
  ({ row: 2, name, position: '', unit, email, groups, supervisor: '', contact: false, language: 'vi' });

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n1,"two\nlines",3\r\n')).toEqual([['a', 'b, c', 'say "hi"'], ['1', 'two\nlines', '3']]);
  });
  it('takes semicolons when the header uses them (Excel in a Vietnamese locale)', () => {
    expect(parseCsv('Email;Mã việc\nx@y.org;1')).toEqual([['Email', 'Mã việc'], ['x@y.org', '1']]);
  });
  it('leaves blank rows out, where csvRecords keeps every record in its place with the separator it is given', () => {
    expect(parseCsv('a,b\n\n , \n1,2\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(csvRecords('a;b,c\n\n"x\n;y",\n', ',')).toEqual([['a;b', 'c'], [''], ['x\n;y', '']]);
  });
});

describe('the pre-filled link', () => {
  it('keeps one pattern and fills in each task, encoded', () => {
    const pattern = linkPattern(`https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.12=${PREFILL_MARKER}`);
    expect(pattern).toBe('https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.12={{Mã}}');
    expect(reportLink(pattern, 'A.15')).toBe('https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.12=A.15');
    expect(reportLink(pattern, 'II/3 & 4')).toBe('https://docs.google.com/forms/d/e/X/viewform?usp=pp_url&entry.12=II%2F3%20%26%204');
    expect(reportLink('javascript:alert(1)//{{Mã}}', '1')).toBeNull();
    expect(reportLink('', '1')).toBeNull();
  });
  it('asks its questions in the plan’s language', () => {
    expect(formQuestions('en').map((q) => q.title)).toEqual(['Task ID', 'Status', '% done', 'Completion date', 'Result', 'Difficulties', 'Proposals', 'Proposed new deadline']);
  });
});

describe('who may report', () => {
  const people = [
    person('Trần Thanh Tiến', 'Văn phòng', 'tien@example.org', ['Tổ Biên tập']),
    person('Lê Văn Phúc', 'Văn phòng', 'phuc@example.org'),
    person('Nguyễn Thị Mai', 'Ban Tuyên giáo', 'mai@example.org', ['Tổ Biên tập']),
    person('Phạm Văn Hùng', 'Ban Tổ chức', 'hung@example.org'),
  ];
  const who = new Assignment(people);
  it('the lead, the supporters, their unit, a group’s members; nobody else', () => {
    expect(who.mayReport({ lead: ['Trần Thanh Tiến'], support: [] }, 'TIEN@example.org')).toBe(true);
    expect(who.mayReport({ lead: ['Trần Thanh Tiến'], support: [] }, 'phuc@example.org')).toBe(true);
    expect(who.mayReport({ lead: ['Ban Tuyên giáo'], support: [] }, 'mai@example.org')).toBe(true);
    expect(who.mayReport({ lead: ['Tổ Biên tập'], support: [] }, 'mai@example.org')).toBe(true);
    expect(who.mayReport({ lead: ['Ban Tuyên giáo'], support: ['Lê Văn Phúc'] }, 'hung@example.org')).toBe(false);
    expect(who.mayReport({ lead: ['Ai đó'], support: [] }, 'hung@example.org')).toBe(false);
    expect(who.mayReport({ lead: ['Trần Thanh Tiến'], support: [] }, '')).toBe(false);
  });
});

describe('importing a form export', () => {
  const header = ['Timestamp', 'Email Address', 'Task ID', 'Status', '% done', 'Completion date', 'Result', 'Difficulties', 'Proposals', 'Proposed new deadline'];
  it('maps English headers onto the sheet’s columns, skips what is there, keeps text as text', () => {
    const sheet = { name: 'Báo cáo từ đơn vị', values: [['Email', 'Dấu thời gian', 'Mã việc', 'Tình trạng'], ['a@x.org', '01/11/2019 08:00:00', '1', 'Đang thực hiện']] };
    const csv = [header, ['01/11/2019 08:00:00', 'a@x.org', '1', 'In progress', '', '', '', '', '', ''], ['02/11/2019 09:00:00', 'b@x.org', '2', 'Done', '100', '', '=HYPERLINK("x")', '', '', '']];
    const plan = planReportImport(sheet, csv);
    expect(plan).toMatchObject({ ok: true, header: null, added: 1, skipped: 1 });
    expect(plan.rows[0].slice(0, 4)).toEqual(['b@x.org', '02/11/2019 09:00:00', '2', 'Done']);
  });
  it('gives a new sheet the form’s header, and refuses a CSV without one', () => {
    const plan = planReportImport(undefined, [header, ['01/11/2019', 'a@x.org', '1', 'Done', '', '', 'r', '', '', '']]);
    expect(plan.header).toEqual(['Dấu thời gian', 'Email', 'Mã việc', 'Tình trạng', '% hoàn thành', 'Ngày hoàn thành', 'Kết quả', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị', 'Đề nghị hạn mới']);
    expect(plan.rows).toEqual([['01/11/2019', 'a@x.org', '1', 'Done', null, null, 'r', null, null, null]]);
    expect(planReportImport(undefined, [['a', 'b'], ['1', '2']]).ok).toBe(false);
  });
});

describe('the Gantt tooltip', () => {
  it('carries the task’s latest report', () => {
    const g = grids([{ id: '1', title: 'Việc một', lead: 'Trần Thanh Tiến', start: d('2019-11-01'), due: d('2019-11-20') }], { people: [['Trần Thanh Tiến', '', 'Văn phòng', 'tien@example.org', '']] });
    g.push({ name: 'Báo cáo từ đơn vị', values: [['Dấu thời gian', 'Email', 'Mã việc', 'Tình trạng', '% hoàn thành'], ['11/11/2019 09:00:00', 'tien@example.org', '1', 'Gặp khó khăn', '40']] });
    const plan = planRefresh(g, '2019-11-12');
    const row = ganttLayoutFor(plan.schedule, plan.tracker.settings).rows.find((r) => r.id === '1')!;
    expect(row.report).toBe('11/11/2019 · tien@example.org · Gặp khó khăn · 40% (chờ duyệt)');
  });
});

describe('reported percentages', () => {
  it('reads the form’s 0–100 answers, fractions of % cells and text with %', async () => {
    const { parseReportPercent } = await import('../../../src/core/reports/read');
    expect(parseReportPercent('1')).toEqual({ ok: true, value: 0.01 });
    expect(parseReportPercent(60)).toEqual({ ok: true, value: 0.6 });
    expect(parseReportPercent(0.45)).toEqual({ ok: true, value: 0.45 });
    expect(parseReportPercent('75%')).toEqual({ ok: true, value: 0.75 });
    expect(parseReportPercent('150').ok).toBe(false);
    expect(parseReportPercent('nhiều').ok).toBe(false);
  });
});
