/**
 * How one part of a sheet's output is written with the Spreadsheet service, each in a fixed
 * number of calls however many rows there are: the grid grown once, a block's values and formats,
 * its notes, our conditional rules, validations and column widths. GasWorkbook (workbook.ts)
 * decides which parts need writing.
 */
import type { CellBlock, ConditionalRule, FormulaCell, OutCell, SheetOutput, ValidationRule } from '../core/sheet/output';
import { markedFormula, ruleOwner } from '../core/sheet/rule-mark';
import { type ZoneCalendar, toSheetValue } from './cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Runs one write; a write Google refuses (protected, merged) is recorded instead of thrown. */
export type Guard = (range: () => string, write: () => void) => void;

/** The longest row's length: the width of the range the rows fill. */
export function width(values: unknown[][]): number {
  let w = 0;
  for (const r of values) w = Math.max(w, r.length);
  return w;
}

/** Pads ragged rows so the array matches the range exactly (setValues checks the shape). */
export function rect<T>(rows: T[][], w: number, fill: T): T[][] {
  return rows.map((r) => (r.length === w ? r : r.concat(new Array<T>(w - r.length).fill(fill))));
}

/** Grows the grid once to `need`; returns the grid's size. */
export function grow(sheet: Sheet, need: { rows: number; cols: number }): { rows: number; cols: number } {
  const { rows, cols } = need;
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  return { rows: Math.max(rows, maxRows), cols: Math.max(cols, maxCols) };
}

/** `calendar` is asked only when there is something to write (it may cost a call the first time). */
export function writeBlock(sheet: Sheet, b: CellBlock, calendar: () => ZoneCalendar): void {
  const w = width(b.values);
  if (!b.values.length || !w) return;
  const cal = calendar();
  const range = sheet.getRange(b.row, b.col, b.values.length, w);
  const values = rect<OutCell | FormulaCell>(b.values, w, null).map((row) => row.map((v) => toSheetValue(v, cal)));
  range.setValues(values);
  // Formats after values: a Date written into an automatic cell takes a date format, which a
  // `null` ("leave alone") then keeps.
  const merge = (given: Array<Array<string | null>> | undefined, read: () => string[][], set: (v: string[][]) => void) => {
    if (!given) return;
    const g = rect(given, w, null).slice(0, b.values.length);
    while (g.length < b.values.length) g.push(new Array<string | null>(w).fill(null));
    const hasNull = g.some((r) => r.some((x) => x === null));
    const current = hasNull ? read() : null;
    set(g.map((r, i) => r.map((x, j) => (x === null ? (current as string[][])[i][j] : x))));
  };
  merge(b.numberFormats, () => range.getNumberFormats(), (v) => range.setNumberFormats(v));
  merge(b.backgrounds, () => range.getBackgrounds(), (v) => range.setBackgrounds(v));
  merge(b.fontColors, () => range.getFontColors() as string[][], (v) => range.setFontColors(v));
  if (b.bold) {
    const weights = b.bold.map((r) => r.map((x) => (x === null ? null : x ? 'bold' : 'normal')));
    merge(weights, () => range.getFontWeights(), (v) => range.setFontWeights(v as GoogleAppsScript.Spreadsheet.FontWeight[][]));
  }
  if (b.wrap !== undefined) range.setWrap(b.wrap);
  // Wrapped text reads from the top, as the .xlsx host writes it (several lines beside one).
  if (b.wrap) range.setVerticalAlignment('top');
  writeNotes(sheet, b, w);
}

/** Notes only over the rows that carry one (a header), so a long block costs no extra read. */
function writeNotes(sheet: Sheet, b: CellBlock, w: number): void {
  if (!b.notes) return;
  const rows = b.notes.map((r, i) => (r.some((x) => x !== null && x !== undefined) ? i : -1)).filter((i) => i >= 0);
  if (!rows.length) return;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const given = rect(b.notes.slice(first, last + 1), w, null);
  const range = sheet.getRange(b.row + first, b.col, last - first + 1, w);
  const current = given.some((r) => r.some((x) => x === null)) ? range.getNotes() : null;
  range.setNotes(given.map((r, i) => r.map((x, j) => (x === null ? (current as string[][])[i][j] : x))));
}

/**
 * Replaces our rules in one call. Rules are read only when there can be others to keep: a sheet
 * this run made has none. Elsewhere the user's (and other features') rules are kept; on a sheet
 * the add-on owns (replace mode) every rule of ours goes, elsewhere only this owner's. Called only
 * when our rules changed since the last write, so a steady refresh reads none. Rules over the
 * same range share one range handle.
 */
export function replaceRules(sheet: Sheet, out: SheetOutput, isNew: boolean): void {
  const tag = out.conditionalRules?.ownerTag ?? null;
  const keep: Rule[] = [];
  let dropped = 0;
  for (const rule of isNew ? [] : sheet.getConditionalFormatRules()) {
    const cond = rule.getBooleanCondition();
    const formula = cond ? String(cond.getCriteriaValues()[0] ?? '') : '';
    const owner = ruleOwner(formula);
    if (owner !== null && (out.mode === 'replace' || owner === tag)) dropped++;
    else keep.push(rule);
  }
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  const rangeOf = (a1: string) => {
    let r = ranges.get(a1);
    if (!r) ranges.set(a1, (r = sheet.getRange(a1)));
    return r;
  };
  const added = (out.conditionalRules?.rules ?? []).map((r) => buildRule(rangeOf(r.range), r, tag as string));
  if (!dropped && !added.length) return;
  sheet.setConditionalFormatRules(keep.concat(added));
}

function buildRule(range: GoogleAppsScript.Spreadsheet.Range, r: ConditionalRule, tag: string): Rule {
  let b = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(markedFormula(r.formula, tag));
  if (r.background) b = b.setBackground(r.background);
  if (r.fontColor) b = b.setFontColor(r.fontColor);
  if (r.bold !== undefined) b = b.setBold(r.bold);
  return b.setRanges([range]).build();
}

/** Each distinct rule is built once and set on its ranges (one handle per distinct range). */
export function setValidations(sheet: Sheet, list: ValidationRule[], guard: Guard): void {
  const built = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  for (const v of list) {
    const key = JSON.stringify([v.kind, v.values ?? null, !!v.strict, v.help ?? '']);
    let rule = built.get(key);
    if (!rule) {
      let b = SpreadsheetApp.newDataValidation();
      if (v.kind === 'list') b = b.requireValueInList(v.values ?? [], true);
      else if (v.kind === 'date') b = b.requireDate();
      else b = b.requireNumberBetween(0, 1);
      b = b.setAllowInvalid(!v.strict);
      if (v.help) b = b.setHelpText(v.help);
      built.set(key, (rule = b.build()));
    }
    const r = rule;
    guard(() => v.range, () => sheet.getRange(v.range).setDataValidation(r));
  }
}

/** Consecutive columns of one width are set in one call. */
export function setWidths(sheet: Sheet, widths: Array<[number, number]>): void {
  const sorted = [...widths].sort((a, b) => a[0] - b[0]);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1][0] === sorted[j][0] + 1 && sorted[j + 1][1] === sorted[i][1]) j++;
    if (j === i) sheet.setColumnWidth(sorted[i][0], sorted[i][1]);
    else sheet.setColumnWidths(sorted[i][0], j - i + 1, sorted[i][1]);
    i = j + 1;
  }
}
