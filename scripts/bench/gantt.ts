/**
 * The Gantt view: Apps Script service calls of "Biểu đồ Gantt" for 5 000 tasks (the built bundle
 * on the fakes: read, draw the sheet, open the dialog), and the time the dialog takes to draw
 * 1 000 tasks in headless Chromium (data in → chart laid out, median of five openings).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { layoutGantt } from '../../src/core/gantt/layout';
import { TODAY, spreadSchedule, spreadSheetValues } from '../../tests/core/gantt/gantt.fixture';
import { createFakes, seedSheet, sheetDate } from '../../tests/fakes';
import { loadBundle } from '../../tests/fakes/vm';
import { tripsOf } from '../../tests/fakes/costs';

const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));

/**
 * The first "Biểu đồ Gantt" (it makes and draws the sheet), and one after a refresh already drew
 * it (the usual path: the sheet is there, the view only reads and opens the dialog).
 */
function calls(n: number): { calls: number; trips: number; firstTrips: number } {
  const env = createFakes({ now: () => new Date(`${TODAY}T08:00:00+07:00`) });
  seedSheet(env, 'Công việc', spreadSheetValues(n, 18, (iso) => sheetDate(env, iso)));
  env.htmlFiles.gantt = readFileSync(path.join(BUILD, 'gantt.html'), 'utf8');
  const gs = loadBundle(env) as unknown as { menuGantt(): void; menuRefresh(): void };
  env.calls.reset();
  gs.menuGantt();
  const first = { calls: env.calls.total(), firstTrips: tripsOf(env.calls.byClass()) };
  gs.menuRefresh();
  env.calls.reset();
  gs.menuGantt();
  return { ...first, trips: tripsOf(env.calls.byClass()) };
}

/**
 * What the dialog finds in Apps Script: its strings injected, and a `google.script.run` whose
 * `ganttData()` answers the layout. Plain source text (the test stub is serialised from a
 * function, which the bench's on-the-fly TypeScript transform would decorate).
 */
function serverStub(layout: unknown): string {
  const boot = { lang: 'vi' };
  return `window.__TIENDO__ = ${JSON.stringify(boot)};
const DATA = ${JSON.stringify(layout)};
const runner = (ok) => new Proxy({}, { get: (_, name) =>
  name === 'withSuccessHandler' ? (f) => runner(f) : name === 'withFailureHandler' ? () => runner(ok) : () => setTimeout(() => ok && ok(DATA), 0) });
window.google = { script: { run: runner(null) } };`;
}

async function renderMs(n: number): Promise<number> {
  const layout = layoutGantt(spreadSchedule(n, 12), { today: TODAY, lang: 'vi' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 700 } });
      const page = await context.newPage();
      await page.addInitScript({ content: serverStub(layout) });
      await page.goto(`file://${path.join(BUILD, 'gantt.html')}`);
      await page.waitForFunction(() => document.body.dataset.ready);
      times.push(await page.evaluate(() => window.__ganttRenderMs as number));
      await context.close();
    }
    times.sort((a, b) => a - b);
    return Math.round(times[2]);
  } finally {
    await browser.close();
  }
}

export async function figures(): Promise<Record<string, number>> {
  const c = calls(5000);
  return { calls_gantt_5000: c.calls, trips_gantt_5000: c.trips, trips_gantt_first_5000: c.firstTrips, gantt_render_ms_1000: await renderMs(1000) };
}
