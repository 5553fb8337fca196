/** State shared by the fake services of one environment (one simulated execution and its user). */
import { CallLog, type WrapContext, wrap } from './counting';
import { LIMIT_MS, SIMPLE_TRIGGERS, costOf } from './costs';

/**
 * The simulated execution clock. Every faked call advances it by its cost (tests/fakes/costs.ts);
 * a call that would pass the execution's limit (6 minutes, 30 s for simple triggers) ends the
 * execution with Google's "Exceeded maximum execution time" right there, and every later call of
 * that execution fails the same way (the real runtime stops the script; no catch block runs on).
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
export class ExecutionClock {
  elapsedMs = 0;
  /** Simulated ms of every execution so far: the clock the fakes' `now()` adds to the test's. */
  totalMs = 0;
  limitMs: number = LIMIT_MS.full;
  /** Name of the entry point running (for messages). */
  entry = '';
  /** Set once the limit was passed. */
  dead: Error | null = null;
  /** A shorter limit for every execution (tests of what a run stopped part-way leaves). */
  override: number | null = null;
  /** Simulated ms of every execution begun so far, the current one last. */
  readonly history: Array<{ entry: string; ms: number }> = [];

  begin(entry = ''): void {
    if (this.entry || this.elapsedMs) this.history.push({ entry: this.entry, ms: this.elapsedMs });
    this.entry = entry;
    this.elapsedMs = 0;
    this.dead = null;
    this.limitMs = this.override ?? (SIMPLE_TRIGGERS.has(entry) ? LIMIT_MS.simpleTrigger : LIMIT_MS.full);
  }

  advance(ms: number): void {
    if (this.dead) throw this.dead;
    if (this.elapsedMs + ms > this.limitMs) {
      this.totalMs += this.limitMs - this.elapsedMs;
      this.elapsedMs = this.limitMs;
      this.dead = gasError('Exceeded maximum execution time');
      throw this.dead;
    }
    this.elapsedMs += ms;
    this.totalMs += ms;
  }
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface FakeContext {
  log: CallLog;
  clock: ExecutionClock;
  wrapContext: WrapContext;
  /** Wraps a fake object so its calls are counted as `Type.method`. */
  w<T extends object>(target: T, type: string): T;
  /** The instant now: the test's clock plus the simulated time spent by the executions so far. */
  now(): Date;
  /** The user's locale (Session.getActiveUserLocale). */
  locale: string;
  scriptTimeZone: string;
  userEmail: string;
  /** The script is bound to (or runs as an add-on in) a document: document lock/properties exist. */
  container: boolean;
  /** Messages Google localises for the user; only the permission message is reproduced in Vietnamese. */
  errorLanguage: 'en' | 'vi';
  auth: { mode: AuthModeName; granted: Set<string>; required: string[] };
  logs: string[];
  sleptMs: number;
  nextId(prefix: string): string;
}

export function makeContext(init: Omit<FakeContext, 'log' | 'clock' | 'wrapContext' | 'w' | 'nextId'> & { guard: WrapContext['guard'] }): FakeContext {
  const log = new CallLog();
  const clock = new ExecutionClock();
  const charge = (type: string, method: string) => {
    const { cls, ms } = costOf(type, method);
    log.charge(cls, ms);
    clock.advance(ms);
  };
  const wrapContext: WrapContext = { log, guard: init.guard, charge };
  const base = init.now;
  let seq = 0;
  const { guard: _guard, ...rest } = init;
  return {
    ...rest,
    now: () => new Date(base().getTime() + clock.totalMs),
    log,
    clock,
    wrapContext,
    w: (target, type) => wrap(target, type, wrapContext),
    nextId: (prefix) => {
      seq++;
      // Google IDs are 44-character base64url strings; these are shorter but shaped alike.
      return `${prefix}${seq.toString(36).padStart(4, '0')}${'x'.repeat(20)}`;
    },
  };
}

/** Google's exceptions reach scripts as `Exception: …`. */
export function gasError(message: string): Error {
  const e = new Error(message.startsWith('Exception: ') ? message.slice('Exception: '.length) : message);
  e.name = 'Exception';
  return e;
}
