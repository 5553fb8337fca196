/**
 * The catalogue is complete in both languages: every key of every catalogue has non-empty
 * Vietnamese and English text with the same placeholders, no key is defined twice, and every key
 * the sources name (t(…), tr(…), data-i18n attributes, message objects) exists.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCatalogs, langFromLocale, t } from '../../../src/core/i18n';

const root = path.resolve(__dirname, '../../..');
const catalogDir = path.join(root, 'src/core/i18n/catalog');

type Catalog = { vi: Record<string, string>; en: Record<string, string> };

async function catalogs(): Promise<Array<[string, Catalog]>> {
  // words.ts holds the words several entries refer to: it has no keys of its own.
  const files = readdirSync(catalogDir).filter((f) => f.endsWith('.ts') && f !== 'words.ts');
  return Promise.all(files.map(async (f) => [f, (await import(path.join(catalogDir, f))) as Catalog] as [string, Catalog]));
}

// `{{Column}}` is literal text shown to users (merge fields), not a placeholder.
const placeholders = (s: string) => [...s.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|html)$/.test(f) && !p.includes(`${path.sep}catalog${path.sep}`) ? [p] : [];
  });
}

/** Literal keys as the sources use them. Keys built at run time (`status.${s}`) are checked by their own tests. */
export function usedKeys(text: string): string[] {
  const patterns = [
    /\bt\(\s*[\w.?'"]+\s*,\s*'([\w.-]+)'/g, // t(lang, 'key')
    /\btr\(\s*'([\w.-]+)'/g, // tr('key') in pages
    /\bdata-i18n(?:-[\w-]+)?="([\w.-]+)"/g, // <b data-i18n="key">
    /\bkey:\s*'((?:ui|problem|status|menu|value|holiday|template|schedule|reminders?|docs?|cli|gantt|import|error|errors|auth)\.[\w.-]+)'/g,
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]));
}

describe('message catalogue', () => {
  it('has every key in Vietnamese and English, non-empty, with the same placeholders', async () => {
    const problems: string[] = [];
    for (const [file, c] of await catalogs()) {
      expect(c.vi, file).toBeTypeOf('object');
      for (const key of new Set([...Object.keys(c.vi), ...Object.keys(c.en)])) {
        const vi = c.vi[key];
        const en = c.en[key];
        if (typeof vi !== 'string' || !vi.trim()) problems.push(`${file}: ${key} missing or empty in vi`);
        if (typeof en !== 'string' || !en.trim()) problems.push(`${file}: ${key} missing or empty in en`);
        if (typeof vi === 'string' && typeof en === 'string' && placeholders(vi).join() !== placeholders(en).join()) {
          problems.push(`${file}: ${key} placeholders differ: vi {${placeholders(vi)}} en {${placeholders(en)}}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('defines each key in one catalogue only (a second definition would silently win)', async () => {
    const owner = new Map<string, string>();
    const dupes: string[] = [];
    for (const [file, c] of await catalogs()) {
      for (const key of Object.keys(c.vi)) {
        const prev = owner.get(key);
        if (prev && prev !== file) dupes.push(`${key}: ${prev} and ${file}`);
        owner.set(key, file);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('registers every catalogue file in src/core/i18n/index.ts', async () => {
    const { vi } = allCatalogs();
    const missing: string[] = [];
    for (const [file, c] of await catalogs()) if (!Object.keys(c.vi).every((k) => k in vi)) missing.push(file);
    expect(missing).toEqual([]);
  });

  it('knows every key the sources use', () => {
    const { vi, en } = allCatalogs();
    const unknown: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      for (const key of usedKeys(readFileSync(file, 'utf8'))) {
        if (!(key in vi) || !(key in en)) unknown.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('finds keys the way the sources write them (the scan itself works)', () => {
    const sample = `t(lang, 'ui.setup.done'); t(o.lang, 'menu.help', {}); tr('ui.common.save'); <p data-i18n="ui.help.intro"> <i data-i18n-aria-label="ui.common.close"> { key: 'ui.settings.err.required' }`;
    expect(usedKeys(sample)).toEqual(['ui.setup.done', 'menu.help', 'ui.common.save', 'ui.help.intro', 'ui.common.close', 'ui.settings.err.required']);
  });

  it('speaks English only to English locales, Vietnamese otherwise', () => {
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('en')).toBe('en');
    expect(langFromLocale('vi')).toBe('vi');
    expect(langFromLocale('fr_FR')).toBe('vi');
    expect(langFromLocale(null)).toBe('vi');
    expect(t('en', 'menu.settings')).toBe('Settings…');
    expect(t('vi', 'menu.settings')).toBe('Cài đặt…');
  });
});
