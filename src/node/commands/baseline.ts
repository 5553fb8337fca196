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
import { OPT, LANG_OPTION, UserError, both, dateOption, langOption, openWorkbook, parseCommandArgs, say, saveWorkbook, warn } from './kit';
import { report } from './refresh';
import type { Command } from './types';
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

export const baseline: Command = {
  name: 'baseline',
  summary: 'cli.baseline.summary',
  usage: 'tiendo baseline <tệp.xlsx> [--today <ngày>] [--force] [--out <tệp-khác.xlsx>] [--lang vi|en]',
  options: [OPT.today, OPT.freezeForce, OPT.outFile, OPT.lang],
  async run(argv) {
    const args = parseCommandArgs(baseline, argv, { ...LANG_OPTION, today: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } }, { min: 1, max: 1, what: 'cli.whatFile' });
    if (!args) return 0;
    const lang = langOption(args.values.lang, baseline);
    const today = dateOption(args.values.today, '--today', baseline) ?? localToday();
    const r = await freezeFile(args.positionals[0], { today, out: args.values.out, force: !!args.values.force, lang, log: say, progress: warn });
    say(t(lang, 'refresh.cli.saved', { path: r.saved }));
    return r.ok ? 0 : 1;
  },
  async demo(ctx) {
    // On a copy: the other steps keep the sample without a baseline.
    const copy = path.join(ctx.outDir, 'ke-hoach-mau-chot.xlsx');
    await freezeFile(ctx.workbookPath, { today: ctx.today, out: copy, force: true, lang: 'vi', log: () => undefined });
    ctx.log(t('vi', 'refresh.cli.saved', { path: copy }));
    return { title_vi: t('vi', 'cli.baseline.demo'), title_en: t('en', 'cli.baseline.demo'), paths: [path.normalize(copy)] };
  },
};
