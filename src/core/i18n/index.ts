/**
 * One catalogue of user-facing text, Vietnamese first. The messages whose keys start `a.` live in
 * `catalog/a.ts`, those starting `a.b.` in `catalog/a-b.ts` when that file exists (the pages, the
 * CLI's help), as `{ vi, en }` where `en` is typed `Record<keyof typeof vi, string>`, so a key
 * missing in English breaks the build; tests/core/i18n/catalog.test.ts checks both ways, and
 * tests/core/i18n/catalogue-files.test.ts the files' names. Words several messages share are defined
 * once in `catalog/words.ts`.
 */
import * as app from './catalog/app';
import * as baseline from './catalog/baseline';
import * as cli from './catalog/cli';
import * as cliHelp from './catalog/cli-help';
import * as cliImport from './catalog/cli-import';
import * as docs from './catalog/docs';
import * as gantt from './catalog/gantt';
import * as importCatalog from './catalog/import';
import * as menu from './catalog/menu';
import * as note from './catalog/note';
import * as overview from './catalog/overview';
import * as platform from './catalog/platform';
import * as problem from './catalog/problem';
import * as refresh from './catalog/refresh';
import * as remind from './catalog/remind';
import * as reports from './catalog/reports';
import * as setting from './catalog/setting';
import * as status from './catalog/status';
import * as template from './catalog/template';
import * as uiCommon from './catalog/ui-common';
import * as uiGantt from './catalog/ui-gantt';
import * as uiHelp from './catalog/ui-help';
import * as uiImport from './catalog/ui-import';
import * as uiMerge from './catalog/ui-merge';
import * as uiReminders from './catalog/ui-reminders';
import * as uiReports from './catalog/ui-reports';
import * as uiSettings from './catalog/ui-settings';
import * as uiSetup from './catalog/ui-setup';
import * as validation from './catalog/validation';
import * as value from './catalog/value';
import * as workspace from './catalog/workspace';

export type Lang = 'vi' | 'en';

const catalogs = [app, baseline, cli, cliHelp, cliImport, docs, gantt, importCatalog, menu, note, overview, platform, problem, refresh, remind, reports, setting, status, template, uiCommon, uiGantt, uiHelp, uiImport, uiMerge, uiReminders, uiReports, uiSettings, uiSetup, validation, value, workspace] as const;

type Keys<T> = T extends { vi: infer V } ? keyof V : never;
export type MsgKey = Keys<(typeof catalogs)[number]>;
export type Params = Record<string, string | number>;

const VI: Record<string, string> = {};
const EN: Record<string, string> = {};
for (const c of catalogs) {
  Object.assign(VI, c.vi);
  Object.assign(EN, c.en);
}

export function allCatalogs(): { vi: Record<string, string>; en: Record<string, string> } {
  return { vi: VI, en: EN };
}

/** `t('problem.badDate', { value: '32/13/2020' })`; unknown placeholders are left visible. */
export function t(lang: Lang, key: MsgKey, params: Params = {}): string {
  const table = lang === 'en' ? EN : VI;
  const template = table[key] ?? VI[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The user's language from a locale such as `vi`, `en_US`, `en-GB`: English only when asked for. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^en\b|^en[_-]/i.test(locale ?? '') ? 'en' : 'vi';
}
