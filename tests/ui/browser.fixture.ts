/**
 * Headless Chromium for the page tests: one browser per test file, pages opened from build/ with
 * the google.script.run stub injected first, and everything a page must not do recorded
 * (console errors, uncaught exceptions, any request leaving the file).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type Lang, allCatalogs } from '../../src/core/i18n';
import type { PageBoot } from '../../src/core/i18n/boot';
import { type StubOptions, stubRunScript } from './pages/stub-run.fixture';

// From the module's URL, not __dirname: scripts/screenshots.ts loads this file as an ES module too.
export const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const BUILD = path.join(ROOT, 'build');
export const SHOTS = path.join(ROOT, 'tests/__screenshots__');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

/**
 * What the server sends a page (src/gas/page.ts): the language and the data, no text. Every word
 * a page shows comes from the catalogue entries the build wrote into it, so a key it was not
 * given shows as the key itself, which `untranslated` finds.
 */
export function defaultBoot(lang: Lang = 'vi', data?: unknown): PageBoot {
  return { lang, data };
}

export interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions, failed or outgoing requests. */
  faults: string[];
}

export async function openPage(
  browser: Browser, name: string, options: StubOptions, size: { width: number; height: number },
): Promise<Opened> {
  const file = path.join(BUILD, `${name}.html`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run node scripts/build.mjs first`);
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 2, locale: 'vi-VN' });
  const page = await context.newPage();
  const faults: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') faults.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => faults.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => faults.push(`request failed: ${r.url()}`));
  // A page served by HtmlService must not fetch anything: no fonts, scripts or images from outside.
  page.on('request', (r) => { if (!/^(file|data|about|blob):/.test(r.url())) faults.push(`outgoing request: ${r.url()}`); });
  await page.addInitScript({ content: stubRunScript(options) });
  await page.goto(`file://${file}`);
  await page.waitForLoadState('load');
  return { page, faults };
}

/** Selector of what a keyboard user must be able to reach. */
const INTERACTIVE = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Presses Tab through the page and returns the interactive elements it never focused
 * (visible and enabled ones only), described for the failure message.
 */
export async function unreachableByTab(page: Page): Promise<string[]> {
  const total = await page.evaluate((sel) => {
    const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => {
      const r = e.getBoundingClientRect();
      return !(e as HTMLButtonElement).disabled && r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    });
    els.forEach((e, i) => e.setAttribute('data-tab-probe', String(i)));
    (window as unknown as { __reached: Set<string> }).__reached = new Set();
    document.addEventListener('focusin', (ev) => {
      const id = (ev.target as HTMLElement).getAttribute?.('data-tab-probe');
      if (id !== null && id !== undefined) (window as unknown as { __reached: Set<string> }).__reached.add(id);
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return els.length;
  }, INTERACTIVE);
  for (let i = 0; i < total + 2; i++) await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const reached = (window as unknown as { __reached: Set<string> }).__reached;
    return [...document.querySelectorAll<HTMLElement>('[data-tab-probe]')]
      .filter((e) => !reached.has(e.getAttribute('data-tab-probe')!))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} “${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40)}”`);
  });
}

/** Catalogue keys shown as text: a string the page was not given. */
export async function untranslated(page: Page): Promise<string[]> {
  // The visible text and the words read aloud or shown on hover.
  const text = await page.evaluate(() => [document.body.innerText, document.title,
    ...[...document.querySelectorAll('[placeholder],[title],[aria-label]')].flatMap((e) => ['placeholder', 'title', 'aria-label'].map((a) => e.getAttribute(a) ?? ''))].join('\n'));
  const found = text.match(/\b[a-z]+(?:\.[\w]+)+/g) ?? [];
  return found.filter((w) => KEYS.has(w));
}

/** Every catalogue key: one left in a page is a key the page was not given. */
const KEYS = new Set(Object.keys(allCatalogs().vi));
