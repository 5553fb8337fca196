/**
 * The reminder run over the host ports (Apps Script trigger or menu, the CLI, tests):
 *
 *   lock → read the tracker sheets and the log in one call → schedule → who is told what →
 *   for each digest: skip if logged today, check time and quota, send, append ONE log row →
 *   deferred and failed rows in one write → the coordinator's summary, which reports all of it.
 *
 * Each send costs the same few calls (quota, send, one append) whatever the plan's size, and a
 * run killed after k sends has logged exactly those k, so the next run sends the rest and nothing
 * twice. A dry run takes no lock, sends and writes nothing, and returns the same report.
 */
import type { CivilDate } from '../core/dates/civil';
import { formatWithWeekday } from '../core/dates/weekday-names';
import { type Lang, t } from '../core/i18n';
import { TASKS_SHEET } from '../core/plan/columns';
import { TRACKER_SHEETS, pickSheets } from '../core/plan/sheets';
import { readTracker } from '../core/plan/read';
import { LOG_SHEET, type LogResult, type ReminderLog, isLogSheet, isoAfter, logHeader, logRow, readReminderLog } from '../core/remind/log';
import { planReminders } from '../core/remind/plan';
import { type RenderContext, type RenderedMail, renderDigest, senderName } from '../core/remind/render-digest';
import { renderSummary } from '../core/remind/render-summary';
import {
  type RemindReport, type ReportMail, countsOf, emptyTotals, reportMessages, reportTasks, unreachableLines, unreachedOf,
} from '../core/remind/report';
import { type SendFailureScope, failureScope, isAccountQuota } from '../core/remind/failures';
import { type QueueItem, ReminderRun } from '../core/remind/run-state';
import type { CoordinatorSummary, DeferReason, Digest, MailOutcome } from '../core/remind/types';
import { computeSchedule } from '../core/schedule/compute';
import { REPORTS_SHEET } from '../core/plan/reports-sheet';
import { reminderReportHooks } from '../core/reports/remind';
import type { ClockPort, LockPort, MailPort, ProgressPort, WorkbookPort } from '../ports';
import type { OutCell } from '../core/sheet/output';

export interface RemindPorts {
  workbook: WorkbookPort;
  mail: MailPort;
  lock: LockPort;
  clock: ClockPort;
  progress?: ProgressPort;
}

export interface RemindOptions {
  dryRun: boolean;
  /** Sending stops (cleanly, everything logged) before this many milliseconds of the run. */
  timeBudgetMs: number;
  /** How long to wait for another run's lock. */
  lockWaitMs?: number;
  /** Language of the report's sentences (mails use each recipient's language). */
  lang?: Lang;
  /** Assumed duration of one send + log write before one is measured. */
  sendEstimateMs?: number;
}

/** Connection failures in a row after which the run stops trying (each may cost the mailer's timeout). */
const MAX_CONNECTION_FAILURES = 2;
const PROGRESS_EVERY = 50;

export { type RemindReport } from '../core/remind/report';

export function runReminders(ports: RemindPorts, opts: RemindOptions): RemindReport {
  const lang = opts.lang ?? 'vi';
  const today = ports.clock.today();
  if (!opts.dryRun && !ports.lock.tryLock(opts.lockWaitMs ?? 10_000)) {
    return finish({ today, todayText: formatWithWeekday(today, lang), dryRun: false, status: 'busy', dayOffName: null, mails: [], unreachable: [], unreached: '', unreachedCount: 0, totals: emptyTotals(), stopReason: null, escalationDays: 0 }, lang);
  }
  try {
    return remind(ports, opts, today, lang);
  } finally {
    if (!opts.dryRun) ports.lock.release();
  }
}

function finish(r: Omit<RemindReport, 'messages'>, lang: Lang): RemindReport {
  return { ...r, messages: reportMessages(r, lang) };
}

