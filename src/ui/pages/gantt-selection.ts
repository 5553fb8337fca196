/**
 * The selected row: highlighted in the chart and, on a click or Enter, selected in the sheet
 * through `ganttSelectRow`. Without a server (the standalone page) the click only highlights the
 * row and says where it is.
 */
import { ROW_HEIGHT } from '../../core/gantt/svg';
import { tr } from '../client/i18n';
import { run } from '../client/run';
import { hasServer, say, state } from './gantt-state';

export function highlight(i: number): void {
  document.querySelectorAll<SVGRectElement>('[data-sel]').forEach((r) => {
    r.setAttribute('y', String(i * ROW_HEIGHT));
    r.setAttribute('visibility', 'visible');
  });
  document.querySelectorAll('.bar.selected').forEach((b) => b.classList.remove('selected'));
  const key = state.view?.rows[i]?.key;
  if (key) document.querySelector(`.bar[data-key="${CSS.escape(key)}"]`)?.classList.add('selected');
}

export function select(i: number, toSheet: boolean): void {
  const { layout, view } = state;
  if (!layout || !view || i < 0 || i >= view.rows.length) return;
  state.selected = i;
  state.selectedKey = view.rows[i].key;
  highlight(i);
  const row = view.rows[i];
  if (!toSheet || row.row === null) return;
  const where = { row: row.row, sheet: layout.tasksSheet };
  if (!hasServer()) {
    say(tr('ui.gantt.selectedOffline', where));
    return;
  }
  run('ganttSelectRow', row.row)
    .then(() => say(tr('ui.gantt.selected', where), 'ok'))
    .catch((e: Error) => say(e.message, 'error'));
}

/** The view's row an event happened on (its bar or label), -1 for none. */
export function rowOf(target: EventTarget | null): number {
  const g = (target as Element | null)?.closest?.('[data-key]');
  const key = g?.getAttribute('data-key');
  return key ? state.index.get(key) ?? -1 : -1;
}
