import { classOf } from '../tests/fakes/costs';
import { reminderTracker } from '../tests/gas/scale';
const { env, gas } = reminderTracker(Number(process.argv[2] ?? 200));
env.calls.reset();
gas[process.argv[3] ?? 'remindersSendNow']({});
const m = env.calls.byMethod();
for (const [k, v] of Object.entries(m).sort()) { const [t, meth] = k.split('.'); const c = classOf(t, meth); if (!['builder','handle','local'].includes(c)) console.log(c, k, v); }
