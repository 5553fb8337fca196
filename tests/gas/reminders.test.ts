/**
 * The reminder entry points as Apps Script runs them: build/Code.js loaded in node:vm over the
 * fakes. The daily trigger (exactly one per document), its authorization check, the handler that
 * refreshes then reminds, the preview dialog and its "send now".
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedSheet, sheetState } from '../fakes/index';
import { ROOT, loadBundle } from '../fakes/vm';
import { grids } from '../core/remind/reminders.fixture';

const FRIDAY = new Date('2019-07-05T00:30:00Z');
type Fn = (...a: unknown[]) => unknown;

let envs: FakeEnv[] = [];
afterEach(() => { envs = []; });

function setup(settings: Array<[string, unknown]> = [['Giờ gửi nhắc việc', 8]], opts: { addon?: boolean } = {}) {
  const env = createFakes({ now: () => FRIDAY, ...opts });
  for (const g of grids({ settings })) seedSheet(env, g.name, g.values as unknown[][]);
  env.htmlFiles.reminders = readFileSync(path.join(ROOT, 'build/reminders.html'), 'utf8');
  envs.push(env);
  const gas = loadBundle(env) as unknown as Record<string, Fn>;
  return { env, gas };
}

const clockTriggers = (env: FakeEnv) => env.triggers.filter((t) => t.eventType === 'CLOCK');

describe('daily reminders trigger', () => {
  it('installs exactly one daily trigger for this document at the set hour, and re-enabling does not add a second', () => {
    const { env, gas } = setup();
    gas.menuEnableReminders();
    expect(clockTriggers(env)).toEqual([expect.objectContaining({ handler: 'dailyReminders', atHour: 8, everyDays: 1, timeZone: 'Asia/Ho_Chi_Minh', documentId: expect.any(String) })]);
    expect(env.ui.alerts.at(-1)).toBe('Đã bật nhắc việc tự động: mỗi ngày trong khoảng 8 giờ đến 9 giờ.');
    const firstId = clockTriggers(env)[0].uniqueId;
    expect(env.properties.document.get('tiendo.reminders.triggerId')).toBe(firstId);

    gas.menuEnableReminders();
    expect(clockTriggers(env)).toHaveLength(1);
    expect(env.properties.document.get('tiendo.reminders.triggerId')).toBe(clockTriggers(env)[0].uniqueId);
    expect(env.ui.alerts.every((a) => !/lỗi|error/i.test(a))).toBe(true);
  });

  it('moves the installed trigger when the settings change the reminder hour, and installs none when reminders are off', () => {
    const { env, gas } = setup();
    const save = (hour: string) => gas.settingsSave({ ...(gas.settingsLoad() as { form: Record<string, string> }).form, reminderHour: hour });
    save('9');
    expect(clockTriggers(env)).toEqual([]);
    gas.menuEnableReminders();
    expect(clockTriggers(env).map((t) => t.atHour)).toEqual([9]);
    save('6');
    expect(clockTriggers(env).map((t) => [t.handler, t.atHour])).toEqual([['dailyReminders', 6]]);
    expect(env.properties.document.get('tiendo.reminders.triggerId')).toBe(clockTriggers(env)[0].uniqueId);
    const id = clockTriggers(env)[0].uniqueId;
    save('6');
    expect(clockTriggers(env)[0].uniqueId).toBe(id);
  });

  it('takes over a daily refresh trigger of the same document: one trigger does both', () => {
    const { env, gas } = setup();
    (env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).newTrigger('dailyRefresh').timeBased().atHour(6).everyDays(1).create();
    gas.menuEnableReminders();
    expect(clockTriggers(env).map((t) => t.handler)).toEqual(['dailyReminders']);
  });

  it('asks for authorization first and installs nothing without it', () => {
    const { env, gas } = setup();
    env.auth.revoke('https://www.googleapis.com/auth/script.send_mail');
    gas.menuEnableReminders();
    expect(env.triggers).toEqual([]);
    expect(env.ui.alerts.at(-1)).toMatch(/^Tiện ích cần được cấp quyền trước khi bật nhắc việc tự động\..*https:\/\/script\.google\.com\/macros\/d\/.+\/authorize$/);
  });

  it('turns off: the trigger and its stored id go', () => {
    const { env, gas } = setup();
    gas.menuEnableReminders();
    gas.menuDisableReminders();
    expect(env.triggers).toEqual([]);
    expect(env.properties.document.has('tiendo.reminders.triggerId')).toBe(false);
    expect(env.ui.alerts.at(-1)).toBe('Đã tắt nhắc việc tự động.');
    gas.menuDisableReminders();
    expect(env.ui.alerts.at(-1)).toBe('Nhắc việc tự động đang tắt.');
  });

  it('in a script bound to the sheet (time-driven triggers are not listed by getUserTriggers): enabling twice leaves one, turning off removes every one', () => {
    const { env, gas } = setup(undefined, { addon: false });
    const app = env.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    expect(app.getUserTriggers(env.spreadsheet)).toEqual([]);
    gas.menuEnableReminders();
    expect(app.getUserTriggers(env.spreadsheet)).toEqual([]);
    gas.menuEnableReminders();
    expect(clockTriggers(env).map((t) => t.handler)).toEqual(['dailyReminders']);
    // A trigger left by an older version (its id never stored) goes too.
    app.newTrigger('dailyReminders').timeBased().atHour(7).everyDays(1).create();
    gas.menuDisableReminders();
    expect(clockTriggers(env)).toEqual([]);
    expect(env.ui.alerts.at(-1)).toBe('Đã tắt nhắc việc tự động.');
  });

  it('in an add-on, leaves the user\'s daily triggers of other documents alone', () => {
    const { env, gas } = setup();
    env.triggers.push({ uniqueId: 'other-doc-trigger', handler: 'dailyReminders', eventType: 'CLOCK', source: 'CLOCK', sourceId: null, documentId: 'another-spreadsheet', atHour: 7, everyDays: 1 });
    gas.menuEnableReminders();
    gas.menuEnableReminders();
    expect(clockTriggers(env).map((t) => t.documentId === 'another-spreadsheet')).toEqual([true, false]);
    gas.menuDisableReminders();
    expect(clockTriggers(env).map((t) => t.uniqueId)).toEqual(['other-doc-trigger']);
  });

  it('the handler refreshes the schedule, then sends each digest once a day', () => {
    const { env, gas } = setup();
    gas.dailyReminders({});
    // The refresh wrote its computed columns…
    expect(sheetState(env, 'Công việc').values[0]).toContain('Tình trạng');
    // …and the reminders went out and were logged.
    expect(env.mail.sent.map((m) => m.to).sort()).toEqual(['binh@example.org', 'hoa@example.org', 'lan@example.org', 'quy@example.org', 'tien@example.org']);
    expect(sheetState(env, 'Nhật ký nhắc việc').values).toHaveLength(6);
    gas.dailyReminders({});
    expect(env.mail.sent).toHaveLength(5);
    expect(env.ui.alerts).toEqual([]);
  });

  it('the handler does nothing when an update needs authorization the user has not given', () => {
    const { env, gas } = setup();
    env.auth.revoke('https://www.googleapis.com/auth/script.send_mail');
    gas.dailyReminders({});
    expect(env.mail.sent).toEqual([]);
  });
});

describe('reminder preview', () => {
  it('shows who would get what in a dialog, and sends and writes nothing', () => {
    const { env, gas } = setup();
    gas.menuPreviewReminders();
    expect(env.mail.sent).toEqual([]);
    expect(env._book.model.find('Nhật ký nhắc việc')).toBeFalsy();
    const dialog = env.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Xem trước nhắc việc');
    const boot = /window\.__TIENDO__=(.*?);<\/script>/s.exec(dialog.html)![1];
    // User text travels as data, its `<` escaped: a task title cannot end the script tag.
    expect(boot).not.toContain('<img');
    const data = JSON.parse(boot) as { data: { mails: Array<{ email: string; outcome: string }>; unreachable: string[] } };
    expect(data.data.mails.map((m) => m.email).sort()).toEqual(['binh@example.org', 'hoa@example.org', 'lan@example.org', 'quy@example.org', 'tien@example.org']);
    expect(data.data.mails.every((m) => m.outcome === 'wouldSend')).toBe(true);
    expect(data.data.unreachable).toHaveLength(2);
  });

  it('“send now” from the dialog sends, then a second click sends nothing more', () => {
    const { env, gas } = setup();
    const first = gas.remindersSendNow() as { totals: { sent: number } };
    expect(first.totals.sent).toBe(5);
    const second = gas.remindersSendNow() as { totals: { sent: number; alreadySent: number } };
    expect(second.totals).toMatchObject({ sent: 0, alreadySent: 5 });
    expect(env.mail.sent).toHaveLength(5);
  });
});

/** Seeds a fresh document (its own MailApp quota, as on a new day) with the sheets of `from`. */
function nextDay(from: FakeEnv | null, at: Date, quota: number, seed: (env: FakeEnv) => void) {
  const env = createFakes({ now: () => at, mailQuota: quota });
  if (from) for (const name of from._book.model.sheets.map((s) => s.name)) seedSheet(env, name, sheetState(from, name).values);
  else seed(env);
  envs.push(env);
  return { env, gas: loadBundle(env) as unknown as Record<string, Fn> };
}

