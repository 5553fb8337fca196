/**
 * The chart page `tiendo gantt --html` writes, as a user meets it on the sample plan: nothing cut
 * at 800 px, the timeline filling the pane, filtering by lead, folding a section, printing the
 * whole chart on A4 landscape pages without the toolbar, and saving it as a PNG picture.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ganttOf } from '../../../src/node/commands/gantt';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import type { GanttLayout } from '../../../src/core/gantt/model';
import { ROOT, launch } from '../browser.fixture';
import { tiendo } from '../../node/cli.fixture';

let browser: Browser;
let dir: string;
let html: string;
let layout: GanttLayout;

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'gantt-print-'));
  const book = path.join(dir, 'ke-hoach-mau.xlsx');
  copyFileSync(path.join(ROOT, 'examples/ke-hoach-mau.xlsx'), book);
  html = path.join(dir, 'gantt.html');
  const r = await tiendo(['gantt', book, '--today', '12/11/2019', '--html', html]);
  expect(r.code, r.stderr).toBe(0);
  layout = ganttOf(await XlsxWorkbook.load(book), '2019-11-12').layout;
}, 60_000);
afterAll(async () => { await browser?.close(); rmSync(dir, { recursive: true, force: true }); });

async function open(width: number): Promise<{ page: Page; faults: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 700 }, acceptDownloads: true });
  const page = await context.newPage();
  const faults: string[] = [];
  page.on('pageerror', (e) => faults.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') faults.push(m.text()); });
  await page.goto(`file://${html}`);
  await page.waitForFunction(() => document.body.dataset.ready);
  return { page, faults };
}

const labels = (page: Page) => page.$$eval('#side .label', (els) => els.map((e) => e.getAttribute('data-key') ?? ''));

describe('the Gantt page on the sample plan', () => {
  it('at 800 px every toolbar button is whole and on screen, and the timeline fills the pane', async () => {
    const { page, faults } = await open(800);
    for (const id of ['today', 'print-btn', 'png', 'lead']) {
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.x, id).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(800);
    }
    expect(await page.$eval('#today', (b) => b.scrollWidth <= b.clientWidth)).toBe(true);
    await page.click('[data-zoom="month"]');
    const fill = await page.evaluate(() => ({ svg: document.querySelector('#body svg')!.getBoundingClientRect().width, pane: document.getElementById('body')!.clientWidth }));
    expect(fill.svg).toBeGreaterThanOrEqual(fill.pane);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('filters by lead: only that lead’s tasks, under their sections', async () => {
    const { page, faults } = await open(1280);
    const lead = 'Tổ Biên tập';
    const options = await page.$$eval('#lead option', (els) => els.map((e) => e.textContent));
    expect(options[0]).toBe('Tất cả');
    expect(options).toContain(lead);
    await page.selectOption('#lead', lead);
    const shown = await labels(page);
    const byKey = new Map(layout.rows.map((r) => [r.key, r]));
    const tasks = shown.map((k) => byKey.get(k)!).filter((r) => r.kind === 'task');
    expect(tasks.length).toBe(layout.rows.filter((r) => r.kind === 'task' && r.lead.includes(lead)).length);
    expect(tasks.every((r) => r.lead.includes(lead))).toBe(true);
    expect(shown.length).toBeLessThan(layout.rows.length);
    await page.selectOption('#lead', '');
    expect((await labels(page)).length).toBe(layout.rows.length);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('folds a section by its name, and unfolds it', async () => {
    const { page, faults } = await open(1280);
    const i = layout.rows.findIndex((r) => r.kind === 'group' && r.count >= 3);
    const g = layout.rows[i];
    let inside = 0;
    for (let k = i + 1; k < layout.rows.length && layout.rows[k].level > g.level; k++) inside++;
    await page.click(`#side .label[data-key="${g.key}"] .ltitle`);
    expect((await labels(page)).length).toBe(layout.rows.length - inside);
    expect(await page.locator(`#side .label[data-key="${g.key}"] .ltitle`).textContent()).toMatch(/^▸ /);
    await page.click(`#side .label[data-key="${g.key}"] .ltitle`);
    expect((await labels(page)).length).toBe(layout.rows.length);
    expect(await page.locator(`#side .label[data-key="${g.key}"] .ltitle`).textContent()).toMatch(/^▾ /);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('prints the whole chart on A4 landscape pages, without the toolbar', async () => {
    const { page, faults } = await open(1280);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const pdf = path.join(dir, 'gantt.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
    // Every row is on paper: the first and the last task's ID; the buttons are not.
    const tasks = layout.rows.filter((r) => r.kind === 'task' && r.id);
    for (const id of [tasks[0].id, tasks[tasks.length - 1].id]) expect(text).toContain(id);
    for (const button of ['Hôm nay', 'In / PDF', 'Tải ảnh PNG', 'Thang thời gian']) expect(text).not.toContain(button);
    // The date header is repeated on every page.
    expect(text.split('\f').filter((p) => p.includes('Nội dung công việc')).length).toBe(pages);
    expect(faults).toEqual([]);
    await page.context().close();
  });

  it('saves the chart as a PNG picture', async () => {
    const { page, faults } = await open(1280);
    await page.click('[data-zoom="month"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    expect(download.suggestedFilename()).toBe('gantt.png');
    const file = path.join(dir, 'saved.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Width and height from the PNG header: the whole chart, not the visible pane.
    expect(png.readUInt32BE(20)).toBeGreaterThan(28 * layout.rows.length);
    expect(faults).toEqual([]);
    await page.context().close();
  });
});
