/**
 * `tiendo reports import book.xlsx answers.csv` and `tiendo reports approve book.xlsx (--all |
 * --task ID…) [--reject ROW…]`: the units' reports offline. Import appends a form's CSV export to
 * the `Báo cáo từ đơn vị` sheet (nothing twice), then refreshes, so the verdicts, the applied
 * reports and the problems are in the file at once; approve is a refresh carrying the decision.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CivilDate } from '../../core/dates/civil';
import { type Lang, t } from '../../core/i18n';
import { problemSentence } from '../../core/plan/problems';
import { parseCsv } from '../../core/reports/csv';
import type { ReportDecision } from '../../core/reports/plan';
import { decideReports, importReports } from '../../app/reports';
import { type RefreshResult, refresh as runRefresh } from '../../app/refresh';
import { hostClock, planZone, zoneToday } from '../clock';
import { OFFLINE_LOCK } from '../offline-lock';
import { UsageError, UserError, assertCanWrite, both, dateOption, existingXlsx, openWorkbook, say, saveWorkbook, withWorkbooks } from './kit';
import type { CommandArgs, DemoContext, DemoStep } from './types';

function verdictLines(r: RefreshResult, lang: Lang): string[] {
  if (!r.ok) return [r.message];
  const count = (v: string) => r.plan.reports.reports.filter((x) => x.verdict === v).length;
  const lines = [t(lang, 'reports.cli.verdicts', { applied: count('applied'), pending: count('pending'), approved: count('approved'), invalid: count('invalid') })];
  const names = r.plan.reports.sheet ? { reports: r.plan.reports.sheet } : {};
  for (const p of r.plan.reports.problems) lines.push(`  ${problemSentence(p, lang, names)}`);
  return lines;
}

type ReportsRun = { today?: CivilDate; lang: Lang; out?: string };

/** Like every writing command: the workbook lock from before the read until after the save, the day in the plan's zone. */
async function withReportsBook<T>(file: string, o: ReportsRun, fn: (wb: Awaited<ReturnType<typeof openWorkbook>>, today: CivilDate, zone: string) => T): Promise<T> {
  existingXlsx(file);
  const saved = o.out ?? file;
  assertCanWrite(saved, o.out === undefined);
  return withWorkbooks([file, saved], 'reports', async () => {
    const wb = await openWorkbook(file);
    const zone = planZone(wb);
    const result = fn(wb, o.today ?? zoneToday(zone), zone);
    await saveWorkbook(wb, saved);
    return result;
  });
}

export async function importReportsFile(file: string, csvPath: string, o: ReportsRun): Promise<{ lines: string[]; ok: boolean }> {
  if (!existsSync(csvPath)) throw new UserError(both('reports.cli.csvMissing', { path: csvPath }));
  const csv = parseCsv(await readFile(csvPath, 'utf8'));
  return withReportsBook(file, o, (wb, today, zone) => {
    const imported = importReports(wb, csv, o.lang);
    if (!imported.ok) throw new UserError(both('reports.cli.csvNoHeader', { path: csvPath }));
    const r = runRefresh({ workbook: wb, lock: OFFLINE_LOCK, clock: hostClock(today, zone) }, { today, lang: o.lang });
    return { ok: r.ok, lines: [t(o.lang, 'reports.cli.imported', { added: imported.added, skipped: imported.skipped, sheet: imported.sheet }), ...verdictLines(r, o.lang)] };
  });
}

export async function approveReportsFile(file: string, decision: ReportDecision, o: ReportsRun): Promise<{ lines: string[]; ok: boolean }> {
  return withReportsBook(file, o, (wb, today, zone) => {
    const r = decideReports({ workbook: wb, lock: OFFLINE_LOCK, clock: hostClock(today, zone) }, decision, { today, lang: o.lang });
    return { ok: r.ok, lines: [r.message] };
  });
}

export async function run({ values, positionals, lang }: CommandArgs): Promise<number> {
  const today = dateOption(values.today, '--today');
  const [verb, file, csv] = positionals;
  let result: { lines: string[]; ok: boolean };
  if (verb === 'import') {
    if (!csv) throw new UsageError(both('cli.missingArg', { command: 'reports import', what: 'CSV' }));
    result = await importReportsFile(file, csv, { today, lang, out: values.out });
  } else if (verb === 'approve') {
    if (csv) throw new UsageError(both('cli.tooManyArgs', { command: 'reports approve', max: 2, args: positionals.join(' ') }));
    const rejectRows = (values.reject ?? []).map((x) => Number(x));
    if (rejectRows.some((n) => !Number.isInteger(n) || n < 2)) throw new UsageError(both('cli.badArgs', { command: 'reports approve', detail: `--reject ${values.reject?.join(' ')}` }));
    if (!values.all && !values.task?.length && !rejectRows.length) throw new UsageError(both('reports.cli.needChoice'));
    result = await approveReportsFile(file, { all: !!values.all, taskIds: values.task ?? [], reject: rejectRows }, { today, lang, out: values.out });
  } else throw new UsageError(both('reports.cli.badVerb', { value: verb }));
  for (const line of result.lines) say(line);
  say(t(lang, 'reports.cli.saved', { path: values.out ?? file }));
  return result.ok ? 0 : 1;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  const csv = path.join(path.dirname(ctx.workbookPath), 'bao-cao-don-vi.csv');
  const { writeFile } = await import('node:fs/promises');
  const { SAMPLE_REPORT_CSV } = await import('../../core/sample/data');
  await writeFile(csv, SAMPLE_REPORT_CSV, 'utf8');
  const imported = await importReportsFile(ctx.workbookPath, csv, { today: ctx.today, lang: 'vi' });
  for (const line of imported.lines) ctx.log(line);
  // The coordinator agrees to move A.15's deadline (the sample's extension request).
  const approved = await approveReportsFile(ctx.workbookPath, { taskIds: ['A.15'] }, { today: ctx.today, lang: 'vi' });
  for (const line of approved.lines) ctx.log(line);
  return { title_vi: t('vi', 'reports.cli.demo'), title_en: t('en', 'reports.cli.demo'), paths: [path.normalize(ctx.workbookPath), path.normalize(csv)] };
}