describe('one recipient’s failure does not stop the others', () => {
  it('a digest over MailApp’s 200 KB body limit is that one mail’s failure: the others are sent, it is named and logged', () => {
    const { env, gas } = setup();
    env.mail.failNext(1, 'Exception: Limit Exceeded: Email Body Size.');
    const r = gas.remindersSendNow() as { totals: Record<string, number>; messages: string[] };
    expect(r.totals).toMatchObject({ sent: 4, failed: 1, deferred: 0 });
    expect(env.mail.sent).toHaveLength(4);
    expect(r.messages.join(' ')).toMatch(/1 e-mail gửi không được: .* \(Limit Exceeded: Email Body Size\.\)/);
    expect(r.messages.join(' ')).not.toContain('Hết hạn mức');
    const log = sheetState(env, 'Nhật ký nhắc việc').values;
    expect(log.filter((row) => row[6] === 'Lỗi')).toHaveLength(1);
  });

  it('the daily quota still stops the run: the rest is deferred, not failed', () => {
    const { env, gas } = setup();
    env.mail.failNext(1, 'Exception: Service invoked too many times for one day: email.');
    const r = gas.remindersSendNow() as { totals: Record<string, number> };
    expect(r.totals.failed).toBe(0);
    expect(r.totals.deferred).toBeGreaterThanOrEqual(4);
  });

  it('a person with 160 tasks, long titles and long sections gets one digest under 200 KB that counts the rest and links the sheet', () => {
    const env = createFakes({ now: () => FRIDAY });
    const longSection = `I. ${'Xây dựng, hoàn thiện dự thảo văn kiện và tổ chức lấy ý kiến rộng rãi các tầng lớp nhân dân; '.repeat(20)}`;
    const tasks = Array.from({ length: 160 }, (_, i) => [`K${i + 1}`, longSection, `${'Rà soát, tổng hợp, tiếp thu ý kiến góp ý của các cơ quan, đơn vị đối với dự thảo '.repeat(3)}${i + 1}`, 'Trần Thanh Tiến', 'Ban Tuyên giáo Tỉnh ủy; Văn phòng Tỉnh ủy', i % 2 ? '28/06/2019' : '09/07/2019', '', '', '']);
    for (const g of grids({ tasks })) seedSheet(env, g.name, g.values as unknown[][]);
    envs.push(env);
    const gas = loadBundle(env) as unknown as Record<string, Fn>;
    const r = gas.remindersSendNow() as { totals: Record<string, number> };
    expect(r.totals.failed).toBe(0);
    const tien = env.mail.sent.find((m) => m.to === 'tien@example.org')!;
    expect(tien).toBeDefined();
    const bytes = Buffer.byteLength(tien.body) + Buffer.byteLength(tien.htmlBody ?? '');
    expect(bytes).toBeLessThan(200 * 1024);
    expect(tien.body).toMatch(/… và \d+ việc khác \(xem trong bảng tính\)\./);
    expect(tien.body).toContain('Mở bảng theo dõi: https://');
  });

  it('a plan name typed with line breaks reaches MailApp as one line', () => {
    const { env, gas } = setup([['Tên kế hoạch', 'Kế hoạch\r\nBcc: ai@example.org\nnăm 2019']]);
    gas.remindersSendNow();
    expect(env.mail.sent.length).toBeGreaterThan(0);
    for (const m of env.mail.sent) {
      expect(m.name).not.toMatch(/[\r\n]/);
      expect(m.subject).not.toMatch(/[\r\n]/);
    }
    expect(env.mail.sent[0].name).toContain('Kế hoạch Bcc: ai@example.org năm 2019');
  });
});

