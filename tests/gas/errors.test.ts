/** A failing menu command shows the user one sentence in their language, never a stack trace. */
import { describe, expect, it } from 'vitest';
import { UserError, isPermissionError, runForPage, runForUser, userMessage } from '../../src/gas/errors';
import { installedFakes } from './installed.fixture';

const fakes = installedFakes();
const setup = fakes.setup;

describe('runForUser', () => {
  it('returns the result when all goes well and shows nothing', () => {
    const env = setup();
    expect(runForUser(() => 42, 'vi')).toBe(42);
    expect(env.ui.alerts).toEqual([]);
  });

  it('turns an unexpected error into an alert sentence without a stack, and does not throw', () => {
    const env = setup();
    const result = runForUser(() => {
      (undefined as unknown as { x: number }).x;
    }, 'vi');
    expect(result).toBeUndefined();
    expect(env.ui.alerts).toHaveLength(1);
    const [msg] = env.ui.alerts;
    expect(msg.startsWith('Tiến độ gặp lỗi và chưa làm xong thao tác này: ')).toBe(true);
    expect(msg).not.toMatch(/\n\s+at |\.ts:\d+|Error:/);
    expect(String(fakes.logged().mock.calls[0][0])).toMatch(/TypeError: .*\n\s+at /);
  });

  it('a scope the user has not granted gets its own message with where to grant it (English Google error)', () => {
    const env = setup();
    env.auth.revoke('https://www.googleapis.com/auth/script.send_mail');
    runForUser(() => MailApp.sendEmail('a@x.vn', 's', 'b'), 'vi');
    expect(env.ui.alerts[0]).toMatch(/^Tiến độ chưa được cấp đủ quyền cho thao tác này\. .*Hoặc mở địa chỉ sau để cấp quyền: https:\/\/script\.google\.com\//);
    runForUser(() => MailApp.sendEmail('a@x.vn', 's', 'b'), 'en');
    expect(env.ui.alerts[1]).toMatch(/^Tiến độ has not been granted every permission this command needs\./);
  });

  it('recognises the Vietnamese wording of Google\'s permission error too', () => {
    const env = setup({ errorLanguage: 'vi' });
    env.auth.revoke('https://www.googleapis.com/auth/documents');
    runForUser(() => DocumentApp.create('x'), () => 'vi');
    expect(env.ui.alerts[0]).toMatch(/^Tiến độ chưa được cấp đủ quyền/);
    expect(isPermissionError(new Error('Bạn không có quyền gọi DocumentApp.create. Quyền bắt buộc: …'))).toBe(true);
    expect(isPermissionError(new Error('Range not found'))).toBe(false);
  });

  it('shows a UserError as it is, and names platform limits in the user\'s words', () => {
    const env = setup();
    runForUser(() => {
      throw new UserError('Trang «Công việc» chưa có dòng tiêu đề.');
    }, 'vi');
    env.lock.holdByOther();
    runForUser(() => LockService.getDocumentLock().waitLock(100), 'vi');
    runForUser(() => {
      throw new Error('Exceeded maximum execution time');
    }, 'en');
    expect(env.ui.alerts).toEqual([
      'Trang «Công việc» chưa có dòng tiêu đề.',
      'Một lần cập nhật khác đang chạy trên bảng tính này. Hãy đợi một lát rồi thử lại.',
      'The command ran longer than 6 minutes (Google’s limit) and stopped part-way. Run it again; if the sheet is very large, split the plan.',
    ]);
  });

  it('in a time-driven run (no UI) the failure goes to the log and nothing throws', () => {
    const env = setup({ ui: false });
    expect(runForUser(() => {
      throw new Error('boom');
    }, 'vi')).toBeUndefined();
    expect(env.ui.alerts).toEqual([]);
    expect(String(fakes.logged().mock.calls[0][0])).toContain('boom');
  });

  it('falls back to Vietnamese when reading the language itself fails', () => {
    const env = setup();
    runForUser(() => {
      throw new Error('x');
    }, () => {
      throw new Error('no locale');
    });
    expect(env.ui.alerts[0]).toMatch(/^Tiến độ gặp lỗi/);
  });
});

describe('runForPage', () => {
  it('rethrows one sentence for the page to show', () => {
    setup();
    expect(() => runForPage(() => {
      throw new Error('Exception: Service invoked too many times for one day: email.');
    }, 'vi')).toThrow(/^Đã hết hạn mức gửi e-mail trong ngày/);
    expect(runForPage(() => 'ok', 'en')).toBe('ok');
    expect(userMessage('Document is missing (perhaps it was deleted)', 'en')).toMatch(/^The Google Drive file could not be opened/);
  });
});
