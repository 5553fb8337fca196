/**
 * Where the catalogue's text goes (scripts/build.mjs): each page carries, in both languages, the
 * entries its own script and markup name, and build/Code.js carries only the entries server code
 * names. Checked on the built files, by the rule tests/core/i18n/keys-used.test.ts uses for
 * "named": the key in quotes, or a template whose fixed part starts it (`status.${s}`).
 * The browser tests (tests/ui) open the pages with no text from the server, so a key a page
 * shows without having it appears as the key itself there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCatalogs } from '../../src/core/i18n';
import { ROOT } from '../fakes/vm';

const BUILD = path.join(ROOT, 'build');
const SRC = path.join(ROOT, 'src');
const { vi: VI, en: EN } = allCatalogs();
const KEYS = Object.keys(VI);

/** The catalogue keys a text names. */
function named(text: string): Set<string> {
  const quoted = new Set([...text.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/gi)].map((m) => m[1]));
  const prefixes = [...text.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/gi)].map((m) => m[1]);
  // A minifier may write `prefix.${x}` as "prefix."+x.
  prefixes.push(...[...text.matchAll(/["']([a-z][\w-]*(?:\.[\w-]+)*\.)["']\s*\+/gi)].map((m) => m[1]));
  return new Set(KEYS.filter((k) => quoted.has(k) || prefixes.some((p) => k.startsWith(p))));
}

function sources(dir: string): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (!p.endsWith(path.join('i18n', 'catalog'))) out.push(...sources(p)); } else if (/\.(ts|mjs|html)$/.test(e.name)) out.push({ file: path.relative(SRC, p), text: readFileSync(p, 'utf8') });
  }
  return out;
}

const pages = readdirSync(BUILD).filter((f) => f.endsWith('.html') && !['sample-data.html', 'features.html'].includes(f));

describe('page text', () => {
  it.each(pages)('%s carries, in both languages, every entry its script and markup name', (page) => {
    const html = readFileSync(path.join(BUILD, page), 'utf8');
    const m = /<script>window\.__TIENDO_TEXT__=(.*?);<\/script>/s.exec(html);
    expect(m, 'the page carries its text').not.toBeNull();
    const text = JSON.parse(m![1]) as { vi: Record<string, string>; en: Record<string, string> };
    const rest = html.replace(m![0], '');
    const wanted = [...named(rest)];
    expect(wanted.length).toBeGreaterThan(2);
    expect(wanted.filter((k) => !(k in text.vi) || !(k in text.en)), 'keys the page names but does not carry').toEqual([]);
    for (const k of wanted) {
      expect(text.vi[k]).toBe(VI[k]);
      expect(text.en[k]).toBe(EN[k] || VI[k]);
    }
  });
});

describe('build/Code.js', () => {
  const code = readFileSync(path.join(BUILD, 'Code.js'), 'utf8');
  const files = sources(SRC);
  const namers = new Map<string, string[]>();
  for (const f of files) for (const k of named(f.text)) namers.set(k, [...(namers.get(k) ?? []), f.file]);
  const inCode = (k: string) => code.includes(`${JSON.stringify(k)}:`);

  it('carries no entry that only the pages name', () => {
    const pageOnly = KEYS.filter((k) => namers.get(k)?.every((f) => f.startsWith(`ui${path.sep}`)));
    expect(pageOnly.length).toBeGreaterThan(50);
    expect(pageOnly.filter(inCode)).toEqual([]);
  });

  it('carries the entries its own code names, shared with a page or not', () => {
    // The menu, the sheet notes and the messages a page gets in its data are said by the server.
    for (const k of ['menu.refresh', 'ui.settings.title', 'refresh.lockBusy', 'template.status.help', 'platform.error.partMissing']) expect(inCode(k), k).toBe(true);
  });
});
