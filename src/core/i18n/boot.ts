/**
 * What the server hands a page when it opens it: the user's language and the page's own data,
 * injected as one inline script (`window.__TIENDO__`). The page then renders at once in the right
 * language, without a round trip through google.script.run. The page's text is not sent: the
 * build writes into each page the catalogue entries its code names (scripts/build.mjs).
 */
import type { Lang } from './index';

export interface PageBoot<D = unknown> {
  lang: Lang;
  /** Catalogue entries (key → text in `lang`) that override the page's own; tests and tools only. */
  strings?: Record<string, string>;
  data?: D;
}

/**
 * The inline script carrying the boot data. `<`, U+2028 and U+2029 are escaped so no user text
 * (a plan name such as `</script><script>…`) can end the tag or break the script.
 */
export function bootScriptTag(boot: PageBoot): string {
  const json = JSON.stringify(boot)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script>window.__TIENDO__=${json};</script>`;
}

/** Puts the boot script where the page marks `<!-- BOOT -->`, else first thing in `<head>`. */
export function injectBoot(html: string, boot: PageBoot): string {
  const tag = bootScriptTag(boot);
  if (html.includes('<!-- BOOT -->')) return html.replace('<!-- BOOT -->', () => tag);
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
