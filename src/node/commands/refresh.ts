/**
 * `tiendo refresh book.xlsx [--today YYYY-MM-DD] [--out other.xlsx]`: "Cập nhật tiến độ" on an
 * .xlsx file: the same use-case as the Sheets menu, writing the computed columns, the overview
 * and the baseline tracking, in place unless `--out` is given. The user's cells are left as they were.
 */
import path from 'node:path';
import type { CivilDate } from '../../core/dates/civil';
import { isCivilDate } from '../../core/dates/civil';
import { type Lang, t } from '../../core/i18n';
import { OVERVIEW_SHEET } from '../../core/schedule/overview';
import { outputLines, scheduleLines } from '../../core/schedule/text';
import { type RefreshResult, refresh as runRefresh } from '../../app/refresh';
import type { LockPort } from '../../ports';
import { LANG_OPTION, UsageError, UserError, assertCanWrite, both, existingXlsx, langOption, openWorkbook, parseCommandArgs, say, saveWorkbook, warn, withWorkbooks } from './kit';
import type { Command } from './types';
import { hostClock, planZone, zoneToday } from '../clock';


/** The workbook's file lock (withWorkbooks) is held around the whole command; the file is saved whole at the end. */
const processLock: LockPort = { tryLock: () => true, release: () => undefined };

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
      { workbook: wb, lock: processLock, clock: hostClock(today, zone), progress: o.progress ? { progress: o.progress } : undefined },
      { today, lang: o.lang },
    );
    // No task sheet: nothing to compute, and an overview of nothing must not be saved (check says the same).
    if (result.ok && !result.plan.workbook.layouts.tasks) throw new UserError({ vi: t('vi', 'refresh.cli.noTasks'), en: t('en', 'refresh.cli.noTasks') });
    await saveWorkbook(wb, saved);
    return { result, saved };
  });
}

function report(r: RefreshResult, lang: Lang, log: (line: string) => void): void {
  if (!r.ok) { log(r.message); return; }
  log(t(lang, 'refresh.cli.schedule', { date: r.plan.summary.today.split('-').reverse().join('/') }));
  for (const line of scheduleLines(r.plan.schedule, r.plan.lang)) log(`  ${line}`);
  log('');
  log(t(lang, 'refresh.cli.overview'));
  const overview = r.plan.outputs.find((o) => o.sheet === OVERVIEW_SHEET);
  for (const line of overview ? outputLines(overview) : []) log(`  ${line}`);
  log('');
  log(r.message);
}

export const refresh: Command = {
  name: 'refresh',
  summary_vi: t('vi', 'refresh.cli.summary'),
  summary_en: t('en', 'refresh.cli.summary'),
  usage: 'tiendo refresh <tệp.xlsx> [--today YYYY-MM-DD] [--out <tệp-khác.xlsx>] [--lang vi|en]',
  async run(argv) {
    const args = parseCommandArgs(refresh, argv, { ...LANG_OPTION, today: { type: 'string' }, out: { type: 'string' } }, { min: 1, max: 1, what: 'cli.whatFile' });
    if (!args) return 0;
    const lang = langOption(args.values.lang, refresh);
    const todayArg = args.values.today;
    if (todayArg !== undefined && !isCivilDate(todayArg)) throw new UsageError(both('refresh.cli.badToday', { value: todayArg }), refresh);
    const { result, saved } = await refreshFile(args.positionals[0], { today: todayArg, out: args.values.out, lang, progress: warn });
    report(result, lang, say);
    say(t(lang, 'refresh.cli.saved', { path: saved }));
    return result.ok ? 0 : 1;
  },
  async demo(ctx) {
    const { result } = await refreshFile(ctx.workbookPath, { today: ctx.today, lang: 'vi' });
    report(result, 'vi', ctx.log);
    return { title_vi: t('vi', 'refresh.cli.demo'), title_en: t('en', 'refresh.cli.demo'), paths: [path.normalize(ctx.workbookPath)] };
  },
};
