/**
 * Opens the HtmlService pages (build/NAME.html) with their boot data injected: the user's
 * language, the strings the page needs and its data. Pages then call the server only through
 * src/ui/client/run.ts. Files are served with createHtmlOutputFromFile (never as templates: `<?`
 * in user text must stay text).
 */
import type { Lang } from '../core/i18n';
import { injectBoot } from '../core/i18n/boot';

export interface PageOptions {
  lang: Lang;
  data?: unknown;
  title: string;
}

export function pageOutput(name: string, o: PageOptions): GoogleAppsScript.HTML.HtmlOutput {
  const html = HtmlService.createHtmlOutputFromFile(name).getContent();
  // The page's text is built into the page (scripts/build.mjs): only the language and data travel.
  const boot = { lang: o.lang, data: o.data };
  return HtmlService.createHtmlOutput(injectBoot(html, boot)).setTitle(o.title);
}

export function showSidebar(name: string, o: PageOptions): void {
  SpreadsheetApp.getUi().showSidebar(pageOutput(name, o));
}

/** A dialog; `modeless` leaves the sheet usable behind it (help, previews to read while working). */
export function showDialog(name: string, o: PageOptions & { width: number; height: number; modeless?: boolean }): void {
  const page = pageOutput(name, o).setWidth(o.width).setHeight(o.height);
  if (o.modeless) SpreadsheetApp.getUi().showModelessDialog(page, o.title);
  else SpreadsheetApp.getUi().showModalDialog(page, o.title);
}
