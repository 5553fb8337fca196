/**
 * The first run, the settings sidebar's server side and the help page, through the Apps Script
 * entry points on the fakes: what the user sees in the spreadsheet and in the dialogs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedFakes, onlyOne } from './installed.fixture';
import { menuSetup } from '../../src/gas/setup';
import { menuHelp } from '../../src/gas/help';
import { menuSettings, settingsLoad, settingsSave } from '../../src/gas/settings';
import { readTracker } from '../../src/core/plan/read';
import { SETTING_DEFS } from '../../src/core/plan/settings';
import { activePorts } from '../../src/gas/ports';
import { type FakeEnv, createFakes, seedSheet, sheetDate, sheetState } from '../fakes/index';

// The pages as the add-on serves them (built in the page shell by tests/global-setup.ts).
const PAGES = path.resolve(__dirname, '../../build');
const fakes = installedFakes({ now: () => new Date('2025-10-06T02:00:00Z') });

function setup(opts: Parameters<typeof createFakes>[0] = {}): FakeEnv {
  return fakes.setup(opts, (env) => {
    for (const page of ['settings', 'help']) env.htmlFiles[page] = readFileSync(path.join(PAGES, `${page}.html`), 'utf8');
    // The sample plan is a project file the build writes (src/gas/sample.ts).
    env.htmlFiles['sample-data'] = readFileSync(path.resolve(__dirname, '../../build/sample-data.html'), 'utf8');
  });
}

const sheetNames = (env: FakeEnv) => env.spreadsheet.getSheets().map((s) => s.getName());
const book = () => {
  const wb = activePorts('vi').workbook;
  return readTracker(wb.readGrids(wb.sheetNames()));
};

/** Every non-empty cell of the seed still holds what the user typed. */
function userCellsKept(env: FakeEnv, sheet: string, seed: unknown[][]): string[] {
  const now = sheetState(env, sheet).values;
  const diffs: string[] = [];
  seed.forEach((row, r) => row.forEach((v, c) => {
    if (v === '') return;
    const got = now[r]?.[c];
    const same = v instanceof Date ? got instanceof Date && got.getTime() === v.getTime() : got === v;
    if (!same) diffs.push(`R${r + 1}C${c + 1}: ${String(v)} → ${String(got)}`);
  }));
  return diffs;
}

