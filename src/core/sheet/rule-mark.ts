/**
 * How the add-on knows its own conditional-format rules among the user's, in Sheets and in .xlsx
 * alike: a marker inside the formula itself, `=AND(<formula>,N("tiendo:<ownerTag>")=0)`.
 * `N("text")` is 0, so the marker never changes the result, and unlike a list kept aside it
 * travels with the rule: it survives copying the sheet or the file, undo, and users editing other
 * rules, and can never point at a rule that no longer exists.
 */

/** The marker, found anywhere in a formula, in any case and spacing a spreadsheet may give it back in. */
const MARK = /N\(\s*"tiendo:([A-Za-z0-9_.-]+)"\s*\)/i;

/** Our rule formula for `ownerTag`: the formula's result is unchanged (AND with TRUE). */
export function markedFormula(formula: string, ownerTag: string): string {
  const tag = ownerTag.replace(/[^A-Za-z0-9_.-]/g, '_');
  const body = formula.trim().replace(/^=/, '');
  return `=AND(${body},N("tiendo:${tag}")=0)`;
}

/** The owner tag of one of our rule formulas (with or without its `=`), or null for a user's formula. */
export function ruleOwner(formula: string): string | null {
  const m = MARK.exec(formula);
  return m ? m[1] : null;
}
