/**
 * The page shell (src/ui/shell.html, scripts/page-shell.mjs): each page file holds only its own
 * parts, and every built page gets the same head and body frame around them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a build script in plain JavaScript, without type declarations
import { inShell } from '../../scripts/page-shell.mjs';

const ROOT = path.resolve(__dirname, '../..');
const PAGES = path.join(ROOT, 'src/ui/pages');
const SHELL = readFileSync(path.join(ROOT, 'src/ui/shell.html'), 'utf8');
const shell = inShell as (shell: string, source: string, file: string) => string;
const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html'));

describe('the page shell', () => {
  it('frames every page the same way, with the page’s own title, base target, style and markup', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const f of pages) {
      const source = readFileSync(path.join(PAGES, f), 'utf8');
      expect(source, f).not.toMatch(/<!DOCTYPE|<html|<head[\s>]|<meta|<\/body>|<!-- (BOOT|STYLE|SCRIPT) -->/i);
      const html = shell(SHELL, source, f);
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<base target="'), f).toBe(true);
      expect(html.endsWith('\n<!-- SCRIPT -->\n</body>\n</html>\n'), f).toBe(true);
      expect(html).toContain(source.match(/<title>[^<]*<\/title>/)![0]);
      // The boot data comes before the page's scripts and styles can need it.
      expect(html.indexOf('<!-- BOOT -->')).toBeLessThan(html.indexOf('<!-- STYLE -->'));
      expect(html.indexOf('<!-- STYLE -->')).toBeLessThan(html.indexOf('</head>'));
    }
  });

  it('is what the build serves: built pages keep the shell’s frame', () => {
    const built = readFileSync(path.join(ROOT, 'build/gantt.html'), 'utf8');
    expect(built).toMatch(/^<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">/);
    expect(built).toContain('<body class="gantt-page">\n<header class="toolbar">');
    expect(built).not.toContain('{{');
  });

  it('refuses a page file without its title, or one that writes the frame itself', () => {
    expect(() => shell(SHELL, '<base target="_top">\n<main></main>\n', 'x.html')).toThrow(/x\.html: expected <title>/);
    expect(() => shell(SHELL, '<title>T</title>\n<main></main>\n', 'y.html')).toThrow(/y\.html: expected <base target/);
    expect(() => shell(SHELL, '<base target="_top">\n<title>T</title>\n<html><main></main></html>\n', 'z.html')).toThrow(/z\.html: the shell writes/);
    expect(shell(SHELL, '<base target="_top">\n<title>T</title>\n<main></main>\n', 'ok.html')).toBe(
      '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
      + '<base target="_top">\n<title>T</title>\n<!-- BOOT -->\n<!-- STYLE -->\n</head>\n<body>\n<main></main>\n<!-- SCRIPT -->\n</body>\n</html>\n',
    );
  });

  it('ends the action bar marked data-status with the page’s status line, once per page', () => {
    const head = '<base target="_top">\n<title>T</title>\n';
    const bar = '<main>\n  <div class="actions sticky" data-status>\n    <button type="button" id="close"></button>\n  </div>\n</main>\n';
    expect(shell(SHELL, head + bar, 'a.html')).toContain(
      '<main>\n  <div class="actions sticky">\n    <button type="button" id="close"></button>\n    <p class="status" id="status" role="status" aria-live="polite"></p>\n  </div>\n</main>\n',
    );
    expect(() => shell(SHELL, head + bar + bar, 'b.html')).toThrow(/b\.html: only one action bar/);
    expect(() => shell(SHELL, head + bar.replace('<main>\n', '<main>\n<p id="status"></p>\n'), 'c.html')).toThrow(/c\.html: the status line is written by the shell/);
    // Every page whose script writes a status finds exactly one status line.
    for (const f of pages) {
      const html = shell(SHELL, readFileSync(path.join(PAGES, f), 'utf8'), f);
      expect((html.match(/id="status"/g) ?? []).length, f).toBeLessThanOrEqual(1);
    }
  });
});
