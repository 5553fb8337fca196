/**
 * One catalogue of user-facing text, Vietnamese first. Each feature keeps its messages in
 * `catalog/<feature>.ts` as `{ vi, en }` where `en` is typed `Record<keyof typeof vi, string>`,
 * so a key missing in English breaks the build; tests/core/i18n.test.ts checks both ways.
 */
import * as common from './catalog/common';
import * as menu from './catalog/menu';
import * as docs from './catalog/docs';
import * as ui from './catalog/ui';
import * as cli from './catalog/cli';
import * as cliHelp from './catalog/cli-help';
import * as reminders from './catalog/reminders';
import * as schedule from './catalog/schedule';
import * as platform from './catalog/platform';
import * as gantt from './catalog/gantt';
import * as importer from './catalog/importer';
import * as reports from './catalog/reports';
import * as workspace from './catalog/workspace';
import * as template from './catalog/template';

export type Lang = 'vi' | 'en';

const catalogs = [common, menu, docs, cli, cliHelp, ui, reminders, schedule, platform, gantt, importer, reports, workspace, template] as const;

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
