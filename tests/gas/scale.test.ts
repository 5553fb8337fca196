/**
 * The add-on at the sizes offices reach, on the fakes' simulated clock (tests/fakes/costs.ts):
 * each command is one execution of the built bundle and must finish inside Google's limits
 * (6 minutes; 30 s for onOpen and onEdit), through the manifest's scopes only.
 */
import { describe, expect, it } from 'vitest';
import { sheetState } from '../fakes/index';
import { bigTracker, reminderTracker, timed } from './scale.fixture';

const MINUTE = 60_000;

describe('5 000 tasks in one execution each', () => {
  it('refresh, well inside six minutes', () => {
    const { env, gas } = bigTracker(5000);
    const first = timed(env, gas, 'menuRefresh');
    expect(env.ui.alerts.filter((a) => /lỗi|quá 6 phút/i.test(a))).toEqual([]);
    expect(first.ms).toBeLessThan(MINUTE);
    expect(env.execution.timedOut()).toBe(false);
  });

  it('the Gantt view, well inside six minutes', () => {
    const { env, gas } = bigTracker(5000);
    expect(timed(env, gas, 'menuGantt').ms).toBeLessThan(MINUTE);
    expect(env.execution.timedOut()).toBe(false);
  });

  it('setup of an existing tracker, and onEdit and onOpen inside their 30 seconds', () => {
    const { env, gas } = bigTracker(5000);
    expect(timed(env, gas, 'menuSetup').ms).toBeLessThan(MINUTE);
    expect(timed(env, gas, 'onOpen', {}).ms).toBeLessThan(1000);
    const sheet = env.spreadsheet.getSheetByName('Công việc')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const status = header.indexOf('Trạng thái') + 1;
    const range = sheet.getRange(4000, status);
    range.setValue('Hoàn thành');
    const edit = timed(env, gas, 'onEdit', { range, value: 'Hoàn thành', source: env.spreadsheet });
    expect(edit.ms).toBeLessThan(5000);
    expect(env.execution.timedOut()).toBe(false);
  });

  it('importing 5 000 tasks', () => {
    const { env, gas } = bigTracker(10);
    const preview = gas.importPreview('KẾ HOẠCH\n1. Văn phòng chủ trì xây dựng dự thảo báo cáo, hoàn thành trước ngày 30/6/2025.', '') as { rows: Array<Record<string, unknown>> };
    const rows = Array.from({ length: 5000 }, (_v, i) => ({ ...preview.rows[0], id: `r${i + 1}`, key: `${i + 1}`, title: `Việc nhập số ${i + 1}`, duplicate: false }));
    const r = timed(env, gas, 'importApply', rows, []);
    expect(env.execution.timedOut()).toBe(false);
    expect(r.ms).toBeLessThan(MINUTE);
    expect(sheetState(env, 'Công việc').values.length).toBeGreaterThan(5000);
  });
});

describe('documents of 5 000 tasks', () => {
  const written = (env: ReturnType<typeof bigTracker>['env']) => env.docs.files.filter((f) => f.mimeType === 'application/vnd.google-apps.document' && !f.trashed);

  it('the plan: one execution, a few dozen Docs API calls, the whole document under its own name', () => {
    const { env, gas } = bigTracker(5000);
    const run = timed(env, gas, 'menuDocPlan');
    expect(run.ms).toBeLessThan(5 * MINUTE);
    expect(env.calls.byMethod()['Docs.Documents.batchUpdate']).toBeLessThan(60);
    const [doc] = written(env);
    expect(doc.name).not.toMatch(/chưa xong/);
    expect(env.docs.text(doc.id)).toContain('Công việc số 5000');
    expect(env.properties.document.has('tiendo.docs.pending')).toBe(false);
  });

  it('the report: one execution', () => {
    const { env, gas } = bigTracker(5000);
    const run = timed(env, gas, 'menuDocReport');
    expect(run.ms).toBeLessThan(5 * MINUTE);
    expect(written(env)).toHaveLength(1);
    expect(written(env)[0].name).not.toMatch(/chưa xong/);
  });

  it('a run stopped part-way leaves a document that says so; the next run replaces it, never two', () => {
    // Stopped during the last few batches: time a whole run first, then allow a little less.
    const whole = bigTracker(400);
    const full = timed(whole.env, whole.gas, 'menuDocPlan').ms;
    const { env, gas } = bigTracker(400);
    env.execution.limitTo(full - 700);
    expect(() => gas.menuDocPlan()).toThrow('Exceeded maximum execution time');
    expect(written(env).map((f) => f.name)).toEqual([expect.stringMatching(/\(đang soạn, chưa xong\)$/)]);
    env.execution.limitTo(null);
    gas.menuDocPlan();
    expect(written(env).map((f) => f.name)).toEqual([expect.not.stringMatching(/chưa xong/)]);
    expect(env.docs.files.filter((f) => f.trashed).map((f) => f.name)).toEqual([expect.stringMatching(/chưa xong/)]);
    // …and the result dialog says what happened to the unfinished copy.
    expect(env.ui.dialogs.at(-1)!.html).toContain('chưa soạn xong; bản dở đó đã được chuyển vào thùng rác');
  });
});

describe('reminders for 300 people', () => {
  it('send in one execution, and a second run sends nothing again', () => {
    const { env, gas } = reminderTracker(300);
    const run = timed(env, gas, 'dailyReminders', {});
    expect(env.mail.sent).toHaveLength(301);
    expect(run.ms).toBeLessThan(5 * MINUTE);
    expect(env.execution.timedOut()).toBe(false);
    timed(env, gas, 'dailyReminders', {});
    expect(env.mail.sent).toHaveLength(301);
  });
});
