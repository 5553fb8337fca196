/**
 * The help page's tables, built from the same definitions the reader uses (columns.ts, the
 * schedule statuses), so the help never names a column the add-on does not know.
 */
import { type Lang, type MsgKey, t } from '../i18n';
import { COMPUTED_COLUMNS, type ColumnDef, HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, TASKS_SHEET } from '../plan/columns';
import type { PageBoot } from '../i18n/boot';
import { SCHEDULE_STATUSES } from '../schedule/types';

export interface HelpRow {
  /** The column or status as the sheet shows it. */
  name: string;
  /** The name in the other language (columns are recognised under both). */
  alt: string;
  meaning: string;
}

/** How a `Phụ thuộc` cell is written: an example and what it means (the help page and `tiendo --help`). */
export const DEPENDENCY_EXAMPLES: ReadonlyArray<readonly [string, MsgKey]> = [
  ['T3', 'ui.help.deps.plain'], ['T3+3', 'ui.help.deps.plus'], ['T3-5', 'ui.help.deps.minus'],
  ['T3+2nlv', 'ui.help.deps.workdays'], ['T3; T4', 'ui.help.deps.many'],
];

export interface HelpContent {
  sheets: HelpRow[];
  /** The `Phụ thuộc` examples: `name` is the example as typed. */
  dependencies: HelpRow[];
  tasks: HelpRow[];
  computed: HelpRow[];
  people: HelpRow[];
  statuses: HelpRow[];
}

function rows(cols: ReadonlyArray<ColumnDef>, prefix: string, lang: Lang): HelpRow[] {
  return cols.map((c) => ({
    name: lang === 'en' ? c.en : c.vi,
    alt: lang === 'en' ? c.vi : c.en,
    meaning: t(lang, `${prefix}${c.key}` as MsgKey),
  }));
}

export function helpContent(lang: Lang): HelpContent {
  const sheets = [TASKS_SHEET, PEOPLE_SHEET, HOLIDAYS_SHEET, SETTINGS_SHEET];
  return {
    sheets: sheets.map((s) => ({ name: lang === 'en' ? s.en : s.vi, alt: lang === 'en' ? s.vi : s.en, meaning: t(lang, `ui.help.sheets.${s.key}` as MsgKey) })),
    dependencies: DEPENDENCY_EXAMPLES.map(([example, key]) => ({ name: example, alt: '', meaning: t(lang, key) })),
    tasks: rows(TASKS_SHEET.columns, 'ui.help.col.', lang),
    computed: rows(COMPUTED_COLUMNS, 'ui.help.computed.', lang),
    people: rows(PEOPLE_SHEET.columns, 'ui.help.people.', lang),
    statuses: SCHEDULE_STATUSES.map((s) => ({
      name: t(lang, `status.${s}` as MsgKey),
      alt: t(lang === 'en' ? 'vi' : 'en', `status.${s}` as MsgKey),
      meaning: t(lang, `ui.help.status.${s}` as MsgKey),
    })),
  };
}

/** Help keys whose content is built from definitions; tests check each one exists. */
export function helpKeys(): string[] {
  return [
    ...[TASKS_SHEET, PEOPLE_SHEET, HOLIDAYS_SHEET, SETTINGS_SHEET].map((s) => `ui.help.sheets.${s.key}`),
    ...TASKS_SHEET.columns.map((c) => `ui.help.col.${c.key}`),
    ...COMPUTED_COLUMNS.map((c) => `ui.help.computed.${c.key}`),
    ...PEOPLE_SHEET.columns.map((c) => `ui.help.people.${c.key}`),
    ...SCHEDULE_STATUSES.flatMap((s) => [`status.${s}`, `ui.help.status.${s}`]),
  ];
}

/** What the help page is opened with: its content in the user's language and in the other one. */
export interface HelpData {
  content: HelpContent;
  other?: PageBoot<{ content: HelpContent }>;
}

export function helpData(lang: Lang): HelpData {
  const other: Lang = lang === 'en' ? 'vi' : 'en';
  return {
    content: helpContent(lang),
    other: { lang: other, data: { content: helpContent(other) } },
  };
}
