/** Mail, lock, clock, store and progress adapters against the fakes. */
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/gas/errors';
import { GasClock, GasLock, GasMail, GasProgress, GasStore } from '../../src/gas/services';
import { type FakeEnv, createFakes } from '../fakes/index';

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});
function setup(opts: Parameters<typeof createFakes>[0] = {}): FakeEnv {
  const env = createFakes(opts);
  undo = env.install();
  return env;
}

describe('GasMail', () => {
  it('sends text and HTML with sender name, reply-to and cc; the quota counts recipients', () => {
    const env = setup({ mailQuota: 100 });
    const mail = new GasMail();
    mail.send({ to: ['a@x.vn', 'b@x.vn'], cc: ['c@x.vn'], replyTo: 'vp@x.vn', name: 'Văn phòng', subject: 'Nhắc việc', text: 'Chào', html: '<p>Chào</p>' });
    mail.send({ to: ['d@x.vn'], name: 'Văn phòng', subject: 'S', text: 't', html: '<p>t</p>' });
    expect(env.mail.sent).toEqual([
      { to: 'a@x.vn,b@x.vn', cc: 'c@x.vn', replyTo: 'vp@x.vn', name: 'Văn phòng', subject: 'Nhắc việc', body: 'Chào', htmlBody: '<p>Chào</p>' },
      { to: 'd@x.vn', name: 'Văn phòng', subject: 'S', body: 't', htmlBody: '<p>t</p>' },
    ]);
    expect(mail.remainingQuota()).toBe(96);
  });
});

describe('GasLock', () => {
  it('takes the document lock, reports a busy document, and releases', () => {
    const env = setup();
    const lock = new GasLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(env.lock.held('document')).toBe('me');
    lock.release();
    expect(env.lock.held('document')).toBeNull();
    env.lock.holdByOther(true, 'document');
    expect(new GasLock().tryLock(3000)).toBe(false);
    expect(env.lock.waitedMs()).toBe(3000);
  });

  it('uses the script lock where there is no document', () => {
    const env = setup({ container: false });
    const lock = new GasLock();
    expect(lock.tryLock(10)).toBe(true);
    expect(env.lock.held('script')).toBe('me');
    lock.release();
    expect(env.lock.held('script')).toBeNull();
  });
});

describe('GasClock', () => {
  it("today is the SPREADSHEET's day, not the script's", () => {
    const at = new Date('2026-02-16T20:00:00Z'); // 17 Feb 03:00 in Hà Nội, 16 Feb 15:00 in New York
    const vn = setup({ timeZone: 'Asia/Ho_Chi_Minh', scriptTimeZone: 'America/New_York' });
    expect(new GasClock(vn.spreadsheet, () => at).today()).toBe('2026-02-17');
    expect(new GasClock(vn.spreadsheet, () => at).nowIso()).toBe('2026-02-17T03:00:00+07:00');
    undo?.();
    const ny = setup({ timeZone: 'America/New_York', scriptTimeZone: 'Asia/Ho_Chi_Minh' });
    expect(new GasClock(ny.spreadsheet, () => at).today()).toBe('2026-02-16');
  });

  it('measures elapsed time from its creation', () => {
    const env = setup();
    let now = 1_000;
    const clock = new GasClock(env.spreadsheet, () => new Date(now));
    now = 4_500;
    expect(clock.elapsedMs()).toBe(3_500);
  });
});

describe('GasStore', () => {
  it('keeps values in document properties; a missing key is null', () => {
    const env = setup();
    const store = new GasStore();
    expect(store.get('tiendo.x')).toBeNull();
    store.set('tiendo.x', 'một');
    expect(env.properties.document.get('tiendo.x')).toBe('một');
    store.delete('tiendo.x');
    expect(store.get('tiendo.x')).toBeNull();
  });

  it('refuses a value over 9 KB with a sentence, before Google would', () => {
    const env = setup();
    const big = 'đ'.repeat(5000); // 10 000 bytes in UTF-8
    expect(() => new GasStore('vi').set('tiendo.big', big)).toThrow(UserError);
    expect(() => new GasStore('vi').set('tiendo.big', big)).toThrow('Dữ liệu “tiendo.big” quá lớn để lưu trong bảng tính (10 KB, tối đa 9 KB).');
    expect(() => new GasStore('en').set('tiendo.big', big)).toThrow('is too large to keep in the spreadsheet');
    expect(env.properties.document.has('tiendo.big')).toBe(false);
    new GasStore().set('tiendo.ok', 'x'.repeat(9 * 1024));
    expect(env.properties.document.get('tiendo.ok')).toHaveLength(9 * 1024);
  });

  it('uses user properties where there is no document', () => {
    const env = setup({ container: false });
    new GasStore().set('k', 'v');
    expect(env.properties.user.get('k')).toBe('v');
    expect(env.properties.script.size).toBe(0);
  });
});

describe('GasProgress', () => {
  it('shows progress as a toast titled with the add-on name', () => {
    const env = setup();
    new GasProgress(env.spreadsheet, 'vi').progress('Đang đọc bảng…');
    expect(env.ui.toasts).toEqual(['Đang đọc bảng…']);
    expect(env.ui.toastTitles).toEqual(['Tiến độ']);
  });
});
