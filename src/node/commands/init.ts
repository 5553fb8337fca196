/** `tiendo init book.xlsx`: an empty tracker to fill in, the same as the Sheets menu sets up. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../../core/i18n';
import { assertCanWrite, both, OPT, LANG_OPTION, langOption, parseCommandArgs, say, saveWorkbook, UserError, withWorkbooks } from './kit';
import type { Command } from './types';

async function createTracker(file: string, lang: 'vi' | 'en'): Promise<string[]> {
  const { newTracker } = await import('../tracker');
  const wb = newTracker(lang, file);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  assertCanWrite(file, false);
  await withWorkbooks([file], 'init', () => saveWorkbook(wb, file));
  return wb.sheetNames();
}

export const init: Command = {
  name: 'init',
  summary: 'cli.init.summary',
  usage: 'tiendo init <tệp.xlsx> [--force] [--lang vi|en]',
  options: [OPT.force, OPT.lang],
  topics: ['deps', 'people'],
  async run(argv) {
    const args = parseCommandArgs(init, argv, { force: { type: 'boolean' }, ...LANG_OPTION }, { min: 1, max: 1, what: 'cli.whatFile' });
    if (!args) return 0;
    const lang = langOption(args.values.lang, init);
    let file = args.positionals[0];
    if (!/\.xlsx$/i.test(file)) file += '.xlsx';
    if (existsSync(file) && !args.values.force) throw new UserError(both('cli.exists', { path: file }));
    const sheets = await createTracker(file, lang);
    say(t(lang, 'cli.init.done', { path: file, sheets: sheets.join(', ') }));
    say(t(lang, 'cli.init.next', { path: file }));
    return 0;
  },
  async demo(ctx) {
    const file = path.join(ctx.outDir, 'bang-theo-doi-trong.xlsx');
    const sheets = await createTracker(file, 'vi');
    ctx.log(t('vi', 'cli.init.done', { path: file, sheets: sheets.join(', ') }));
    return { title_vi: t('vi', 'cli.init.demo'), title_en: t('en', 'cli.init.demo'), paths: [file] };
  },
};
