/**
 * The Gantt dialog in headless Chromium, opened as Apps Script opens it: the language the server
 * sends (the text is the page's own), `google.script.run` stubbed (ganttData answers the layout, ganttSelectRow records the
 * click). What a user checks: a bar per dated task at the right dates, the arrows, the critical
 * path, the tooltip, zoom, a click reaching the sheet; and that 1 000 tasks stay quick.
 * Also the standalone page of `tiendo gantt --html`, which works with no server at all.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDays } from '../../../src/core/dates/civil';
import { layoutGantt } from '../../../src/core/gantt/layout';
import type { GanttLayout } from '../../../src/core/gantt/model';
import { PX_PER_DAY } from '../../../src/core/gantt/svg';
import { ganttPageHtml } from '../../../src/node/commands/gantt';
import { TODAY, XSS, sampleLayout, smallLayout, spreadSchedule } from '../../core/gantt/gantt.fixture';
import { SHOTS, launch, openPage, untranslated } from '../browser.fixture';
import { GANTT_SIZE as SIZE, ganttServerBoot as serverBoot, openGanttDialog } from './pages.fixture';
import type { StubCall } from './stub-run.fixture';

let browser: Browser;
beforeAll(async () => { browser = await launch(); }, 30_000);
afterAll(async () => { await browser?.close(); });

/** The dialog's size in Sheets (src/gas/gantt.ts). */
async function openDialog(layout: GanttLayout, lang: 'vi' | 'en' = 'vi') {
  return openGanttDialog(browser, layout, lang);
}

const calls = (page: Page) => page.evaluate(() => window.__calls as StubCall[]);

function bars(page: Page) {
  return page.$$eval('#body .bar', (els) => els.map((e) => ({
    id: e.getAttribute('data-task-id'), start: e.getAttribute('data-start'), end: e.getAttribute('data-end'),
    classes: e.getAttribute('class'),
  })));
}

async function barWidth(page: Page, id: string): Promise<number> {
  return page.$eval(`#body .bar[data-task-id="${id}"] .bar-bg`, (e) => (e as SVGGraphicsElement).getBBox().width);
}

