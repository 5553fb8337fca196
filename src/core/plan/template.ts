/**
 * What a new, empty tracker holds: the four sheets with their headers, formats, drop-down lists
 * and the settings rows with defaults and help. Pure data (SheetOutput), so the CLI's `init` and
 * the Sheets menu "Thiết lập bảng theo dõi" build the same workbook. Meant for sheets that do not
 * exist yet: the blocks below the header write empty cells to carry the formats. `Ngày nghỉ`
 * starts with the built-in days off so users can see them and override one.
 */
import { type Lang, t } from '../i18n';
import type { CellBlock, OutCell, SheetOutput, ValidationRule } from '../sheet/output';
import {
  type ColumnDef, HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, type SheetDef, TASKS_SHEET, USER_STATUS_KEYS, userStatusLabel,
} from './columns';
import { DEFAULT_SETTINGS, SETTING_DEFS } from './settings';
import { settingRow } from './settings-sheet';
import { type CivilDate, weekday } from '../dates/civil';
import { LAST_ANNOUNCED_YEAR } from '../dates/announced';
import { builtInDays } from '../dates/workdays';
import { columnLetters } from '../sheet/a1';

/** Rows below the header that get formats and drop-down lists. */
export const TEMPLATE_ROWS = 500;
export const HEADER_BACKGROUND = '#1F5C99';
export const HEADER_FONT = '#FFFFFF';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const PERCENT_FORMAT = '0%';

function header(def: SheetDef, lang: Lang): CellBlock {
  const names = def.columns.map((c) => (lang === 'en' ? c.en : c.vi));
  return {
    row: 1, col: 1, values: [names], wrap: true,
    backgrounds: [names.map(() => HEADER_BACKGROUND)],
    fontColors: [names.map(() => HEADER_FONT)],
    bold: [names.map(() => true)],
  };
}

function bodyRange(col: number): string {
  const l = columnLetters(col);
  return `${l}2:${l}${TEMPLATE_ROWS + 1}`;
}

/** Empty cells carrying a column's number format (dates day first, percentages). */
function formatBlocks(def: SheetDef): CellBlock[] {
  const blocks: CellBlock[] = [];
  def.columns.forEach((c, i) => {
    const fmt = c.kind === 'date' ? DATE_FORMAT : c.kind === 'percent' ? PERCENT_FORMAT : null;
    if (!fmt) return;
    blocks.push({
      row: 2, col: i + 1,
      values: Array.from({ length: TEMPLATE_ROWS }, () => [null]),
      numberFormats: Array.from({ length: TEMPLATE_ROWS }, () => [fmt]),
    });
  });
  return blocks;
}

/** Empty body cells that wrap their text (a long name or task then grows its row, in print too). */
function wrapBlock(def: SheetDef): CellBlock {
  return { row: 2, col: 1, values: Array.from({ length: TEMPLATE_ROWS }, () => def.columns.map(() => null)), wrap: true };
}

function yesNo(lang: Lang): string[] {
  return [t(lang, 'value.yes'), t(lang, 'value.no')];
}

/** Drop-down lists and date/percent checks for one sheet's columns, by column kind and key. */
function validations(def: SheetDef, lang: Lang): ValidationRule[] {
  const rules: ValidationRule[] = [];
  def.columns.forEach((c: ColumnDef, i) => {
    const range = bodyRange(i + 1);
    if (c.kind === 'date') rules.push({ range, kind: 'date', strict: false, help: t(lang, 'template.date.help') });
    else if (c.kind === 'percent') rules.push({ range, kind: 'percent', strict: false, help: t(lang, 'template.percent.help') });
    else if (c.kind === 'status') {
      rules.push({ range, kind: 'list', values: USER_STATUS_KEYS.map((k) => userStatusLabel(k, lang)), strict: false, help: t(lang, 'template.status.help') });
    } else if (c.kind === 'yesno') {
      const help = def === PEOPLE_SHEET ? 'template.contact.help' : 'template.remind.help';
      rules.push({ range, kind: 'list', values: yesNo(lang), strict: false, help: t(lang, help) });
    } else if (def === PEOPLE_SHEET && c.key === 'language') {
      rules.push({ range, kind: 'list', values: ['vi', 'en'], strict: false, help: t(lang, 'template.language.help') });
    } else if (def === HOLIDAYS_SHEET && c.key === 'kind') {
      rules.push({ range, kind: 'list', values: [t(lang, 'value.dayOff'), t(lang, 'value.makeupDay')], strict: true, help: t(lang, 'template.kind.help') });
    }
  });
  return rules;
}

