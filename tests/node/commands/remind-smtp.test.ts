/**
 * `tiendo remind` end to end: a real SMTP server on 127.0.0.1 receives what the command sends,
 * mailparser reads it the way a mail client would. The CLI runs in this process; its sends block
 * until the server answers, so the server runs in a thread of its own.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logHeader, logRow } from '../../../src/core/remind/log';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import { grids, XSS } from '../../core/remind/reminders.fixture';
import { loadExcel, tempDir, tiendo } from '../cli.fixture';
import { type ThreadServer, smtpThread } from './smtp-thread.fixture';

interface Received {
  from: string;
  to: string[];
  mail: ParsedMail;
  raw: string;
}

let server: ThreadServer;
let port = 0;
const received: Received[] = [];
const tmp = tempDir();
let rejectNext: string | null = null;
/** How many of the server's messages are already in `received` (a test empties it to start afresh). */
let pulled = 0;

// Every run goes in this process: the SMTP server answers from its own thread (./smtp-thread.fixture.ts)
// while the run waits for each answer, as MailApp does.
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!args.includes('--smtp')) return tiendo(args);
  await server.refuse(rejectNext ? { [rejectNext]: [550, 'No such user here'] } : {});
  const r = await tiendo(args);
  const all = await server.messages();
  for (const m of all.slice(pulled)) received.push({ from: m.from, to: m.to, mail: await simpleParser(m.raw), raw: m.raw });
  pulled = all.length;
  return r;
}

async function workbookFile(name: string, settings: Array<[string, unknown]> = []): Promise<string> {
  const book = XlsxWorkbook.create(name);
  for (const g of grids({ settings })) {
    book.write({ sheet: g.name, mode: 'replace', blocks: [{ row: 1, col: 1, values: g.values.map((r) => r.map((v) => v ?? '')) as never }] });
  }
  const file = path.join(tmp.dir, name);
  await book.save(file);
  return file;
}

beforeAll(async () => {
  server = await smtpThread();
  port = server.port;
});

afterAll(async () => {
  await server.close();
  tmp.done();
});

const byTo = (email: string) => received.find((r) => r.to.includes(email));