function remind(ports: RemindPorts, opts: RemindOptions, today: CivilDate, lang: Lang): RemindReport {
  const { workbook: book, mail, clock } = ports;
  const names = book.sheetNames();
  const wanted = pickSheets(names, [...TRACKER_SHEETS, isLogSheet, REPORTS_SHEET]);
  const grids = wanted.length ? book.readGrids(wanted) : [];
  const tracker = readTracker(grids.filter((g) => !isLogSheet(g.name)));
  const log = readReminderLog(grids.find((g) => isLogSheet(g.name)));
  const schedule = computeSchedule(tracker, today);
  const plan = planReminders(schedule, tracker, today, tracker.settings, log);

  const tasksSheet = tracker.layouts.tasks?.name ?? TASKS_SHEET.vi;
  const links = new Map<number, string | null>();
  const ctx: RenderContext = {
    today,
    planName: plan.planName || book.title(),
    rowLink: (row) => {
      if (!links.has(row)) links.set(row, book.rowLink(tasksSheet, row));
      return links.get(row) ?? null;
    },
    sheetLink: null,
    coordinatorName: plan.coordinatorName,
    horizonDays: plan.horizonDays,
    escalationDays: plan.escalationDays,
    logSheet: log.sheet ?? LOG_SHEET.vi,
  };
  ctx.sheetLink = ctx.rowLink(tracker.layouts.tasks?.headerRow ?? 1);
  // Units' reports: a form link per task, and what they reported for the coordinator (src/core/reports).
  Object.assign(ctx, reminderReportHooks(grids, tracker, schedule, plan.summary?.since ?? null, plan.summary?.recipient.lang ?? lang));
  const base = { today, todayText: formatWithWeekday(today, lang), dryRun: opts.dryRun, dayOffName: plan.dayOffName, unreachable: unreachableLines(plan, lang), ...unreachedOf(plan, lang), escalationDays: plan.escalationDays };

  if (!plan.sendsToday) {
    return finish({ ...base, status: 'dayOff', mails: [], totals: emptyTotals(), stopReason: null }, lang);
  }

  const queue: Array<{ item: QueueItem; mail: Digest }> = plan.digests.map((d) => ({ item: queueItem(d), mail: d }));
  const mails: ReportMail[] = [];
  const totals = emptyTotals();
  const outgoing = (rendered: RenderedMail, to: string, rLang: Lang) => ({
    to: [headerText(to)], name: headerText(senderName(ctx.planName, rLang)), subject: headerText(rendered.subject), text: rendered.text, html: rendered.html,
    ...(plan.replyTo ? { replyTo: headerText(plan.replyTo) } : {}),
  });
  const report = (m: Digest | CoordinatorSummary, rendered: RenderedMail, o: MailOutcome) => {
    totals[o.outcome]++;
    mails.push({
      key: m.key, kind: m.kind, name: m.recipient.name, email: m.recipient.email, lang: m.recipient.lang, subject: rendered.subject,
      outcome: o.outcome, ...(o.deferReason ? { deferReason: o.deferReason } : {}), ...(o.error ? { error: o.error } : {}),
      tasks: reportTasks(m, today, m.recipient.lang), text: rendered.text,
    });
  };

  if (opts.dryRun) {
    const outcomes: MailOutcome[] = [];
    for (const { item, mail: d } of queue) {
      const o: MailOutcome = { key: item.key, kind: 'digest', recipient: item.recipient, outcome: item.alreadySent ? 'alreadySent' : 'wouldSend', counts: item.counts };
      outcomes.push(o);
      report(d, renderDigest(d, ctx), o);
    }
    if (plan.summary) {
      const s = plan.summary;
      report(s, renderSummary(s, outcomes, plan.unreachable, ctx), { key: s.key, kind: 'summary', recipient: s.recipient, outcome: s.alreadySent ? 'alreadySent' : 'wouldSend', counts: countsOf(s) });
    }
    return finish({ ...base, status: 'done', mails, totals, stopReason: null }, lang);
  }

  const run = new ReminderRun({
    budgetMs: opts.timeBudgetMs,
    sendEstimateMs: opts.sendEstimateMs ?? 1500,
    summaryPending: !!plan.summary && !plan.summary.alreadySent,
  });
  const logWriter = new LogWriter(book, log, clock, today);
  const pendingRows: OutCell[][] = [];
  const toSend = queue.filter((q) => !q.item.alreadySent).length;
  let done = 0;
  // A server that does not answer once may be a blip; twice in a row, the rest waits for the next run.
  let connectionFailures = 0;

  for (const { item, mail: d } of queue) {
    const decision = run.decide(item, clock.elapsedMs(), () => mail.remainingQuota());
    if (decision.do === 'skip') {
      report(d, renderDigest(d, ctx), run.record(item, 'alreadySent', clock.elapsedMs()));
      continue;
    }
    const rendered = renderDigest(d, ctx);
    if (decision.do === 'defer') {
      pendingRows.push(logWriter.row(d, 'deferred', deferNote(decision.reason)));
      report(d, rendered, run.record(item, 'deferred', clock.elapsedMs(), { deferReason: decision.reason }));
      continue;
    }
    // The row is made before the send, so that nothing but its one append stands between a
    // mail going out and its record (a run killed in between is the only way to send twice).
    const sentRow = logWriter.row(d, 'sent', '');
    const sent = trySend(mail, outgoing(rendered, d.recipient.email, d.recipient.lang));
    if (sent.ok) {
      connectionFailures = 0;
      logWriter.append([sentRow]);
      report(d, rendered, run.record(item, 'sent', clock.elapsedMs()));
      done++;
      if (ports.progress && done % PROGRESS_EVERY === 0 && done < toSend) ports.progress.progress(t(lang, 'remind.progress.sending', { done, total: toSend }));
    } else if (sent.scope === 'recipient') {
      // This one mailbox or message: recorded and named; everyone else is still served.
      pendingRows.push(logWriter.row(d, 'failed', sent.error));
      report(d, rendered, run.record(item, 'failed', clock.elapsedMs(), { error: sent.error }));
    } else {
      const reason: DeferReason = sent.scope === 'account' && sent.quota ? 'quota' : 'server';
      const stop = sent.scope === 'account' || ++connectionFailures >= MAX_CONNECTION_FAILURES;
      pendingRows.push(logWriter.row(d, 'deferred', `${deferNote(reason)}: ${sent.error}`));
      report(d, rendered, run.record(item, 'deferred', clock.elapsedMs(), { deferReason: reason, error: sent.error }, stop));
    }
  }

  if (plan.summary) {
    const s = plan.summary;
    const item = queueItem(s);
    const rendered = renderSummary(s, run.outcomes, plan.unreachable, ctx);
    const decision = run.decideSummary(item, clock.elapsedMs(), () => mail.remainingQuota());
    if (decision.do === 'skip') report(s, rendered, run.record(item, 'alreadySent', clock.elapsedMs()));
    else if (decision.do === 'defer') {
      pendingRows.push(logWriter.row(s, 'deferred', deferNote(decision.reason)));
      report(s, rendered, run.record(item, 'deferred', clock.elapsedMs(), { deferReason: decision.reason }));
    } else {
      const sentRow = logWriter.row(s, 'sent', '');
      const sent = trySend(mail, outgoing(rendered, s.recipient.email, s.recipient.lang));
      // The summary's row joins the deferred/failed rows: one write either way.
      if (sent.ok) {
        pendingRows.unshift(sentRow);
        report(s, rendered, run.record(item, 'sent', clock.elapsedMs()));
      } else if (sent.scope === 'recipient') {
        pendingRows.unshift(logWriter.row(s, 'failed', sent.error));
        report(s, rendered, run.record(item, 'failed', clock.elapsedMs(), { error: sent.error }));
      } else {
        const reason: DeferReason = sent.scope === 'account' && sent.quota ? 'quota' : 'server';
        pendingRows.unshift(logWriter.row(s, 'deferred', `${deferNote(reason)}: ${sent.error}`));
        report(s, rendered, run.record(item, 'deferred', clock.elapsedMs(), { deferReason: reason, error: sent.error }));
      }
    }
  }
  logWriter.append(pendingRows);
  return finish({ ...base, status: 'done', mails, totals, stopReason: run.stopReason }, lang);
}

