/**
 * Text in pages. The build writes into each page the catalogue entries its own script and markup
 * name, in both languages (`window.__TIENDO_TEXT__`, scripts/build.mjs); the server injects
 * `window.__TIENDO__` (see src/core/i18n/boot.ts and src/gas/page.ts) with the user's language,
 * the entries it computes for the page (messages whose key travels in the data) and the data.
 * Markup names its text by key and `localize()` fills it in:
 *
 *   <button data-i18n="ui.common.save"></button>
 *   <input data-i18n-placeholder="ui.common.loading" data-i18n-aria-label="ui.common.close">
 *
 * Scripts use `tr('ui.settings.saved')`. A key the server did not send shows as the key itself,
 * which the browser tests catch (they look for `ui.` left in the visible text).
 */
import type { Lang, MsgKey, Params } from '../../core/i18n';
import type { PageBoot } from '../../core/i18n/boot';

export type { PageBoot };

declare global {
  interface Window {
    __TIENDO__?: PageBoot;
    __TIENDO_TEXT__?: Partial<Record<Lang, Record<string, string>>>;
  }
}

export function boot<D = unknown>(): PageBoot<D> {
  const b = window.__TIENDO__;
  const lang: Lang = b?.lang === 'en' ? 'en' : 'vi';
  return { lang, strings: b?.strings ?? {}, data: b?.data as D | undefined };
}

export function lang(): Lang {
  return boot().lang;
}

export function tr(key: MsgKey, params: Params = {}): string {
  const b = boot();
  const template = b.strings?.[key] ?? window.__TIENDO_TEXT__?.[b.lang]?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

const ATTRS = ['placeholder', 'title', 'aria-label'] as const;

/** Fills `data-i18n` (text) and `data-i18n-<attr>` attributes under `root`; sets `<html lang>`. */
export function localize(root: ParentNode = document): void {
  document.documentElement.lang = lang();
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = tr(el.dataset.i18n as MsgKey);
  });
  for (const attr of ATTRS) {
    root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`).forEach((el) => {
      el.setAttribute(attr, tr(el.getAttribute(`data-i18n-${attr}`) as MsgKey));
    });
  }
}