describe('tiendo remind --smtp', () => {
  it('delivers one digest per person and the summary, with both parts, reply-to, sender name and escaped HTML', async () => {
    received.length = 0;
    const file = await workbookFile('ke-hoach.xlsx');
    const r = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`, '--from', 'vanphong@example.org']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(received.map((x) => x.to[0]).sort()).toEqual(['binh@example.org', 'hoa@example.org', 'lan@example.org', 'quy@example.org', 'tien@example.org']);

    const tien = byTo('tien@example.org')!;
    expect(tien.from).toBe('vanphong@example.org');
    expect(tien.mail.subject).toBe('[Tiến độ] 1 việc quá hạn, 1 việc đến hạn hôm nay — Kế hoạch xây dựng Văn kiện Đại hội');
    expect(tien.mail.from?.value[0]).toEqual({ name: 'Tiến độ – Kế hoạch xây dựng Văn kiện Đại hội', address: 'vanphong@example.org' });
    expect(tien.mail.replyTo?.value[0].address).toBe('lan@example.org');
    expect(tien.mail.headers.get('auto-submitted')).toBe('auto-generated');
    // Both parts, as a mail client sees them.
    expect(tien.raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(tien.mail.text).toContain('Hạn: 28/06/2019 (Thứ Sáu) — quá hạn 5 ngày làm việc');
    expect(tien.mail.text).toContain(`[T9] ${XSS}`);
    const html = tien.mail.html as string;
    expect(html).toContain('[T9] &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('28/06/2019 (Thứ Sáu)');

    const quy = byTo('quy@example.org')!;
    expect(quy.mail.subject).toBe('[Tiến độ] 1 overdue, 1 due soon — Kế hoạch xây dựng Văn kiện Đại hội');
    const lan = byTo('lan@example.org')!;
    expect(lan.mail.subject).toBe('[Tiến độ] Tổng hợp ngày 05/07/2019: 3 việc quá hạn, 4 người được nhắc — Kế hoạch xây dựng Văn kiện Đại hội');
    expect(lan.mail.text).toContain('«Ông Không Ai» không có trong trang Nhân sự');

    // The log is in the workbook: one row per mail, and a second run the same day sends nothing.
    const excel = await loadExcel(file);
    const log = excel.getWorksheet('Nhật ký nhắc việc')!;
    expect(log.getRow(1).getCell(1).value).toBe('Thời gian');
    expect(log.actualRowCount).toBe(1 + 5);
    const again = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('5 e-mail đã gửi trước đó hôm nay nên không gửi lại.');
    expect(received).toHaveLength(5);
  });

  it('stops at the quota, tells the coordinator, and sends the rest on the next run', async () => {
    received.length = 0;
    const file = await workbookFile('han-muc.xlsx');
    const first = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`, '--quota', '3']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Hết hạn mức gửi thư: 2 e-mail hoãn sang lần chạy sau.');
    // Two digests, and the summary from the recipient kept for it.
    expect(received.map((x) => x.to[0])).toHaveLength(3);
    const summary = byTo('lan@example.org')!;
    expect(summary.mail.text).toContain('CHƯA GỬI VÌ HẾT HẠN MỨC GỬI THƯ TRONG NGÀY (2 NGƯỜI)');
    const second = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`]);
    expect(second.code).toBe(0);
    expect(received.map((x) => x.to[0]).sort()).toEqual(['binh@example.org', 'hoa@example.org', 'lan@example.org', 'quy@example.org', 'tien@example.org']);
  });

  it('reports an address the server refuses, logs it, and still sends the others', async () => {
    received.length = 0;
    rejectNext = 'hoa@example.org';
    const file = await workbookFile('tu-choi.xlsx');
    const r = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`]);
    rejectNext = null;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 e-mail gửi không được: Lê Thị Hoà <hoa@example\.org> \(.*550/);
    expect(received.map((x) => x.to[0]).sort()).toEqual(['binh@example.org', 'lan@example.org', 'quy@example.org', 'tien@example.org']);
    expect(byTo('lan@example.org')!.mail.text).toContain('GỬI KHÔNG ĐƯỢC (1 NGƯỜI)');
    // The failure is logged, not counted as sent: the next run retries only it.
    const retry = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`]);
    expect(retry.code).toBe(0);
    expect(received.filter((x) => x.to[0] === 'hoa@example.org')).toHaveLength(1);
    expect(received).toHaveLength(5);
  });
});

describe('tiendo remind --outbox / --dry-run', () => {
  it('writes one .eml per mail as a preview that consumes nothing, and a dry run writes and changes nothing', async () => {
    received.length = 0;
    const file = await workbookFile('hop-thu.xlsx');
    const outbox = path.join(tmp.dir, 'outbox');
    const dry = await tiendo(['remind', file, '--today', '2019-07-05', '--outbox', outbox, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Xem trước: hôm nay 5 e-mail sẽ được gửi; chưa gửi gì.');
    expect(() => readdirSync(outbox)).toThrow();
    expect((await loadExcel(file)).getWorksheet('Nhật ký nhắc việc')).toBeUndefined();

    const real = await tiendo(['remind', file, '--today', '2019-07-05', '--outbox', outbox]);
    expect(real.code).toBe(0);
    const files = readdirSync(outbox).sort();
    expect(files).toHaveLength(5);
    const parsed = await simpleParser(readFileSync(path.join(outbox, files.find((f) => f.includes('tien@'))!)));
    expect(parsed.subject).toContain('[Tiến độ] 1 việc quá hạn');
    expect(parsed.text).toBeTruthy();
    expect(parsed.html).toBeTruthy();
    // A preview: nothing logged, no journal, and the real run the same day sends everything.
    expect(real.stdout).toContain('Xem trước: đã ghi 5 e-mail vào');
    expect(real.stdout).not.toContain('Đã gửi 5 e-mail');
    expect((await loadExcel(file)).getWorksheet('Nhật ký nhắc việc')).toBeUndefined();
    expect(existsSync(path.join(tmp.dir, '.hop-thu.xlsx.nhac-viec.journal'))).toBe(false);
    const again = await tiendo(['remind', file, '--today', '2019-07-05', '--outbox', outbox]);
    expect(again.stdout).toContain('Xem trước: đã ghi 5 e-mail vào');
    const smtp = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`]);
    expect(smtp.code).toBe(0);
    expect(received).toHaveLength(5);
    expect((await loadExcel(file)).getWorksheet('Nhật ký nhắc việc')!.actualRowCount).toBe(1 + 5);
  });

  it('recovers the log rows of a run killed before it saved the workbook, and does not resend them', async () => {
    received.length = 0;
    const file = await workbookFile('bi-ngat.xlsx');
    // What a killed run leaves next to the workbook: the header it wrote and the row of its one send.
    const journal = path.join(tmp.dir, '.bi-ngat.xlsx.nhac-viec.journal');
    const header = { write: { sheet: 'Nhật ký nhắc việc', mode: 'update', blocks: [{ row: 1, col: 1, values: [logHeader()] }] } };
    const row = logRow({ nowIso: '2019-07-05T07:00:00+07:00', day: '2019-07-05', recipient: 'Trần Thanh Tiến', email: 'tien@example.org', kind: 'digest', tasks: ['T1', 'T9'], result: 'sent', note: '' });
    writeFileSync(journal, `${JSON.stringify(header)}\n${JSON.stringify({ append: { sheet: 'Nhật ký nhắc việc', rows: [row] } })}\n{"append":{"sheet":"Nh`);
    // A dry run (and an outbox preview) already knows what the killed run sent, and consumes nothing.
    const dry = await tiendo(['remind', file, '--today', '2019-07-05', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Xem trước: hôm nay 4 e-mail sẽ được gửi; chưa gửi gì.');
    expect(dry.stdout).toMatch(/= Trần Thanh Tiến <tien@example\.org>.*\(Đã gửi hôm nay\)/);
    const outbox = path.join(tmp.dir, 'outbox-ngat');
    const look = await tiendo(['remind', file, '--today', '2019-07-05', '--outbox', outbox]);
    expect(look.code).toBe(0);
    expect(readdirSync(outbox).filter((f) => f.includes('tien@'))).toEqual([]);
    expect(readdirSync(outbox)).toHaveLength(4);
    expect(existsSync(journal)).toBe(true);

    const r = await run(['remind', file, '--today', '2019-07-05', '--smtp', `127.0.0.1:${port}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đã khôi phục 1 dòng nhật ký của lần chạy bị ngắt trước đó.');
    expect(received.map((x) => x.to[0]).sort()).toEqual(['binh@example.org', 'hoa@example.org', 'lan@example.org', 'quy@example.org']);
    expect(existsSync(journal)).toBe(false);
    const log = (await loadExcel(file)).getWorksheet('Nhật ký nhắc việc')!;
    expect(log.actualRowCount).toBe(1 + 5);
  });

  it('refuses a run with no destination, or two', async () => {
    const file = await workbookFile('sai.xlsx');
    const none = await tiendo(['remind', file]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--outbox');
    const two = await tiendo(['remind', file, '--outbox', 'x', '--smtp', '127.0.0.1:25']);
    expect(two.code).toBe(2);
    const badDay = await tiendo(['remind', file, '--today', '05/13/2019', '--outbox', 'x']);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('--today “05/13/2019” không phải là ngày');
  });
});