function dataSheet(def: SheetDef, lang: Lang, extra: Partial<SheetOutput> = {}): SheetOutput {
  return {
    sheet: lang === 'en' ? def.en : def.vi,
    mode: 'update',
    // Every body cell wraps and reads from the top, so what is typed later prints whole.
    blocks: [header(def, lang), wrapBlock(def), ...formatBlocks(def)],
    frozenRows: 1,
    columnWidths: def.columns.map((c, i): [number, number] => [i + 1, c.width ?? 120]),
    validations: validations(def, lang),
    ...extra,
  };
}

/** `Cài đặt`: one row per setting, its default shown as the sheet shows it, and what it means. */
function settingsSheet(lang: Lang): SheetOutput {
  const rows: OutCell[][] = SETTING_DEFS.map((d) => settingRow(d, (DEFAULT_SETTINGS as Record<string, unknown>)[d.key], lang));
  const choiceRules: ValidationRule[] = [];
  SETTING_DEFS.forEach((d, i) => {
    if (!d.choices) return;
    choiceRules.push({
      range: `B${i + 2}`, kind: 'list', strict: true,
      values: d.choices.map((c) => (lang === 'en' ? c.en : c.vi)), help: t(lang, 'template.setting.help'),
    });
  });
  return {
    sheet: lang === 'en' ? SETTINGS_SHEET.en : SETTINGS_SHEET.vi,
    mode: 'update',
    blocks: [header(SETTINGS_SHEET, lang), { row: 2, col: 1, values: rows, wrap: true }],
    frozenRows: 1,
    columnWidths: SETTINGS_SHEET.columns.map((c, i): [number, number] => [i + 1, c.width ?? 120]),
    validations: choiceRules,
    print: { landscape: true, paper: 'A4', fitToWidth: true },
  };
}

/** First year whose built-in days a new `Ngày nghỉ` sheet lists. */
export const BUILT_IN_FIRST_YEAR = 2019;
/** Years after the last announced one that the sheet lists by the rule, so users see what is assumed. */
const RULE_YEARS_SHOWN = 2;

/**
 * The built-in days of a new `Ngày nghỉ` sheet, by date: every weekday off and every make-up
 * Saturday from 2019 through two years after the last announced one, each marked «có sẵn» in
 * its note so the user can tell them from their own rows. Read back, they give the same calendar
 * (a row only restates its own date); the user overrides one by changing its «Loại».
 */
export function builtInHolidayRows(lang: Lang, through = LAST_ANNOUNCED_YEAR + RULE_YEARS_SHOWN): OutCell[][] {
  const rows: OutCell[][] = [];
  const mark = t(lang, 'value.builtIn');
  const off = t(lang, 'value.dayOff');
  const makeup = t(lang, 'value.makeupDay');
  for (let y = BUILT_IN_FIRST_YEAR; y <= through; y++) {
    const { off: days, makeup: saturdays } = builtInDays(y);
    const byDate = new Map<CivilDate, OutCell[]>();
    for (const h of days) {
      const w = weekday(h.date);
      if (w === 0 || w === 6 || byDate.has(h.date)) continue;
      byDate.set(h.date, [{ date: h.date }, off, `${lang === 'en' ? h.nameEn : h.name} (${mark})`]);
    }
    for (const m of saturdays) byDate.set(m.date, [{ date: m.date }, makeup, `${lang === 'en' ? m.nameEn : m.name} (${mark})`]);
    rows.push(...[...byDate.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]));
  }
  return rows;
}

/** The sheet with `rows` written below its header (after the format blocks, so values win). */
function withRows(out: SheetOutput, rows: OutCell[][]): SheetOutput {
  return rows.length ? { ...out, blocks: [...out.blocks, { row: 2, col: 1, values: rows }], minRows: Math.max(out.minRows ?? 0, rows.length + 1) } : out;
}

/** The sheets of a new tracker, in order: Công việc, Nhân sự, Ngày nghỉ, Cài đặt. */
export function trackerTemplate(lang: Lang = 'vi'): SheetOutput[] {
  return [
    // The task list is wide: two A4 pages across, the header and Mã…Nội dung repeated on each.
    dataSheet(TASKS_SHEET, lang, { print: { landscape: true, paper: 'A4', fitToWidth: true, pagesWide: 2, repeatRows: 1, repeatColumns: 3 } }),
    // Printed on A4: the wide sheets landscape, each fit to the page's width (the .xlsx host).
    dataSheet(PEOPLE_SHEET, lang, { print: { landscape: true, paper: 'A4', fitToWidth: true } }),
    withRows(dataSheet(HOLIDAYS_SHEET, lang, { print: { landscape: false, paper: 'A4', fitToWidth: true } }), builtInHolidayRows(lang)),
    settingsSheet(lang),
  ];
}