describe('Thiết lập bảng theo dõi', () => {
  it('turns an empty spreadsheet into a tracker: four sheets, headers, formats, lists, notes, frozen headers', () => {
    const env = setup();
    env.ui.alertResponses.push('NO');
    menuSetup();
    expect(sheetNames(env)).toEqual(['Trang tính1', 'Công việc', 'Nhân sự', 'Ngày nghỉ', 'Cài đặt']);
    const tasks = sheetState(env, 'Công việc');
    expect(tasks.values[0].slice(0, 3)).toEqual(['Mã', 'Phần', 'Nội dung công việc']);
    expect(tasks.frozenRows).toBe(1);
    const formatOf = (a1: string) => env.spreadsheet.getSheetByName('Công việc')!.getRange(a1).getNumberFormat();
    expect([formatOf('H2'), formatOf('H501'), formatOf('K2')]).toEqual(['dd/mm/yyyy', 'dd/mm/yyyy', '0%']);
    expect(tasks.validations.find((v) => v.kind === 'list' && v.values?.includes('Đang thực hiện'))?.a1).toBe('J2:J501');
    expect(tasks.notes[0][0]).toMatch(/Mỗi dòng là một công việc/);
    // Widths chosen so the task list prints two A4 landscape pages across at a readable size.
    expect(tasks.columnWidths[3]).toBe(300);
    expect(sheetState(env, 'Cài đặt').values.length).toBe(SETTING_DEFS.length + 1);
    // The user was asked about the sample, told the progress, then given the result.
    expect(env.ui.alerts[0]).toMatch(/Điền sẵn một kế hoạch mẫu để xem thử\?/);
    expect(env.ui.toasts).toEqual(['Đang đọc bảng tính…', 'Đang tạo và sửa các trang…']);
    expect(env.ui.alerts[1]).toMatch(/^Đã thiết lập xong bảng theo dõi\.\nĐã tạo trang: «Công việc», «Nhân sự», «Ngày nghỉ», «Cài đặt»\./);
    expect(env.properties.document.get('tiendo.layoutVersion')).toBe('2');
    expect(book().problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('fills the sample plan when asked, moved to today so its statuses mean something', () => {
    const env = setup();
    env.ui.alertResponses.push('YES');
    menuSetup();
    const wb = book();
    expect(wb.tasks.length).toBeGreaterThan(20);
    expect(wb.people.length).toBeGreaterThan(5);
    expect(wb.settings.planNumber).toBe('KH/TBT');
    // The sample's own "today" (12/11/2019) lands on this week: some tasks are behind us, some ahead.
    const today = new Date().toISOString().slice(0, 10);
    const dues = wb.tasks.map((t) => t.due).filter((d): d is string => !!d).sort();
    expect(dues[0] < today && dues[dues.length - 1] > today).toBe(true);
    expect(wb.tasks.some((t) => t.status === 'inProgress')).toBe(true);
    expect(env.ui.alerts[1]).toMatch(/Đã điền kế hoạch mẫu: \d+ công việc, \d+ người\./);
  });

  it('does nothing when the user cancels', () => {
    const env = setup();
    env.ui.alertResponses.push('CANCEL');
    menuSetup();
    expect(sheetNames(env)).toEqual(['Trang tính1']);
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.properties.document.has('tiendo.layoutVersion')).toBe(false);
  });

  it('repairs a half-filled tracker without changing any cell the user wrote, and does not offer the sample', () => {
    const env = setup();
    const tasks = [
      ['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành', 'Cột riêng'],
      ['T1', 'Dự thảo Báo cáo chính trị', 'Nguyễn Văn An', sheetDate(env, '2025-10-10'), 'của tôi'],
      ['T2', '=SUM(1;2) là chữ', 'Trần Thị Bình', '', ''],
    ];
    const settings = [['Mục', 'Giá trị', 'Giải thích'], ['Giờ gửi nhắc việc', 9, 'ghi chú riêng']];
    seedSheet(env, 'Công việc', tasks.map((r) => r.map((v) => (typeof v === 'string' && v.startsWith('=') ? `'${v}` : v))));
    seedSheet(env, 'Cài đặt', settings);
    menuSetup();
    expect(userCellsKept(env, 'Công việc', [tasks[0], tasks[1], ['T2', '=SUM(1;2) là chữ', 'Trần Thị Bình']])).toEqual([]);
    expect(userCellsKept(env, 'Cài đặt', settings)).toEqual([]);
    expect(sheetState(env, 'Công việc').values[0].slice(5, 8)).toEqual(['Phần', 'Sản phẩm', 'Phối hợp']);
    expect(env.ui.alerts).toHaveLength(1);
    expect(env.ui.alerts[0]).toMatch(/Trang «Công việc»: đã thêm cột «Phần», «Sản phẩm»/);
    expect(env.ui.alerts[0]).toMatch(/Dữ liệu có sẵn được giữ nguyên\./);
    const wb = book();
    expect(wb.settings.reminderHour).toBe(9);
    expect(wb.tasks.map((t) => t.title)).toEqual(['Dự thảo Báo cáo chính trị', '=SUM(1;2) là chữ']);
  });

  it('migrates a version-1 layout in place: renamed headers, same data, version recorded', () => {
    const env = setup();
    const tasks = [
      ['Mã', 'Nội dung công việc', 'Hạn hoàn thành', 'Hạn tính', 'Trạng thái tính', 'Lỗi'],
      ['T1', 'Dự thảo', sheetDate(env, '2025-09-30'), sheetDate(env, '2025-09-30'), 'Quá hạn', ''],
    ];
    seedSheet(env, 'Công việc', tasks);
    seedSheet(env, 'Cài đặt', [['Key', 'Value', 'Note'], ['reminderHour', 6, '']]);
    menuSetup();
    expect(sheetState(env, 'Công việc').values[0].slice(0, 6)).toEqual(['Mã', 'Nội dung công việc', 'Hạn hoàn thành', 'Hạn tính toán', 'Tình trạng', 'Kiểm tra']);
    expect(userCellsKept(env, 'Công việc', [[], tasks[1]])).toEqual([]);
    expect(sheetState(env, 'Cài đặt').values.slice(0, 2)).toEqual([['Mục', 'Giá trị', 'Giải thích'], ['Giờ gửi nhắc việc', 6, '']]);
    expect(env.properties.document.get('tiendo.layoutVersion')).toBe('2');
    expect(env.ui.alerts[0]).toMatch(/Đã chuyển bố cục bảng từ phiên bản 1 lên 2\./);
    expect(book().layouts.tasks?.computed).toMatchObject({ computedDue: 3, scheduleStatus: 4, problems: 5 });
  });

  it('leaves a tracker made by a newer version alone', () => {
    const env = setup();
    seedSheet(env, 'Công việc', [['Mã', 'Nội dung công việc', 'Trạng thái tính']]);
    env.properties.document.set('tiendo.layoutVersion', '7');
    menuSetup();
    expect(sheetNames(env)).toEqual(['Trang tính1', 'Công việc']);
    expect(sheetState(env, 'Công việc').values[0][2]).toBe('Trạng thái tính');
    expect(env.ui.alerts[0]).toMatch(/phiên bản mới hơn/);
  });

  it('costs the same number of service calls for 5 tasks as for 2 000', () => {
    const count = (n: number) => {
      const env = setup();
      const rows = [['Mã', 'Nội dung công việc', 'Hạn hoàn thành'], ...Array.from({ length: n }, (_, i) => [`T${i + 1}`, `Việc ${i + 1}`, ''])];
      seedSheet(env, 'Công việc', rows);
      env.calls.reset();
      menuSetup();
      return env.calls.total();
    };
    expect(count(2000)).toBe(count(5));
  });

  it('says what to do when another run holds the document', () => {
    const env = setup();
    env.lock.holdByOther(true);
    menuSetup();
    expect(env.ui.alerts).toEqual([expect.stringMatching(/Một thao tác khác đang chạy/)]);
    expect(sheetNames(env)).toEqual(['Trang tính1']);
  });

  it('gives a missing authorization its own message, not a stack trace', () => {
    const env = setup();
    env.auth.revoke('https://www.googleapis.com/auth/spreadsheets.currentonly');
    menuSetup();
    expect(env.ui.alerts.join('\n')).toMatch(/chưa được cấp đủ quyền/);
    expect(env.ui.alerts.join('\n')).not.toMatch(/\n\s+at /);
  });
});

describe('settings sidebar, server side', () => {
  function tracker(env: FakeEnv): void {
    env.ui.alertResponses.push('NO');
    menuSetup();
    seedSheet(env, 'Nhân sự', [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email'], ['Nguyễn Văn An', 'Chánh Văn phòng', 'Văn phòng', 'an@example.org'], ['Trần Thị Bình', 'Chuyên viên', 'Văn phòng', 'binh@example.org']]);
    env.ui.alerts.length = 0;
  }

  it('opens with every setting and the people to choose the coordinator from, escaped inside the page', () => {
    const env = setup();
    tracker(env);
    seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ['Tên kế hoạch', '</script><script>alert(1)</script>']]);
    menuSettings();
    const { title, html } = onlyOne(env.ui.sidebars);
    expect(title).toBe('Cài đặt');
    const boot = /<script>window.__TIENDO__=(.*?);<\/script>/.exec(html);
    expect(boot).not.toBeNull();
    expect(boot![1]).not.toContain('</script');
    const data = JSON.parse(boot![1]) as { lang: string; strings?: Record<string, string>; data: { form: Record<string, string>; people: string[] } };
    expect(data.lang).toBe('vi');
    expect(data.data.form.planName).toBe('</script><script>alert(1)</script>');
    expect(data.data.people).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    // The page carries its own text (tests/gas/page-strings.test.ts): the server sends none.
    expect(data.strings).toBeUndefined();
  });

  it('saves a checked form in one write, into the rows the sheet already has', () => {
    const env = setup();
    tracker(env);
    const form = settingsLoad().form;
    env.calls.reset();
    const r = settingsSave({ ...form, reminderHour: '8', coordinator: 'Trần Thị Bình', docFormat: 'state', planName: '=1+1' });
    expect(r.ok).toBe(true);
    expect(env.calls.byMethod()['Range.setValues']).toBe(1);
    const wb = book();
    expect(wb.settings).toMatchObject({ reminderHour: 8, coordinator: 'Trần Thị Bình', docFormat: 'state', planName: '=1+1' });
    const rows = sheetState(env, 'Cài đặt');
    expect(rows.formulas.flat().filter(Boolean)).toEqual([]);
    expect(rows.values.find((row) => row[0] === 'Thể thức văn bản')?.[1]).toBe('Văn bản hành chính (NĐ 30/2020)');
  });

  it('refuses wrong values with a message per field and writes nothing', () => {
    const env = setup();
    tracker(env);
    const before = sheetState(env, 'Cài đặt').values;
    const r = settingsSave({ ...settingsLoad().form, reminderHour: '25', coordinator: 'Người Lạ' });
    expect(r).toEqual({
      ok: false,
      errors: {
        reminderHour: { key: 'ui.settings.err.tooBig', params: { max: '23' } },
        coordinator: { key: 'ui.settings.err.coordinator', params: { value: 'Người Lạ' } },
      },
    });
    expect(sheetState(env, 'Cài đặt').values).toEqual(before);
  });

  it('shows a value the sheet holds wrongly as a message next to its field', () => {
    const env = setup();
    tracker(env);
    seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ['Giờ gửi nhắc việc', 'sáng sớm']]);
    const view = settingsLoad();
    expect(view.form.reminderHour).toBe('7');
    expect(view.sheetErrors.reminderHour).toEqual({ key: 'ui.settings.err.inSheet', params: { value: 'sáng sớm' } });
  });

  it('sends a failure to the page as one sentence', () => {
    const env = setup();
    env.auth.revoke('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(() => settingsLoad()).toThrow(/^Tiến độ chưa được cấp đủ quyền/);
  });
});

describe('Hướng dẫn', () => {
  it('opens beside the sheet in the user’s language, with the other language ready', () => {
    const env = setup({ locale: 'en_US' });
    menuHelp();
    const d = onlyOne(env.ui.dialogs);
    expect(d).toMatchObject({ title: 'How to use Tiến độ', modeless: true });
    const boot = JSON.parse(/window.__TIENDO__=(.*?);<\/script>/.exec(d.html)![1]) as { lang: string; data: { content: { tasks: Array<{ name: string }> }; other: { lang: string } } };
    expect(boot.lang).toBe('en');
    expect(boot.data.content.tasks[0].name).toBe('ID');
    expect(boot.data.other.lang).toBe('vi');
  });
});
