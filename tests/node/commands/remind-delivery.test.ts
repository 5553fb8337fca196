/**
 * `tiendo remind` against mail servers that misbehave, and beside other commands, as an office
 * meets them: a full mailbox, a server that is down or never answers, a server that needs login
 * and TLS, a refresh or a second run started while mail is going out, two computers in far-apart
 * time zones, a small daily quota. Real SMTP servers on 127.0.0.1, each in a thread of its own; the
 * CLI runs in this process (another time zone too: see time-zone.fixture.ts), and as its own
 * process only where that alone shows it (runs contending for one workbook).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import { runRemindCommand } from '../../../src/node/commands/remind';
import { afterAll, describe, expect, it } from 'vitest';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { PEOPLE, grids } from '../../core/remind/reminders.fixture';
import { BIN, ROOT, loadExcel, tempDir, tiendo } from '../cli.fixture';
import { type ThreadServerOptions, smtpThread } from './smtp-thread.fixture';
import { inTimeZone } from '../time-zone.fixture';

const tmp = tempDir();
const CERT = readFileSync(path.join(ROOT, 'tests/fixtures/tls/cert.pem'), 'utf8');
const KEY = readFileSync(path.join(ROOT, 'tests/fixtures/tls/key.pem'), 'utf8');
const CA_FILE = path.join(ROOT, 'tests/fixtures/tls/cert.pem');
const servers: Array<{ close(cb: () => void): void }> = [];
afterAll(async () => {
  for (const s of servers) await new Promise<void>((r) => s.close(() => r()));
  tmp.done();
});

interface Run { code: number; stdout: string; stderr: string; ms: number }

/**
 * The test that starts bin/tiendo.js may take up to 20 s, an exception to the 10 s of
 * vitest.config.ts: on a busy two-core machine one start alone takes 2–3 s.
 */
const SPAWNS = 20_000;

/** A `tiendo` run in this process (the mail server answers from its own thread), and how long it took. */
async function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const start = Date.now();
  const r = await tiendo(args, { env });
  return { ...r, ms: Date.now() - start };
}

/** A run in a process of its own: runs contending for one workbook. */
function runProcess(args: string[]): Promise<Run> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, TIENDO_DEBUG: '', TIENDO_LANG: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, ms: Date.now() - start }));
  });
}

interface Mailbox {
  port: number;
  /** Recipient of each accepted message, in order. */
  got(): Promise<string[]>;
  /** TLS was on for each accepted message. */
  secure(): Promise<boolean[]>;
}

async function mailServer(o: ThreadServerOptions = {}): Promise<Mailbox> {
  const server = await smtpThread(o);
  servers.push({ close: (cb) => { void server.close().then(cb); } });
  return {
    port: server.port,
    got: async () => (await server.messages()).flatMap((m) => m.to),
    secure: async () => (await server.messages()).map((m) => m.secure),
  };
}

async function workbookFile(name: string, o: Parameters<typeof grids>[0] = {}): Promise<string> {
  const book = XlsxWorkbook.create(name);
  for (const g of grids(o)) {
    book.write({ sheet: g.name, mode: 'replace', blocks: [{ row: 1, col: 1, values: g.values.map((r) => r.map((v) => v ?? '')) as never }] });
  }
  const file = path.join(tmp.dir, name);
  await book.save(file);
  return file;
}

async function logRows(file: string): Promise<string[][]> {
  const ws = (await loadExcel(file)).getWorksheet('Nhật ký nhắc việc');
  const rows: string[][] = [];
  ws?.eachRow((row, n) => { if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))); });
  return rows;
}

const ALL = ['binh@example.org', 'hoa@example.org', 'lan@example.org', 'quy@example.org', 'tien@example.org'];
const smtp = (box: Mailbox) => ['--smtp', `127.0.0.1:${box.port}`];

