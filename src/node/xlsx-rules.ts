/**
 * The parts of an .xlsx sheet the add-on shares with its user: conditional-format rules (ours
 * replaced by owner tag, theirs kept) and data validations (ours replace any over the same cells).
 */
import ExcelJS from 'exceljs';
import type { ConditionalRule, ValidationRule } from '../core/sheet/output';
import { markedFormula, ruleOwner } from '../core/sheet/rule-mark';
import { type Area, overlaps, parseArea } from './a1';

type Sheet = ExcelJS.Worksheet;

/** Worksheet members exceljs 4.4 has and uses but leaves out of its type declarations. */
export interface SheetInternals {
  orderNo: number;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined>; add(ref: string, v: ExcelJS.DataValidation): void };
}
export const inner = (ws: Sheet): SheetInternals => ws as unknown as SheetInternals;

/** The owner tag of a rule the add-on wrote (core/sheet/rule-mark.ts), or null for the user's own rules. */
export function ruleOwnerOf(rule: { type?: string; formulae?: unknown[] }): string | null {
  const f = rule.formulae?.[0];
  return typeof f === 'string' ? ruleOwner(f) : null;
}

/** `#rgb` or `#rrggbb` as exceljs wants a colour: `FFRRGGBB`. */
export function argb(hex: string): string {
  const h = hex.replace(/^#/, '');
  const six = h.length === 3 ? h.split('').map((c) => c + c).join('') : h.slice(0, 6);
  return `FF${six.toUpperCase()}`;
}

function listFormula(values: string[]): string {
  return `"${values.map((v) => v.replace(/"/g, '""').replace(/,/g, ' ')).join(',')}"`;
}

function validationOf(rule: ValidationRule): ExcelJS.DataValidation {
  const base = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.strict ? 'stop' : 'warning',
    ...(rule.help ? { showInputMessage: true, prompt: rule.help.slice(0, 255) } : {}),
  } as const;
  if (rule.kind === 'list') return { ...base, type: 'list', formulae: [listFormula(rule.values ?? [])] };
  if (rule.kind === 'date') return { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
  return { ...base, type: 'decimal', operator: 'between', formulae: [0, 1] };
}

export function keepUserRules(list: ExcelJS.ConditionalFormattingOptions[], tag: string | null): ExcelJS.ConditionalFormattingOptions[] {
  return list
    .map((cf) => ({
      ...cf,
      rules: cf.rules.filter((r) => {
        const owner = ruleOwnerOf(r as { formulae?: unknown[] });
        return owner === null || (tag !== null && owner !== tag);
      }),
    }))
    .filter((cf) => cf.rules.length > 0);
}

export function setOwnedRules(ws: Sheet, tag: string, rules: ConditionalRule[]): void {
  const kept = keepUserRules(inner(ws).conditionalFormattings ?? [], tag);
  const ours: ExcelJS.ConditionalFormattingOptions[] = rules.map((r) => ({
    ref: r.range,
    rules: [{
      type: 'expression',
      // exceljs keeps an expression's formula without its `=`.
      formulae: [markedFormula(r.formula, tag).slice(1)],
      style: {
        ...(r.background ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(r.background) } } } : {}),
        ...(r.fontColor || r.bold ? { font: { ...(r.fontColor ? { color: { argb: argb(r.fontColor) } } : {}), ...(r.bold ? { bold: true } : {}) } } : {}),
      },
    } as ExcelJS.ConditionalFormattingRule],
  }));
  inner(ws).conditionalFormattings = [...kept, ...ours];
}

export function setValidation(ws: Sheet, rule: ValidationRule): void {
  const area = parseArea(rule.range);
  if (!area) return;
  const { model } = inner(ws).dataValidations;
  for (const key of Object.keys(model)) {
    const other: Area | null = parseArea(key);
    if (other && overlaps(area, other)) delete model[key];
  }
  const ref = area.top === area.bottom && area.left === area.right ? rule.range.split(':')[0] : rule.range;
  inner(ws).dataValidations.add(ref.replace(/\$/g, ''), validationOf(rule));
}
