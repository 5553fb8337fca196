import { describe, expect, it } from 'vitest';
import { type RenderContext, renderDigest } from '../../../src/core/remind/render-digest';
import { renderSummary } from '../../../src/core/remind/render-summary';
import type { MailOutcome, ReminderPlan } from '../../../src/core/remind/types';
import { TODAY, XSS, digestOf, plan } from './reminders.fixture';

const SHEET = 'https://docs.google.com/spreadsheets/d/abc/edit';

function ctx(p: ReminderPlan): RenderContext {
  return {
    today: TODAY, planName: p.planName, rowLink: (row) => `${SHEET}#gid=0&range=A${row}`, sheetLink: `${SHEET}#gid=0`,
    coordinatorName: p.coordinatorName, horizonDays: p.horizonDays, escalationDays: p.escalationDays, logSheet: 'Nhật ký nhắc việc',
  };
}

/** Every URL-bearing attribute or CSS url() in the HTML. */
function urls(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src|background|action|poster)\s*=\s*"([^"]*)"|url\(([^)]*)\)/gi)].map((m) => m[1] ?? m[2]);
}

describe('reminder e-mail', () => {
  const p = plan();

  it('has a Vietnamese subject counting each section, and the plan name', () => {
    const tien = renderDigest(digestOf(p, 'tien@example.org'), ctx(p));
    expect(tien.subject).toBe('[Tiến độ] 1 việc quá hạn, 1 việc đến hạn hôm nay — Kế hoạch xây dựng Văn kiện Đại hội');
    const binh = renderDigest(digestOf(p, 'binh@example.org'), ctx(p));
    expect(binh.subject).toBe('[Tiến độ] 1 việc sắp đến hạn, 1 việc quá hạn cần chỉ đạo — Kế hoạch xây dựng Văn kiện Đại hội');
  });

  it('lists each task with section, due date and weekday, working days, role, others and a row link', () => {
    const m = renderDigest(digestOf(p, 'tien@example.org'), ctx(p));
    const text = m.text;
    for (const line of [
      'Kính gửi đồng chí Trần Thanh Tiến,',
      'QUÁ HẠN (1)',
      'ĐẾN HẠN HÔM NAY (1)',
      '1. [T1] Xây dựng đề cương Báo cáo chính trị',
      'Hạn: 28/06/2019 (Thứ Sáu) — quá hạn 5 ngày làm việc',
      'Phần: I. Báo cáo chính trị',
      'Vai trò: chủ trì',
      'Cùng thực hiện: phối hợp Ban Tuyên giáo Tỉnh ủy',
      'Đã thực hiện 40%',
      `Mở trong bảng tính: ${SHEET}#gid=0&range=A2`,
      'trả lời e-mail này để liên hệ đồng chí Vũ Thị Lan',
    ]) expect(text).toContain(line);
    expect(text.indexOf('QUÁ HẠN')).toBeLessThan(text.indexOf('ĐẾN HẠN HÔM NAY'));
    expect(m.html).toContain(`href="${SHEET}#gid=0&amp;range=A2"`);
    expect(m.html).toContain('28/06/2019 (Thứ Sáu)');

    const quy = renderDigest(digestOf(p, 'quy@example.org'), ctx(p));
    expect(quy.subject).toBe('[Tiến độ] 1 overdue, 1 due soon — Kế hoạch xây dựng Văn kiện Đại hội');
    expect(quy.text).toContain('Due: 09/07/2019 (Tuesday) — 2 working days left');
    expect(quy.text).toContain('Your role: lead (as part of Ban Tuyên giáo Tỉnh ủy)');
    expect(quy.text).toContain('With: support Nguyễn Văn Bình');
  });

  it('shows the escalation section with who leads the late task', () => {
    const binh = renderDigest(digestOf(p, 'binh@example.org'), ctx(p));
    expect(binh.text).toContain('BÁO CÁO CẤP TRÊN: VIỆC QUÁ HẠN TỪ 3 NGÀY LÀM VIỆC (1)');
    expect(binh.text).toContain('Chủ trì: Trần Thanh Tiến');
    expect(binh.text).toContain('Cùng thực hiện: phối hợp Ban Tuyên giáo Tỉnh ủy');
  });

  it('escapes every user string: a task named <img src=x onerror=alert(1)> is text', () => {
    const m = renderDigest(digestOf(p, 'tien@example.org'), ctx(p));
    expect(m.html).not.toContain('<img');
    expect(m.html).not.toMatch(/<[^>]*onerror/i);
    expect(m.html).toContain('[T9] &lt;img src=x onerror=alert(1)&gt;');
    expect(m.text).toContain(`[T9] ${XSS}`);

    const evil = plan({
      settings: [['Tên kế hoạch', '</title><script>alert(1)</script>']],
      people: [['Họ tên', 'Email', 'Đơn vị'], ['"><b>Tiến</b>', 'tien@example.org', '<i>unit</i>']],
      tasks: [['<u>T1</u>', '<h1>Phần</h1>', 'Việc', '"><b>Tiến</b>', '<script>x</script>', '05/07/2019', '', '', '']],
    });
    const e = renderDigest(evil.digests[0], ctx(evil));
    for (const tag of ['<script', '<b>', '<u>', '<h1>', '<i>']) expect(e.html).not.toContain(tag);
    expect(e.html.match(/<\/title>/g)).toHaveLength(1);
    expect(e.html).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('has no remote images, scripts, styles or trackers: only links to the spreadsheet', () => {
    const m = renderDigest(digestOf(p, 'binh@example.org'), ctx(p));
    expect(m.html).not.toMatch(/<(img|script|link|iframe|object|embed|style)\b/i);
    for (const u of urls(m.html)) expect(u.startsWith(SHEET)).toBe(true);
    expect(m.html).toMatch(/^<!DOCTYPE html>/);
  });

  it('names the workbook position when the host has no web link', () => {
    const local = { ...ctx(p), rowLink: (row: number) => `ke-hoach.xlsx#'Công việc'!A${row}`, sheetLink: "ke-hoach.xlsx#'Công việc'!A1" };
    const m = renderDigest(digestOf(p, 'tien@example.org'), local);
    expect(m.text).toContain("Vị trí trong bảng tính: ke-hoach.xlsx#'Công việc'!A2");
    expect(urls(m.html)).toEqual([]);
  });

  it('keeps a huge digest within the mail size limit', () => {
    const tasks = Array.from({ length: 400 }, (_, i) => [`X${i}`, 'Phần', 'Nội dung rất dài '.repeat(200), 'Trần Thanh Tiến', '', '01/07/2019', '', '', '']);
    const big = plan({ tasks });
    const m = renderDigest(digestOf(big, 'tien@example.org'), ctx(big));
    expect(m.subject).toContain('400 việc quá hạn');
    expect(m.text).toContain('… và 340 việc khác');
    expect(Buffer.byteLength(m.html) + Buffer.byteLength(m.text)).toBeLessThan(200_000);
  });
});

describe('coordinator summary e-mail', () => {
  it('gives counts, newly overdue tasks, who was reminded, what was deferred and who cannot be reached', () => {
    const p = plan();
    const outcome = (email: string, o: MailOutcome['outcome'], extra: Partial<MailOutcome> = {}): MailOutcome => {
      const d = digestOf(p, email);
      return { key: d.key, kind: 'digest', recipient: d.recipient, outcome: o, counts: { overdue: d.overdue.length, dueToday: d.dueToday.length, dueSoon: d.dueSoon.length, escalation: d.escalation.length }, ...extra };
    };
    const outcomes = [
      outcome('tien@example.org', 'sent'),
      outcome('binh@example.org', 'alreadySent'),
      outcome('hoa@example.org', 'deferred', { deferReason: 'quota' }),
      outcome('quy@example.org', 'failed', { error: 'Invalid email: quy@example.org' }),
    ];
    const m = renderSummary(p.summary!, outcomes, p.unreachable, ctx(p));
    expect(m.subject).toBe('[Tiến độ] Tổng hợp ngày 05/07/2019: 3 việc quá hạn, 2 người được nhắc — Kế hoạch xây dựng Văn kiện Đại hội');
    for (const line of [
      '- Quá hạn: 3',
      '- Việc chưa hoàn thành (đang mở): 7',
      '- Đang thực hiện (chưa đến hạn gần): 0',
      'VIỆC MỚI QUÁ HẠN TỪ 04/07/2019 (THỨ NĂM)',
      '- [T8] Chuẩn bị hội trường — 04/07/2019 (Thứ Năm), quá hạn 1 ngày làm việc',
      '- Trần Thanh Tiến <tien@example.org>: 1 quá hạn, 1 đến hạn hôm nay, 0 sắp đến hạn',
      '- Nguyễn Văn Bình <binh@example.org>: 0 quá hạn, 0 đến hạn hôm nay, 1 sắp đến hạn, 1 báo cấp trên',
      '1 người đã được nhắc trước đó trong ngày.',
      'CHƯA GỬI VÌ HẾT HẠN MỨC GỬI THƯ TRONG NGÀY (1 NGƯỜI); SẼ GỬI Ở LẦN CHẠY SAU',
      '- Lê Thị Hoà <hoa@example.org>',
      '- Phạm Minh Quý <quy@example.org>: Invalid email: quy@example.org',
      'KHÔNG LIÊN LẠC ĐƯỢC (2 TÊN)',
      '- «Ông Không Ai» không có trong trang Nhân sự (không khớp họ tên, đơn vị, nhóm hay chức vụ) (là chủ trì; việc T8)',
      '- «Đỗ Văn Nam» chưa có địa chỉ e-mail trong trang Nhân sự (là phối hợp; việc T8)',
    ]) expect(m.text).toContain(line);
    expect(m.html).toContain('&lt;tien@example.org&gt;');
    expect(m.html).not.toMatch(/<(img|script|link|style)\b/i);
  });
});
