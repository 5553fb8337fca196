/**
 * "Biểu đồ Gantt" over the host ports (menu and dialog in Sheets, `tiendo gantt`, tests):
 *
 *   [lock →] read the tracker sheets in ONE call → schedule → lay out → write the `Gantt` sheet once.
 *
 * The caller gets the layout back, so the Sheets dialog receives it as page data and never reads
 * the sheets a second time. The dialog's "reload" asks `ganttView`, which reads and writes nothing
 * else. The number of host calls is the same for 100 tasks or 5 000.
 */
import type { CivilDate } from '../core/dates/civil';
import type { ScaleChoice } from '../core/gantt/axis';
import type { GanttLayout } from '../core/gantt/model';
import { ganttLayoutFor } from '../core/gantt/outputs';
import { ganttSheetOutput } from '../core/gantt/sheet';
import { type Lang, t } from '../core/i18n';
import { TASKS_SHEET } from '../core/plan/columns';
import { sheetNamed } from '../core/plan/sheets';
import { readTracker } from '../core/plan/read';
import { attachReportsFromGrids } from '../core/reports/plan';
import { computeSchedule } from '../core/schedule/compute';
import { sheetsToRead } from '../core/refresh/plan';
import type { SheetOutput } from '../core/sheet/output';
import type { ClockPort, LockPort, WorkbookPort } from '../ports';

export interface GanttPorts {
  workbook: WorkbookPort;
  /** Today in the plan's zone, asked only when `today` is not given. */
  clock: Pick<ClockPort, 'today'>;
  /** Given, the drawing waits for the document lock (Sheets); the CLI holds its file lock around the call. */
  lock?: LockPort;
}

export interface GanttOptions {
  /** The day to draw for (CLI `--today`); the clock's today otherwise. */
  today?: CivilDate;
  /** Language of the returned layout (the dialog) and of the messages; the `Ngôn ngữ` setting by default. */
  lang?: Lang;
  /** Language of the written sheet; the `Ngôn ngữ` setting by default. */
  sheetLang?: Lang;
  /** The time scale, instead of the `Thang thời gian Gantt` setting (CLI `--scale`). */
  scale?: ScaleChoice;
  /** How long to wait for another run's lock (ms). */
  lockWaitMs?: number;
}

export type GanttResult =
  | { ok: false; reason: 'busy' | 'noTaskSheet'; message: string }
  | {
      ok: true;
      /** The chart in `lang`: the dialog's page data. */
      layout: GanttLayout;
      /** The `Gantt` sheet (in `sheetLang`). */
      output: SheetOutput;
      planName: string;
      tasksSheet: string;
    };

export const GANTT_LOCK_WAIT_MS = 5_000;

/** The Gantt of the tracker as it stands: one read, nothing written. */
export function ganttView(ports: Pick<GanttPorts, 'workbook' | 'clock'>, opts: GanttOptions = {}): GanttResult {
  const lang = opts.lang ?? 'vi';
  const names = sheetsToRead(ports.workbook.sheetNames());
  // No task sheet: say so before reading anything.
  if (sheetNamed(names, TASKS_SHEET) === undefined) return noTaskSheet(lang);
  const grids = ports.workbook.readGrids(names);
  const tracker = readTracker(grids);
  const tasks = tracker.layouts.tasks;
  if (!tasks) return noTaskSheet(lang);
  const schedule = computeSchedule(tracker, opts.today ?? ports.clock.today());
  attachReportsFromGrids(grids, tracker, schedule, opts.lang ?? tracker.settings.language);
  const settings = opts.scale ? { ...tracker.settings, ganttScale: opts.scale } : tracker.settings;
  const layout = ganttLayoutFor(schedule, settings, { lang: opts.lang, tasksSheet: tasks.name });
  const sheetLayout = (opts.sheetLang ?? settings.language) === layout.lang
    ? layout
    : ganttLayoutFor(schedule, settings, { lang: opts.sheetLang, tasksSheet: tasks.name });
  return { ok: true, layout, output: ganttSheetOutput(sheetLayout), planName: settings.planName, tasksSheet: tasks.name };
}

/** "Biểu đồ Gantt": the view above, its sheet written once, under the lock when one is given. */
export function drawGantt(ports: GanttPorts, opts: GanttOptions = {}): GanttResult {
  const lock = ports.lock;
  if (lock && !lock.tryLock(opts.lockWaitMs ?? GANTT_LOCK_WAIT_MS)) {
    return { ok: false, reason: 'busy', message: t(opts.lang ?? 'vi', 'refresh.lockBusy') };
  }
  try {
    const r = ganttView(ports, opts);
    if (r.ok) ports.workbook.write(r.output);
    return r;
  } finally {
    lock?.release();
  }
}

function noTaskSheet(lang: Lang): GanttResult {
  return { ok: false, reason: 'noTaskSheet', message: t(lang, 'gantt.noTaskSheet') };
}
