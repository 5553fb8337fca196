/**
 * The reminder run through the Apps Script adapters on the in-memory fakes: the log makes it
 * idempotent, a run cut short resumes exactly, quota and time budget stop it cleanly, the lock
 * keeps two runs apart, and the cost per mail is constant.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type RemindOptions, runReminders } from '../../src/app/remind';
import { GasClock, GasLock, GasMail } from '../../src/gas/services';
import { GasWorkbook } from '../../src/gas/workbook';
import type { ClockPort } from '../../src/ports';
import { gasError } from '../fakes/context';
import { type FakeEnv, createFakes, seedSheet, sheetState } from '../fakes/index';
import { PEOPLE, TASKS, grids } from '../core/remind/reminders.fixture';

const FRIDAY = new Date('2019-07-05T00:30:00Z'); // 07:30 in Hà Nội
const MONDAY = new Date('2019-07-08T00:30:00Z');
const LOG = 'Nhật ký nhắc việc';
const EVERYONE = ['binh@example.org', 'hoa@example.org', 'lan@example.org', 'quy@example.org', 'tien@example.org'];

let undo: Array<() => void> = [];
afterEach(() => {
  for (const u of undo.reverse()) u();
  undo = [];
});

/** Text cells are seeded as literal text (`'`), as the adapters write them. */
const literal = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'string' && v !== '' && !/^\d{2}\/\d{2}\/\d{4}$/.test(v) ? `'${v}` : v)));

function setup(o: { quota?: number; now?: Date; from?: FakeEnv } = {}): FakeEnv {
  const now = o.now ?? FRIDAY;
  const env = createFakes({ mailQuota: o.quota ?? 100, now: () => now, spreadsheetName: 'Kế hoạch Văn kiện' });
  if (o.from) {
    // The same spreadsheet on another day: every sheet as the previous run left it.
    for (const name of o.from._book.model.sheets.map((s) => s.name)) seedSheet(env, name, literal(sheetState(o.from, name).values));
  } else {
    for (const g of grids()) seedSheet(env, g.name, g.values as unknown[][]);
  }
  undo.push(env.install());
  return env;
}

function run(env: FakeEnv, opts: Partial<RemindOptions> = {}, clock?: ClockPort) {
  const ss = env.spreadsheet;
  return runReminders(
    { workbook: new GasWorkbook(ss), mail: new GasMail(), lock: new GasLock(), clock: clock ?? new GasClock(ss, () => env.now!()) },
    { dryRun: false, timeBudgetMs: 270_000, ...opts },
  );
}

const sentTo = (env: FakeEnv) => env.mail.sent.map((m) => m.to);
const logRows = (env: FakeEnv) => sheetState(env, LOG).values.slice(1);

