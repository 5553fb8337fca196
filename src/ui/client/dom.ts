/**
 * The few DOM helpers every page uses. User text only ever goes in with textContent (never as
 * markup), and links only ever point where `safeHref` lets them.
 */

/** The element with this id (each page's markup has the ids its script asks for). */
export const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/**
 * A new element: `props` is a class name, or attributes (an undefined one is left out); `text`
 * is set as text.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: string | Partial<Record<string, string>> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (typeof props === 'string') {
    if (props) e.className = props;
  } else {
    for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  }
  if (text !== undefined) e.textContent = text;
  return e;
}

export type StatusKind = '' | 'ok' | 'error';

/** The page's status line (`#status`, a live region): a sentence, its tone, and a spinner while waiting. */
export function setStatus(text: string, kind: StatusKind = '', spinner = false): void {
  const s = $('status');
  s.className = `status${kind ? ` ${kind}` : ''}`;
  s.textContent = '';
  if (spinner) s.append(el('span', { class: 'spinner', 'aria-hidden': 'true' }));
  s.append(document.createTextNode(text));
}

/** Only https links become hrefs (a `javascript:` URL must never be clickable). */
export function safeHref(url: string): string | null {
  return /^https:\/\//i.test(url) ? url : null;
}
