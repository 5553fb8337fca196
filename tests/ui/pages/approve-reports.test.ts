/**
 * The "Duyệt báo cáo…" dialog in headless Chromium with google.script.run stubbed: each waiting
 * report with its request and its own buttons; one click approves that report's row only, the
 * answer is shown, the buttons go; a failure is shown as a sentence and the buttons come back.
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, untranslated } from '../browser.fixture';
import { DIALOG, approveBoot } from './pages.fixture';
import type { StubCall } from './stub-run.fixture';

let browser: Browser;
beforeAll(async () => { browser = await launch(); }, 30_000);
afterAll(async () => { await browser?.close(); });

const calls = (page: Page) => page.evaluate(() => window.__calls as StubCall[]);

describe('Duyệt báo cáo', () => {
  it('approves one report with one click and says what was written', async () => {
    const { page, faults } = await openPage(browser, 'approve-reports', {
      boot: approveBoot('vi'),
      responses: { reportsApprove: { value: { message: 'Đã duyệt 1 báo cáo; các cột Trạng thái, % hoàn thành, Ngày hoàn thành (và Hạn hoàn thành khi được gia hạn) đã được ghi.', pending: [] } } },
    }, DIALOG);
    const items = page.locator('#reports li');
    expect(await items.count()).toBe(2);
    expect(await items.nth(1).textContent()).toContain('Đề nghị hạn mới: 22/11/2019 (hạn hiện nay: 09/11/2019)');
    await items.nth(1).getByRole('button', { name: 'Duyệt' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/^Đã duyệt 1 báo cáo/);
    expect((await calls(page)).map((c) => [c.name, c.args])).toEqual([['reportsApprove', [4]]]);
    expect(await items.nth(1).locator('.done').textContent()).toBe('Đã duyệt');
    expect(await items.nth(0).getByRole('button', { name: 'Duyệt' }).isEnabled()).toBe(true);
    expect(await untranslated(page)).toEqual([]);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('shows a failure as a sentence and lets the user try again; says when nothing waits', async () => {
    const { page, faults } = await openPage(browser, 'approve-reports', {
      boot: approveBoot('vi'),
      responses: { reportsReject: { error: 'Exception: Một lần cập nhật khác đang chạy; hãy thử lại sau ít phút.' } },
    }, DIALOG);
    const first = page.locator('#reports li').nth(0);
    await first.getByRole('button', { name: 'Từ chối' }).click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Một lần cập nhật khác đang chạy; hãy thử lại sau ít phút.');
    expect(await first.getByRole('button', { name: 'Từ chối' }).isEnabled()).toBe(true);
    expect(faults).toEqual([]);
    await page.context().close();

    const empty = await openPage(browser, 'approve-reports', { boot: approveBoot('en', []) }, DIALOG);
    expect(await empty.page.locator('#none').textContent()).toBe('No report is awaiting approval.');
    expect(await empty.page.locator('h1').textContent()).toBe('Approve unit reports');
    await empty.page.context().close();
  });
});
