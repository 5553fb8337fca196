/**
 * Every page in build/ (present and future) opened in headless Chromium with a stubbed
 * google.script.run: it loads without console errors or outside requests, shows no raw catalogue
 * key, and every control is reachable with Tab. A screenshot of each is kept in
 * tests/__screenshots__/. Then the settings sidebar and the help page as a user would use them.
 *
 * Needs the build: `node scripts/build.mjs` (npm test runs it first).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD, SHOTS, launch, openPage, unreachableByTab, untranslated } from '../browser.fixture';
import { SIDEBAR, fixtureFor, helpBoot, settingsBoot, settingsView } from './pages.fixture';
import type { StubCall } from './stub-run.fixture';

// sample-data.html is the sample plan as data (src/gas/sample.ts), features.html the code loaded
// when used (src/gas/lazy.ts): not pages.
const pages = readdirSync(BUILD).filter((f) => f.endsWith('.html') && f !== 'sample-data.html' && f !== 'features.html').map((f) => f.replace(/\.html$/, '')).sort();
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
}, 30_000);

afterAll(async () => {
  await browser?.close();
});

/** Lets the page's pending google.script.run answers (stub delay 10 ms) arrive. */
const settle = (page: Page) => page.waitForTimeout(80);
const calls = (page: Page) => page.evaluate(() => window.__calls as StubCall[]);

describe.each(pages)('page %s', (name) => {
  it('loads cleanly, speaks the catalogue, and is usable from the keyboard', async () => {
    const fixture = fixtureFor(name);
    const { page, faults } = await openPage(browser, name, fixture.options(), fixture.size);
    await settle(page);
    expect(faults).toEqual([]);
    expect(await untranslated(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
    expect(await unreachableByTab(page)).toEqual([]);
    expect(faults).toEqual([]);
    await page.context().close();
  });
});

describe('settings sidebar', () => {
  it('shows a message next to a wrong hour, then saves the corrected form with Enter', async () => {
    const { page, faults } = await openPage(browser, 'settings', {
      boot: settingsBoot('vi', settingsView()),
      responses: { settingsSave: { value: { ok: true, view: settingsView() } } },
    }, SIDEBAR);
    const hour = page.getByLabel('Giờ gửi nhắc việc');
    await hour.fill('25');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#err-reminderHour').textContent()).toBe('Lớn nhất là 23.');
    expect(await hour.getAttribute('aria-invalid')).toBe('true');
    expect(await hour.getAttribute('aria-describedby')).toContain('err-reminderHour');

    // Enter with a wrong field: nothing is sent, the user is taken back to it.
    await hour.focus();
    await page.keyboard.press('Enter');
    expect(await calls(page)).toEqual([]);
    expect(await page.locator('#status').textContent()).toMatch(/Còn 1 mục chưa đúng/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-reminderHour');

    await hour.fill('8');
    await expect.poll(() => page.locator('#err-reminderHour').textContent()).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Đã lưu cài đặt vào trang «Cài đặt».');
    const saved = await calls(page);
    expect(saved.map((c) => c.name)).toEqual(['settingsSave']);
    expect(saved[0].args[0]).toMatchObject({ reminderHour: '8', planName: 'Kế hoạch tổ chức Đại hội Đảng bộ', coordinator: 'Trần Thị Bình' });
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('shows the server’s field messages and its failures as sentences', async () => {
    const { page, faults } = await openPage(browser, 'settings', {
      boot: settingsBoot('vi', settingsView()),
      responses: { settingsSave: { value: { ok: false, errors: { coordinator: { key: 'ui.settings.err.coordinator', params: { value: 'Trần Thị Bình' } } } } } },
    }, SIDEBAR);
    await page.locator('#save').click();
    await expect.poll(() => page.locator('#err-coordinator').textContent()).toBe('“Trần Thị Bình” không có trong trang Nhân sự: chọn một người trong danh sách.');
    await page.evaluate(() => window.__stub.respond('settingsSave', { error: 'Exception: Tiện ích chưa được cấp quyền sửa bảng tính này.' }));
    await page.locator('#save').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Tiện ích chưa được cấp quyền sửa bảng tính này.');
    expect(await page.locator('#status').getAttribute('class')).toContain('error');
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('loads the settings from the server when opened without them, in English for an English user', async () => {
    const view = { ...settingsView(), people: [], sheet: 'Settings' };
    const { page, faults } = await openPage(browser, 'settings', {
      boot: settingsBoot('en'),
      responses: { settingsLoad: { value: view } },
    }, SIDEBAR);
    await expect.poll(() => page.locator('#settings-form').isVisible()).toBe(true);
    expect((await calls(page)).map((c) => c.name)).toEqual(['settingsLoad']);
    expect(await page.locator('h1').textContent()).toBe('Settings');
    expect(await page.getByLabel('Reminder hour').inputValue()).toBe('7');
    // No people yet: the coordinator is typed, not chosen.
    expect(await page.getByLabel('Coordinator', { exact: true }).evaluate((e) => e.tagName)).toBe('INPUT');
    expect(await page.locator('legend').allTextContents()).toEqual(['Plan', 'Reminders', 'Documents']);
    expect(faults).toEqual([]);
    await page.context().close();
  });
});

describe('help page', () => {
  it('explains the sheets, every column, the dependency notation, statuses and reminders, in both languages', async () => {
    const { page, faults } = await openPage(browser, 'help', { boot: helpBoot('vi') }, { width: 760, height: 560 });
    expect(await page.locator('h1').textContent()).toBe('Hướng dẫn sử dụng Tiến độ');
    const tasks = await page.locator('#tasks-table tbody tr td:first-child').allInnerTexts();
    expect(tasks.map((s) => s.split('\n')[0])).toEqual(['Mã', 'Phần', 'Nội dung công việc', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc', 'Trạng thái', '% hoàn thành', 'Ngày hoàn thành', 'Nhắc việc', 'Văn bản', 'Ghi chú']);
    expect(await page.locator('#sheets-table tbody tr').count()).toBe(4);
    expect(await page.locator('#deps code').allTextContents()).toEqual(['T3', 'T3+3', 'T3-5', 'T3+2nlv', 'T3; T4']);
    expect(await page.locator('#status-table').innerText()).toContain('Quá hạn');
    expect(await page.locator('#reminders').innerText()).toMatch(/Giờ gửi nhắc việc/);

    await page.locator('#switch').press('Enter');
    expect(await page.locator('h1').textContent()).toBe('How to use Tiến độ');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#tasks-table tbody tr td:first-child').first().innerText()).toMatch(/^ID\nMã$/);
    expect(await page.locator('#switch').textContent()).toBe('Tiếng Việt');
    // The lists and examples are drawn again in English, not added to.
    expect(await page.locator('#deps-table tr').count()).toBe(5);
    expect(await page.locator('#deps-table').innerText()).toContain('Starts after task T3 is done.');
    expect(await page.locator('#start li').count()).toBe(5);
    expect(await page.locator('#start h2').count()).toBe(1);
    await page.locator('#switch').press('Enter');
    expect(await page.locator('h1').textContent()).toBe('Hướng dẫn sử dụng Tiến độ');
    expect(faults).toEqual([]);
    await page.context().close();
  });
});
