/**
 * How long the importer takes on a 100 KB plan (the five real plans and the test plans,
 * concatenated until the text reaches 100 KB): the median of several runs, after a warm-up.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPlan } from '../../src/core/import';

const root = fileURLToPath(new URL('../../', import.meta.url));

function plan100kb(): string {
  const dirs = ['tests/fixtures/seeds', 'tests/fixtures/plans'].map((d) => path.join(root, d));
  const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(d, f), 'utf8')));
  let out = '';
  for (let i = 0; Buffer.byteLength(out) < 100_000; i++) out += `${texts[i % texts.length]}\n\n`;
  return out;
}

export async function figures(): Promise<Record<string, number>> {
  const text = plan100kb();
  importPlan(text);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    importPlan(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { import_ms_100kb: Math.round(times[Math.floor(times.length / 2)] * 10) / 10 };
}
