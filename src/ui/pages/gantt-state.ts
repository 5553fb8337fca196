/**
 * What the Gantt page holds between events: the layout as loaded, the view drawn from it and the
 * user's choices (lead, folded sections, zoom, selection). One object, so every part of the page
 * reads and changes the same values.
 */
import type { GanttScale } from '../../core/gantt/axis';
import type { GanttLayout } from '../../core/gantt/model';
import type { Geometry } from '../../core/gantt/svg';
import { type StatusKind, setStatus } from '../client/dom';

declare global {
  interface Window {
    /** Milliseconds the last drawing took (data in → chart laid out): the bench and tests read it. */
    __ganttRenderMs?: number;
  }
}

export interface GanttPageState {
  /** The layout as loaded. */
  layout: GanttLayout | null;
  /** What is drawn: filtered by lead, folded sections left out. */
  view: GanttLayout | null;
  leadFilter: string;
  collapsed: Set<string>;
  zoom: GanttScale;
  geo: Geometry | null;
  /** The selected row's place in `view`, -1 for none. */
  selected: number;
  /** The selected row's key: a selection survives folding and filtering while its row is shown. */
  selectedKey: string;
  /** Each drawn row's place in `view`, by key. */
  index: Map<string, number>;
}

export const state: GanttPageState = {
  layout: null,
  view: null,
  leadFilter: '',
  collapsed: new Set<string>(),
  zoom: 'week',
  geo: null,
  selected: -1,
  selectedKey: '',
  index: new Map<string, number>(),
};

export const hasServer = (): boolean => !!window.google?.script?.run;

export const say = (text: string, kind: StatusKind = ''): void => setStatus(text, kind);