describe('runReminders on the Apps Script fakes', () => {
  it('sends one digest per person and the summary, logs each, and a second run the same day sends nothing', () => {
    const env = setup();
    const first = run(env);
    expect(first.status).toBe('done');
    expect([...sentTo(env)].sort()).toEqual(EVERYONE);
    expect(first.totals).toMatchObject({ sent: 5, alreadySent: 0, deferred: 0, failed: 0 });
    const tien = env.mail.sent.find((m) => m.to === 'tien@example.org')!;
    expect(tien).toMatchObject({ subject: '[Tiến độ] 1 việc quá hạn, 1 việc đến hạn hôm nay — Kế hoạch xây dựng Văn kiện Đại hội', replyTo: 'lan@example.org', name: 'Tiến độ – Kế hoạch xây dựng Văn kiện Đại hội' });
    expect(tien.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tien.htmlBody).toMatch(/href="https:\/\/docs\.google\.com\/spreadsheets\/d\/[^"]+#gid=\d+&amp;range=A2"/);

    const log = sheetState(env, LOG);
    expect(log.values[0]).toEqual(['Thời gian', 'Ngày nhắc', 'Người nhận', 'E-mail', 'Loại', 'Công việc', 'Kết quả', 'Ghi chú', 'Khóa']);
    expect(logRows(env)).toHaveLength(5);
    expect(log.displayValues[1].slice(0, 7)).toEqual(['05/07/2019 07:30:00', '05/07/2019', expect.any(String), expect.any(String), 'Nhắc việc', expect.any(String), 'Đã gửi']);
    // A name typed like a formula stays text in the log.
    expect(log.formulas.flat().every((f) => f === '')).toBe(true);

    const second = run(env);
    expect(env.mail.sent).toHaveLength(5);
    expect(second.totals).toMatchObject({ sent: 0, alreadySent: 5 });
    expect(second.messages[0]).toBe('5 e-mail đã gửi trước đó hôm nay nên không gửi lại.');
    expect(logRows(env)).toHaveLength(5);
  });

  it('after a run killed after k of n sends, the next run sends exactly the n − k missing ones', () => {
    const env = setup();
    const ss = env.spreadsheet;
    const real = new GasClock(ss, () => env.now!());
    const k = 2;
    // Apps Script ends a run that exceeds its limit at any call; here, the first one after k sends.
    const dying: ClockPort = {
      today: () => real.today(), nowIso: () => real.nowIso(),
      elapsedMs: () => { if (env.mail.sent.length >= k) throw gasError('Exceeded maximum execution time'); return 0; },
    };
    expect(() => run(env, {}, dying)).toThrow(/Exceeded maximum execution time/);
    expect(env.mail.sent).toHaveLength(k);
    expect(logRows(env)).toHaveLength(k);
    expect(env.lock.held()).toBeNull();

    const again = run(env);
    expect(again.totals).toMatchObject({ sent: 5 - k, alreadySent: 4 - k });
    expect([...sentTo(env)].sort()).toEqual(EVERYONE);
    expect(new Set(sentTo(env)).size).toBe(5);
  });

  it('stops when the quota runs out, logs the rest as deferred, tells the coordinator, and sends them first next time', () => {
    const env = setup({ quota: 3 });
    const r = run(env);
    // Two digests; one recipient of quota was kept for the summary.
    expect(r.totals).toMatchObject({ sent: 3, deferred: 2 });
    expect(r.stopReason).toBe('quota');
    expect(r.messages).toContain('Hết hạn mức gửi thư: 2 e-mail hoãn sang lần chạy sau.');
    const deferred = r.mails.filter((m) => m.outcome === 'deferred').map((m) => m.email);
    const summary = env.mail.sent.find((m) => m.to === 'lan@example.org')!;
    expect(summary.body).toContain('CHƯA GỬI VÌ HẾT HẠN MỨC GỬI THƯ TRONG NGÀY (2 NGƯỜI)');
    for (const email of deferred) expect(summary.body).toContain(`<${email}>`);
    const rows = sheetState(env, LOG).displayValues.slice(1);
    expect(rows.filter((row) => row[6] === 'Hoãn').map((row) => row[3]).sort()).toEqual([...deferred].sort());

    // Monday, the same small quota: yesterday's deferred people go first.
    const monday = setup({ quota: 3, now: MONDAY, from: env });
    const next = run(monday);
    expect(next.mails.filter((m) => m.outcome === 'sent' && m.kind === 'digest').map((m) => m.email).sort()).toEqual([...deferred].sort());
  });

  it('stops cleanly before the time budget and continues on the next run', () => {
    const env = setup();
    const real = new GasClock(env.spreadsheet, () => env.now!());
    // Each send takes 1.5 s; the budget allows a few.
    const slow: ClockPort = { today: () => real.today(), nowIso: () => real.nowIso(), elapsedMs: () => env.mail.sent.length * 1500 };
    const r = run(env, { timeBudgetMs: 8_000, sendEstimateMs: 1000 }, slow);
    expect(r.stopReason).toBe('time');
    const sent = r.mails.filter((m) => m.outcome === 'sent' && m.kind === 'digest').length;
    expect(sent).toBeGreaterThan(0);
    expect(r.totals.deferred).toBe(4 - sent);
    expect(r.messages).toContain(`Hết thời gian chạy: ${4 - sent} e-mail sẽ được gửi ở lần chạy sau.`);
    expect(env.mail.sent.find((m) => m.to === 'lan@example.org')!.body).toContain('CHƯA GỬI VÌ HẾT THỜI GIAN CHẠY');
    expect(env.lock.held()).toBeNull();

    const next = run(env);
    expect(next.totals.sent).toBe(4 - sent);
    expect([...sentTo(env)].sort()).toEqual(EVERYONE);
  });

  it('does nothing while another run holds the document lock', () => {
    const env = setup();
    env.lock.holdByOther();
    const r = run(env, { lockWaitMs: 1000 });
    expect(r.status).toBe('busy');
    expect(r.messages).toEqual(['Một lần gửi nhắc việc khác đang chạy; xin thử lại sau ít phút.']);
    expect(env.mail.sent).toEqual([]);
    expect(env._book.model.find(LOG)).toBeFalsy();
  });

  it('logs a refused address as failed, still sends the others, and retries only it', () => {
    const env = setup();
    // The first mail of the run (Lê Thị Hoà's, in name order) is refused.
    env.mail.failNext(1, 'Exception: Invalid email: hoa@example.org');
    const r = run(env);
    expect(r.totals).toMatchObject({ sent: 4, failed: 1 });
    expect(r.messages).toContain('1 e-mail gửi không được: Lê Thị Hoà <hoa@example.org> (Invalid email: hoa@example.org).');
    expect(sheetState(env, LOG).displayValues.slice(1).find((row) => row[6] === 'Lỗi')?.[7]).toBe('Invalid email: hoa@example.org');
    expect(env.mail.sent.find((m) => m.to === 'lan@example.org')!.body).toContain('GỬI KHÔNG ĐƯỢC (1 NGƯỜI)');
    const retry = run(env);
    expect(retry.totals).toMatchObject({ sent: 1, alreadySent: 4 });
    expect(sentTo(env).filter((to) => to === 'hoa@example.org')).toHaveLength(1);
  });

  it('points to the coordinator’s summary for who cannot be reached when a summary goes out', () => {
    const r = run(setup(), { dryRun: true });
    expect(r.mails.some((m) => m.kind === 'summary')).toBe(true);
    expect(r.messages).toContain('2 tên không liên lạc được (xem báo cáo tổng hợp).');
  });

  it('a dry run sends and writes nothing and takes no lock', () => {
    const env = setup();
    env.lock.holdByOther();
    const r = run(env, { dryRun: true });
    expect(r.status).toBe('done');
    expect(r.totals.wouldSend).toBe(5);
    expect(r.mails.map((m) => m.subject)).toContain('[Tiến độ] 1 việc quá hạn, 1 việc đến hạn hôm nay — Kế hoạch xây dựng Văn kiện Đại hội');
    expect(env.mail.sent).toEqual([]);
    expect(env._book.model.find(LOG)).toBeFalsy();
  });

  it('does not say «nothing to remind» when tasks are due but no one named on them can be mailed', () => {
    const env = createFakes({ mailQuota: 100, now: () => FRIDAY, spreadsheetName: 'Kế hoạch Văn kiện' });
    const noAddresses = PEOPLE.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === 3 ? '' : v))));
    for (const g of grids({ people: noAddresses })) seedSheet(env, g.name, g.values as unknown[][]);
    undo.push(env.install());
    for (const dryRun of [true, false]) {
      const r = run(env, { dryRun });
      expect(r.mails).toEqual([]);
      expect(r.messages).not.toContain('Hôm nay không có việc nào cần nhắc.');
      expect(r.messages[0]).toBe('5 việc cần nhắc hôm nay nhưng không ai trong số người chủ trì, phối hợp nhận được thư (việc T1, T2, T3, T8, T9): hãy ghi họ tên đúng như trang Nhân sự và địa chỉ e-mail của họ.');
      // No summary goes out (the coordinator has no address either): the list under the messages says who.
      expect(r.messages.at(-1)).toBe('7 tên không liên lạc được (danh sách bên dưới).');
      expect(r.unreachable).toHaveLength(7);
    }
    expect(env.mail.sent).toEqual([]);
  });

  it('sends nothing on a Saturday', () => {
    const env = setup({ now: new Date('2019-07-06T00:30:00Z') });
    const r = run(env);
    expect(r.status).toBe('dayOff');
    expect(r.messages[0]).toMatch(/^Hôm nay 06\/07\/2019 \(Thứ Bảy\) là ngày nghỉ/);
    expect(env.mail.sent).toEqual([]);
  });

  it('costs the same few service calls per mail, whatever the plan’s size', () => {
    const calls = (people: number) => {
      const extra = Array.from({ length: people }, (_, i) => [`Người ${i}`, 'Chuyên viên', 'Ban A', `p${i}@example.org`, '', '', '']);
      const tasks = Array.from({ length: people }, (_, i) => [`X${i}`, 'Phần', `Việc ${i}`, `Người ${i}`, '', '05/07/2019', '', '', '']);
      const env = createFakes({ mailQuota: 1000, now: () => FRIDAY });
      const g = grids();
      seedSheet(env, 'Công việc', [g[0].values[0] as unknown[], ...TASKS, ...tasks]);
      seedSheet(env, 'Nhân sự', [...PEOPLE, ...extra]);
      seedSheet(env, 'Cài đặt', g[2].values as unknown[][]);
      const u = env.install();
      try {
        env.calls.reset();
        const r = run(env);
        expect(r.totals.sent).toBe(5 + people);
        return env.calls.total();
      } finally {
        u();
      }
    };
    const a = calls(10);
    const b = calls(60);
    const c = calls(110);
    // The same slope at any size: quota check + send + one log append + the task's row link.
    expect(c - b).toBe(b - a);
    expect((b - a) / 50).toBeLessThanOrEqual(8);
  });
});
