/**
 * A reminder e-mail as a mail client shows it: its HTML opened in headless Chromium with the
 * network watched. It must render with nothing fetched (no images, fonts, trackers) and no script.
 * (`npm run screenshots` pictures the same mail as docs/images/reminder-email.png for the README.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../browser.fixture';
import { REMINDER_SHEET_URL, sampleReminderMail } from './reminder-email.fixture';

let browser: Browser;
beforeAll(async () => { browser = await launch(); }, 30_000);
afterAll(async () => { await browser?.close(); });

describe('reminder e-mail in a browser', () => {
  it('renders every section with nothing loaded from outside', async () => {
    const { digest: d, mail } = sampleReminderMail();
    expect([d.overdue.length, d.dueToday.length, d.dueSoon.length, d.escalation.length]).toEqual([1, 1, 1, 1]);
    const sheet = REMINDER_SHEET_URL;

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
    await context.close();
  });
});