/**
 * A header field (sender name, subject, addresses) on one line: a plan name or task title typed
 * with line breaks must not reach MailApp or SMTP as a broken or injected header.
 */
export function headerText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function queueItem(m: Digest | CoordinatorSummary): QueueItem {
  return { key: m.key, kind: m.kind, recipient: m.recipient, recipients: 1, alreadySent: m.alreadySent, counts: countsOf(m) };
}

/** The log sheet speaks Vietnamese, like its kinds and results. */
function deferNote(reason: DeferReason): string {
  return t('vi', reason === 'time' ? 'remind.log.time' : reason === 'server' ? 'remind.log.server' : 'remind.log.quota');
}

type SendResult = { ok: true } | { ok: false; error: string; scope: SendFailureScope; quota: boolean };

function trySend(mail: MailPort, m: Parameters<MailPort['send']>[0]): SendResult {
  try {
    mail.send(m);
    return { ok: true };
  } catch (e) {
    // One bad address must not stop everyone else's reminder; the log and the summary name it.
    const raw = (e instanceof Error ? e.message : String(e)).replace(/^(?:Exception|Error):\s*/, '');
    const scope = failureScope(e, raw);
    const quota = scope === 'account' && ((e as { quota?: unknown }).quota === true || isAccountQuota(raw));
    return { ok: false, error: raw.split('\n')[0].slice(0, 300), scope, quota };
  }
}

