/**
 * `tiendo remind book.xlsx [--today 12/11/2019] (--smtp HOST:PORT | --outbox DIR | --dry-run)`:
 * the same reminder run as the add-on's daily trigger, on an .xlsx workbook. `--smtp` sends (with
 * login and TLS when the server needs them) and logs each mail into the workbook, so a second run
 * the same day sends nothing. `--outbox` is a preview: it writes what would be sent as .eml files
 * and consumes nothing (no log row, no journal), so the real run the same day sends everything.
 *
 * A real run takes the workbook's lock before it reads the workbook and holds it until it has
 * saved: another command on the same file (a refresh, a second reminder run) waits for it and
 * then reads the saved log. The workbook is saved once at the end; until then every log row is
 * also kept in a journal (src/node/remind-journal.ts), so a run killed half-way loses no log row.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runReminders } from '../../app/remind';
import { type CivilDate, formatDMY } from '../../core/dates/civil';
import { type Lang, type MsgKey, t } from '../../core/i18n';
import { LOG_SHEET } from '../../core/remind/log';
import type { RemindReport } from '../../core/remind/report';
import type { WorkbookPort } from '../../ports';
import type { MailPort } from '../../ports';
import { DEFAULT_SMTP_TIMEOUT_MS, NodeMailer, parseSmtp, type MailTarget, type SmtpTls } from '../mailer';
import type { XlsxWorkbook } from '../xlsx-workbook';
import { UsageError, UserError, assertCanWrite, both, dateOption, existingXlsx, holdWorkbooks, openWorkbook, saveWorkbook, say, warn } from './kit';
import type { OptionValues } from './options';
import type { CommandArgs, DemoContext, DemoStep } from './types';
import { io } from './io';
import { hostClock, planZone, zoneToday } from '../clock';
import { OFFLINE_LOCK } from '../offline-lock';
import { dropJournal, journalFor, journaled, replayJournal } from '../remind-journal';

/** Far more than a CLI run needs; Apps Script's own budget is set in src/gas/remind.ts. */
const CLI_TIME_BUDGET_MS = 30 * 60_000;
const DEFAULT_FROM = 'tiendo@localhost';
/** Where the SMTP password is read from unless --smtp-password-env names another variable. */
const PASSWORD_ENV = 'TIENDO_SMTP_PASSWORD';
const TLS_MODES: SmtpTls[] = ['auto', 'starttls', 'tls', 'none'];
/** The dry run's mail port: it sends nothing (the use case does not call it in a dry run). */
const NO_MAILER: MailPort = { remainingQuota: () => 0, send: () => { throw new Error('no mailer'); } };

export interface RemindRun {
  report: RemindReport;
  /** Files written (outbox) or SMTP message ids, in sending order. */
  delivered: string[];
  /** Whether the workbook was saved (something was logged). */
  saved: boolean;
  recovered: number;
  /** An outbox preview: nothing was consumed. */
  preview: boolean;
}

export interface RemindCliOptions {
  file: string;
  today?: CivilDate;
  target: MailTarget | null;
  dryRun: boolean;
  quota?: number;
  from?: string;
  lang: Lang;
  /** How long the SMTP server may stay silent. */
  timeoutMs?: number;
}

/** The day of the run: `--today`, else today in the plan's time zone (never the computer's). */
function runDay(o: RemindCliOptions, book: WorkbookPort): { today: CivilDate; zone: string } {
  const zone = planZone(book, (value, fallback) => warn(t(o.lang, 'remind.cli.badZone', { value, fallback })));
  return { today: o.today ?? zoneToday(zone), zone };
}

