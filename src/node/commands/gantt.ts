/**
 * `tiendo gantt book.xlsx [--today YYYY-MM-DD] [--html gantt.html]`: the Gantt view offline. It
 * writes the `Gantt` sheet into the workbook (conditional formats over a date header, as in
 * Sheets; Excel and LibreOffice apply them too) and, with `--html`, the dialog's page as a
 * standalone file: the same SVG and script, the layout inlined, working without a server.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type GanttResult as AppGantt, drawGantt, ganttView } from '../../app/gantt';
import type { CivilDate } from '../../core/dates/civil';
import type { ScaleChoice } from '../../core/gantt/axis';
import type { GanttLayout } from '../../core/gantt/model';
import { ganttSheetSize } from '../../core/gantt/sheet';
import { type Lang, t } from '../../core/i18n';
import { injectBoot } from '../../core/i18n/boot';
import { escapeHtml } from '../../core/text/normalize';
import type { WorkbookPort } from '../../ports';
import type { SheetOutput } from '../../core/sheet/output';
import { UsageError, UserError, assertCanWrite, both, dateOption, existingXlsx, openWorkbook, say, saveWorkbook, withWorkbooks } from './kit';
import { planZone, zoneToday } from '../clock';
import type { CommandArgs, DemoContext, DemoStep } from './types';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGE = path.join(ROOT, 'build/gantt.html');
const SCALES: readonly ScaleChoice[] = ['auto', 'day', 'week', 'month'];

export interface GanttResult {
  layout: GanttLayout;
  output: SheetOutput;
}

/** The Gantt of a workbook on `today` (src/app/gantt.ts), the sheet in the same language as the layout. */
export function ganttOf(wb: WorkbookPort, today: CivilDate, o: { lang?: Lang; scale?: ScaleChoice } = {}): GanttResult {
  return drawn(ganttView({ workbook: wb, clock: { today: () => today } }, { today, lang: o.lang, sheetLang: o.lang, scale: o.scale }));
}

function drawn(r: AppGantt): GanttResult {
  if (!r.ok) throw new UserError(both(r.reason === 'busy' ? 'refresh.lockBusy' : 'gantt.noTaskSheet'));
  return { layout: r.layout, output: r.output };
}

/** build/gantt.html, built first when missing (a fresh clone before `npm start`). */
async function pageTemplate(): Promise<string> {
  if (!existsSync(PAGE)) await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--quiet']);
  return readFile(PAGE, 'utf8');
}

/** The dialog's page with the layout and its strings inlined: opens from a file, needs no server. */
export async function ganttPageHtml(layout: GanttLayout): Promise<string> {
  const html = (await pageTemplate()).replace(/<title>[^<]*<\/title>/, () =>
    `<title>${escapeHtml(t(layout.lang, 'gantt.dialogTitle', { plan: layout.planName }))}</title>`);
  return injectBoot(html, { lang: layout.lang, data: layout });
}

interface FileOptions {
  /** The plan's day (its time zone's) when not given. */
  today?: CivilDate;
  lang: Lang;
  html?: string;
  out?: string;
  scale?: ScaleChoice;
}

export async function ganttFile(file: string, o: FileOptions): Promise<GanttResult & { saved: string; lines: string[] }> {
  const saved = o.out ?? file;
  existingXlsx(file);
  assertCanWrite(saved, o.out === undefined);
  const result = await withWorkbooks([file, saved], 'gantt', async () => {
    const wb = await openWorkbook(file);
    const today = o.today ?? zoneToday(planZone(wb));
    const r = drawn(drawGantt({ workbook: wb, clock: { today: () => today } }, { today, lang: o.lang, sheetLang: o.lang, scale: o.scale }));
    await saveWorkbook(wb, saved);
    return r;
  });
  const size = ganttSheetSize(result.layout);
  const lines = [
    ...result.layout.notes,
    t(o.lang, 'gantt.cli.sheet', { sheet: result.output.sheet, rows: size.rows, columns: size.columns, scale: result.layout.labels.scale[result.layout.scale], path: saved }),
  ];
  if (o.html) {
    try {
      await writeFile(o.html, await ganttPageHtml(result.layout));
    } catch (e) {
      throw new UserError(both('cli.unwritable', { path: o.html, reason: (e as Error).message.split('\n')[0] }));
    }
    lines.push(t(o.lang, 'gantt.cli.html', { path: o.html }));
  }
  return { ...result, saved, lines };
}

export async function run({ values, positionals, lang }: CommandArgs): Promise<number> {
  const today = dateOption(values.today, '--today');
  const scale = values.scale as ScaleChoice | undefined;
  if (scale !== undefined && !SCALES.includes(scale)) {
    throw new UsageError(both('cli.badArgs', { command: 'gantt', detail: `--scale ${scale} (auto, day, week, month)` }));
  }
  const r = await ganttFile(positionals[0], { today, lang, html: values.html, out: values.out, scale });
  for (const line of r.lines) say(line);
  return 0;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  const html = path.join(ctx.outDir, 'gantt.html');
  const r = await ganttFile(ctx.workbookPath, { today: ctx.today, lang: 'vi', html });
  for (const line of r.lines) ctx.log(line);
  return { title_vi: t('vi', 'gantt.cli.demo'), title_en: t('en', 'gantt.cli.demo'), paths: [path.normalize(ctx.workbookPath), path.normalize(html)] };
}