/** Appends log rows, creating the log sheet (with its header) the first time. */
class LogWriter {
  private sheet: string | null;
  private hasHeader: boolean;
  private readonly startIso: string;
  private readonly startMs: number;

  constructor(
    private readonly book: WorkbookPort,
    log: ReminderLog,
    private readonly clock: ClockPort,
    private readonly today: CivilDate,
  ) {
    this.sheet = log.sheet;
    this.hasHeader = log.hasHeader;
    this.startIso = clock.nowIso();
    this.startMs = clock.elapsedMs();
  }

  row(m: Digest | CoordinatorSummary, result: LogResult, note: string): OutCell[] {
    const tasks = m.kind === 'summary' ? [] : [...m.overdue, ...m.dueToday, ...m.dueSoon, ...m.escalation].map((l) => l.id || t('vi', 'remind.taskRow', { row: l.row }));
    return logRow({
      nowIso: isoAfter(this.startIso, this.clock.elapsedMs() - this.startMs), day: this.today, recipient: m.recipient.name, email: m.recipient.email,
      kind: m.kind, tasks: [...new Set(tasks)], result, note,
    });
  }

  append(rows: OutCell[][]): void {
    if (rows.length === 0) return;
    if (!this.sheet) {
      // The log sheet is made with its header AND these first rows in one write: the first
      // mail's record costs no more round trips than the others.
      this.sheet = LOG_SHEET.vi;
      const values = [logHeader(), ...rows];
      const w = Math.max(...values.map((r) => r.length));
      this.book.write({
        sheet: this.sheet, mode: 'update', frozenRows: 1,
        blocks: [{ row: 1, col: 1, values, bold: values.map((_, i) => new Array<boolean>(w).fill(i === 0)) }],
        columnWidths: LOG_SHEET.columns.map((c, i) => [i + 1, c.width ?? 120] as [number, number]),
        // The key only tells the add-on what was sent: hidden, and the rest prints on A4 landscape.
        hiddenColumns: [LOG_SHEET.columns.findIndex((c) => c.key === 'key') + 1],
        print: { landscape: true, paper: 'A4', fitToWidth: true },
      });
      this.hasHeader = true;
      return;
    }
    // A sheet of that name without the header (made by hand): the header goes first, so the rows read back.
    const header = this.hasHeader ? [] : [logHeader()];
    this.hasHeader = true;
    this.book.appendRows(this.sheet, [...header, ...rows]);
  }
}
