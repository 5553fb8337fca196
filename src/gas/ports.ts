/**
 * The host ports of one run in a spreadsheet, made in ONE place for every entry point (menu,
 * page calls, triggers), so they are wired the same way everywhere:
 * - one properties handle (GasStore) for the add-on's state and the fingerprints of what the
 *   workbook wrote;
 * - the clock asks the spreadsheet's time zone through the workbook, which asks it once per run;
 * - every service is reached lazily: a port the run does not use costs no call.
 */
import type { Lang } from '../core/i18n';
import { Fingerprints } from './fingerprint';
import { GasClock, GasLock, GasMail, GasProgress, GasStore } from './services';
import { GasWorkbook } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface GasPortOptions {
  /**
   * Keep fingerprints of the structure written, to skip writing it again (true by default).
   * The reminders write only their log, appended row by row: no property round trips for them.
   */
  fingerprints?: boolean;
  /** Progress toasts at most this often (ms); the first one at once. */
  progressGapMs?: number;
}

export interface GasPorts {
  ss: Spreadsheet;
  lang: Lang;
  workbook: GasWorkbook;
  store: GasStore;
  clock: GasClock;
  lock: GasLock;
  mail: GasMail;
  progress: GasProgress;
}

export function gasPorts(ss: Spreadsheet, lang: Lang, opts: GasPortOptions = {}): GasPorts {
  const store = new GasStore(lang);
  const workbook = new GasWorkbook(ss, opts.fingerprints === false ? null : new Fingerprints(store));
  return {
    ss,
    lang,
    workbook,
    store,
    clock: new GasClock(ss, undefined, () => workbook.timeZone()),
    lock: new GasLock(),
    mail: new GasMail(),
    progress: new GasProgress(ss, lang, opts.progressGapMs ?? 0),
  };
}

/** The ports of the spreadsheet the add-on runs in. */
export function activePorts(lang: Lang, opts: GasPortOptions = {}): GasPorts {
  return gasPorts(SpreadsheetApp.getActiveSpreadsheet(), lang, opts);
}
