/** The fakes' scope table and execution clock: what Google enforces, enforced here. */
import { describe, expect, it } from 'vitest';
import { COST_MS, classOf, isClassified } from './costs';
import { loadBundle } from './vm';
import { createFakes, seedSheet } from './index';
import { SCOPE, SCOPE_TABLE, scopesFor } from './scopes';

const g = (env: ReturnType<typeof createFakes>) => env.globals as unknown as {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
};

describe('scope table', () => {
  it('cites a developers.google.com reference page on every row', () => {
    for (const r of SCOPE_TABLE) expect(r.ref, r.call).toMatch(/^https:\/\/developers\.google\.com\/.+/);
  });

  it('gives DriveApp the drive scope only, and the Drive and Docs APIs drive.file', () => {
    expect(scopesFor('DriveApp', 'createFolder')).toEqual([SCOPE.drive]);
    expect(scopesFor('File', 'makeCopy')).toEqual([SCOPE.drive]);
    expect(scopesFor('DriveApp', 'getFileById')).not.toContain(SCOPE.driveFile);
    expect(scopesFor('Drive.Files', 'create')).toContain(SCOPE.driveFile);
    expect(scopesFor('Docs.Documents', 'batchUpdate')).toContain(SCOPE.documents);
    expect(scopesFor('Range', 'getValues')).toEqual([SCOPE.sheetsCurrent, SCOPE.sheets]);
    expect(scopesFor('Utilities', 'formatDate')).toBeNull();
    expect(scopesFor('Ui', 'createAddonMenu')).toBeNull();
  });
});

describe('execution clock', () => {
  it('classes calls as the cost table says', () => {
    expect([classOf('Range', 'getValues'), classOf('Sheet', 'getLastRow'), classOf('Sheet', 'getConditionalFormatRules')]).toEqual(['read', 'read', 'read']);
    expect([classOf('Range', 'setValues'), classOf('Sheet', 'appendRow'), classOf('Sheet', 'setConditionalFormatRules')]).toEqual(['write', 'write', 'write']);
    expect([classOf('Sheet', 'getRange'), classOf('Spreadsheet', 'getSheetByName'), classOf('Sheet', 'getName')]).toEqual(['handle', 'handle', 'handle']);
    expect([classOf('SpreadsheetApp', 'newConditionalFormatRule'), classOf('ConditionalFormatRuleBuilder', 'whenFormulaSatisfied'), classOf('ConditionalFormatRuleBuilder', 'build')]).toEqual(['builder', 'builder', 'builder']);
    expect([classOf('MailApp', 'sendEmail'), classOf('Paragraph', 'setAttributes'), classOf('Docs.Documents', 'batchUpdate'), classOf('Drive.Files', 'create')]).toEqual(['send', 'document', 'advanced', 'advanced']);
    expect([COST_MS.read, COST_MS.write, COST_MS.handle, COST_MS.builder, COST_MS.send, COST_MS.document, COST_MS.advanced]).toEqual([60, 30, 5, 1, 400, 30, 300]);
    expect(COST_MS.properties).toBeGreaterThanOrEqual(20);
    expect(COST_MS.lock).toBeLessThanOrEqual(50);
  });

  it('advances by each call and stops the execution at 6 minutes with Google\'s message, right there', () => {
    const now = new Date('2026-03-02T02:00:00Z');
    const env = createFakes({ now: () => now });
    seedSheet(env, 'A', [['x']]);
    const range = g(env).SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A')!.getRange(1, 1);
    env.execution.begin('menuRefresh');
    env.calls.reset();
    const t0 = env.now().getTime();
    let done = 0;
    expect(() => {
      for (;;) {
        range.getValues();
        done++;
      }
    }).toThrow('Exceeded maximum execution time');
    expect(done).toBe(6000);
    expect(env.calls.byClass().read).toEqual({ calls: 6001, ms: 360_060 });
    expect(env.execution.elapsedMs()).toBe(360_000);
    expect(env.now().getTime() - t0).toBe(360_000);
    // The execution is over: nothing else runs in it.
    expect(() => range.getA1Notation()).toThrow('Exceeded maximum execution time');
    env.execution.begin('dailyReminders');
    expect(range.getValues()).toEqual([['x']]);
  });

  it('gives simple triggers 30 seconds', () => {
    const env = createFakes();
    env.execution.begin('onEdit');
    const mail = g(env).MailApp;
    let sent = 0;
    expect(() => {
      for (;;) {
        mail.sendEmail('a@example.org', 's', 'b');
        sent++;
      }
    }).toThrow('Exceeded maximum execution time');
    expect(sent).toBe(75);
  });
});

describe('cost table coverage', () => {
  it('classes every service the add-on calls in its commands (refresh, Gantt, documents, reminders, triggers, check)', () => {
    const env = createFakes({ now: () => new Date('2026-03-02T02:00:00Z') });
    seedSheet(env, 'Công việc', [
      ['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành', 'Trạng thái'],
      ['1', 'Xây dựng dự thảo báo cáo', 'Trần Thanh Tiến', '20/02/2026', 'Đang thực hiện'],
    ]);
    seedSheet(env, 'Nhân sự', [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email'], ['Trần Thanh Tiến', 'Chánh Văn phòng', 'Văn phòng', 'tien@example.org']]);
    const gas = loadBundle(env) as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const fn of ['onOpen', 'menuRefresh', 'menuDocPlan', 'menuDocReport', 'remindersSendNow', 'menuEnableReminders', 'menuDisableReminders', 'menuCheckInstall']) {
      try {
        gas[fn]({});
      } catch {
        // Pages missing in this environment: the calls made so far still count.
      }
    }
    const types = [...new Set(Object.keys(env.calls.byMethod()).map((k) => k.slice(0, k.lastIndexOf('.'))))];
    expect(types.length).toBeGreaterThan(10);
    expect(types.filter((t) => !isClassified(t))).toEqual([]);
  });
});
