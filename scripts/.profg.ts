import { classOf } from '../tests/fakes/costs';
import { bigTracker } from '../tests/gas/scale';
const { env, gas } = bigTracker(100);
env.calls.reset();
gas.menuGantt();
const m = env.calls.byMethod();
for (const [k, v] of Object.entries(m).sort()) { const [t, meth] = k.split('.'); const c = classOf(t, meth); if (!['builder','handle','local'].includes(c)) console.log(c, k, v); }
