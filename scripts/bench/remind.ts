/**
 * The reminder run's Apps Script service calls when it mails 200 people (200 digests and the
 * coordinator's summary, sends included), through the built bundle on the fakes. Each mail
 * costs the same few calls (quota check, send, one log append, its row link); the reads and the
 * log sheet's creation are paid once.
 */
import { tripsOf } from '../../tests/fakes/costs';
import { reminderTracker } from '../../tests/gas/scale.fixture';

const PEOPLE = 200;

export async function figures(): Promise<Record<string, number>> {
  // Each person leads one task and supports another: overdue, due today or due soon.
  const { env, gas: bundle } = reminderTracker(PEOPLE);
  const gas = bundle as unknown as Record<string, () => { totals: { sent: number } }>;
  env.calls.reset();
  const report = gas.remindersSendNow();
  if (report.totals.sent !== PEOPLE + 1) throw new Error(`expected ${PEOPLE + 1} mails, sent ${report.totals.sent}`);
  const out = { calls_remind_200: env.calls.total(), trips_remind_200: tripsOf(env.calls.byClass()) };
  // The daily trigger on the same plan: refresh, then the reminders (their log already says who
  // was told today, so a fresh copy of the plan is used). The plan was refreshed once before, as
  // every plan is by the time a daily trigger runs: the figure is a morning's steady cost.
  const { env: daily, gas: dailyBundle } = reminderTracker(PEOPLE);
  const dgas = dailyBundle as unknown as Record<string, (e?: unknown) => { totals: { sent: number } } | null>;
  dgas.menuRefresh();
  daily.calls.reset();
  const dreport = dgas.dailyReminders({});
  if (dreport?.totals.sent !== PEOPLE + 1) throw new Error(`daily: expected ${PEOPLE + 1} mails, sent ${dreport?.totals.sent}`);
  return { ...out, trips_daily_200: tripsOf(daily.calls.byClass()) };
}
