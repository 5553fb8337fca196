/**
 * Call counting. Every object a fake service hands out is wrapped in a Proxy that counts each
 * method call as `Type.method` (e.g. `Range.getValues`): in Apps Script each such call is a round
 * trip to a Google backend, so their number is the performance figure that matters.
 * Fakes keep their own state in plain objects and never call through these proxies, so test
 * setup and inspection functions (seedSheet, sheetState) and the fakes' internals are not counted.
 */

import type { CallClass } from './costs';

export class CallLog {
  private counts = new Map<string, number>();
  private classes = new Map<CallClass, { calls: number; ms: number }>();
  /** Records one call of class `cls` costing `ms` simulated milliseconds. */
  charge(cls: CallClass, ms: number): void {
    const c = this.classes.get(cls) ?? { calls: 0, ms: 0 };
    c.calls++;
    c.ms += ms;
    this.classes.set(cls, c);
  }
  /** Calls and simulated milliseconds per class (tests/fakes/costs.ts), since the last reset. */
  byClass(): Partial<Record<CallClass, { calls: number; ms: number }>> {
    return Object.fromEntries([...this.classes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, { ...v }]));
  }
  /** Simulated milliseconds of the calls since the last reset. */
  simulatedMs(): number {
    let n = 0;
    for (const v of this.classes.values()) n += v.ms;
    return n;
  }
  hit(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  reset(): void {
    this.counts.clear();
    this.classes.clear();
  }
}

/** Called before each counted method runs; throws to refuse (authorization checks). */
export type Guard = (type: string, method: string) => void;

const RAW = new WeakMap<object, object>();
const PROXY = new WeakMap<object, object>();

/** The fake behind a proxy (fakes receive their own objects back as arguments: ranges, rules, outputs). */
export function raw<T>(x: T): T {
  return (x !== null && typeof x === 'object' && (RAW.get(x as object) as T)) || x;
}

export function isWrapped(x: unknown): boolean {
  return x !== null && typeof x === 'object' && RAW.has(x as object);
}

/**
 * Names that look like Apps Script methods. Asking a fake for one it does not implement returns a
 * function that throws a clear error when called, instead of `undefined is not a function`.
 * Probes made by test tooling (`then`, `toJSON`, `asymmetricMatch` …) stay undefined.
 */
const METHOD_LIKE = /^(get|set|insert|delete|add|remove|clear|create|new|append|copy|hide|show|is|auto|sort|move|protect|make|replace|find|activate|merge|break|update|with|when|require|build|try|wait|release|has|send|compute|every|at|on|for|save|edit|reset|unhide|open|format|base64|parse|after|near|time|in)[A-Z]/;

export interface WrapContext {
  log: CallLog;
  guard: Guard;
  /** Advances the execution clock by the call's cost; throws when the execution's time is up. */
  charge: (type: string, method: string) => void;
}

/** Wraps `target` once; later calls return the same proxy. */
export function wrap<T extends object>(target: T, type: string, ctx: WrapContext): T {
  const existing = PROXY.get(target);
  if (existing) return existing as T;
  const cache = new Map<string, unknown>();
  const proxy: T = new Proxy(target, {
    get(t, p) {
      if (typeof p === 'symbol') return Reflect.get(t, p, t);
      const v = Reflect.get(t, p, t) as unknown;
      if (typeof v === 'function' && !p.startsWith('_') && p !== 'constructor') {
        let f = cache.get(p);
        if (!f) {
          f = function counted(this: unknown, ...args: unknown[]) {
            ctx.log.hit(`${type}.${p}`);
            ctx.charge(type, p);
            ctx.guard(type, p);
            // A fake may refuse a change as Google refuses it (protected ranges, merges).
            (t as { _beforeWrite?: (method: string) => void })._beforeWrite?.(p);
            const r = (v as (...a: unknown[]) => unknown).apply(t, args);
            return r === t ? proxy : r;
          };
          cache.set(p, f);
        }
        return f;
      }
      if (v === undefined && !(p in t) && METHOD_LIKE.test(p)) {
        return () => {
          throw new Error(`${type}.${p}() is not reproduced by the Apps Script fakes (tests/fakes); add it there with a test.`);
        };
      }
      return v;
    },
    set(t, p, v) {
      return Reflect.set(t, p, v, t);
    },
  });
  RAW.set(proxy, target);
  PROXY.set(target, proxy);
  return proxy;
}
