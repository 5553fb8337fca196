/** `tiendo init book.xlsx`: an empty tracker to fill in, the same as the Sheets menu sets up. */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { t } from '../../core/i18n';
import { assertCanWrite, both, say, saveWorkbook, UserError, withWorkbooks } from './kit';
import type { CommandArgs, DemoContext, DemoStep } from './types';

async function createTracker(file: string, lang: 'vi' | 'en'): Promise<string[]> {
  const { newTracker } = await import('../tracker');
  const wb = newTracker(lang, file);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  assertCanWrite(file, false);
  await withWorkbooks([file], 'init', () => saveWorkbook(wb, file));
  return wb.sheetNames();
}

export async function run({ values, positionals, lang }: CommandArgs): Promise<number> {
  let file = positionals[0];
  if (!/\.xlsx$/i.test(file)) file += '.xlsx';
  if (existsSync(file) && !values.force) throw new UserError(both('cli.exists', { path: file }));
  const sheets = await createTracker(file, lang);
  say(t(lang, 'cli.init.done', { path: file, sheets: sheets.join(', ') }));
  say(t(lang, 'cli.init.next', { path: file }));
  return 0;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  const file = path.join(ctx.outDir, 'bang-theo-doi-trong.xlsx');
  const sheets = await createTracker(file, 'vi');
  ctx.log(t('vi', 'cli.init.done', { path: file, sheets: sheets.join(', ') }));
  return { title_vi: t('vi', 'cli.init.demo'), title_en: t('en', 'cli.init.demo'), paths: [file] };
}
