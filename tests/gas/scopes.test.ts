/**
 * Each feature under the manifest's scopes only, and with the scope it needs revoked: Google's own
 * refusal ("Specified permissions are not sufficient to call …", tests/fakes/scopes.ts) reaches the
 * execution log, and the user gets the sentence telling them to grant it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedSheet } from '../fakes/index';
import { SCOPE } from '../fakes/scopes';
import { ROOT, loadBundle } from '../fakes/vm';

type Gas = Record<string, (...a: unknown[]) => unknown>;

function setup(revoke: string[] = []): { env: FakeEnv; gas: Gas } {
  const env = createFakes({ now: () => new Date('2026-03-02T02:00:00Z') });
  seedSheet(env, 'Công việc', [
    ['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành', 'Trạng thái'],
    ['1', 'Xây dựng dự thảo báo cáo', 'Trần Thanh Tiến', '20/02/2026', 'Đang thực hiện'],
  ]);
  seedSheet(env, 'Nhân sự', [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email'], ['Trần Thanh Tiến', 'Chánh Văn phòng', 'Văn phòng', 'tien@example.org']]);
  for (const f of ['doc-result', 'reminders']) env.htmlFiles[f] = readFileSync(path.join(ROOT, 'build', `${f}.html`), 'utf8');
  env.auth.revoke(...revoke);
  return { env, gas: loadBundle(env) as unknown as Gas };
}

const PERMISSION = /^Tiến độ chưa được cấp đủ quyền cho thao tác này\./;

describe('features under the manifest scopes, and without the one they need', () => {
  it('refresh: works; without spreadsheets.currentonly Google refuses SpreadsheetApp', () => {
    const ok = setup();
    ok.gas.menuRefresh();
    expect(ok.env.ui.alerts).toEqual([]);
    const { env, gas } = setup([SCOPE.sheetsCurrent]);
    gas.menuRefresh();
    expect(env.logs.join('\n')).toContain(`Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${SCOPE.sheetsCurrent} || ${SCOPE.sheets})`);
    expect(env.ui.alerts).toEqual([expect.stringMatching(PERMISSION)]);
  });

  it('the plan document: works with drive.file (no drive scope); without drive.file Google refuses the Drive API', () => {
    const ok = setup();
    ok.gas.menuDocPlan();
    expect(ok.env.ui.alerts).toEqual([]);
    expect(ok.env.docs.documents).toHaveLength(1);
    expect(ok.env.auth.granted()).not.toContain(SCOPE.drive);
    const { env, gas } = setup([SCOPE.driveFile]);
    gas.menuDocPlan();
    expect(env.logs.join('\n')).toContain('Specified permissions are not sufficient to call Drive.Files.create. Required permissions:');
    expect(env.ui.alerts).toEqual([expect.stringMatching(PERMISSION)]);
    expect(env.docs.documents).toEqual([]);
  });

  it('the PDF of a document: works; without documents Google refuses DocumentApp', () => {
    const ok = setup();
    ok.gas.menuDocPlan();
    const link = ok.env.docs.documents[0].url;
    expect((ok.gas.docSavePdf(link) as { pdfLink: string }).pdfLink).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);
    ok.env.auth.revoke(SCOPE.documents);
    expect(() => ok.gas.docSavePdf(link)).toThrow(PERMISSION);
    expect(ok.env.logs.join('\n')).toContain(`Specified permissions are not sufficient to call DocumentApp.openById. Required permissions: ${SCOPE.documents}`);
  });

  it('reminders: sent; without script.send_mail Google refuses MailApp', () => {
    const ok = setup();
    ok.gas.remindersSendNow();
    expect(ok.env.mail.sent.length).toBeGreaterThan(0);
    const { env, gas } = setup([SCOPE.mail]);
    expect(() => gas.remindersSendNow()).toThrow(PERMISSION);
    expect(env.logs.join('\n')).toContain(`Specified permissions are not sufficient to call MailApp.getRemainingDailyQuota. Required permissions: ${SCOPE.mail}`);
    expect(env.mail.sent).toEqual([]);
  });
});
