import { describe, expect, it } from 'vitest';
import { type QueueItem, ReminderRun, isQuotaError } from '../../../src/core/remind/run-state';

const item = (n: number, extra: Partial<QueueItem> = {}): QueueItem => ({
  key: `2019-07-05|p${n}@example.org|digest`, kind: 'digest', recipient: { name: `P${n}`, email: `p${n}@example.org`, lang: 'vi' },
  recipients: 1, alreadySent: false, counts: { overdue: 1, dueToday: 0, dueSoon: 0, escalation: 0 }, ...extra,
});
const summary: QueueItem = { ...item(0), key: '2019-07-05|lan@example.org|summary', kind: 'summary' };

describe('the sending loop’s decisions', () => {
  it('skips mails already sent without asking for the quota', () => {
    const run = new ReminderRun({ budgetMs: 60_000, sendEstimateMs: 100, summaryPending: false });
    let asked = 0;
    expect(run.decide(item(1, { alreadySent: true }), 0, () => { asked++; return 100; })).toEqual({ do: 'skip' });
    expect(asked).toBe(0);
  });

  it('keeps one recipient of quota for the coordinator’s summary, then defers the rest', () => {
    const run = new ReminderRun({ budgetMs: 60_000, sendEstimateMs: 100, summaryPending: true });
    let quota = 3;
    const decisions = [1, 2, 3, 4].map((n) => {
      const d = run.decide(item(n), 0, () => quota);
      if (d.do === 'send') quota--;
      return d.do === 'defer' ? `defer:${d.reason}` : d.do;
    });
    expect(decisions).toEqual(['send', 'send', 'defer:quota', 'defer:quota']);
    expect(run.stopReason).toBe('quota');
    expect(run.decideSummary(summary, 0, () => quota)).toEqual({ do: 'send' });
  });

  it('stops before the time budget, keeping room for the summary, and learns how long a send takes', () => {
    const run = new ReminderRun({ budgetMs: 10_000, sendEstimateMs: 500, summaryPending: true });
    expect(run.decide(item(1), 0, () => 99).do).toBe('send');
    run.record(item(1), 'sent', 2_000);
    // The slowest send took 2 s: 5 s + 2 s (next) + 2×2 s (summary, last write) > 10 s.
    expect(run.decide(item(2), 5_000, () => 99)).toEqual({ do: 'defer', reason: 'time' });
    expect(run.decide(item(3), 5_000, () => 99)).toEqual({ do: 'defer', reason: 'time' });
    expect(run.decideSummary(summary, 5_000, () => 99)).toEqual({ do: 'send' });
    expect(run.decideSummary(summary, 9_500, () => 99)).toEqual({ do: 'defer', reason: 'time' });
  });

  it('recognises MailApp’s quota exceptions, and a mail refused for quota stops the run', () => {
    expect(isQuotaError('Service invoked too many times for one day: email.')).toBe(true);
    expect(isQuotaError('Invalid email: x')).toBe(false);
    const run = new ReminderRun({ budgetMs: 60_000, sendEstimateMs: 100, summaryPending: false });
    expect(run.decide(item(1), 0, () => 50).do).toBe('send');
    run.record(item(1), 'deferred', 10, { deferReason: 'quota', error: 'Service invoked too many times for one day: email.' });
    expect(run.decide(item(2), 20, () => 50)).toEqual({ do: 'defer', reason: 'quota' });
  });
});