export async function runRemindCommand(o: RemindCliOptions): Promise<RemindRun> {
  const preview = o.dryRun || o.target?.kind === 'outbox';
  if (preview) return previewRun(o);
  existingXlsx(o.file);
  assertCanWrite(o.file, false);
  // Held from before the workbook is read until it is saved: a command that read it meanwhile
  // would save over this run's log (and everything would be sent again), or lose its own output.
  const hold = await holdWorkbooks([o.file], 'remind');
  let mailer: NodeMailer | null = null;
  try {
    const xlsx: XlsxWorkbook = await openWorkbook(o.file);
    const journal = journalFor(o.file);
    const recovered = replayJournal(xlsx, journal);
    const { today, zone } = runDay(o, xlsx);
    mailer = o.target ? new NodeMailer(o.target, { from: o.from ?? DEFAULT_FROM, quota: o.quota, timeoutMs: o.timeoutMs, lang: o.lang }) : null;
    // Each logged mail shows the lock's owner is alive.
    const book = journaled(xlsx, journal, () => hold.beat());
    const report = runReminders(
      {
        workbook: book,
        mail: mailer ?? NO_MAILER,
        lock: OFFLINE_LOCK,
        clock: hostClock(today, zone),
      },
      { dryRun: false, timeBudgetMs: CLI_TIME_BUDGET_MS, lang: o.lang, sendEstimateMs: 200, lockWaitMs: 0 },
    );
    const changed = recovered > 0 || book.changed;
    if (changed) {
      await saveWorkbook(xlsx, o.file);
      dropJournal(journal);
    }
    return { report, delivered: mailer?.delivered ?? [], saved: changed, recovered, preview: false };
  } finally {
    await mailer?.close();
    hold.release();
  }
}

/**
 * `--dry-run` and `--outbox`: what the real run would send now, the journal of a killed run
 * included, with nothing consumed: the workbook is not saved and the journal stays for the real run.
 * The outbox writes each mail as an .eml file; the dry run only lists them.
 */
async function previewRun(o: RemindCliOptions): Promise<RemindRun> {
  const xlsx: XlsxWorkbook = await openWorkbook(o.file);
  const recovered = replayJournal(xlsx, journalFor(o.file));
  const { today, zone } = runDay(o, xlsx);
  const outbox = !o.dryRun && o.target?.kind === 'outbox' ? o.target : null;
  const mailer = outbox ? new NodeMailer(outbox, { from: o.from ?? DEFAULT_FROM, quota: o.quota, lang: o.lang }) : null;
  try {
    const report = runReminders(
      {
        // Log rows of the preview go nowhere: the workbook in memory is dropped.
        workbook: xlsx,
        mail: mailer ?? NO_MAILER,
        lock: OFFLINE_LOCK,
        clock: hostClock(today, zone),
      },
      { dryRun: !mailer, timeBudgetMs: CLI_TIME_BUDGET_MS, lang: o.lang, sendEstimateMs: 200, lockWaitMs: 0 },
    );
    return { report, delivered: mailer?.delivered ?? [], saved: false, recovered, preview: true };
  } finally {
    await mailer?.close();
  }
}

const MARK: Record<string, string> = { sent: '✓', wouldSend: '•', alreadySent: '=', deferred: '…', failed: '✗' };

function printReport(run: RemindRun, o: RemindCliOptions): void {
  const { report } = run;
  const lang = o.lang;
  if (run.recovered && !run.preview) say(t(lang, 'remind.cli.recovered', { n: run.recovered }));
  for (const m of report.mails) {
    // In a preview a written .eml is a mail that would be sent.
    const outcome = run.preview && m.outcome === 'sent' ? 'wouldSend' : m.outcome;
    const label = t(lang, `ui.reminders.outcome.${outcome}` as MsgKey);
    say(`${MARK[outcome] ?? '-'} ${m.name} <${m.email}>: ${m.subject} (${label}${m.error ? `: ${m.error}` : ''})`);
  }
  if (report.unreachable.length) {
    say(t(lang, 'remind.cli.unreachable'));
    for (const u of report.unreachable) say(`  - ${u}`);
  }
  if (run.preview && o.target?.kind === 'outbox' && !o.dryRun) {
    for (const line of report.messages.filter((l) => !l.startsWith(t(lang, 'remind.report.sent', { n: report.totals.sent })))) say(line);
    say(t(lang, 'remind.cli.preview', { n: run.delivered.length, dir: o.target.dir }));
    return;
  }
  for (const line of report.messages) say(line);
  if (run.saved) say(t(lang, 'remind.cli.saved', { sheet: LOG_SHEET.vi, file: o.file }));
}

