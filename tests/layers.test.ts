/**
 * The layout of src/ as docs/architecture.md draws it, checked on the sources themselves:
 *  - the pure core imports nothing above it (no ports, use cases, hosts or pages, no Node modules);
 *  - no two folders import each other, directly or round a loop (core/plan → core/schedule →
 *    core/plan…): a folder can be read, tested and moved knowing only the folders below it;
 *  - a file stays small enough to read in one sitting, 400 lines, unless its first comment says why
 *    a split would be worse (the words "400 lines" in that comment).
 * The helpers are exported so the cases below can show each rule failing on a made-up tree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = path.join(ROOT, 'src');

export const MAX_LINES = 400;

/**
 * Files over the limit whose split along their seams is planned in its own change; each entry
 * goes when its file is split (the last case fails while an entry names a file already short).
 */
const SPLIT_PENDING = new Set<string>([]);

/** A source file: its path under src/ (with `/`) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

function readSources(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...readSources(p));
    else if (/\.(?:ts|mjs|js|html|css)$/.test(e.name)) out.push({ path: path.relative(SRC, p).split(path.sep).join('/'), text: readFileSync(p, 'utf8') });
  }
  return out;
}

const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module a file names in an import or re-export (static or dynamic), comments left out. */
export function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

/** A relative import resolved to a path under src/ without extension (`core/plan/read`); null for packages. */
export function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)).replace(/\.(?:ts|mjs|js)$/, '');
}

/** The folder a module belongs to: `core/plan` for core/plan/read, `.` for ports. */
function folderOf(modulePath: string, files: ReadonlySet<string>): string {
  // An import of a folder (its index.ts) belongs to that folder.
  if (files.has(`${modulePath}/index`)) return modulePath;
  return path.posix.dirname(modulePath);
}

/** Imports from src/core that reach above the core: ports, app, gas, node, ui, or a Node module. */
export function coreViolations(sources: SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of sources) {
    if (!f.path.startsWith('core/')) continue;
    for (const spec of importsOf(f.text)) {
      const target = resolveImport(f.path, spec);
      if (target === null) {
        if (spec.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto'].includes(spec)) out.push(`${f.path} imports ${spec}`);
        continue;
      }
      if (!target.startsWith('core/')) out.push(`${f.path} imports ${spec}`);
    }
  }
  return out;
}

/** The folder graph: for each pair of folders, one import that links them (for the message). */
export function folderEdges(sources: SourceFile[]): Map<string, Map<string, string>> {
  const modules = new Set(sources.map((f) => f.path.replace(/\.(?:ts|mjs|js)$/, '')));
  const edges = new Map<string, Map<string, string>>();
  for (const f of sources) {
    const from = path.posix.dirname(f.path);
    for (const spec of importsOf(f.text)) {
      const target = resolveImport(f.path, spec);
      if (target === null) continue;
      const to = folderOf(target, modules);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      const out = edges.get(from) as Map<string, string>;
      if (!out.has(to)) out.set(to, `${f.path} → ${spec}`);
    }
  }
  return edges;
}

/** Each loop among folders once, as the imports that close it (`a/x.ts → ../b/y`, `b/y.ts → ../a/x`). */
export function folderCycles(sources: SourceFile[]): string[][] {
  const edges = folderEdges(sources);
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (v: string): void => {
    state.set(v, 'open');
    stack.push(v);
    for (const w of [...(edges.get(v)?.keys() ?? [])].sort()) {
      if (state.get(w) === 'open') {
        const loop = stack.slice(stack.indexOf(w));
        const key = [...loop].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(loop.map((a, i) => edges.get(a)?.get(loop[(i + 1) % loop.length]) as string));
        }
      } else if (!state.has(w)) visit(w);
    }
    stack.pop();
    state.set(v, 'done');
  };
  for (const v of [...edges.keys()].sort()) if (!state.has(v)) visit(v);
  return cycles;
}

/** The first comment of a file (block or line comments before any code); '' when it starts with code. */
export function firstComment(text: string): string {
  const m = /^\s*(?:#![^\n]*\n\s*)?(\/\*[\s\S]*?\*\/|(?:\/\/[^\n]*\n\s*)+|<!--[\s\S]*?-->)/.exec(text);
  return m ? m[1] : '';
}

/** Files over MAX_LINES whose first comment does not say why ("400 lines"), with their length. */
export function longFiles(sources: SourceFile[]): Array<{ path: string; lines: number }> {
  return sources
    .map((f) => ({ path: f.path, lines: f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0), reason: /400 lines/.test(firstComment(f.text)) }))
    .filter((f) => f.lines > MAX_LINES && !f.reason)
    .map(({ path: p, lines }) => ({ path: p, lines }));
}

