/**
 * `tiendo remind book.xlsx [--today 12/11/2019] (--outbox DIR | --smtp HOST:PORT) [--dry-run]`:
 * the same reminder run as the add-on's daily trigger, on an .xlsx workbook. Mails become .eml
 * files or go to an SMTP server; the log is written into the workbook, so a second run the same
 * day sends nothing.
 *
 * The workbook is saved once at the end; until then every log row is also appended to a journal
 * file next to it, so a run killed half-way (power cut, Ctrl-C) loses no log row: the next run
 * replays the journal first and sends only what is missing.
 */
import { appendFileSync, existsSync, openSync, closeSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { runReminders } from '../../app/remind';
import { type CivilDate, formatDMY } from '../../core/dates/civil';
import { type Lang, type MsgKey, t } from '../../core/i18n';
import { LOG_SHEET } from '../../core/reminders/log';
import type { RemindReport } from '../../core/reminders/report';
import type { LockPort, OutCell, SheetOutput, WorkbookPort } from '../../ports';
import { NodeMailer, parseSmtp, type MailTarget } from '../mailer';
import type { XlsxWorkbook } from '../xlsx-workbook';
import { HELP, LANG_OPTION, UsageError, UserError, both, dateOption, langOption, openWorkbook, parseCommandArgs, saveWorkbook, say } from './kit';
import type { Command } from './types';
import { hostClock, localToday } from '../clock';

const OPTIONS = {
  ...LANG_OPTION,
  today: { type: 'string' },
  outbox: { type: 'string' },
  smtp: { type: 'string' },
  'dry-run': { type: 'boolean' },
  quota: { type: 'string' },
  from: { type: 'string' },
} as const;

/** Far more than a CLI run needs; Apps Script's own budget is set in src/gas/reminders.ts. */
const CLI_TIME_BUDGET_MS = 30 * 60_000;
const DEFAULT_FROM = 'tiendo@localhost';

export interface RemindRun {
  report: RemindReport;
  /** Files written (outbox) or SMTP message ids, in sending order. */
  delivered: string[];
  /** Whether the workbook was saved (something was logged). */
  saved: boolean;
  recovered: number;
}

export interface RemindCliOptions {
  file: string;
  today?: CivilDate;
  target: MailTarget | null;
  dryRun: boolean;
  quota?: number;
  from?: string;
  lang: Lang;
}


/** A lock file next to the workbook: two runs on one file would both send. */
export class FileLock implements LockPort {
  private fd: number | null = null;
  constructor(private readonly file: string) {}

  tryLock(): boolean {
    if (this.fd !== null) return true;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        this.fd = openSync(this.file, 'wx');
        writeSync(this.fd, String(process.pid));
        return true;
      } catch {
        if (attempt === 0 && this.isStale()) rmSync(this.file, { force: true });
        else return false;
      }
    }
    return false;
  }

  /** Left behind by a run that no longer exists (killed) or older than an hour. */
  private isStale(): boolean {
    try {
      const pid = Number(readFileSync(this.file, 'utf8'));
      if (Date.now() - statSync(this.file).mtimeMs > 3_600_000) return true;
      if (!Number.isInteger(pid) || pid <= 0) return true;
      process.kill(pid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ESRCH' || (e as NodeJS.ErrnoException).code === 'ENOENT';
    }
  }

  release(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    rmSync(this.file, { force: true });
  }
}

type JournalLine = { write: SheetOutput } | { append: { sheet: string; rows: OutCell[][] } };

/** Writes through to the workbook and to the journal file (synchronously, before the send that follows). */
function journaled(book: WorkbookPort, journal: string): WorkbookPort & { changed: boolean } {
  const note = (line: JournalLine) => appendFileSync(journal, `${JSON.stringify(line)}\n`);
  const port = {
    changed: false,
    sheetNames: () => book.sheetNames(),
    readGrids: (names: string[]) => book.readGrids(names),
    rowLink: (sheet: string, row: number) => book.rowLink(sheet, row),
    title: () => book.title(),
    write(out: SheetOutput) {
      book.write(out);
      port.changed = true;
      note({ write: out });
    },
    appendRows(sheet: string, rows: OutCell[][]) {
      book.appendRows(sheet, rows);
      port.changed = true;
      note({ append: { sheet, rows } });
    },
  };
  return port;
}

