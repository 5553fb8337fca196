/**
 * A reminder e-mail as a mail client shows it: its HTML opened in headless Chromium with the
 * network watched. It must render with nothing fetched (no images, fonts, trackers) and no script;
 * the picture is kept as docs/images/reminder-email.png for the README.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDigest } from '../../src/core/reminders/render-digest';
import { ROOT, launch } from './browser';
import { digestOf, plan } from '../core/reminders/fixture';

let browser: Browser;
beforeAll(async () => { browser = await launch(); }, 30_000);
afterAll(async () => { await browser?.close(); });

const tasks = [
  ['1.1', 'I. Báo cáo chính trị', 'Hoàn chỉnh dự thảo Đề cương chi tiết Báo cáo chính trị', 'Nguyễn Văn Bình', 'Văn phòng Tỉnh ủy; Lê Thị Hoà', '01/07/2019', 'Đang thực hiện', 0.6, ''],
  ['1.2', 'I. Báo cáo chính trị', 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát', 'Nguyễn Văn Bình', 'Trần Thanh Tiến', '05/07/2019', '', '', ''],
  ['2.1', 'II. Báo cáo kiểm điểm', 'Gửi xin ý kiến các đồng chí Tỉnh ủy viên đối với dự thảo đề cương', 'Ban Tuyên giáo Tỉnh ủy', 'Nguyễn Văn Bình', '09/07/2019', 'Chưa bắt đầu', '', ''],
  ['3.1', 'III. Tổ chức thực hiện', 'Tổng hợp ý kiến góp ý của các sở, ban, ngành, gửi qua Văn phòng Tỉnh ủy', 'Trần Thanh Tiến', 'Phạm Minh Quý', '26/06/2019', 'Đang thực hiện', 0.3, ''],
];

describe('reminder e-mail in a browser', () => {
  it('renders every section with nothing loaded from outside', async () => {
    const p = plan({ tasks });
    const d = digestOf(p, 'binh@example.org');
    expect([d.overdue.length, d.dueToday.length, d.dueSoon.length, d.escalation.length]).toEqual([1, 1, 1, 1]);
    const sheet = 'https://docs.google.com/spreadsheets/d/1AbC/edit';
    const mail = renderDigest(d, {
      today: '2019-07-05', planName: p.planName, rowLink: (row) => `${sheet}#gid=0&range=A${row}`, sheetLink: `${sheet}#gid=0`,
      coordinatorName: p.coordinatorName, horizonDays: p.horizonDays, escalationDays: p.escalationDays, logSheet: 'Nhật ký nhắc việc',
    });

    const context = await browser.newContext({ viewport: { width: 720, height: 900 }, deviceScaleFactor: 2, javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => { if (!/^(data|about):/.test(r.url())) requests.push(r.url()); });
    await page.setContent(mail.html, { waitUntil: 'load' });
    expect(requests).toEqual([]);
    const text = await page.evaluate(() => document.body.innerText);
    for (const heading of ['Quá hạn (1)', 'Đến hạn hôm nay (1)', 'Sắp đến hạn (1)', 'Báo cáo cấp trên: việc quá hạn từ 3 ngày làm việc (1)']) expect(text).toContain(heading);
    expect(text).toContain('Hạn: 01/07/2019 (Thứ Hai) · quá hạn 4 ngày làm việc');
    expect(text).toContain('Chủ trì: Trần Thanh Tiến');
    // Links open the task's row in the spreadsheet, in a new tab.
    const links = await page.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')]));
    expect(links[0]).toEqual(['[1.1] Hoàn chỉnh dự thảo Đề cương chi tiết Báo cáo chính trị', `${sheet}#gid=0&range=A2`, '_blank']);
    const dir = path.join(ROOT, 'docs/images');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'reminder-email.png'), fullPage: true });
    await context.close();
  }, 30_000);
});
