/**
 * `npm run bench [-- --json]`: runs every scripts/bench/*.ts module (each exports
 * `figures(): Promise<Record<string, number>>`) in name order and reports their figures: a table,
 * or with --json one JSON object merging them all as the last line. Figures only: nothing passes
 * or fails here; a module that throws is reported on stderr and the others still run.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type Figures = Record<string, number>;

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const json = process.argv.includes('--json');

const modules = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).sort();
const all: Figures = {};
const rows: Array<[string, string, number]> = [];
let failed = 0;
for (const file of modules) {
  const name = file.replace(/\.ts$/, '');
  try {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { figures?: () => Promise<Figures> };
    if (typeof mod.figures !== 'function') throw new Error('exports no figures()');
    const figures = await mod.figures();
    for (const [key, value] of Object.entries(figures)) {
      if (key in all) process.stderr.write(`bench ${name}: figure ${key} also given by another module; this value wins\n`);
      all[key] = value;
      rows.push([name, key, value]);
    }
  } catch (e) {
    failed++;
    process.stderr.write(`bench ${name}: ${(e as Error).message}\n`);
  }
}

if (json) {
  process.stdout.write(`${JSON.stringify(all)}\n`);
} else {
  const w0 = Math.max(6, ...rows.map((r) => r[0].length));
  const w1 = Math.max(6, ...rows.map((r) => r[1].length));
  const fmt = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(3));
  const w2 = Math.max(5, ...rows.map((r) => fmt(r[2]).length));
  console.log(`${'module'.padEnd(w0)}  ${'figure'.padEnd(w1)}  ${'value'.padStart(w2)}`);
  console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(w2)}`);
  for (const [m, k, v] of rows) console.log(`${m.padEnd(w0)}  ${k.padEnd(w1)}  ${fmt(v).padStart(w2)}`);
}
if (failed > 0) process.exitCode = 1;
