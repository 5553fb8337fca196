/**
 * `tiendo demo` (what `npm start` runs): copies the sample plan to out/ and runs every registered
 * command's demo step on it, in registration order, with a fixed today so the output is the same
 * on every run. A failing step is reported and the others still run.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { t } from '../../core/i18n';
import { both, say, UserError } from './kit';
import { io } from './io';
import { SAMPLE_TODAY } from '../../core/sample/today';
import type { CommandArgs, DemoContext, DemoStep } from './types';

/** The sample plan's "today": some tasks done, some late, some due soon. */
export const DEMO_TODAY = SAMPLE_TODAY;
export const SAMPLE_PATH = fileURLToPath(new URL('../../../examples/ke-hoach-mau.xlsx', import.meta.url));

export async function run({ values }: CommandArgs): Promise<number> {
  const outDir = values.out ?? 'out';
  if (!existsSync(SAMPLE_PATH)) throw new UserError(both('cli.demo.noSample', { path: SAMPLE_PATH }));
  await mkdir(outDir, { recursive: true });
  const workbookPath = path.join(outDir, 'ke-hoach-mau.xlsx');
  await copyFile(SAMPLE_PATH, workbookPath);
  say(t('vi', 'cli.demo.copied', { path: workbookPath, today: '12/11/2019' }));
  say(t('en', 'cli.demo.copied', { path: workbookPath, today: '12/11/2019' }));
  const ctx: DemoContext = { outDir, workbookPath, today: DEMO_TODAY, log: (line) => say(`    ${line}`) };
  const { commands } = await import('./index');
  const steps: DemoStep[] = [];
  let failed = 0;
  for (const cmd of commands) {
    if (!cmd.demo) continue;
    say('');
    say(t('vi', 'cli.demo.step', { title: `${cmd.name}: ${t('vi', cmd.summary)}` }));
    try {
      steps.push(await cmd.demo(ctx));
    } catch (e) {
      failed++;
      const message = e instanceof UserError ? e.text.vi : (e as Error).message;
      say(`    ${t('vi', 'cli.demo.stepFailed', { title: cmd.name, message })}`);
      if (io().env.TIENDO_DEBUG === '1') io().err(`${inspect(e)}\n`);
    }
  }
  say('');
  say(t('vi', 'cli.demo.produced'));
  for (const s of steps) say(`  • ${s.title_vi}: ${s.paths.join(', ')}`);
  say(t('en', 'cli.demo.produced'));
  for (const s of steps) say(`  • ${s.title_en}: ${s.paths.join(', ')}`);
  return failed > 0 ? 1 : 0;
}