describe('Gantt dialog', () => {
  it('draws a bar per dated task at the data’s dates, the arrows, the critical path and today', async () => {
    const layout = smallLayout();
    const { page, faults } = await openDialog(layout);
    expect(await calls(page)).toEqual([{ name: 'ganttData', args: [] }]);
    expect(await untranslated(page)).toEqual([]);

    const expected = layout.rows.filter((r) => r.kind === 'task' && r.end).map((r) => ({ id: r.id, start: r.start ?? r.end, end: r.end }));
    const drawn = await bars(page);
    expect(drawn.map(({ id, start, end }) => ({ id, start, end }))).toEqual(expected);
    expect(drawn.map((b) => b.id)).toEqual(['T1', 'T2', 'T4', 'M1', 'T3', 'T5']);
    // T6 has no due date: listed on the left, no bar.
    expect(await page.locator('#side .label').count()).toBe(layout.rows.length);

    expect(await page.locator('#body .link').count()).toBe(3);
    expect(await page.$$eval('#body .link', (els) => els.map((e) => `${e.getAttribute('data-from')}>${e.getAttribute('data-to')}`))).toEqual(['r2>r3', 'r3>r6', 'r4>r6']);
    expect(drawn.filter((b) => b.classes?.includes('critical')).map((b) => b.id)).toEqual(['T2', 'T3']); // T1 is done: no longer critical
    expect(await page.locator('#body .link.critical').count()).toBe(1); // T2→T3 only
    expect(drawn.find((b) => b.id === 'M1')?.classes).toContain('milestone');
    expect(drawn.find((b) => b.id === 'T4')?.classes).toContain('s-overdue');
    expect(drawn.find((b) => b.id === 'T5')?.classes).toContain('s-paused');

    // Today's line stands in the middle of 12/11/2019's column.
    const x = Number(await page.getAttribute('#body .today-line', 'x1'));
    const start = await page.$eval('#body .bar[data-task-id="T1"] .bar-bg', (e) => Number(e.getAttribute('x')));
    expect(x - start).toBeCloseTo((diffDays('2019-11-04', TODAY) + 0.5) * PX_PER_DAY.day, 0);
    // The done half of T2 is drawn inside its bar.
    const done = await page.$eval('#body .bar[data-task-id="T2"] .bar-done', (e) => (e as SVGGraphicsElement).getBBox().width);
    expect(done / (await barWidth(page, 'T2'))).toBeCloseTo(0.5, 2);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('shows the details of a task on hover, and user text as text', async () => {
    const { page, faults } = await openDialog(smallLayout());
    await page.hover('#body .bar[data-task-id="T2"]');
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toBe([
      'Dự thảo lần 1', 'Mã\tT2', 'Chủ trì\tTổ Biên tập', 'Thời gian\t11/11/2019 – 22/11/2019', 'Tình trạng\tĐang thực hiện', 'Đã làm\t50%',
      'Thuộc đường găng: chậm việc này là chậm cả kế hoạch.',
    ].join('\n'));
    await page.hover('#body .bar[data-task-id="T1"]');
    await expect.poll(() => tip.innerText()).toContain('Phối hợp\tBan Tuyên giáo');
    await page.hover('#body .bar[data-task-id="M1"]');
    await expect.poll(() => tip.innerText()).toContain('Thời gian\t29/11/2019');

    // A title that is HTML stays text, in the label and in the tooltip.
    const label = page.locator('#side .label[data-key="r8"]');
    expect(await label.textContent()).toBe(`T6${XSS}`);
    await label.hover();
    await expect.poll(() => tip.innerText()).toContain(`${XSS}\nMã\tT6`);
    expect(await tip.innerText()).toContain('Thời gian\t18/11/2019 – (chưa có hạn)');
    expect(await page.locator('img').count()).toBe(0);
    await page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('clicking a bar or a task name selects that task’s row in the sheet', async () => {
    const { page, faults } = await openDialog(smallLayout());
    await page.click('#body .bar[data-task-id="T3"]');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Đã chọn dòng 6 trong trang «Công việc».');
    await page.click('#side .label[data-key="r4"] .ltitle');
    await expect.poll(async () => (await calls(page)).filter((c) => c.name === 'ganttSelectRow')).toEqual([
      { name: 'ganttSelectRow', args: [6] }, { name: 'ganttSelectRow', args: [4] },
    ]);
    expect(await page.getAttribute('#body .sel', 'y')).toBe(String(3 * 28));
    // A section has no row of its own: its name folds and unfolds it, and calls nothing.
    await page.click('#side .label[data-key="g2"] .ltitle');
    await expect.poll(() => page.locator('#side .label').count()).toBeLessThan(smallLayout().rows.length);
    await page.click('#side .label[data-key="g2"] .ltitle');
    await expect.poll(() => page.locator('#side .label').count()).toBe(smallLayout().rows.length);
    // The keyboard: down to the next row, Enter sends it.
    await page.focus('#chart');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await calls(page)).filter((c) => c.name === 'ganttSelectRow').map((c) => c.args[0])).toEqual([6, 4, 5]);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('a failed selection is said in the page', async () => {
    const { page } = await openPage(browser, 'gantt', {
      boot: serverBoot('vi'),
      responses: { ganttData: { value: smallLayout() }, ganttSelectRow: { error: 'Dòng 6 không có trong trang «Công việc».' } },
    }, SIZE);
    await page.waitForFunction(() => document.body.dataset.ready);
    await page.click('#body .bar[data-task-id="T3"]');
    await expect.poll(() => page.locator('#status.error').textContent()).toBe('Dòng 6 không có trong trang «Công việc».');
    await page.context().close();
  });

  it('“Tải lại” asks the server again and redraws with what it answers', async () => {
    const { page, faults } = await openDialog(smallLayout());
    await page.evaluate((l) => window.__stub.respond('ganttData', { value: l }), smallLayout('week'));
    await page.click('#reload');
    await expect.poll(() => page.getAttribute('[data-zoom="week"]', 'aria-pressed')).toBe('true');
    expect((await calls(page)).map((c) => c.name)).toEqual(['ganttData', 'ganttData']);
    expect(await page.locator('#body .bar').count()).toBe(6);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('zooms by day, week and month, keeping the same dates', async () => {
    const { page, faults } = await openDialog(smallLayout());
    const day = await barWidth(page, 'T2');
    expect(day).toBeCloseTo(12 * PX_PER_DAY.day, 0);
    expect(await page.getAttribute('[data-zoom="day"]', 'aria-pressed')).toBe('true');
    await page.click('[data-zoom="week"]');
    await expect.poll(() => barWidth(page, 'T2')).toBeCloseTo(12 * PX_PER_DAY.week, 0);
    expect(await page.getAttribute('[data-zoom="week"]', 'aria-pressed')).toBe('true');
    await page.click('[data-zoom="month"]');
    await expect.poll(() => barWidth(page, 'T2')).toBeCloseTo(12 * PX_PER_DAY.month, 0);
    const after = await bars(page);
    expect(after.find((b) => b.id === 'T2')).toMatchObject({ start: '2019-11-11', end: '2019-11-22' });
    // The month labels (each unit's own text, without its hover title).
    // The plan's months first; the timeline then goes on to fill the pane rather than stop short.
    expect((await page.$$eval('#head .hd-unit', (els) => els.map((e) => e.lastChild?.textContent))).slice(0, 3)).toEqual(['T10', 'T11', 'T12']);
    const fill = await page.evaluate(() => ({ svg: document.querySelector('#body svg')!.getBoundingClientRect().width, pane: document.getElementById('body')!.clientWidth }));
    expect(fill.svg).toBeGreaterThanOrEqual(fill.pane);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('speaks English to an English user', async () => {
    const layout = layoutGantt((await import('../../core/gantt/gantt.fixture')).smallSchedule(), { today: TODAY, lang: 'en', planName: 'Test plan' });
    const { page, faults } = await openDialog(layout, 'en');
    expect(await untranslated(page)).toEqual([]);
    expect(await page.locator('#title').textContent()).toBe('Gantt chart — Test plan');
    expect(await page.locator('.zoom button').allTextContents()).toEqual(['Day', 'Week', 'Month']);
    await page.hover('#body .bar[data-task-id="T4"]');
    await expect.poll(() => page.locator('#tip').innerText()).toContain('Status\tOverdue');
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('draws 1 000 tasks quickly with a small DOM', async () => {
    const layout = layoutGantt(spreadSchedule(1000, 12), { today: TODAY, lang: 'vi' });
    const { page, faults } = await openDialog(layout);
    expect(await page.locator('#body .bar').count()).toBe(1000);
    const ms = await page.evaluate(() => window.__ganttRenderMs as number);
    expect(ms).toBeLessThan(1500);
    // About a dozen elements per task in all four panes, whatever the zoom.
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    expect(elements).toBeLessThan(12 * 1000);
    await page.click('[data-zoom="day"]');
    expect(await page.evaluate(() => window.__ganttRenderMs as number)).toBeLessThan(1500);
    // Scrolling the body moves the names and the dates with it.
    await page.$eval('#body', (b) => { b.scrollTop = 5000; b.scrollLeft = 3000; b.dispatchEvent(new Event('scroll')); });
    expect(await page.$eval('#side', (s) => s.scrollTop)).toBe(5000);
    expect(await page.$eval('#head', (s) => s.scrollLeft)).toBe(3000);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('looks right with the sample plan (screenshot)', async () => {
    const { page, faults } = await openDialog(sampleLayout());
    expect(await page.locator('#body .bar').count()).toBe(57);
    await page.hover('#body .bar[data-task-id="A.16"]');
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    const png = await page.screenshot();
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(path.join(SHOTS, 'gantt.png'), png);
    expect(faults).toEqual([]);
    await page.context().close();
  });
});

describe('standalone Gantt page (tiendo gantt --html)', () => {
  it('works from a file with no server: data inlined, clicks say where the row is', async () => {
    const layout = smallLayout();
    const dir = mkdtempSync(path.join(tmpdir(), 'gantt-'));
    const file = path.join(dir, 'gantt.html');
    writeFileSync(file, await ganttPageHtml(layout));
    const context = await browser.newContext({ viewport: SIZE });
    const page = await context.newPage();
    const faults: string[] = [];
    page.on('pageerror', (e) => faults.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') faults.push(m.text()); });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) faults.push(`request ${r.url()}`); });
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => document.body.dataset.ready);
    expect((await bars(page)).map((b) => b.id)).toEqual(['T1', 'T2', 'T4', 'M1', 'T3', 'T5']);
    expect(await page.locator('#reload').isVisible()).toBe(false);
    await page.click('#body .bar[data-task-id="T2"]');
    expect(await page.locator('#status').textContent()).toBe('Dòng 3 trong trang «Công việc» của tệp.');
    expect(faults).toEqual([]);
    await context.close();
  });
});
