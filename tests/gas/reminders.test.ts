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
import { grids } from '../core/reminders/fixture';

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
