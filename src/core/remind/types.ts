/**
 * What a reminder run decides: who is told what today. Plain data, so the same plan feeds the
 * mails, the preview dialog, the CLI's report and the log.
 */
import type { CivilDate } from '../dates/civil';
import type { Lang } from '../i18n';

/** Where a task falls for its people today. */
export type Bucket = 'overdue' | 'dueToday' | 'dueSoon';
export type Role = 'lead' | 'support';
export type MailKind = 'digest' | 'summary';

/** One task as a reminder shows it. */
export interface TaskLine {
  /** 1-based row of the task in the tasks sheet (for the link). */
  row: number;
  id: string;
  title: string;
  section: string;
  due: CivilDate;
  /** Working days left (> 0), 0 when due today, negative: working days late (to the forecast when one applies). */
  workdays: number;
  /** When a late predecessor pushes the task past `due`: the forecast, and that predecessor's `Mã`. */
  forecast?: CivilDate;
  delayedBy?: string;
  /** 0..1 */
  progress: number;
  /** `Chủ trì` and `Phối hợp` as written in the sheet. */
  leads: string[];
  supports: string[];
}

export interface DigestItem extends TaskLine {
  role: Role;
  /** The unit or group through which the recipient is named, when not by their own name. */
  via: string | null;
  /** The names in the task that reach this recipient (left out of "the other people involved"). */
  matched: string[];
}

export interface EscalationItem extends TaskLine {
  /** The people this supervisor oversees who lead the task. */
  leadPeople: string[];
}

export interface Recipient {
  name: string;
  email: string;
  lang: Lang;
}

export interface Digest {
  kind: 'digest';
  /** Idempotency key: day|e-mail|kind. */
  key: string;
  recipient: Recipient;
  overdue: DigestItem[];
  dueToday: DigestItem[];
  dueSoon: DigestItem[];
  escalation: EscalationItem[];
  /** Logged as sent today: the run skips it. */
  alreadySent: boolean;
  /** Deferred on an earlier run and not sent since: it goes first. */
  resumed: boolean;
}

export type UnreachableReason = 'unknown' | 'noEmail' | 'badEmail' | 'ambiguous';
export type UnreachableRole = Role | 'supervisor' | 'coordinator';

/** A name nobody can be mailed for, with where it occurs. */
export interface Unreachable {
  name: string;
  reason: UnreachableReason;
  roles: UnreachableRole[];
  /** Tasks naming it (id, or `row N` when the task has no id). */
  tasks: Array<{ id: string; row: number }>;
  /** For `ambiguous`: the people it could be. */
  candidates: string[];
  /** For `badEmail`: the address as typed. */
  email?: string;
}

/** The same counts as the overview's status table: each open task once, by its schedule status. */
export interface SummaryCounts {
  /** Open tasks (not done, paused or cancelled), whatever their status. */
  open: number;
  /** Of those, the ones the overview counts as `Đang thực hiện` (started, not yet due soon). */
  inProgress: number;
  overdue: number;
  dueToday: number;
  dueSoon: number;
  escalated: number;
}

export interface CoordinatorSummary {
  kind: 'summary';
  key: string;
  recipient: Recipient;
  frequency: 'daily' | 'weekly';
  /** Tasks due from this day (included) to today (excluded) became overdue since the last summary. */
  since: CivilDate;
  counts: SummaryCounts;
  becameOverdue: TaskLine[];
  alreadySent: boolean;
  resumed: boolean;
}

export interface ReminderPlan {
  today: CivilDate;
  /** False on a day off (unless the setting says otherwise): nothing is sent. */
  sendsToday: boolean;
  dayOffName: string | null;
  digests: Digest[];
  summary: CoordinatorSummary | null;
  /** Every name that cannot be mailed, today's tasks or not. */
  unreachable: Unreachable[];
  /** Tasks that need a reminder today whose lead and supporters can none be mailed. */
  unreached: Array<{ id: string; row: number }>;
  /** Reply-to address: the coordinator's, when known. */
  replyTo: string | null;
  coordinatorName: string | null;
  planName: string;
  horizonDays: number;
  escalationDays: number;
}

/** What happened to one mail of a run; the summary reports it. */
export type Outcome = 'wouldSend' | 'sent' | 'alreadySent' | 'deferred' | 'failed';
/** `server`: the mail server refused the account or did not answer (CLI); nothing was wrong with the mail. */
export type DeferReason = 'quota' | 'time' | 'server';

export interface MailOutcome {
  key: string;
  kind: MailKind;
  recipient: Recipient;
  outcome: Outcome;
  deferReason?: DeferReason;
  error?: string;
  counts: { overdue: number; dueToday: number; dueSoon: number; escalation: number };
}
