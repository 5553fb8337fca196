/**
 * What a refresh costs when nothing changed, through the built bundle: the same round trips at
 * 100 and 1 500 tasks (tests/fakes/costs.ts tripsOf), structure written only when it changes, and
 * the user's own conditional-format rule and data validation on the task sheet kept on every
 * refresh, including the ones where the add-on's fingerprints skip its writes.
 */
import { describe, expect, it } from 'vitest';
import { tripsOf } from '../fakes/costs';
import { sheetState } from '../fakes/index';
import { bigTracker } from './scale.fixture';

function secondRefreshTrips(n: number): number {
  const { env, gas } = bigTracker(n);
  gas.menuRefresh();
  env.calls.reset();
  gas.menuRefresh();
  return tripsOf(env.calls.byClass());
}

describe('a refresh of an unchanged plan', () => {
  // 1 500 keeps the test under its time limit; `npm run bench` measures 5 000 (trips_refresh_5000).
  it('makes the same round trips at 100 and 1 500 tasks, at most 30', () => {
    const small = secondRefreshTrips(100);
    expect(small).toBe(secondRefreshTrips(1500));
    expect(small).toBeLessThanOrEqual(30);
  });

  it('writes no rule, validation, width or frozen row again once they are in place', () => {
    const { env, gas } = bigTracker(100);
    gas.menuRefresh();
    gas.menuRefresh();
    env.calls.reset();
    gas.menuRefresh();
    const m = env.calls.byMethod();
    for (const method of ['Sheet.setConditionalFormatRules', 'Sheet.getConditionalFormatRules', 'Range.setDataValidation', 'Sheet.setColumnWidth',
      'Sheet.setColumnWidths', 'Sheet.setFrozenRows', 'Range.merge', 'Range.breakApart', 'Sheet.clear', 'Range.setValues']) {
      expect(m[method] ?? 0, method).toBe(0);
    }
  });

  it('keeps the user\'s own rule and validation on the task sheet on every refresh', () => {
    const { env, gas } = bigTracker(100);
    const sheet = env.spreadsheet.getSheetByName('Công việc') as GoogleAppsScript.Spreadsheet.Sheet;
    const SS = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const userRule = SS.newConditionalFormatRule().whenTextEqualTo('Gấp').setBackground('#ffff00').setRanges([sheet.getRange('C2:C50')]).build();
    sheet.setConditionalFormatRules([userRule]);
    sheet.getRange('E2:E50').setDataValidation(SS.newDataValidation().requireValueInList(['A', 'B'], true).build());
    const userOwn = () => {
      const st = sheetState(env, 'Công việc');
      return {
        rules: st.conditionalRules.filter((r) => !String(r.formula).includes('tiendo:')),
        validations: st.validations.filter((v) => v.a1.startsWith('E')),
      };
    };
    const expected = {
      rules: [{ ranges: ['C2:C50'], formula: 'TEXT_EQUAL_TO(Gấp)', background: '#ffff00' }],
      validations: [{ a1: 'E2:E50', kind: 'list', values: ['A', 'B'], strict: false, help: '' }],
    };
    for (let i = 0; i < 4; i++) {
      gas.menuRefresh();
      expect(userOwn(), `refresh ${i + 1}`).toEqual(expected);
    }
    // The last refreshes skipped the add-on's own structure: its rules are still there too.
    expect(sheetState(env, 'Công việc').conditionalRules.filter((r) => String(r.formula).includes('tiendo:')).length).toBeGreaterThan(0);
  });

  it('writes everything again on a sheet made anew under the same name', () => {
    const { env, gas } = bigTracker(100);
    gas.menuRefresh();
    gas.menuRefresh();
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Gantt') as GoogleAppsScript.Spreadsheet.Sheet);
    env.spreadsheet.insertSheet('Gantt');
    gas.menuRefresh();
    const st = sheetState(env, 'Gantt');
    expect(st.conditionalRules.length).toBeGreaterThan(0);
    expect(st.frozenRows).toBe(3);
    expect(st.values.length).toBeGreaterThan(100);
  });
});

describe('the Gantt view', () => {
  it('opens its dialog with the layout as page data, from the one read of the run', () => {
    const { env, gas } = bigTracker(100);
    gas.menuRefresh();
    env.calls.reset();
    gas.menuGantt();
    const m = env.calls.byMethod();
    // Tasks, people and settings: one read each, none for the dialog.
    expect(m['Range.getValues']).toBe(3);
    expect(tripsOf(env.calls.byClass())).toBeLessThanOrEqual(25);
    const html = env.ui.dialogs.at(-1)?.html ?? '';
    expect(html).toContain('"rows":[');
    expect(html).toContain('T1');
  });
});
