/**
 * Where a test lives says what it tests: tests/<layer>/<folder> mirrors src/<layer>/<folder>, so
 * the tests of `src/core/schedule` are in `tests/core/schedule`, those of `src/node/commands` in
 * `tests/node/commands`. Whole-project rules sit at the top of tests/.
 *
 * One naming rule for what is not a test: a module that builds inputs or opens pages for tests is
 * `<topic>.fixture.ts` beside the tests that use it; data files live under tests/fixtures/; the
 * typed fakes of the Apps Script services under tests/fakes/ (with their own tests).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TESTS = path.join(ROOT, 'tests');
const NOT_MIRRORED = new Set(['fakes', 'fixtures', '__screenshots__']);
// Named in vitest.config.ts: they set up every run rather than test one thing.
const RUN_SETUP = new Set(['global-setup.ts', 'setup-property.ts']);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const rel = (f: string) => path.relative(TESTS, f).split(path.sep).join('/');
const mirrored = walk(TESTS).map(rel).filter((f) => f.endsWith('.ts') && !NOT_MIRRORED.has(f.split('/')[0]));

describe('the tests’ layout', () => {
  it('puts every test in the folder of the source it tests', () => {
    const orphans = mirrored
      .filter((f) => f.includes('/'))
      .map((f) => path.dirname(f))
      .filter((dir, i, all) => all.indexOf(dir) === i)
      .filter((dir) => {
        try {
          return !statSync(path.join(ROOT, 'src', dir)).isDirectory();
        } catch {
          return true;
        }
      });
    expect(orphans).toEqual([]);
  });

  it('names every module that is not a test <topic>.fixture.ts', () => {
    const odd = mirrored.filter((f) => !f.endsWith('.test.ts') && !f.endsWith('.fixture.ts') && !RUN_SETUP.has(f));
    expect(odd).toEqual([]);
  });
});
