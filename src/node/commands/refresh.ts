/**
 * `tiendo refresh book.xlsx [--today 12/11/2019] [--out other.xlsx]`: "Cập nhật tiến độ" on an
 * .xlsx file: the same use-case as the Sheets menu, writing the computed columns, the overview
 * and the baseline tracking, in place unless `--out` is given. The user's cells are left as they were.
 */
import path from 'node:path';
import type { CivilDate } from '../../core/dates/civil';
import { type Lang, t } from '../../core/i18n';
import { OVERVIEW_SHEET, overviewOutput } from '../../core/schedule/overview';
import { type TableOptions, fitText, outputLines, scheduleLines } from '../../core/schedule/text';
import { type RefreshResult, refresh as runRefresh } from '../../app/refresh';
import type { SheetOutput } from '../../core/sheet/output';
import { UserError, assertCanWrite, dateOption, existingXlsx, openWorkbook, say, saveWorkbook, warn, withWorkbooks } from './kit';
import { io } from './io';
import type { CommandArgs, DemoContext, DemoStep } from './types';
import { hostClock, planZone, zoneToday } from '../clock';
import { OFFLINE_LOCK } from '../offline-lock';


export interface RefreshFileResult {
  result: RefreshResult;
  saved: string;
}

export async function refreshFile(file: string, o: { today?: CivilDate; out?: string; lang: Lang; progress?: (line: string) => void }): Promise<RefreshFileResult> {
  const saved = o.out ?? file;
  existingXlsx(file);
  assertCanWrite(saved, o.out === undefined);
  // Locked before it is read: a reminder run saving in between would otherwise be overwritten.
  return withWorkbooks([file, saved], 'refresh', async () => {
    const wb = await openWorkbook(file);
    const zone = planZone(wb);
    const today = o.today ?? zoneToday(zone);
    const result = runRefresh(
      { workbook: wb, lock: OFFLINE_LOCK, clock: hostClock(today, zone), progress: o.progress ? { progress: o.progress } : undefined },
      { today, lang: o.lang },
    );
    // No task sheet: nothing to compute, and an overview of nothing must not be saved (check says the same).
    if (result.ok && !result.plan.tracker.layouts.tasks) throw new UserError({ vi: t('vi', 'refresh.cli.noTasks'), en: t('en', 'refresh.cli.noTasks') });
    await saveWorkbook(wb, saved);
    return { result, saved };
  });
}

/** Characters per line: the terminal's width, else COLUMNS as shells set it, else 100. */
export function terminalWidth(): number {
  const w = io().columns ?? Number(io().env.COLUMNS);
  return typeof w === 'number' && w >= 40 ? w : 100;
}

/**
 * The overview as the user asked to read it: the written sheet when its language is theirs,
 * else the same overview built in `lang` (the workbook keeps its own language).
 */
function overviewFor(r: Extract<RefreshResult, { ok: true }>, lang: Lang): SheetOutput | undefined {
  const written = r.plan.outputs.find((o) => o.sheet === OVERVIEW_SHEET);
  if (lang === r.plan.lang || !written) return written;
  const fromSchedule = new Set(r.plan.schedule.problems);
  const sheetNames: Partial<Record<string, string>> = {};
  for (const [key, layout] of Object.entries(r.plan.tracker.layouts)) if (layout) sheetNames[key] = layout.name;
  return overviewOutput({
    schedule: r.plan.schedule, planName: r.plan.tracker.settings.planName, lang, baseline: r.plan.baseline,
    extraProblems: r.plan.problems.filter((p) => !fromSchedule.has(p)), sheetNames,
  });
}

export function report(r: RefreshResult, lang: Lang, log: (line: string) => void, width = terminalWidth()): void {
  if (!r.ok) { log(r.message); return; }
  log(t(lang, 'refresh.cli.schedule', { date: r.plan.summary.today.split('-').reverse().join('/') }));
  const headers = (['cli.table.id', 'cli.table.due', 'cli.table.status', 'cli.table.left', 'cli.table.critical', 'cli.table.title'] as const).map((k) => t(lang, k));
  for (const line of scheduleLines(r.plan.schedule, lang, { headers: headers as TableOptions['headers'], width: width - 2 })) log(`  ${line}`);
  log('');
  log(t(lang, 'refresh.cli.overview'));
  const overview = overviewFor(r, lang);
  for (const line of overview ? outputLines(overview) : []) log(`  ${fitText(line, width - 2)}`);
  log('');
  log(r.message);
}

export async function run({ values, positionals, lang }: CommandArgs): Promise<number> {
  const todayArg = dateOption(values.today, '--today');
  const { result, saved } = await refreshFile(positionals[0], { today: todayArg, out: values.out, lang, progress: warn });
  report(result, lang, say);
  say(t(lang, 'refresh.cli.saved', { path: saved }));
  return result.ok ? 0 : 1;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  const { result } = await refreshFile(ctx.workbookPath, { today: ctx.today, lang: 'vi' });
  report(result, 'vi', ctx.log);
  return { title_vi: t('vi', 'refresh.cli.demo'), title_en: t('en', 'refresh.cli.demo'), paths: [path.normalize(ctx.workbookPath)] };
}
