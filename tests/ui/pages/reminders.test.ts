/**
 * The "Xem trước nhắc việc" dialog in headless Chromium, with the data the server's dry run
 * produces and the language the server sends with it. (pages.test.ts keeps its screenshot,
 * tests/__screenshots__/reminders.png, opened with the same data.)
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, untranslated } from '../browser.fixture';
import { DIALOG } from './pages.fixture';
import { remindersReport } from './reminders.fixture';
import type { StubCall } from './stub-run.fixture';

let browser: Browser;
beforeAll(async () => { browser = await launch(); }, 30_000);
afterAll(async () => { await browser?.close(); });

/** Exactly what src/gas/remind.ts sends with the page. */
const serverBoot = (lang: 'vi' | 'en', data: unknown) => ({ lang, data });
const calls = (page: Page) => page.evaluate(() => window.__calls as StubCall[]);

describe('reminder preview dialog', () => {
  it('lists who gets what today, with the tasks as text, and sends nothing', async () => {
    const { page, faults } = await openPage(browser, 'reminders', { boot: serverBoot('vi', remindersReport()) }, DIALOG);
    expect(await untranslated(page)).toEqual([]);
    await expect.poll(() => page.locator('#messages').textContent()).toContain('Xem trước: hôm nay 5 e-mail sẽ được gửi; chưa gửi gì.');
    expect(await page.locator('#intro').textContent()).toBe('Những e-mail dưới đây sẽ được gửi hôm nay, 05/07/2019 (Thứ Sáu). Chưa có e-mail nào được gửi.');
    const cards = page.locator('details.mail');
    expect(await cards.count()).toBe(5);
    expect(await page.locator('details.mail .who').allTextContents()).toEqual(['Lê Thị Hoà', 'Nguyễn Văn Bình', 'Phạm Minh Quý', 'Trần Thanh Tiến', 'Vũ Thị Lan']);
    expect(await cards.last().locator('.tag.summary').textContent()).toBe('Tổng hợp cho người điều phối');

    // Tiến's mail: both his tasks, the one named like an HTML tag shown as text.
    const tien = cards.filter({ has: page.locator('.who', { hasText: /^Trần Thanh Tiến$/ }) });
    await tien.locator('summary').first().click();
    await expect.poll(() => tien.locator('ul.tasks li').allTextContents()).toEqual([
      '[T1] Xây dựng đề cương Báo cáo chính trị — 28/06/2019 (Thứ Sáu) · quá hạn 5 ngày làm việc · chủ trì',
      '[T9] <img src=x onerror=alert(1)> — 05/07/2019 (Thứ Sáu) · đến hạn hôm nay · chủ trì',
    ]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await tien.locator('.bucket').allTextContents()).toEqual(['Quá hạn', 'Đến hạn hôm nay']);
    await tien.locator('details.text-toggle > summary').click();
    expect(await tien.locator('pre.text').textContent()).toContain('Kính gửi đồng chí Trần Thanh Tiến,');

    expect(await page.locator('#unreachable li').allTextContents()).toEqual([
      '«Đỗ Văn Nam» chưa có địa chỉ e-mail trong trang Nhân sự (là phối hợp; việc T8)',
      '«Ông Không Ai» không có trong trang Nhân sự (không khớp họ tên, đơn vị, nhóm hay chức vụ) (là chủ trì; việc T8)',
    ]);
    expect(await calls(page)).toEqual([]);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('“Gửi ngay” runs the real send once and shows each outcome', async () => {
    const { page, faults } = await openPage(browser, 'reminders', {
      boot: serverBoot('vi', remindersReport()),
      responses: { remindersSendNow: { value: remindersReport({ dryRun: false, quota: 3 }), held: true } },
    }, DIALOG);
    const send = page.getByRole('button', { name: 'Gửi ngay' });
    await send.click();
    // While the server sends, the button cannot send a second time.
    expect(await send.isDisabled()).toBe(true);
    await page.evaluate(() => window.__stub.release('remindersSendNow'));
    await expect.poll(() => page.locator('#status').textContent()).toBe('Đã gửi 3 e-mail.');
    expect((await calls(page)).map((c) => c.name)).toEqual(['remindersSendNow']);
    expect(await page.locator('details.mail .outcome').allTextContents()).toEqual(['Đã gửi', 'Đã gửi', 'Hoãn', 'Hoãn', 'Đã gửi']);
    expect(await page.locator('#messages').textContent()).toContain('Hết hạn mức gửi thư: 2 e-mail hoãn sang lần chạy sau.');
    // Deferred mails remain: the user may try again later.
    expect(await send.isDisabled()).toBe(false);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('speaks English to an English user and says when today is a day off', async () => {
    const off = { ...remindersReport(), status: 'dayOff', mails: [], messages: ['Today, 06/07/2019 (Saturday), is a day off: no reminders are sent.'] };
    const { page, faults } = await openPage(browser, 'reminders', { boot: serverBoot('en', off) }, DIALOG);
    expect(await page.locator('h1').textContent()).toBe('Preview reminders');
    expect(await page.locator('#messages').textContent()).toContain('day off');
    expect(await page.locator('.none').textContent()).toBe('No e-mail needs to be sent today.');
    expect(await page.getByRole('button', { name: 'Send now' }).isDisabled()).toBe(true);
    expect(await untranslated(page)).toEqual([]);
    expect(faults).toEqual([]);
    await page.context().close();
  });
});