/** Applies the journal of an interrupted run; returns the number of log rows recovered. */
function replay(book: WorkbookPort, journal: string): number {
  if (!existsSync(journal)) return 0;
  let rows = 0;
  for (const line of readFileSync(journal, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let entry: JournalLine;
    try {
      entry = JSON.parse(line) as JournalLine;
    } catch {
      continue; // a line cut by the crash: its send may be repeated, nothing worse
    }
    if ('write' in entry) book.write(entry.write);
    else {
      book.appendRows(entry.append.sheet, entry.append.rows);
      rows += entry.append.rows.length;
    }
  }
  return rows;
}

export async function runRemindCommand(o: RemindCliOptions): Promise<RemindRun> {
  const xlsx: XlsxWorkbook = await openWorkbook(o.file);
  const dir = path.dirname(o.file);
  const base = path.basename(o.file);
  const journal = path.join(dir, `.${base}.nhac-viec.journal`);
  // Held from before the journal is replayed until the workbook is saved: two runs on one file
  // would both send.
  const lock = new FileLock(path.join(dir, `.${base}.lock`));
  const held = o.dryRun || lock.tryLock();
  const mailer = o.dryRun || !o.target || !held ? null : new NodeMailer(o.target, { from: o.from ?? DEFAULT_FROM, quota: o.quota });
  try {
    const recovered = !o.dryRun && held ? replay(xlsx, journal) : 0;
    const book = o.dryRun ? xlsx : journaled(xlsx, journal);
    const report = runReminders(
      {
        workbook: book,
        mail: mailer ?? { remainingQuota: () => 0, send: () => { throw new Error('no mailer'); } },
        lock: { tryLock: () => held, release: () => undefined },
        clock: hostClock(o.today ?? localToday()),
      },
      { dryRun: o.dryRun, timeBudgetMs: CLI_TIME_BUDGET_MS, lang: o.lang, sendEstimateMs: 200, lockWaitMs: 0 },
    );
    const changed = recovered > 0 || ('changed' in book && book.changed);
    if (changed) {
      await saveWorkbook(xlsx, o.file);
      if (existsSync(journal)) unlinkSync(journal);
    }
    return { report, delivered: mailer?.delivered ?? [], saved: changed, recovered };
  } finally {
    await mailer?.close();
    if (!o.dryRun && held) lock.release();
  }
}

const MARK: Record<string, string> = { sent: '✓', wouldSend: '•', alreadySent: '=', deferred: '…', failed: '✗' };

function printReport(run: RemindRun, o: RemindCliOptions): void {
  const { report } = run;
  const lang = o.lang;
  if (run.recovered) say(t(lang, 'remind.cli.recovered', { n: run.recovered }));
  for (const m of report.mails) {
    const outcome = t(lang, `ui.reminders.outcome.${m.outcome}` as MsgKey);
    say(`${MARK[m.outcome] ?? '-'} ${m.name} <${m.email}>: ${m.subject} (${outcome}${m.error ? `: ${m.error}` : ''})`);
  }
  if (report.unreachable.length) {
    say(t(lang, 'remind.cli.unreachable'));
    for (const u of report.unreachable) say(`  - ${u}`);
  }
  for (const line of report.messages) say(line);
  if (o.target?.kind === 'outbox' && run.delivered.length) say(t(lang, 'remind.cli.wrote', { n: run.delivered.length, dir: o.target.dir }));
  if (run.saved) say(t(lang, 'remind.cli.saved', { sheet: LOG_SHEET.vi, file: o.file }));
}

function options(cmd: Command, values: Record<string, string | boolean | undefined>): Omit<RemindCliOptions, 'file'> {
  const lang = langOption(values.lang as string | undefined, cmd);
  const today = dateOption(values.today as string | undefined, '--today', cmd);
  const outbox = values.outbox as string | undefined;
  const smtp = values.smtp as string | undefined;
  const dryRun = !!values['dry-run'];
  if (outbox !== undefined && smtp !== undefined) throw new UsageError(both('remind.cli.bothTargets'), cmd);
  let target: MailTarget | null = null;
  if (outbox !== undefined) target = { kind: 'outbox', dir: outbox };
  if (smtp !== undefined) {
    const hp = parseSmtp(smtp);
    if (!hp) throw new UsageError(both('remind.cli.badSmtp', { value: smtp }), cmd);
    target = { kind: 'smtp', ...hp };
  }
  if (!target && !dryRun) throw new UsageError(both('remind.cli.needTarget'), cmd);
  const q = values.quota as string | undefined;
  if (q !== undefined && !/^\d+$/.test(q)) throw new UsageError(both('remind.cli.badQuota', { value: q }), cmd);
  const from = values.from as string | undefined;
  if (from !== undefined && !/^[^\s@<>]+@[^\s@<>]+$/.test(from)) throw new UsageError(both('remind.cli.badFrom', { value: from }), cmd);
  return { lang, today, target, dryRun, quota: q === undefined ? undefined : Number(q), from };
}

export const remind: Command = {
  name: 'remind',
  summary_vi: t('vi', 'remind.cli.summary'),
  summary_en: t('en', 'remind.cli.summary'),
  usage: 'tiendo remind <tệp.xlsx> [--today <ngày>] (--outbox <thư-mục> | --smtp <máy:cổng>) [--dry-run] [--quota N] [--from <địa-chỉ>] [--lang vi|en]',
  options: [
    HELP.today,
    { flag: '--outbox', value: '<thư-mục>', help: 'cli.help.opt.outbox' },
    { flag: '--smtp', value: '<máy:cổng>', help: 'cli.help.opt.smtp' },
    { flag: '--dry-run', help: 'cli.help.opt.dryRun' },
    { flag: '--quota', value: 'N', help: 'cli.help.opt.quota' },
    { flag: '--from', value: '<địa-chỉ>', help: 'cli.help.opt.from' },
    HELP.lang,
  ],
  topics: ['people'],
  async run(argv) {
    const args = parseCommandArgs(remind, argv, OPTIONS, { min: 1, max: 1, what: 'cli.whatFile' });
    if (!args) return 0;
    const o: RemindCliOptions = { file: args.positionals[0], ...options(remind, args.values as Record<string, string | boolean | undefined>) };
    const run = await runRemindCommand(o);
    printReport(run, o);
    if (run.report.status === 'busy') return 1;
    return run.report.totals.failed > 0 ? 1 : 0;
  },
  async demo(ctx) {
    const dir = path.join(ctx.outDir, 'mail');
    // The demo's own folder: old files of an earlier sample would mislead.
    if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.eml')) rmSync(path.join(dir, f));
    const run = await runRemindCommand({ file: ctx.workbookPath, today: ctx.today, target: { kind: 'outbox', dir }, dryRun: false, lang: 'vi' });
    if (run.report.status !== 'done') throw new UserError({ vi: run.report.messages.join(' '), en: run.report.messages.join(' ') });
    const sent = run.report.mails.filter((m) => m.outcome === 'sent');
    const params = { n: run.delivered.length, date: formatDMY(ctx.today), dir, digests: sent.filter((m) => m.kind === 'digest').length, summary: sent.filter((m) => m.kind === 'summary').length };
    ctx.log(t('vi', 'remind.cli.demoWrote', params));
    for (const line of run.report.messages) ctx.log(line);
    return { title_vi: t('vi', 'remind.cli.demo'), title_en: t('en', 'remind.cli.demo'), paths: [dir, ctx.workbookPath] };
  },
};
