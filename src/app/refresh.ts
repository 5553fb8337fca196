/**
 * "Cập nhật tiến độ" over the host ports (menu, daily trigger, CLI, tests):
 *
 *   lock → read the tracker sheets and the baseline in ONE call → compute → write each sheet once.
 *
 * The number of host calls is the same for 10 tasks or 5 000: nothing here loops over tasks
 * against a port. A second refresh that cannot get the lock within a few seconds returns
 * `busy` instead of running over the first.
 */
import { type CivilDate, formatDMY } from '../core/dates/civil';
import { type Lang, t } from '../core/i18n';
import { type RefreshPlan, planRefresh, sheetsToRead } from '../core/refresh/plan';
import { LAYOUT_VERSION, LAYOUT_VERSION_KEY, planMigrations } from '../core/plan/migrations';
import type { SheetGrid } from '../core/sheet/grid';
import type { ReportDecision } from '../core/reports/plan';
import type { ClockPort, KeyValueStore, LockPort, ProgressPort, WorkbookPort } from '../ports';

export interface RefreshPorts {
  workbook: WorkbookPort;
  lock: LockPort;
  clock: ClockPort;
  progress?: ProgressPort;
  /** Where the layout version is kept; given, an older layout is migrated before it is read. */
  store?: KeyValueStore;
}

export interface RefreshOptions {
  /** The day to compute for (CLI `--today`); the clock's today otherwise. */
  today?: CivilDate;
  /** Language of progress lines and the result message; the sheet's `Ngôn ngữ` setting decides what is written. */
  lang?: Lang;
  /** How long to wait for another run's lock (ms). */
  lockWaitMs?: number;
  /** "Chốt kế hoạch": also replace the baseline with today's due dates. */
  freeze?: boolean;
  /** Waiting unit reports to approve or refuse in this run (src/app/reports.ts). */
  reports?: ReportDecision;
}

export type RefreshResult =
  | { ok: false; reason: 'busy'; message: string }
  | { ok: true; plan: RefreshPlan; message: string };

export const DEFAULT_LOCK_WAIT_MS = 5_000;

export function refresh(ports: RefreshPorts, opts: RefreshOptions = {}): RefreshResult {
  const lang = opts.lang ?? 'vi';
  const tell = (m: string) => ports.progress?.progress(m);
  if (!ports.lock.tryLock(opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS)) {
    return { ok: false, reason: 'busy', message: t(lang, 'refresh.lockBusy') };
  }
  try {
    tell(t(lang, 'refresh.reading'));
    const names = sheetsToRead(ports.workbook.sheetNames());
    const grids = migrate(ports, names.length ? ports.workbook.readGrids(names) : []);
    const today = opts.today ?? ports.clock.today();
    const plan = planRefresh(grids, today, { freeze: opts.freeze, reports: opts.reports });
    tell(t(lang, 'refresh.computing', { count: plan.summary.taskCount }));
    tell(t(lang, 'refresh.writing'));
    for (const out of plan.outputs) ports.workbook.write(out);
    return { ok: true, plan, message: resultMessage(plan, lang, !!opts.freeze) };
  } finally {
    ports.lock.release();
  }
}

/**
 * Versioned migrations on the grids just read (no second read): a sheet an older version laid
 * out is renamed in place first, so it is never taken for a broken one. Costs one property read
 * once the layout is current.
 */
function migrate(ports: RefreshPorts, grids: SheetGrid[]): SheetGrid[] {
  const store = ports.store;
  if (!store || !grids.length) return grids;
  const stored = store.get(LAYOUT_VERSION_KEY);
  if (stored !== null && parseInt(stored, 10) === LAYOUT_VERSION) return grids;
  const m = planMigrations(grids, stored);
  if (m.tooNew) return grids;
  for (const out of m.outputs) ports.workbook.write(out);
  store.set(LAYOUT_VERSION_KEY, String(LAYOUT_VERSION));
  return m.grids;
}

export function resultMessage(plan: RefreshPlan, lang: Lang, froze: boolean): string {
  const s = plan.summary;
  if (!plan.tracker.layouts.tasks) return t(lang, 'refresh.noTasks');
  const done = t(lang, 'refresh.done', {
    count: s.taskCount, overdue: s.counts.overdue, dueSoon: s.counts.dueSoon + s.counts.dueToday, problems: s.problemCount,
  });
  if (!froze) return done;
  const frozen = plan.baseline?.tracks.length ?? 0;
  return `${t(lang, 'refresh.baselineDone', { count: frozen, date: formatDMY(s.today) })} ${done}`;
}

/**
 * The daily hook: one refresh with a longer wait for the lock (a scheduled run is not in a
 * hurry). A shared daily trigger handler calls this first, then uses `plan.schedule` for what
 * else it does that morning (reminders), so the sheet is read once.
 */
export function runDaily(ports: RefreshPorts, opts: Omit<RefreshOptions, 'freeze'> = {}): RefreshResult {
  return refresh(ports, { lockWaitMs: 30_000, ...opts });
}
