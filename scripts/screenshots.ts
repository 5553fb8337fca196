/**
 * `npm run screenshots`: pictures of what a user prints and sees, into docs/images/, made the way
 * a user would make them. The sample plan is refreshed, drawn and reminded on 12/11/2019 with the
 * `tiendo` command line; each sheet the add-on writes (or creates) is printed on its own to PDF by
 * LibreOffice and its first pages turned into PNGs by pdftoppm; the HTML Gantt is opened in
 * Chromium at 1280 and 800 px and printed. The add-on's own pages are shown as the page tests open
 * them (tests/ui: the same fixtures and stubbed google.script.run): the Gantt dialog on the sample
 * plan, the settings sidebar with a wrong hour, a reminder e-mail. Tests never write here.
 * Needs LibreOffice, poppler-utils and Chromium.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { type Browser, chromium } from 'playwright-core';
import { convertToPdf } from '../src/node/pdf';
import { sampleLayout } from '../tests/core/gantt/gantt.fixture';
import { openPage } from '../tests/ui/browser.fixture';
import { SIDEBAR, openGanttDialog, settingsBoot, settingsView } from '../tests/ui/pages/pages.fixture';
import { sampleReminderMail } from '../tests/ui/pages/reminder-email.fixture';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'docs/images');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Sheets printed, with the file name of their picture. */
const SHEETS: Array<[string, string]> = [
  ['Tổng quan', 'print-tong-quan'], ['Công việc', 'print-cong-viec'], ['Nhân sự', 'print-nhan-su'],
  ['Ngày nghỉ', 'print-ngay-nghi'], ['Cài đặt', 'print-cai-dat'], ['Nhật ký nhắc việc', 'print-nhat-ky'], ['Gantt', 'print-gantt-sheet'],
];
const MAX_PAGES = 2;

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${(r.stderr || r.stdout).trim()}`);
}

function tiendo(args: string[]): void {
  run(process.execPath, [path.join(ROOT, 'bin/tiendo.js'), ...args]);
}

/** A port of this computer nothing listens on: one just given back by the system. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The reminder log as a real run writes it (an --outbox preview writes none): a run whose mail
 * server refuses the connection logs every mail as not sent, and exits 1.
 */
async function remindIntoLog(book: string): Promise<void> {
  const args = [path.join(ROOT, 'bin/tiendo.js'), 'remind', book, '--today', '12/11/2019', '--smtp', `127.0.0.1:${await closedPort()}`];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 1 || !/Nhật ký nhắc việc/.test(r.stdout)) throw new Error(`tiendo remind: ${(r.stderr || r.stdout).trim()}`);
}

/** PDF pages 1..MAX_PAGES → `<name>.png`, `<name>-2.png` (72 dpi: an A4 page is 595 × 842 px). */
function pages(pdf: string, name: string): string[] {
  const prefix = path.join(path.dirname(pdf), name);
  run('pdftoppm', ['-png', '-r', '72', '-f', '1', '-l', String(MAX_PAGES), pdf, prefix]);
  const made = readdirSync(path.dirname(pdf)).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).sort();
  return made.map((f, i) => {
    const target = path.join(OUT, i === 0 ? `${name}.png` : `${name}-${i + 1}.png`);
    renameSync(path.join(path.dirname(pdf), f), target);
    return target;
  });
}

/** The workbook with only `sheet` left, printed to PDF as LibreOffice prints it. */
async function printSheet(book: string, sheet: string, dir: string, name: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  if (!wb.getWorksheet(sheet)) { console.warn(`! no sheet «${sheet}»`); return []; }
  for (const ws of [...wb.worksheets]) if (ws.name !== sheet) wb.removeWorksheet(ws.id);
  const one = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(one);
  return pages(convertToPdf(one, dir), name);
}

/** This script's own pictures, so a page that is no longer printed does not linger. */
function clearOld(): void {
  const ours = new Set([...SHEETS.map(([, n]) => n), 'gantt-print', 'gantt-page', 'gantt-800', 'gantt', 'settings-sidebar', 'reminder-email']);
  for (const f of readdirSync(OUT)) {
    const base = f.replace(/(-\d+)?\.png$/, '');
    if (f.endsWith('.png') && ours.has(base)) rmSync(path.join(OUT, f));
  }
}

/** The add-on's dialog, sidebar and e-mail, opened as tests/ui opens them. */
async function addOnPictures(browser: Browser): Promise<string[]> {
  const made: string[] = [];
  // The Gantt dialog on the sample plan, a bar's tooltip showing.
  const gantt = await openGanttDialog(browser, sampleLayout());
  await gantt.page.hover('#body .bar[data-task-id="A.16"]');
  await gantt.page.waitForSelector('#tip', { state: 'visible' });
  made.push(path.join(OUT, 'gantt.png'));
  await gantt.page.screenshot({ path: made[made.length - 1] });
  await gantt.page.context().close();
  // The settings sidebar: the reminders group, with the message a wrong hour gets next to its field.
  const { page } = await openPage(browser, 'settings', { boot: settingsBoot('vi', settingsView()) }, SIDEBAR);
  await page.getByLabel('Giờ gửi nhắc việc').fill('25');
  await page.keyboard.press('Tab');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.locator('legend', { hasText: 'Nhắc việc' }).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  made.push(path.join(OUT, 'settings-sidebar.png'));
  await page.screenshot({ path: made[made.length - 1] });
  await page.context().close();
  // A reminder e-mail as a mail client shows it: no script.
  const context = await browser.newContext({ viewport: { width: 720, height: 900 }, deviceScaleFactor: 2, javaScriptEnabled: false });
  const mailPage = await context.newPage();
  await mailPage.setContent(sampleReminderMail().mail.html, { waitUntil: 'load' });
  made.push(path.join(OUT, 'reminder-email.png'));
  await mailPage.screenshot({ path: made[made.length - 1], fullPage: true });
  await context.close();
  return made;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  clearOld();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tiendo-shots-'));
  try {
    const book = path.join(dir, 'ke-hoach-mau.xlsx');
    copyFileSync(path.join(ROOT, 'examples/ke-hoach-mau.xlsx'), book);
    const html = path.join(dir, 'gantt.html');
    tiendo(['refresh', book, '--today', '12/11/2019']);
    tiendo(['gantt', book, '--today', '12/11/2019', '--html', html]);
    await remindIntoLog(book);
    // A new tracker as `init` writes it: its Ngày nghỉ and Cài đặt.
    const fresh = path.join(dir, 'moi.xlsx');
    tiendo(['init', fresh]);

    const made: string[] = [];
    for (const [sheet, name] of SHEETS) {
      const from = sheet === 'Ngày nghỉ' || sheet === 'Cài đặt' ? fresh : book;
      made.push(...await printSheet(from, sheet, dir, name));
    }

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      for (const [width, name] of [[1280, 'gantt-page'], [800, 'gantt-800']] as const) {
        const page = await browser.newPage({ viewport: { width, height: 720 } });
        await page.goto(pathToFileURL(html).href);
        await page.waitForSelector('svg');
        const file = path.join(OUT, `${name}.png`);
        await page.screenshot({ path: file });
        made.push(file);
        if (width === 1280) {
          const pdf = path.join(dir, 'gantt-print.pdf');
          // As the browser's print does: the page prepares its print version first.
          await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
          await page.emulateMedia({ media: 'print' });
          await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
          made.push(...pages(pdf, 'gantt-print'));
        }
        await page.close();
      }
      made.push(...await addOnPictures(browser));
    } finally {
      await browser.close();
    }
    for (const f of made) console.log(path.relative(ROOT, f));
  } finally {
    if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}`);
  }
}

if (!existsSync(CHROMIUM)) console.warn(`! Chromium not found at ${CHROMIUM}; set CHROMIUM=…`);
main().catch((e) => { console.error(e); process.exit(1); });
