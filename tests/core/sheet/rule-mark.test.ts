/** The marker of the add-on's conditional rules (core/sheet/rule-mark.ts), one for both hosts. */
import { describe, expect, it } from 'vitest';
import { markedFormula, ruleOwner } from '../../../src/core/sheet/rule-mark';

describe('rule marker', () => {
  it('wraps the formula without changing its result, and names its owner', () => {
    expect(markedFormula('=$P2="Quá hạn"', 'tiendo-status')).toBe('=AND($P2="Quá hạn",N("tiendo:tiendo-status")=0)');
    expect(markedFormula(' $A1>0 ', 'a b')).toBe('=AND($A1>0,N("tiendo:a_b")=0)');
    expect(ruleOwner(markedFormula('=$P2="Quá hạn"', 'overview'))).toBe('overview');
  });

  it('finds the owner in the forms a spreadsheet gives the formula back in', () => {
    // Sheets may change case and spacing; .xlsx keeps the formula without its `=`.
    expect(ruleOwner('=and($P2="Quá hạn", n( "tiendo:overview" )=0)')).toBe('overview');
    expect(ruleOwner('AND($J2="Quá hạn",N("tiendo:tiendo-gantt")=0)')).toBe('tiendo-gantt');
  });

  it('never takes a user formula for one of ours', () => {
    expect(ruleOwner('=$P2="tiendo:overview"')).toBeNull();
    expect(ruleOwner('=AND($A1>0,N("other:overview")=0)')).toBeNull();
    expect(ruleOwner('')).toBeNull();
  });
});