describe('fair rotation under a small quota (Sheets)', () => {
  const people = (n: number) => [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Cấp trên', 'Đầu mối', 'Ngôn ngữ'],
    ...Array.from({ length: n }, (_, i) => [`Người Số ${String(i + 1).padStart(2, '0')}`, 'Chuyên viên', 'Văn phòng', `nguoi${i + 1}@example.org`, '', '', ''])];
  const tasks = (n: number) => Array.from({ length: n }, (_, i) => [`V${i + 1}`, 'I. Việc', `Việc số ${i + 1}`, `Người Số ${String(i + 1).padStart(2, '0')}`, '', '01/07/2019', '', '', '']);
  const days = ['2019-07-08', '2019-07-09', '2019-07-10', '2019-07-11'].map((d) => new Date(`${d}T01:00:00Z`));

  it.each([
    [3, 10, [['Báo cáo cho người điều phối', 'Không gửi']] as Array<[string, unknown]>],
    [4, 11, [] as Array<[string, unknown]>],
  ])('quota %i a day for %i people: deferred people go first, oldest first, and everyone is reached within four working days', (quota, n, settings) => {
    let prev: FakeEnv | null = null;
    const reached = new Set<string>();
    for (const at of days) {
      const { env, gas } = nextDay(prev, at, quota, (e) => {
        for (const g of grids({ tasks: tasks(n), people: people(n), settings })) seedSheet(e, g.name, g.values as unknown[][]);
      });
      gas.remindersSendNow();
      for (const m of env.mail.sent) if (m.to.startsWith('nguoi')) reached.add(m.to);
      prev = env;
    }
    expect(reached.size).toBe(n);
  });
});

describe('the document lock around every writing entry point', () => {
  it('settings saved and reminders sent while another run holds the document are refused with a plain message, and nothing is written', () => {
    const { env, gas } = setup();
    const before = sheetState(env, 'Cài đặt').values;
    const form = (gas.settingsLoad() as { form: Record<string, string> }).form;
    env.lock.holdByOther(true, 'document');
    expect(() => gas.settingsSave({ ...form, planName: 'Tên mới' })).toThrow('Một lần cập nhật khác đang chạy');
    expect(sheetState(env, 'Cài đặt').values).toEqual(before);
    const sent = gas.remindersSendNow() as { status: string; messages: string[] };
    expect(sent.status).toBe('busy');
    expect(env.mail.sent).toEqual([]);
    env.lock.holdByOther(false, 'document');
    expect((gas.settingsSave({ ...form, planName: 'Tên mới' }) as { ok: boolean }).ok).toBe(true);
  });
});