const sources = readSources(SRC);

describe('the layers of src/', () => {
  it('reads the whole tree', () => {
    expect(sources.some((f) => f.path === 'ports.ts')).toBe(true);
    expect(sources.filter((f) => f.path.startsWith('core/')).length).toBeGreaterThan(50);
  });

  it('keeps the core pure: no import of the ports, use cases, hosts, pages or Node', () => {
    expect(coreViolations(sources)).toEqual([]);
  });

  it('has no import loop between folders', () => {
    expect(folderCycles(sources)).toEqual([]);
  });

  it(`has no file over ${MAX_LINES} lines without a reason in its first comment`, () => {
    expect(longFiles(sources).filter((f) => !SPLIT_PENDING.has(f.path))).toEqual([]);
  });

  it('lists as pending only files still over the limit', () => {
    const long = new Set(longFiles(sources).map((f) => f.path));
    expect([...SPLIT_PENDING].filter((p) => !long.has(p))).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const tree = (files: Record<string, string>): SourceFile[] => Object.entries(files).map(([p, text]) => ({ path: p, text }));

  it('finds every form of import, and none in comments', () => {
    const text = [
      "import { a } from './a';",
      "import type { B } from '../b/b';",
      "import {\n  c,\n  d,\n} from './c';",
      "export { e } from './e';",
      "export * from './f';",
      "import './g';",
      "const h = await import('./h');",
      "// import { x } from './commented';",
      "/* import { y } from './blocked'; */",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a', '../b/b', './c', './e', './f', './g', './h']);
  });

  it('flags a core file importing the ports, a host or Node', () => {
    const bad = tree({
      'core/plan/a.ts': "import type { SheetOutput } from '../../ports';",
      'core/plan/b.ts': "import { x } from '../../gas/workbook';",
      'core/plan/c.ts': "import { readFileSync } from 'node:fs';",
      'core/plan/d.ts': "import { y } from '../sheet/output';\nimport { z } from 'zod/mini';",
    });
    expect(coreViolations(bad)).toEqual([
      "core/plan/a.ts imports ../../ports",
      "core/plan/b.ts imports ../../gas/workbook",
      'core/plan/c.ts imports node:fs',
    ]);
  });

  it('finds a loop through three folders, and none in a chain', () => {
    const loop = tree({
      'core/schedule/a.ts': "import { g } from '../gantt/g';",
      'core/gantt/g.ts': "import { r } from '../reports/r';",
      'core/reports/r.ts': "import type { A } from '../schedule/a';",
    });
    expect(folderCycles(loop)).toEqual([[
      'core/gantt/g.ts → ../reports/r', 'core/reports/r.ts → ../schedule/a', 'core/schedule/a.ts → ../gantt/g',
    ]]);
    const chain = tree({
      'core/schedule/a.ts': "import { g } from '../gantt/g';",
      'core/gantt/g.ts': "import { d } from '../dates/d';",
      'core/dates/d.ts': "import { e } from './e';",
    });
    expect(folderCycles(chain)).toEqual([]);
  });

  it('counts a folder and its subfolder as two folders', () => {
    const nested = tree({
      'node/cli.ts': "import { commands } from './commands/index';",
      'node/commands/index.ts': "import { clock } from '../clock';",
      'node/clock.ts': '',
    });
    expect(folderCycles(nested)).toEqual([['node/cli.ts → ./commands/index', 'node/commands/index.ts → ../clock']]);
  });

  it('flags a long file unless its first comment gives the reason', () => {
    const body = 'const x = 1;\n'.repeat(MAX_LINES + 1);
    const files = tree({
      'a.ts': `/** Plain. */\n${body}`,
      'b.ts': `/**\n * Why this file is over 400 lines: one table, split it and nothing reads better.\n */\n${body}`,
      'c.ts': `/** Short. */\nconst y = 2;\n`,
      'd.ts': `${body}/** 400 lines, said too late. */\n`,
    });
    expect(longFiles(files).map((f) => f.path)).toEqual(['a.ts', 'd.ts']);
  });
});