describe('one recipient’s error does not stop everyone', () => {
  it('a full mailbox (552 5.2.2 … quota exceeded) is that person’s failure: the others are served, the run names who was not reached, exit 1', async () => {
    const box = await mailServer({ refuse: { 'hoa@example.org': [552, '5.2.2 mailbox quota exceeded'] } });
    const file = await workbookFile('hop-thu-day.xlsx');
    const r = await run(['remind', file, '--today', '2019-07-05', ...smtp(box)]);
    expect(r.code).toBe(1);
    expect((await box.got()).sort()).toEqual(ALL.filter((a) => a !== 'hoa@example.org'));
    expect(r.stdout).toMatch(/1 e-mail gửi không được: Lê Thị Hoà <hoa@example\.org> \(.*552.*quota exceeded/);
    expect(r.stdout).not.toContain('Hết hạn mức gửi thư');
    const rows = await logRows(file);
    expect(rows.filter((x) => x[6] === 'Lỗi').map((x) => x[3])).toEqual(['hoa@example.org']);
    expect(rows.filter((x) => x[6] === 'Đã gửi')).toHaveLength(4);
  });
});

describe('a mail server that is down or silent', () => {
  it('a server that accepts and never answers costs two timeouts, then the run stops with a clear message and defers everyone', async () => {
    let connections = 0;
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => { connections++; sockets.push(s); });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    servers.push({ close: (cb) => { for (const s of sockets) s.destroy(); silent.close(() => cb()); } });
    const file = await workbookFile('im-lang.xlsx');
    const r = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${(silent.address() as AddressInfo).port}`, '--timeout', '1']);
    expect(r.code).toBe(1);
    // The connections were made while this thread waited on the run; their events come after it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(connections).toBe(2);
    expect(r.ms).toBeLessThan(8000);
    expect(r.stdout).toContain('không trả lời trong 1 giây');
    expect(r.stdout).toContain('Máy chủ thư không nhận thư: 5 e-mail chưa gửi');
    const rows = await logRows(file);
    expect(rows.map((x) => x[6])).toEqual(['Hoãn', 'Hoãn', 'Hoãn', 'Hoãn', 'Hoãn']);
    // Once the server is back, everyone is sent.
    const box = await mailServer();
    expect((await run(['remind', file, '--today', '2019-07-05', ...smtp(box)])).code).toBe(0);
    expect((await box.got()).sort()).toEqual(ALL);
  });

  it('a refused connection is a sentence saying what to check, not "connect ECONNREFUSED"', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const file = await workbookFile('tu-choi-ket-noi.xlsx');
    const r = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`The mail server 127.0.0.1:${port} refused the connection: check the address and port`);
    expect(r.stdout + r.stderr).not.toContain('ECONNREFUSED');
  });
});

describe('--smtp with login and TLS', () => {
  const PASSWORD = 'Mật-khẩu-Văn-phòng-42';
  const login = (): ThreadServerOptions => ({ tls: { key: KEY, cert: CERT }, login: { user: 'vanphong', pass: PASSWORD } });

  it('logs in over STARTTLS with the password from the environment, trusting the office’s certificate; never prints the password', async () => {
    const box = await mailServer(login());
    const file = await workbookFile('dang-nhap.xlsx');
    const r = await run(['remind', file, '--today', '2019-07-05', ...smtp(box), '--smtp-user', 'vanphong', '--smtp-tls', 'starttls', '--smtp-ca', CA_FILE, '--from', 'vanphong@example.org'], { TIENDO_SMTP_PASSWORD: PASSWORD });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await box.got()).sort()).toEqual(ALL);
    expect(await box.secure()).toEqual([true, true, true, true, true]);
    expect(r.stdout).not.toContain(PASSWORD);
  });

  it('a wrong password stops the run at once with a sentence about the login, and defers everyone', async () => {
    const box = await mailServer(login());
    const file = await workbookFile('sai-mat-khau.xlsx');
    const r = await run(['remind', file, '--today', '2019-07-05', ...smtp(box), '--smtp-user', 'vanphong', '--smtp-tls', 'starttls', '--smtp-ca', CA_FILE], { TIENDO_SMTP_PASSWORD: 'sai-roi' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('từ chối đăng nhập của “vanphong”');
    expect(r.stdout + r.stderr).not.toContain('sai-roi');
    expect(await box.got()).toEqual([]);
    expect((await logRows(file)).map((x) => x[6])).toEqual(['Hoãn', 'Hoãn', 'Hoãn', 'Hoãn', 'Hoãn']);
  });

  it('implicit TLS; a certificate it cannot trust is named, with the option that fixes it', async () => {
    const box = await mailServer({ ...login(), tls: { key: KEY, cert: CERT, secure: true } });
    const file = await workbookFile('tls.xlsx');
    const env = { TIENDO_SMTP_PASSWORD: PASSWORD };
    const untrusted = await run(['remind', file, '--today', '2019-07-05', ...smtp(box), '--smtp-user', 'vanphong', '--smtp-tls', 'tls', '--timeout', '2'], env);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stdout).toContain('--smtp-ca');
    expect(await box.got()).toEqual([]);
    const ok = await run(['remind', file, '--today', '2019-07-05', ...smtp(box), '--smtp-user', 'vanphong', '--smtp-tls', 'tls', '--smtp-ca', CA_FILE], env);
    expect(ok.code).toBe(0);
    expect((await box.got()).sort()).toEqual(ALL);
  });

  it('a login without a password in the environment is a usage error naming the variable', async () => {
    const file = await workbookFile('thieu-mat-khau.xlsx');
    const r = await tiendo(['remind', file, '--smtp', '127.0.0.1:25', '--smtp-user', 'vanphong', '--smtp-password-env', 'MAT_KHAU_THU']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('MAT_KHAU_THU');
  });
});

describe('two commands on one workbook at once', () => {
  it('a refresh and a second reminder run started while mail is going out wait: no second send, no log row and no refresh output lost', async () => {
    const box = await mailServer({ delayMs: 250 });
    const file = await workbookFile('cung-luc.xlsx');
    const first = runProcess(['remind', file, '--today', '2019-07-05', ...smtp(box)]);
    while ((await box.got()).length === 0) await new Promise((r) => setTimeout(r, 20));
    // The first run is sending now: both of these start while it holds the workbook.
    // They run in this process: what must wait is the other process's hold on the workbook.
    const [a, refresh, second] = await Promise.all([first, run(['refresh', file, '--today', '2019-07-05']), run(['remind', file, '--today', '2019-07-05', ...smtp(box)])]);
    expect(a.code).toBe(0);
    expect(refresh.code).toBe(0);
    expect(second.code).toBe(0);
    expect(refresh.stderr + second.stderr).toContain('chờ lệnh đó xong');
    expect((await box.got()).sort()).toEqual(ALL);
    const excel = await loadExcel(file);
    expect(excel.getWorksheet('Tổng quan')).toBeDefined();
    expect((await logRows(file)).filter((x) => x[6] === 'Đã gửi')).toHaveLength(5);
    const third = await run(['remind', file, '--today', '2019-07-05', ...smtp(box)]);
    expect(third.stdout).toContain('5 e-mail đã gửi trước đó hôm nay nên không gửi lại.');
    expect(await box.got()).toHaveLength(5);
  }, SPAWNS);
});

describe('the plan’s day, not the computer’s', () => {
  it('two runs a second apart on computers set to GMT+14 and GMT−12 agree on the day and send once', async () => {
    const box = await mailServer();
    // Any day of the week: the test must not depend on the day it runs.
    const file = await workbookFile('mui-gio.xlsx', { settings: [['Nhắc cả ngày nghỉ', 'Có']] });
    const east = await inTimeZone('Etc/GMT-14', () => run(['remind', file, ...smtp(box)]));
    expect(east.code).toBe(0);
    const sent = (await box.got()).length;
    expect(sent).toBe(5);
    const west = await inTimeZone('Etc/GMT+12', () => run(['remind', file, ...smtp(box)]));
    expect(west.code).toBe(0);
    expect(west.stdout).toContain('5 e-mail đã gửi trước đó hôm nay nên không gửi lại.');
    expect(await box.got()).toHaveLength(sent);
  });
});

describe('fair rotation under a small quota', () => {
  it('with 3 mails a day for 10 people, deferred people go first, oldest first: all 10 are reached within four working days', async () => {
    const server = await smtpThread();
    const people = [PEOPLE[0], ...Array.from({ length: 10 }, (_, i) => [`Người Số ${String(i + 1).padStart(2, '0')}`, 'Chuyên viên', 'Văn phòng', `nguoi${i + 1}@example.org`, '', '', ''])];
    const tasks = Array.from({ length: 10 }, (_, i) => [`V${i + 1}`, 'I. Việc', `Việc số ${i + 1}`, `Người Số ${String(i + 1).padStart(2, '0')}`, '', '01/07/2019', '', '', '']);
    const file = await workbookFile('xoay-vong.xlsx', { tasks, people, settings: [['Báo cáo cho người điều phối', 'Không gửi']] });
    const perDay: number[] = [];
    try {
      // The command's own code, in this process (four CLI start-ups would cost more than the runs).
      for (const day of ['2019-07-08', '2019-07-09', '2019-07-10', '2019-07-11']) {
        const r = await runRemindCommand({ file, today: day, target: { kind: 'smtp', host: '127.0.0.1', port: server.port }, dryRun: false, quota: 3, lang: 'vi' });
        perDay.push(r.report.totals.sent);
      }
      expect(perDay).toEqual([3, 3, 3, 3]);
      expect(new Set((await server.messages()).flatMap((m) => m.to)).size).toBe(10);
    } finally {
      await server.close();
    }
  });
});
