import { bigTracker } from '../tests/gas/scale';
import { planRefresh } from '../src/core/schedule/outputs';
const { env, gas } = bigTracker(100);
gas.menuRefresh();
console.log([...env.properties.document.entries()]);
env.calls.reset(); gas.menuRefresh();
console.log([...env.properties.document.entries()]);
