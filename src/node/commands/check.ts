/**
 * `tiendo check book.xlsx`: reads the workbook as every feature would and prints each problem as
 * a sentence naming sheet, row and column. Reads only: the file is never written.
 *
 * The problems are those of the refresh itself (`planRefresh`): one validation, so check never
 * says "nothing wrong" about a workbook whose refresh then reports a loop or an unknown lead.
 */
import path from 'node:path';
import { type Lang, t } from '../../core/i18n';
import type { Problem } from '../../core/plan/model';
import { problemSentence } from '../../core/plan/problems';
import type { Tracker } from '../../core/plan/read';
import type { CivilDate } from '../../core/dates/civil';
import { planRefresh, sheetsToRead } from '../../core/refresh/plan';
import { dateOption, openWorkbook, say } from './kit';
import { localToday } from '../clock';
import type { CommandArgs, DemoContext, DemoStep } from './types';

export interface CheckReport {
  tracker: Tracker;
  errors: number;
  warnings: number;
  /** One line per problem, errors first, in sheet then row order. */
  lines: string[];
  summary: { vi: string; en: string };
}

const SHEET_ORDER: Record<Problem['sheet'], number> = { workbook: 0, tasks: 1, people: 2, holidays: 3, settings: 4, reports: 5 };

export async function checkWorkbook(file: string, lang: Lang, today: CivilDate = localToday()): Promise<CheckReport> {
  const xlsx = await openWorkbook(file);
  const plan = planRefresh(xlsx.readGrids(sheetsToRead(xlsx.sheetNames())), today);
  const { tracker, problems } = plan;
  const names: Record<string, string> = {};
  for (const [key, layout] of Object.entries(tracker.layouts)) if (layout) names[key] = layout.name;
  const sorted = [...problems].sort((a, b) =>
    (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
    || SHEET_ORDER[a.sheet] - SHEET_ORDER[b.sheet] || a.row - b.row);
  const lines = sorted.map((p) => `${t(lang, p.severity === 'error' ? 'cli.check.error' : 'cli.check.warning')}: ${problemSentence(p, lang, names)}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const params = { file: path.basename(file), tasks: tracker.tasks.length, people: tracker.people.length, errors, warnings };
  return { tracker, errors, warnings, lines, summary: { vi: t('vi', 'cli.check.result', params), en: t('en', 'cli.check.result', params) } };
}

export async function run({ values, positionals, lang }: CommandArgs): Promise<number> {
  const report = await checkWorkbook(positionals[0], lang, dateOption(values.today, '--today') ?? localToday());
  for (const line of report.lines) say(line);
  if (report.lines.length === 0) say(t(lang, 'cli.check.clean'));
  say(report.summary.vi);
  say(report.summary.en);
  return report.errors > 0 ? 1 : 0;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  const report = await checkWorkbook(ctx.workbookPath, 'vi', ctx.today);
  for (const line of report.lines) ctx.log(line);
  ctx.log(report.summary.vi);
  return { title_vi: t('vi', 'cli.check.demo'), title_en: t('en', 'cli.check.demo'), paths: [ctx.workbookPath] };
}
