/**
 * What "Biểu đồ Gantt" and every refresh write: the `Gantt` sheet, drawn from the schedule at
 * the scale of the `Thang thời gian Gantt` setting. Pure: hosts write the result with
 * `WorkbookPort.write`, so Sheets, the .xlsx host and tests draw the same sheet.
 */
import type { Lang } from '../i18n';
import type { Settings } from '../plan/settings';
import type { Schedule } from '../schedule/types';
import type { SheetOutput } from '../sheet/output';
import { type GanttLayout, layoutGantt } from './layout';
import { ganttSheetOutput } from './sheet';

export type GanttSettings = Pick<Settings, 'ganttScale' | 'planName' | 'language'>;

export interface GanttOutputOptions {
  /** Language of the sheet's texts; the `Ngôn ngữ` setting by default. */
  lang?: Lang;
  /** Name of the task sheet (for the dialog's "row N of …" line). */
  tasksSheet?: string;
}

export function ganttLayoutFor(schedule: Schedule, settings: GanttSettings, opts: GanttOutputOptions = {}): GanttLayout {
  return layoutGantt(schedule, {
    scale: settings.ganttScale, today: schedule.today, lang: opts.lang ?? settings.language,
    planName: settings.planName, tasksSheet: opts.tasksSheet,
  });
}

export function ganttOutputs(schedule: Schedule, settings: GanttSettings, opts: GanttOutputOptions = {}): SheetOutput[] {
  return [ganttSheetOutput(ganttLayoutFor(schedule, settings, opts))];
}
