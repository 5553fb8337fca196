/**
 * The sending loop's decisions, kept pure so they can be tested without a mailer: skip what the
 * log says is already out, stop before the time budget runs out (Apps Script kills a run at six
 * minutes, and a killed run cannot write its log), stop when the daily quota would not cover the
 * next mail, and keep one recipient of quota and the time of one send for the coordinator's
 * summary, so the coordinator always learns what was deferred.
 */
import { isAccountQuota } from './failures';
import type { DeferReason, MailKind, MailOutcome, Outcome, Recipient } from './types';

export interface QueueItem {
  key: string;
  kind: MailKind;
  recipient: Recipient;
  /** Addresses the mail goes to (MailApp's quota counts recipients, not messages). */
  recipients: number;
  alreadySent: boolean;
  counts: MailOutcome['counts'];
}

export type Decision = { do: 'skip' } | { do: 'send' } | { do: 'defer'; reason: DeferReason };

export interface RunLimits {
  /** Stop sending when a send could end after this many milliseconds of the run. */
  budgetMs: number;
  /** What one send + one log write is assumed to take until one has been measured. */
  sendEstimateMs: number;
  /** Whether a summary will be sent at the end (reserve quota and time for it). */
  summaryPending: boolean;
}

/**
 * MailApp reports an exhausted quota as an exception; it means "stop", not "this address is bad".
 * Other texts with "quota" or "limit" in them (a full mailbox, a body too large) are one mail's.
 */
export function isQuotaError(message: string): boolean {
  return isAccountQuota(message);
}

export class ReminderRun {
  readonly outcomes: MailOutcome[] = [];
  private stopped: DeferReason | null = null;
  private slowestMs: number;
  private lastMark = -1;

  constructor(private readonly limits: RunLimits) {
    this.slowestMs = limits.sendEstimateMs;
  }

  get stopReason(): DeferReason | null {
    return this.stopped;
  }

  /** Time needed at the end: the summary's send and the final log write. */
  private endReserveMs(): number {
    return this.limits.summaryPending ? 2 * this.slowestMs : this.slowestMs;
  }

  /** Before a digest: `elapsedMs` now, `quota` read lazily (it is a service call). */
  decide(item: QueueItem, elapsedMs: number, quota: () => number): Decision {
    if (item.alreadySent) return { do: 'skip' };
    if (this.stopped) return { do: 'defer', reason: this.stopped };
    if (elapsedMs + this.slowestMs + this.endReserveMs() > this.limits.budgetMs) return this.stop('time');
    const reserve = this.limits.summaryPending && item.kind === 'digest' ? 1 : 0;
    if (quota() < item.recipients + reserve) return this.stop('quota');
    this.lastMark = elapsedMs;
    return { do: 'send' };
  }

  /** The summary comes last and may use the reserve; only a budget already spent stops it. */
  decideSummary(item: QueueItem, elapsedMs: number, quota: () => number): Decision {
    if (item.alreadySent) return { do: 'skip' };
    // A server that refused the account or stopped answering would only make the summary wait too.
    if (this.stopped === 'server') return { do: 'defer', reason: 'server' };
    if (elapsedMs + this.slowestMs > this.limits.budgetMs) return { do: 'defer', reason: 'time' };
    if (quota() < item.recipients) return { do: 'defer', reason: 'quota' };
    this.lastMark = elapsedMs;
    return { do: 'send' };
  }

  private stop(reason: DeferReason): Decision {
    this.stopped = reason;
    return { do: 'defer', reason };
  }

  /** Records what happened; `elapsedMs` after a send measures how long sends really take. */
  record(item: QueueItem, outcome: Outcome, elapsedMs: number, extra: { deferReason?: DeferReason; error?: string } = {}, stop = true): MailOutcome {
    if (outcome === 'sent' && this.lastMark >= 0) this.slowestMs = Math.max(this.slowestMs, elapsedMs - this.lastMark);
    // A mail deferred on the way (MailApp refusing for quota) stops the run like a quota check would;
    // `stop` false: a first connection failure, the next mail may still go.
    if (outcome === 'deferred' && extra.deferReason && !this.stopped && stop) this.stopped = extra.deferReason;
    const o: MailOutcome = { key: item.key, kind: item.kind, recipient: item.recipient, outcome, counts: item.counts, ...extra };
    this.outcomes.push(o);
    return o;
  }
}
