/**
 * The reminder run through the built bundle, counted in round trips (tests/fakes/costs.ts
 * tripsOf): two per e-mail (one send, one log write) beyond a fixed overhead, and exactly-once
 * kept when Google stops the run part-way.
 */
import { describe, expect, it } from 'vitest';
import { tripsOf } from '../fakes/costs';
import { type FakeEnv, sheetState } from '../fakes/index';
import { reminderTracker, timed } from './scale.fixture';

function sendTrips(people: number): { trips: number; sent: number } {
  const { env, gas } = reminderTracker(people);
  env.calls.reset();
  gas.remindersSendNow();
  return { trips: tripsOf(env.calls.byClass()), sent: env.mail.sent.length };
}

/** Mails each address received. */
function perAddress(env: FakeEnv): Map<string, number> {
  const m = new Map<string, number>();
  for (const mail of env.mail.sent) {
    const to = String((mail as { to?: unknown }).to);
    m.set(to, (m.get(to) ?? 0) + 1);
  }
  return m;
}

describe('reminders in round trips', () => {
  it('cost two round trips per extra e-mail, and at most 2 per e-mail + 30 in all', () => {
    // Both under 50 mails, where the first progress toast would come.
    const a = sendTrips(10);
    const b = sendTrips(45);
    expect(b.sent - a.sent).toBe(35);
    expect(b.trips - a.trips).toBe(2 * 35);
    expect(b.trips).toBeLessThanOrEqual(2 * b.sent + 30);
  });

  it('a run killed after k of n sends: the next run sends exactly the n − k missing ones', () => {
    const whole = reminderTracker(40);
    const full = timed(whole.env, whole.gas, 'dailyReminders', {}).ms;
    const n = whole.env.mail.sent.length;
    const { env, gas } = reminderTracker(40);
    // Stopped with about ten mails to go, on a send (the send is not made; every mail made was logged).
    env.execution.limitTo(full - 10 * 430 - 200);
    expect(() => gas.dailyReminders({})).toThrow('Exceeded maximum execution time');
    const k = env.mail.sent.length;
    expect(k).toBeGreaterThan(0);
    expect(k).toBeLessThan(n);
    const logged = () => sheetState(env, 'Nhật ký nhắc việc').values.slice(1).filter((r) => r.some((v) => v !== '')).length;
    expect(logged()).toBe(k);
    env.execution.limitTo(null);
    gas.dailyReminders({});
    expect(env.mail.sent).toHaveLength(n);
    expect([...perAddress(env).values()].every((c) => c === 1)).toBe(true);
    expect(perAddress(env).size).toBe(n);
  });

  it('the daily run (refresh, then reminders) reads each sheet once, and its mails go out as the refresh left the plan', () => {
    const { env, gas } = reminderTracker(30);
    gas.menuRefresh();
    env.calls.reset();
    gas.dailyReminders({});
    // Tasks, people, settings: one getValues each, for the refresh and the reminders together.
    expect(env.calls.byMethod()['Range.getValues']).toBe(3);
    expect(env.mail.sent).toHaveLength(31);
    expect(tripsOf(env.calls.byClass())).toBeLessThanOrEqual(2 * 31 + 60);
  });
});
