import { describe, expect, it } from 'vitest';
import { mailKey, parseMailKey } from '../../../src/core/remind/keys';
import { lastSummaryBefore, logHeader, logRow, pendingFromEarlier, readReminderLog } from '../../../src/core/remind/log';
import type { SheetGrid } from '../../../src/core/sheet/grid';

const grid = (rows: unknown[][]): SheetGrid => ({ name: 'Nhật ký nhắc việc', values: [logHeader(), ...rows] as SheetGrid['values'] });

/** The log rows of one address's mails of one kind, each `[day, result, note?]`, the key cell left empty. */
const mails = (email: string, kind: string, ...sends: [day: string, result: string, note?: string][]): unknown[][] =>
  sends.map(([day, result, note = '']) => ['', { date: day }, '', email, kind, '', result, note, '']);

describe('idempotency keys', () => {
  it('are day|address|kind, the address in lower case', () => {
    expect(mailKey('2019-07-05', ' Tien@Example.org ', 'digest')).toBe('2019-07-05|tien@example.org|digest');
    expect(parseMailKey('2019-07-05|tien@example.org|summary')).toEqual({ day: '2019-07-05', email: 'tien@example.org', kind: 'summary' });
    expect(parseMailKey('05/07/2019|x|digest')).toBeNull();
  });
});

describe('the reminder log', () => {
  it('reads back exactly the rows it writes', () => {
    const rows = [
      logRow({ nowIso: '2019-07-05T07:00:12+07:00', day: '2019-07-05', recipient: 'Trần Thanh Tiến', email: 'tien@example.org', kind: 'digest', tasks: ['T1', 'T9'], result: 'sent', note: '' }),
      logRow({ nowIso: '2019-07-05T07:00:13+07:00', day: '2019-07-05', recipient: 'Lê Thị Hoà', email: 'hoa@example.org', kind: 'digest', tasks: ['T2'], result: 'deferred', note: 'Hết hạn mức' }),
    ];
    expect(rows[0].slice(0, 7)).toEqual(['05/07/2019 07:00:12', { date: '2019-07-05' }, 'Trần Thanh Tiến', 'tien@example.org', 'Nhắc việc', 'T1, T9', 'Đã gửi']);
    const log = readReminderLog(grid(rows));
    expect([...log.sent]).toEqual(['2019-07-05|tien@example.org|digest']);
    expect(log.entries.map((e) => e.result)).toEqual(['sent', 'deferred']);
    expect(log.hasHeader).toBe(true);
  });

  it('rebuilds the key from the day, address and kind when the key cell was cleared, in either language', () => {
    const log = readReminderLog(grid([
      ['', '05/07/2019', 'X', 'TIEN@example.org', 'Nhắc việc', '', 'Đã gửi', '', ''],
      ['', { date: '2019-07-05' }, 'Y', 'lan@example.org', 'Summary', '', 'Sent', '', ''],
      ['', 'hôm qua', 'Z', 'z@example.org', 'Nhắc việc', '', 'Đã gửi', '', ''],
      ['', '', '', '', '', '', '', '', ''],
    ]));
    expect([...log.sent].sort()).toEqual(['2019-07-05|lan@example.org|summary', '2019-07-05|tien@example.org|digest']);
  });

  it('finds the header below the user’s notes and ignores a sheet without one', () => {
    const noted = readReminderLog({ name: 'Nhật ký nhắc việc', values: [['Ghi chú của văn phòng'], logHeader(), ['', '', '', '', '', '', 'Đã gửi', '', '2019-07-05|a@example.org|digest']] });
    expect(noted.sent.size).toBe(1);
    const bare = readReminderLog({ name: 'Nhật ký nhắc việc', values: [['gì đó']] });
    expect(bare).toMatchObject({ sheet: 'Nhật ký nhắc việc', hasHeader: false, entries: [] });
  });

  it('dates a deferred mail from the first day it was held back since its last send (the longest waiting go first)', () => {
    const log = readReminderLog(grid([
      ...mails('a@example.org', 'Nhắc việc', ['2019-07-01', 'Đã gửi'], ['2019-07-02', 'Hoãn'], ['2019-07-03', 'Hoãn']),
      ...mails('b@example.org', 'Nhắc việc', ['2019-07-01', 'Hoãn'], ['2019-07-03', 'Hoãn']),
    ]));
    expect(Object.fromEntries(pendingFromEarlier(log))).toEqual({ 'a@example.org|digest': '2019-07-02', 'b@example.org|digest': '2019-07-01' });
  });

  it('knows which deferred mails are still owed and when the last summary went out', () => {
    const log = readReminderLog(grid([
      ...mails('a@example.org', 'Nhắc việc', ['2019-07-03', 'Hoãn'], ['2019-07-04', 'Đã gửi']),
      ...mails('b@example.org', 'Nhắc việc', ['2019-07-04', 'Hoãn']),
      ...mails('c@example.org', 'Nhắc việc', ['2019-07-04', 'Lỗi', 'Invalid email']),
      ...mails('lan@example.org', 'Tổng hợp', ['2019-07-01', 'Đã gửi'], ['2019-07-05', 'Đã gửi']),
    ]));
    expect([...pendingFromEarlier(log).keys()].sort()).toEqual(['b@example.org|digest', 'c@example.org|digest']);
    expect(lastSummaryBefore(log, '2019-07-05')).toBe('2019-07-01');
  });

  it('writes user text as it is (the adapters keep it literal) and caps long cells', () => {
    const row = logRow({ nowIso: 'x', day: '2019-07-05', recipient: '=HYPERLINK("http://evil")', email: 'a@example.org', kind: 'summary', tasks: Array.from({ length: 500 }, (_, i) => `T${i}`), result: 'failed', note: 'n'.repeat(900) });
    expect(row[2]).toBe('=HYPERLINK("http://evil")');
    expect(String(row[5]).length).toBeLessThanOrEqual(1000);
    expect(String(row[7]).length).toBe(500);
  });
});
