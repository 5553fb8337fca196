/**
 * How the catalogue is laid out (src/core/i18n/catalog): a key's file is found from the key, and a
 * text said by several messages is written once. Problem codes and their messages are tied by
 * type in catalog/problem.ts (a code without a message, or a message without a code, fails
 * `npm run typecheck`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allCatalogs } from '../../../src/core/i18n';

const DIR = fileURLToPath(new URL('../../../src/core/i18n/catalog', import.meta.url));
/** Not a catalogue: the words several catalogue entries refer to. */
const WORDS = 'words.ts';
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== WORDS);
const source = Object.fromEntries(files.map((f) => [f, readFileSync(path.join(DIR, f), 'utf8')]));
const { vi, en } = allCatalogs();

/** `a.b.c…` lives in `a-b.ts` when that file exists, else in `a.ts`. */
function fileOf(key: string): string {
  const [a, b, ...rest] = key.split('.');
  return rest.length && existsSync(path.join(DIR, `${a}-${b}.ts`)) ? `${a}-${b}.ts` : `${a}.ts`;
}

/** The keys a catalogue file defines (each defined once in `vi` and once in `en`). */
const keysIn = (f: string) => [...new Set([...source[f].matchAll(/^ {2}'([\w.-]+)':/gm)].map((m) => m[1]))];

describe('the catalogue files', () => {
  it('are each named after the prefix of every key they hold', () => {
    const misplaced = files.flatMap((f) => keysIn(f).filter((k) => fileOf(k) !== f).map((k) => `${k} in ${f}, belongs in ${fileOf(k)}`));
    expect(misplaced).toEqual([]);
    expect(files.reduce((n, f) => n + keysIn(f).length, 0)).toBe(Object.keys(vi).length);
  });

  it('write each text said alike by several messages once, in words.ts', () => {
    const alike = new Map<string, string[]>();
    for (const k of Object.keys(vi)) alike.set(`${vi[k]}\u0000${en[k]}`, [...(alike.get(`${vi[k]}\u0000${en[k]}`) ?? []), k]);
    const shared = [...alike.values()].filter((ks) => ks.length > 1).flat();
    expect(shared).toContain('status.overdue');
    const written = shared.filter((k) => {
      const lines = source[fileOf(k)].split('\n').filter((l) => l.startsWith(`  '${k}':`));
      return lines.length !== 2 || lines.some((l) => !/: words\.\w+\.(vi|en),$/.test(l));
    });
    expect(written, 'write the text once in words.ts and refer to it').toEqual([]);
  });
});