function options(values: OptionValues, lang: Lang): Omit<RemindCliOptions, 'file'> {
  const today = dateOption(values.today, '--today');
  const { outbox, smtp, 'smtp-user': user, 'smtp-tls': tls, 'smtp-ca': ca } = values;
  const dryRun = !!values['dry-run'];
  if (outbox !== undefined && smtp !== undefined) throw new UsageError(both('remind.cli.bothTargets'));
  if (smtp === undefined && (user !== undefined || tls !== undefined || ca !== undefined)) throw new UsageError(both('remind.cli.loginNeedsSmtp'));
  let target: MailTarget | null = null;
  if (outbox !== undefined) target = { kind: 'outbox', dir: outbox };
  if (smtp !== undefined) {
    const hp = parseSmtp(smtp);
    if (!hp) throw new UsageError(both('remind.cli.badSmtp', { value: smtp }));
    if (tls !== undefined && !TLS_MODES.includes(tls as SmtpTls)) throw new UsageError(both('remind.cli.badTls', { value: tls }));
    let pass: string | undefined;
    if (user !== undefined) {
      // Only from the environment: a password on the command line would show in the process list and history.
      const env = values['smtp-password-env'] ?? PASSWORD_ENV;
      pass = io().env[env];
      if (pass === undefined) throw new UsageError(both('remind.cli.noPassword', { env }));
    }
    let caText: string | undefined;
    if (ca !== undefined) {
      try {
        caText = readFileSync(ca, 'utf8');
      } catch (e) {
        throw new UserError(both('remind.cli.caMissing', { path: ca }), e);
      }
    }
    target = { kind: 'smtp', ...hp, tls: (tls as SmtpTls | undefined) ?? 'auto', ...(user !== undefined ? { user, pass } : {}), ...(caText ? { ca: caText } : {}) };
  }
  if (!target && !dryRun) throw new UsageError(both('remind.cli.needTarget'));
  const { quota: q, from, timeout } = values;
  if (q !== undefined && !/^\d+$/.test(q)) throw new UsageError(both('remind.cli.badQuota', { value: q }));
  if (from !== undefined && !/^[^\s@<>]+@[^\s@<>]+$/.test(from)) throw new UsageError(both('remind.cli.badFrom', { value: from }));
  if (timeout !== undefined && !(/^\d+(\.\d+)?$/.test(timeout) && Number(timeout) >= 0.1 && Number(timeout) <= 600)) {
    throw new UsageError(both('remind.cli.badTimeout', { value: timeout }));
  }
  return {
    lang, today, target, dryRun, quota: q === undefined ? undefined : Number(q), from,
    timeoutMs: timeout === undefined ? DEFAULT_SMTP_TIMEOUT_MS : Number(timeout) * 1000,
  };
}

export async function run({ values, positionals, lang }: CommandArgs): Promise<number> {
  const o: RemindCliOptions = { file: positionals[0], ...options(values, lang) };
  const done = await runRemindCommand(o);
  printReport(done, o);
  if (done.report.status === 'busy') return 1;
  // Someone not reached (a refused mailbox, a server that did not take the mail) is a failure to act on.
  const notReached = done.report.totals.failed > 0 || done.report.mails.some((m) => m.outcome === 'deferred' && m.deferReason === 'server');
  return notReached ? 1 : 0;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  const dir = path.join(ctx.outDir, 'mail');
  // The demo's own folder: old files of an earlier sample would mislead.
  if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.eml')) rmSync(path.join(dir, f));
  const run = await runRemindCommand({ file: ctx.workbookPath, today: ctx.today, target: { kind: 'outbox', dir }, dryRun: false, lang: 'vi' });
  if (run.report.status !== 'done') throw new UserError({ vi: run.report.messages.join(' '), en: run.report.messages.join(' ') });
  const sent = run.report.mails.filter((m) => m.outcome === 'sent');
  const params = { n: run.delivered.length, date: formatDMY(ctx.today), dir, digests: sent.filter((m) => m.kind === 'digest').length, summary: sent.filter((m) => m.kind === 'summary').length };
  ctx.log(t('vi', 'remind.cli.demoWrote', params));
  // A preview: "sent" here means written as a file.
  const sentLine = t('vi', 'remind.report.sent', { n: run.report.totals.sent });
  for (const line of run.report.messages) if (line !== sentLine) ctx.log(line);
  ctx.log(t('vi', 'remind.cli.preview', { n: run.delivered.length, dir }));
  // A preview: the sample workbook is left as it was (nothing is marked as sent).
  return { title_vi: t('vi', 'remind.cli.demo'), title_en: t('en', 'remind.cli.demo'), paths: [dir] };
}
