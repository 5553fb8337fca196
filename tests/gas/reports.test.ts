/**
 * The units' reports as Apps Script runs them: build/Code.js in node:vm over the fakes, with the
 * FormApp fake (tests/fakes/forms.ts). The form is made once and its answers land in the tracker;
 * the pre-filled link opens the right task; reports wait for approval or apply per the setting;
 * a reporter with no part in the task is refused; an approved extension moves the deadline and
 * counts in the baseline; the progress report quotes the units; a refresh's calls do not grow with
 * the number of reports or tasks.
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedSheet, sheetDate, sheetState } from '../fakes/index';
import { submitFormResponse } from '../fakes/forms';
import { ROOT, loadBundle } from '../fakes/vm';

const NOW = new Date('2019-11-12T02:00:00Z'); // Tuesday 09:00 in Hà Nội
type Fn = (...a: unknown[]) => unknown;

const TASK_HEADER = ['Mã', 'Phần', 'Nội dung công việc', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc', 'Trạng thái', '% hoàn thành', 'Ngày hoàn thành', 'Nhắc việc', 'Văn bản', 'Ghi chú'];

function seed(env: FakeEnv, settings: string[][] = [], taskCount = 3): void {
  const tasks: unknown[][] = [
    ['1', 'I', 'Xây dựng dự thảo Báo cáo chính trị', '', 'Trần Thanh Tiến', 'Lê Văn Phúc', '01/10/2019', '20/11/2019', '', 'Đang thực hiện', '30%', '', 'Có', '', ''],
    ['2', 'I', 'Tổng hợp ý kiến các ban', '', 'Ban Tuyên giáo', '', '01/10/2019', '05/11/2019', '', '', '', '', 'Có', '', ''],
    ['3', 'II', 'Hoàn thiện dự thảo lần 2', '', 'Lê Văn Phúc', '', '01/11/2019', '13/11/2019', '', '', '', '', 'Có', '', ''],
  ];
  for (let i = 4; i <= taskCount; i++) tasks.push([String(i), 'III', `Việc số ${i}`, '', 'Lê Văn Phúc', '', '01/11/2019', '30/12/2019', '', '', '', '', 'Có', '', '']);
  seedSheet(env, 'Công việc', [TASK_HEADER, ...tasks]);
  seedSheet(env, 'Nhân sự', [
    ['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Nhóm', 'Cấp trên'],
    ['Trần Thanh Tiến', 'Chánh Văn phòng', 'Văn phòng', 'tien@example.org', '', ''],
    ['Lê Văn Phúc', 'Chuyên viên', 'Văn phòng', 'phuc@example.org', '', 'Trần Thanh Tiến'],
    ['Nguyễn Thị Mai', 'Trưởng ban', 'Ban Tuyên giáo', 'mai@example.org', '', ''],
    ['Phạm Văn Hùng', 'Chuyên viên', 'Ban Tổ chức', 'hung@example.org', '', ''],
  ]);
  seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ['Tên kế hoạch', 'Kế hoạch xây dựng văn kiện'], ['Người điều phối', 'Trần Thanh Tiến'], ...settings]);
}

function setup(settings: string[][] = []) {
  const env = createFakes({ now: () => NOW });
  seed(env, settings);
  env.htmlFiles['approve-reports'] = readFileSync(path.join(ROOT, 'build/approve-reports.html'), 'utf8');
  env.htmlFiles['doc-result'] = readFileSync(path.join(ROOT, 'build/doc-result.html'), 'utf8');
  const gas = loadBundle(env) as unknown as Record<string, Fn>;
  return { env, gas };
}

const col = (env: FakeEnv, sheet: string, header: string): unknown[] => {
  const s = sheetState(env, sheet);
  const c = (s.values[0] as unknown[]).indexOf(header);
  expect(c, `column ${header} in ${sheet}`).toBeGreaterThanOrEqual(0);
  return s.values.map((r) => r[c]);
};
const setting = (env: FakeEnv, label: string) => sheetState(env, 'Cài đặt').values.find((r) => r[0] === label)?.[1];
const formId = (env: FakeEnv) => [...env.forms.forms.keys()][0];
const answer = (env: FakeEnv, email: string, answers: Record<string, string | number>, at = new Date('2019-11-11T03:15:00Z')) =>
  submitFormResponse(env.forms, env._book.model, formId(env), { at, email, answers });

describe('Tạo biểu mẫu báo cáo tiến độ', () => {
  it('creates one form whose answers land in «Báo cáo từ đơn vị»; a second run reuses it', () => {
    const { env, gas } = setup();
    gas.menuReportForm();
    expect(env.forms.forms.size).toBe(1);
    const form = env.forms.forms.get(formId(env))!;
    expect(form.title).toBe('Báo cáo tiến độ: Kế hoạch xây dựng văn kiện');
    expect(form.collectEmail).toBe(true);
    expect(form.items.map((i) => i.title)).toEqual(['Mã việc', 'Tình trạng', '% hoàn thành', 'Ngày hoàn thành', 'Kết quả', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị', 'Đề nghị hạn mới']);
    expect(form.items[1].choices).toEqual(['Đang thực hiện', 'Đã hoàn thành', 'Gặp khó khăn', 'Đề nghị gia hạn']);
    // The destination sheet, renamed: its header is the form's, in the report sheet's order.
    expect(sheetState(env, 'Báo cáo từ đơn vị').values[0]).toEqual(['Dấu thời gian', 'Địa chỉ email', 'Mã việc', 'Tình trạng', '% hoàn thành', 'Ngày hoàn thành', 'Kết quả', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị', 'Đề nghị hạn mới']);
    expect(env.properties.document.get('tiendo.reports.formId')).toBe(form.id);
    expect(env.ui.alerts.at(-1)).toContain('Đã tạo biểu mẫu báo cáo tiến độ');
    expect(env.ui.alerts.at(-1)).toContain(`https://docs.google.com/forms/d/e/${form.publishedId}/viewform`);

    env.calls.reset();
    gas.menuReportForm();
    expect(env.forms.forms.size).toBe(1);
    expect(env.ui.alerts.at(-1)).toContain('đã có biểu mẫu');
    expect(env.calls.byMethod()['FormApp.create']).toBeUndefined();
    expect(env._book.model.sheets.filter((s) => /Báo cáo|Câu trả lời/.test(s.name))).toHaveLength(1);
  });

  it('asks the form for its pre-filled link once; the stored pattern opens each task', () => {
    const { env, gas } = setup();
    env.calls.reset();
    gas.menuReportForm();
    const calls = env.calls.byMethod();
    expect(calls['FormResponse.toPrefilledUrl']).toBe(1);
    expect(calls['FormApp.create']).toBe(1);
    // Creating the form and linking its answers are the only Forms requests; its questions are cheap writes.
    expect(env.calls.byClass().advanced?.calls ?? 0).toBeLessThan(10);
    const pattern = String(setting(env, 'Biểu mẫu báo cáo'));
    const form = env.forms.forms.get(formId(env))!;
    const taskItem = form.items.find((i) => i.title === 'Mã việc')!;
    expect(pattern).toBe(`https://docs.google.com/forms/d/e/${form.publishedId}/viewform?usp=pp_url&entry.${taskItem.id}={{Mã}}`);

    // A reminder links each task with its own ID filled in, without another Forms call.
    env.calls.reset();
    const preview = () => { gas.menuPreviewReminders(); return env.ui.dialogs.at(-1)!.html; };
    env.htmlFiles.reminders = readFileSync(path.join(ROOT, 'build/reminders.html'), 'utf8');
    const html = preview();
    expect(Object.keys(env.calls.byMethod()).some((k) => /^Form/.test(k))).toBe(false);
    const url = new URL(`https://docs.google.com/forms/d/e/${form.publishedId}/viewform?usp=pp_url&entry.${taskItem.id}=3`);
    expect(url.searchParams.get(`entry.${taskItem.id}`)).toBe('3');
    expect(html).toContain(`entry.${taskItem.id}=3`);
    expect(html).toContain(`entry.${taskItem.id}=2`);
  });
});

describe('reports flow back at each refresh', () => {
  it('waits for approval by default; "Duyệt" writes the user columns with a note naming the report', () => {
    const { env, gas } = setup();
    gas.menuReportForm();
    answer(env, 'tien@example.org', { 'Mã việc': '1', 'Tình trạng': 'Đã hoàn thành', '% hoàn thành': '100', 'Kết quả': 'Dự thảo lần 1 đã trình' });
    gas.menuRefresh();
    expect(col(env, 'Công việc', 'Trạng thái')[1]).toBe('Đang thực hiện');
    expect(col(env, 'Công việc', 'Báo cáo gần nhất')[1]).toBe('11/11/2019 · tien@example.org · Đã hoàn thành · 100% (chờ duyệt)');
    expect(col(env, 'Báo cáo từ đơn vị', 'Xử lý')[1]).toBe('Chờ duyệt');

    gas.menuApproveReports();
    const dialog = env.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Duyệt báo cáo của đơn vị');
    expect(dialog.html).toContain('Dự thảo lần 1 đã trình');

    const r = gas.reportsApprove(2) as { message: string; pending: unknown[] };
    expect(r.message).toMatch(/^Đã duyệt 1 báo cáo/);
    expect(r.pending).toEqual([]);
    const tasks = sheetState(env, 'Công việc');
    const statusCol = TASK_HEADER.indexOf('Trạng thái');
    expect(tasks.values[1][statusCol]).toBe('Hoàn thành');
    expect(tasks.values[1][TASK_HEADER.indexOf('% hoàn thành')]).toBe(1);
    expect(tasks.notes[1][statusCol]).toBe('Theo báo cáo của tien@example.org ngày 11/11/2019 (trang Báo cáo từ đơn vị, dòng 2)');
    expect(col(env, 'Báo cáo từ đơn vị', 'Xử lý')[1]).toBe('Đã duyệt 12/11/2019');
    // Other rows' cells are not touched.
    expect(tasks.values[2][statusCol]).toBe('');
  });

  it('applies at once when «Áp dụng báo cáo của đơn vị» is «Ngay», and refuses a reporter not assigned', () => {
    const { env, gas } = setup([['Áp dụng báo cáo của đơn vị', 'Ngay']]);
    gas.menuReportForm();
    answer(env, 'phuc@example.org', { 'Mã việc': '3', 'Tình trạng': 'Đang thực hiện', '% hoàn thành': '60' });
    answer(env, 'hung@example.org', { 'Mã việc': '2', 'Tình trạng': 'Đã hoàn thành', '% hoàn thành': '100' });
    gas.menuRefresh();
    expect(col(env, 'Công việc', 'Trạng thái')[3]).toBe('Đang thực hiện');
    expect(col(env, 'Công việc', '% hoàn thành')[3]).toBe(0.6);
    expect(col(env, 'Công việc', 'Trạng thái')[2]).toBe('');
    const handling = col(env, 'Báo cáo từ đơn vị', 'Xử lý');
    expect(handling[1]).toBe('Đã áp dụng 12/11/2019');
    expect(String(handling[2])).toMatch(/^Không hợp lệ: hung@example.org không phải người chủ trì/);
    const overview = sheetState(env, 'Tổng quan').values.flat().map(String);
    expect(overview.some((v) => v.includes('hung@example.org không phải'))).toBe(true);
    // A second refresh applies nothing again and writes no report cell.
    env.calls.reset();
    gas.menuRefresh();
    expect(sheetState(env, 'Công việc').notes[3][TASK_HEADER.indexOf('Trạng thái')]).toContain('phuc@example.org');
  });

  it('an approved extension moves the deadline and counts as an extension against the baseline', () => {
    const { env, gas } = setup();
    gas.menuBaseline();
    gas.menuReportForm();
    answer(env, 'mai@example.org', { 'Mã việc': '2', 'Tình trạng': 'Đề nghị gia hạn', '% hoàn thành': '70', 'Khó khăn, vướng mắc': 'Các ban gửi ý kiến chậm', 'Đề xuất, kiến nghị': 'Lùi hạn đến 29/11/2019', 'Đề nghị hạn mới': '29/11/2019' });
    gas.menuRefresh();
    expect(col(env, 'Công việc', 'Tình trạng')[2]).toBe('Quá hạn');
    gas.reportsApprove(2);
    const due = col(env, 'Công việc', 'Hạn hoàn thành')[2];
    expect(due).toEqual(sheetDate(env, '2019-11-29'));
    expect(col(env, 'Công việc', 'Tình trạng')[2]).not.toBe('Quá hạn');
    const base = sheetState(env, 'Kế hoạch gốc');
    const ext = (base.values[0] as unknown[]).indexOf('Số lần gia hạn');
    expect(base.values.find((r) => r[0] === '2')![ext]).toBe(1);
  });

  it('the progress report quotes the units’ result, difficulties and proposals', () => {
    const { env, gas } = setup();
    gas.menuReportForm();
    answer(env, 'mai@example.org', { 'Mã việc': '2', 'Tình trạng': 'Gặp khó khăn', '% hoàn thành': '50', 'Kết quả': 'Đã tổng hợp ý kiến của 5 ban', 'Khó khăn, vướng mắc': 'Hai ban chưa gửi ý kiến', 'Đề xuất, kiến nghị': 'Đề nghị Văn phòng đôn đốc' });
    gas.menuDocReport();
    const text = env.docs.text(env.docs.documents[0]);
    expect(text).toContain('KẾT QUẢ THỰC HIỆN THEO BÁO CÁO CỦA ĐƠN VỊ');
    expect(text).toContain('- Tổng hợp ý kiến các ban: Đã tổng hợp ý kiến của 5 ban (mai@example.org, ngày 11/11/2019)');
    const problems = text.indexOf('KHÓ KHĂN, VƯỚNG MẮC');
    expect(text.indexOf('- Tổng hợp ý kiến các ban: Hai ban chưa gửi ý kiến (mai@example.org)')).toBeGreaterThan(problems);
    expect(text.indexOf('- Tổng hợp ý kiến các ban: Đề nghị Văn phòng đôn đốc (mai@example.org)')).toBeGreaterThan(text.indexOf('ĐỀ XUẤT, KIẾN NGHỊ'));
  });
});

describe('a refresh reads the report sheet once', () => {
  function callsFor(reports: number, tasks: number): Record<string, number> {
    const env = createFakes({ now: () => NOW });
    seed(env, [], tasks);
    const emails = ['tien@example.org', 'phuc@example.org', 'hung@example.org', 'mai@example.org'];
    const rows = Array.from({ length: reports }, (_, i) => [
      `${String(1 + (i % 11)).padStart(2, '0')}/11/2019 08:${String(i % 60).padStart(2, '0')}:00`, emails[i % 4], String(1 + (i % tasks)),
      i % 3 === 0 ? 'Đã hoàn thành' : 'Đang thực hiện', String(i % 100), '', `Kết quả ${i}`, i % 5 === 0 ? 'Khó khăn' : '', '', '',
    ]);
    seedSheet(env, 'Báo cáo từ đơn vị', [['Dấu thời gian', 'Địa chỉ email', 'Mã việc', 'Tình trạng', '% hoàn thành', 'Ngày hoàn thành', 'Kết quả', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị', 'Đề nghị hạn mới'], ...rows]);
    const gas = loadBundle(env) as unknown as Record<string, Fn>;
    gas.menuRefresh(); // the first run lays the sheets out
    env.calls.reset();
    gas.reportsApprove(2); // a refresh that also applies a report
    return env.calls.byMethod();
  }

  it('makes the same calls for 100 reports on 50 tasks as for 2 000 reports on 1 000 tasks', () => {
    const small = callsFor(100, 50);
    const large = callsFor(2000, 1000);
    expect(large).toEqual(small);
    expect(small['Range.getValues']).toBeLessThanOrEqual(8);
  });
});
