/**
 * The colours of the plan's statuses, shared by the Gantt sheet, the SVG chart and (through
 * `tint`/`text`) the `Tình trạng` cells, so a status looks the same wherever the user meets it.
 *
 * `bar` is the part still to do and `done` the part done (darker, same hue): the eye reads the
 * progress inside the bar. Hues follow what offices expect: red late, orange today, yellow soon,
 * blue under way, grey not started, purple paused, green done. Each `done` colour keeps at least
 * 3:1 contrast with white, the chart's background.
 */
import type { ScheduleStatus } from '../schedule/types';

export interface StatusColours {
  /** Bar fill, the part still to do. */
  bar: string;
  /** Bar fill, the part done; also the milestone diamond and the status dot. */
  done: string;
  /** Light background of a status cell. */
  tint: string;
  /** Text on `tint`. */
  text: string;
}

export const STATUS_PALETTE: Record<ScheduleStatus, StatusColours> = {
  overdue: { bar: '#f6aea9', done: '#d93025', tint: '#f4c7c3', text: '#a50e0e' },
  dueToday: { bar: '#fdcfa3', done: '#e8710a', tint: '#fbd7a6', text: '#8a4b00' },
  dueSoon: { bar: '#fde293', done: '#c98a00', tint: '#fff2cc', text: '#7a5c00' },
  inProgress: { bar: '#aecbfa', done: '#1a73e8', tint: '#d2e3fc', text: '#174ea6' },
  notStarted: { bar: '#dadce0', done: '#80868b', tint: '#ffffff', text: '#3c4043' },
  paused: { bar: '#e1c6f7', done: '#9334e6', tint: '#e8eaed', text: '#5f6368' },
  doneLate: { bar: '#d4e3a8', done: '#7c9a2d', tint: '#e6f4ea', text: '#b06000' },
  done: { bar: '#a8dab5', done: '#1e8e3e', tint: '#ceead6', text: '#0d652d' },
  cancelled: { bar: '#f1f3f4', done: '#bdc1c6', tint: '#f1f3f4', text: '#9aa0a6' },
};

/** Everything in the chart that is not a task's status. */
export const CHART_COLOURS = {
  /** Section summary bar (to do / done). */
  summary: '#9aa0a6',
  summaryDone: '#3c4043',
  /** Critical path: bar outline, arrows, the sheet's bar caps and `Găng` mark. */
  critical: '#c5221f',
  /** Today: the line, the header cell; `todayTint` behind the sheet's empty cells of today. */
  today: '#ea4335',
  todayTint: '#fce8e6',
  /** Weekends and days off. */
  dayOff: '#eceff1',
  dayOffText: '#80868b',
  /** Headers and section rows. */
  header: '#f1f3f4',
  headerText: '#3c4043',
  sectionRow: '#e8f0fe',
  sectionText: '#174ea6',
  grid: '#e0e3e7',
  text: '#202124',
  muted: '#5f6368',
  arrow: '#5f6368',
  selection: '#fef7cd',
} as const;
