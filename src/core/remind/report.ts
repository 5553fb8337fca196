/**
 * What a run (or a dry run) tells its caller: every mail with its recipient, subject, tasks and
 * outcome, the unreachable names, and the sentences to show. Plain JSON-safe data: it crosses
 * google.script.run to the preview dialog and is printed by the CLI.
 */
import type { CivilDate } from '../dates/civil';
import { formatWithWeekday } from '../dates/weekday-names';
import { type Lang, t } from '../i18n';
import { dueNote, taskLabel } from './render-digest';
import { taskRefs, unreachableText } from './render-summary';
import type { Bucket, CoordinatorSummary, DeferReason, Digest, MailOutcome, Outcome, ReminderPlan } from './types';

export interface ReportTask {
  bucket: Bucket | 'escalation';
  label: string;
  dueText: string;
  note: string;
  role: 'lead' | 'support' | null;
}

export interface ReportMail {
  key: string;
  kind: 'digest' | 'summary';
  name: string;
  email: string;
  lang: Lang;
  subject: string;
  outcome: Outcome;
  deferReason?: DeferReason;
  error?: string;
  tasks: ReportTask[];
  /** The plain-text body, as it is (or would be) sent. */
  text: string;
}

export type RunStatus = 'done' | 'dayOff' | 'busy';

export interface RemindReport {
  today: CivilDate;
  todayText: string;
  dryRun: boolean;
  status: RunStatus;
  dayOffName: string | null;
  mails: ReportMail[];
  unreachable: string[];
  /** Tasks due a reminder today that no one named on them can receive (by ID), empty when none. */
  unreached: string;
  /** How many such tasks. */
  unreachedCount: number;
  totals: Record<Outcome, number>;
  stopReason: DeferReason | null;
  /** The escalation threshold in force (section titles). */
  escalationDays: number;
  /** What to tell the user, in `lang`. */
  messages: string[];
}

export function reportTasks(mail: Digest | CoordinatorSummary, today: CivilDate, lang: Lang): ReportTask[] {
  if (mail.kind === 'summary') {
    return mail.becameOverdue.map((l) => ({ bucket: 'overdue', label: taskLabel(l), dueText: formatWithWeekday(l.due, lang), note: dueNote(l, today, lang), role: null }));
  }
  const out: ReportTask[] = [];
  for (const bucket of ['overdue', 'dueToday', 'dueSoon'] as const) {
    for (const i of mail[bucket]) out.push({ bucket, label: taskLabel(i), dueText: formatWithWeekday(i.due, lang), note: dueNote(i, today, lang), role: i.role });
  }
  for (const e of mail.escalation) out.push({ bucket: 'escalation', label: taskLabel(e), dueText: formatWithWeekday(e.due, lang), note: dueNote(e, today, lang), role: null });
  return out;
}

export function countsOf(mail: Digest | CoordinatorSummary): MailOutcome['counts'] {
  if (mail.kind === 'summary') return { overdue: mail.counts.overdue, dueToday: mail.counts.dueToday, dueSoon: mail.counts.dueSoon, escalation: mail.counts.escalated };
  return { overdue: mail.overdue.length, dueToday: mail.dueToday.length, dueSoon: mail.dueSoon.length, escalation: mail.escalation.length };
}

export function emptyTotals(): Record<Outcome, number> {
  return { wouldSend: 0, sent: 0, alreadySent: 0, deferred: 0, failed: 0 };
}

/** The sentences a user reads after a run, most important first. */
export function reportMessages(r: Omit<RemindReport, 'messages'>, lang: Lang): string[] {
  if (r.status === 'busy') return [t(lang, 'remind.report.busy')];
  if (r.status === 'dayOff') {
    return [t(lang, 'remind.report.dayOff', { date: r.todayText, name: r.dayOffName ? ` (${r.dayOffName})` : '' })];
  }
  const out: string[] = [];
  const x = r.totals;
  // «Nothing needs a reminder» only when nothing does: tasks nobody can be mailed about are said by name.
  const noneReached = r.unreachedCount > 0 ? t(lang, 'remind.report.noneReached', { n: r.unreachedCount, tasks: r.unreached }) : null;
  const nothing = noneReached ?? t(lang, 'remind.report.nothing');
  if (r.dryRun) out.push(x.wouldSend > 0 ? t(lang, 'remind.report.wouldSend', { n: x.wouldSend }) : nothing);
  else if (x.sent > 0) out.push(t(lang, 'remind.report.sent', { n: x.sent }));
  if (x.alreadySent > 0) out.push(t(lang, 'remind.report.already', { n: x.alreadySent }));
  for (const reason of ['quota', 'time', 'server'] as const) {
    const deferred = r.mails.filter((m) => m.outcome === 'deferred' && (m.deferReason ?? 'quota') === reason);
    if (!deferred.length) continue;
    // The server's reason once (it is the same for every mail it refused).
    const why = reason === 'server' ? deferred.find((m) => m.error)?.error ?? '' : '';
    out.push(t(lang, `remind.report.${reason}`, { n: deferred.length, why }));
  }
  if (x.failed > 0) {
    // Who was not reached, by name: the per-recipient failures of this run.
    const list = r.mails.filter((m) => m.outcome === 'failed').map((m) => `${m.name} <${m.email}> (${m.error ?? ''})`).join('; ');
    out.push(t(lang, 'remind.report.failed', { n: x.failed, list }));
  }
  if (!r.dryRun && out.length === 0) out.push(nothing);
  else if (noneReached && !out.includes(noneReached)) out.push(noneReached);
  // Who cannot be reached is listed under these messages (dialog and command line) and in the
  // coordinator's summary, when one goes out.
  const summary = r.mails.some((m) => m.kind === 'summary');
  if (r.unreachable.length > 0) out.push(t(lang, summary ? 'remind.report.unreachable' : 'remind.report.unreachableBelow', { n: r.unreachable.length }));
  return out;
}

/** The tasks due a reminder today that reach no one, as `reportMessages` names them. */
export function unreachedOf(plan: ReminderPlan, lang: Lang): Pick<RemindReport, 'unreached' | 'unreachedCount'> {
  return { unreached: taskRefs(plan.unreached, lang), unreachedCount: plan.unreached.length };
}

export function unreachableLines(plan: ReminderPlan, lang: Lang): string[] {
  return plan.unreachable.map((u) => unreachableText(u, lang));
}
