/**
 * The first run: "Thiết lập bảng theo dõi" creates or repairs the tracker sheets, with the sample
 * plan when asked. Loaded only when used (./lazy.ts); the settings sidebar is ./settings.ts.
 */
import { runSetup } from '../app/setup';
import { type Lang, t } from '../core/i18n';
import { type SamplePlan, shiftSample } from '../core/plan/setup';
import { runForUser } from './errors';
import { userLang } from './menu';
import { gasPorts } from './ports';
import { loadSample } from './sample';
import { SAMPLE_TODAY } from '../core/sample/today';

function askForSample_(lang: Lang, today: () => string): SamplePlan | null | 'cancel' {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(t(lang, 'ui.setup.title'), t(lang, 'ui.setup.askSample'), ui.ButtonSet.YES_NO_CANCEL);
  if (answer === ui.Button.YES) return shiftSample(loadSample(lang), SAMPLE_TODAY, today());
  if (answer === ui.Button.NO) return null;
  return 'cancel';
}

/** Menu: Thiết lập bảng theo dõi. Creates or repairs the tracker sheets; never overwrites data. */
export function menuSetup(): void {
  const lang = userLang();
  runForUser(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ui = SpreadsheetApp.getUi();
    const { lock, clock, workbook, store, progress } = gasPorts(ss, lang);
    if (!lock.tryLock(10_000)) {
      ui.alert(t(lang, 'ui.setup.busy'));
      return;
    }
    try {
      const result = runSetup(workbook, store, progress, {
        lang,
        sample: (firstRun) => (firstRun ? askForSample_(lang, () => clock.today()) : null),
      });
      if (!result) return;
      // Instructions as notes on the header of each sheet created (a few calls, not per row).
      for (const n of result.notes) ss.getSheetByName(n.sheet)?.getRange(n.row, n.col).setNote(n.text);
      const created = result.report?.created ?? [];
      if (created.length) {
        const first = ss.getSheetByName(created[0]);
        if (first) ss.setActiveSheet(first);
      }
      const next = result.report ? ['', t(lang, 'ui.setup.next')] : [];
      ui.alert(t(lang, 'ui.setup.done'), [...result.summary, ...next].join('\n'), ui.ButtonSet.OK);
    } finally {
      lock.release();
    }
  }, lang);
}
