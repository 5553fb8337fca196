import { classOf } from '../tests/fakes/costs';
import { bigTracker } from '../tests/gas/scale';
const which = process.argv[2] ?? 'refresh';
const { env, gas } = bigTracker(100);
if (which === 'refresh') gas.menuRefresh();
env.calls.reset();
if (which === 'gantt') gas.menuGantt(); else gas.menuRefresh();
const m = env.calls.byMethod();
for (const [k, v] of Object.entries(m).sort()) { const [t, meth] = k.split('.'); const c = classOf(t, meth); if (!['builder','handle','local'].includes(c)) console.log(c, k, v); }
