/**
 * `tiendo baseline book.xlsx [--today 12/11/2019] [--force] [--out other.xlsx]`: "Chốt kế hoạch"
 * of the Sheets menu on an .xlsx file: a refresh that also keeps today's due dates as the
 * baseline (`Kế hoạch gốc`), so later refreshes show which deadlines moved. An existing baseline
 * is replaced only with --force, as the menu asks before replacing it.
 */
import path from 'node:path';
import type { CivilDate } from '../../core/dates/civil';
import { type Lang, t } from '../../core/i18n';
import { existingBaseline, freezePlan } from '../../app/baseline';
import { UserError, both, dateOption, openWorkbook, say, saveWorkbook, warn } from './kit';
import { report } from './refresh';
import type { CommandArgs, DemoContext, DemoStep } from './types';
import { hostClock, localToday } from '../clock';
import { OFFLINE_LOCK } from '../offline-lock';

async function freezeFile(file: string, o: { today: CivilDate; out?: string; force: boolean; lang: Lang; log: (line: string) => void; progress?: (line: string) => void }): Promise<{ ok: boolean; saved: string }> {
  const wb = await openWorkbook(file);
  const before = existingBaseline({ workbook: wb });
  if (before.exists && !o.force) throw new UserError(both('cli.baseline.exists', { date: before.frozenOnText || '?' }));
  const result = freezePlan(
    { workbook: wb, lock: OFFLINE_LOCK, clock: hostClock(o.today), progress: o.progress ? { progress: o.progress } : undefined },
    { today: o.today, lang: o.lang },
  );
  report(result, o.lang, o.log);
  const saved = o.out ?? file;
  await saveWorkbook(wb, saved);
  return { ok: result.ok, saved };
}

export async function run({ values, positionals, lang }: CommandArgs): Promise<number> {
  const today = dateOption(values.today, '--today') ?? localToday();
  const r = await freezeFile(positionals[0], { today, out: values.out, force: !!values.force, lang, log: say, progress: warn });
  say(t(lang, 'refresh.cli.saved', { path: r.saved }));
  return r.ok ? 0 : 1;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  // On a copy: the other steps keep the sample without a baseline.
  const copy = path.join(ctx.outDir, 'ke-hoach-mau-chot.xlsx');
  await freezeFile(ctx.workbookPath, { today: ctx.today, out: copy, force: true, lang: 'vi', log: () => undefined });
  ctx.log(t('vi', 'refresh.cli.saved', { path: copy }));
  return { title_vi: t('vi', 'cli.baseline.demo'), title_en: t('en', 'cli.baseline.demo'), paths: [path.normalize(copy)] };
}
