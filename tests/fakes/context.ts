/** State shared by the fake services of one environment (one simulated execution and its user). */
import { CallLog, type WrapContext, wrap } from './counting';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

export interface FakeContext {
  log: CallLog;
  wrapContext: WrapContext;
  /** Wraps a fake object so its calls are counted as `Type.method`. */
  w<T extends object>(target: T, type: string): T;
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

export function makeContext(init: Omit<FakeContext, 'log' | 'wrapContext' | 'w' | 'nextId'> & { guard: WrapContext['guard'] }): FakeContext {
  const log = new CallLog();
  const wrapContext: WrapContext = { log, guard: init.guard };
  let seq = 0;
  const { guard: _guard, ...rest } = init;
  return {
    ...rest,
    log,
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
