/**
 * "Thiết lập bảng theo dõi" over the host ports: read the tracker sheets once, bring an older
 * layout up to date (versioned migrations), create or repair the sheets, record the layout
 * version. Returns what was done, for the user.
 */
import type { KeyValueStore, ProgressPort, WorkbookPort } from '../ports';
import type { SheetOutput } from '../core/sheet/output';
import type { Lang } from '../core/i18n';
import { t } from '../core/i18n';
import { TRACKER_SHEETS, pickSheets } from '../core/plan/sheets';
import { LAYOUT_VERSION, LAYOUT_VERSION_KEY, type MigrationPlan, planMigrations } from '../core/plan/migrations';
import { readTracker } from '../core/plan/read';
import type { SheetGrid } from '../core/sheet/grid';
import { type SamplePlan, type SetupPlan, type SetupReport, planSetup, setupSummary } from '../core/plan/setup';

export interface SetupResult {
  migration: Pick<MigrationPlan, 'from' | 'to' | 'tooNew' | 'changes'>;
  report: SetupReport | null;
  notes: SetupPlan['notes'];
  /** What happened, as sentences for the user. */
  summary: string[];
}

/** Reads the tracker sheets that exist, in one call. */
export function readTrackerGrids(wb: WorkbookPort): { names: string[]; grids: SheetGrid[] } {
  const names = wb.sheetNames();
  const mine = pickSheets(names, TRACKER_SHEETS);
  return { names, grids: mine.length ? wb.readGrids(mine) : [] };
}

/** True when there are no tasks and no people yet: the moment to offer the sample plan. */
export function isFirstRun(grids: readonly SheetGrid[]): boolean {
  const tracker = readTracker(grids.slice());
  return tracker.tasks.length === 0 && tracker.people.length === 0;
}

/** Outputs of one sheet merged into one write, so each sheet is written once. */
function mergeBySheet(outputs: SheetOutput[]): SheetOutput[] {
  const by = new Map<string, SheetOutput>();
  for (const o of outputs) {
    const prev = by.get(o.sheet);
    if (!prev) { by.set(o.sheet, o); continue; }
    by.set(o.sheet, {
      ...prev, ...o,
      blocks: [...prev.blocks, ...o.blocks],
      validations: [...(prev.validations ?? []), ...(o.validations ?? [])],
      columnWidths: [...(prev.columnWidths ?? []), ...(o.columnWidths ?? [])],
      minRows: Math.max(prev.minRows ?? 0, o.minRows ?? 0) || undefined,
      minColumns: Math.max(prev.minColumns ?? 0, o.minColumns ?? 0) || undefined,
    });
  }
  return [...by.values()];
}

export interface SetupOptions {
  lang: Lang;
  /**
   * Asked once the workbook is read: the sample plan to fill in (offered on a first run only),
   * null for none, or 'cancel' when the user backs out (nothing is written).
   */
  sample?: (firstRun: boolean) => SamplePlan | null | 'cancel';
}

export function runSetup(wb: WorkbookPort, store: KeyValueStore, progress: ProgressPort, o: SetupOptions): SetupResult | null {
  progress.progress(t(o.lang, 'ui.setup.reading'));
  const { names, grids } = readTrackerGrids(wb);
  const migration = planMigrations(grids, store.get(LAYOUT_VERSION_KEY));
  const mig = { from: migration.from, to: migration.to, tooNew: migration.tooNew, changes: migration.changes };
  if (migration.tooNew) {
    return { migration: mig, report: null, notes: [], summary: [t(o.lang, 'ui.setup.tooNew', { found: migration.from, known: LAYOUT_VERSION })] };
  }
  const sample = o.sample ? o.sample(isFirstRun(migration.grids)) : null;
  if (sample === 'cancel') return null;
  const plan = planSetup(migration.grids, names, { lang: o.lang, sample });
  progress.progress(t(o.lang, 'ui.setup.writing'));
  for (const out of mergeBySheet([...migration.outputs, ...plan.outputs])) wb.write(out);
  store.set(LAYOUT_VERSION_KEY, String(LAYOUT_VERSION));
  const summary: string[] = [];
  if (migration.changes.length) {
    summary.push(t(o.lang, 'ui.setup.migrated', { from: migration.from, to: migration.to }));
    for (const c of migration.changes) {
      summary.push(t(o.lang, c.kind === 'header' ? 'ui.setup.renamedHeader' : 'ui.setup.renamedSetting', { sheet: c.sheet, from: c.from, to: c.to }));
    }
  }
  const lines = setupSummary(plan.report, o.lang);
  // "Nothing to change" is only true when no migration ran either.
  summary.push(...(migration.changes.length && lines.length === 1 && plan.outputs.length === 0 ? [] : lines));
  if (plan.outputs.length || migration.changes.length) summary.push(t(o.lang, 'ui.setup.kept'));
  return { migration: mig, report: plan.report, notes: plan.notes, summary };
}
