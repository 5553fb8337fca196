/**
 * The page's controls: scrolling panes kept in step, hover and click on the chart (a section's
 * name folds it, a row is selected), the zoom buttons, «Hôm nay», the lead filter, print and PNG,
 * reload, and the keyboard (arrows, Home, End move the selection; Enter selects in the sheet).
 */
import type { GanttScale } from '../../core/gantt/axis';
import type { GanttLayout } from '../../core/gantt/model';
import { ROW_HEIGHT } from '../../core/gantt/svg';
import { $ } from '../client/dom';
import { tr } from '../client/i18n';
import { run } from '../client/run';
import { draw, show } from './gantt-draw';
import { fillPrint, savePng } from './gantt-export';
import { revealRow, scrollToDate, syncScroll } from './gantt-scroll';
import { rowOf, select } from './gantt-selection';
import { hasServer, say, state } from './gantt-state';
import { hideTip, showTip } from './gantt-tooltip';

export function wire(): void {
  const body = $('body');
  body.addEventListener('scroll', syncScroll, { passive: true });
  // The label column scrolls with the wheel too: it hands the wheel to the body.
  $('side').addEventListener('wheel', (e) => { body.scrollTop += e.deltaY; body.scrollLeft += e.deltaX; e.preventDefault(); }, { passive: false });
  $('head').addEventListener('wheel', (e) => { body.scrollLeft += e.deltaX || e.deltaY; e.preventDefault(); }, { passive: false });
  for (const id of ['body', 'side']) {
    const pane = $(id);
    pane.addEventListener('mousemove', (e) => showTip(rowOf(e.target), e.clientX, e.clientY));
    pane.addEventListener('mouseleave', hideTip);
    pane.addEventListener('click', (e) => {
      const i = rowOf(e.target);
      const row = state.view?.rows[i];
      // A section's name folds or unfolds it.
      if (row && row.kind === 'group' && id === 'side') {
        if (state.collapsed.has(row.key)) state.collapsed.delete(row.key); else state.collapsed.add(row.key);
        // The section becomes the selection: the arrow keys go on from it.
        state.selectedKey = row.key;
        hideTip();
        draw();
        return;
      }
      if (i >= 0) select(i, true);
    });
  }
  document.querySelectorAll<HTMLButtonElement>('[data-zoom]').forEach((b) => b.addEventListener('click', () => {
    state.zoom = b.dataset.zoom as GanttScale;
    hideTip();
    draw();
  }));
  $('today').addEventListener('click', () => { if (state.layout) scrollToDate(state.layout.today, 0.35); syncScroll(); });
  $<HTMLSelectElement>('lead').addEventListener('change', (e) => {
    state.leadFilter = (e.target as HTMLSelectElement).value;
    hideTip();
    draw();
  });
  $('print-btn').addEventListener('click', () => { fillPrint(); window.print(); });
  $('png').addEventListener('click', () => { void savePng(); });
  window.addEventListener('beforeprint', fillPrint);
  $('reload').addEventListener('click', () => {
    if (!hasServer()) return;
    say(tr('ui.gantt.loading'));
    run('ganttData').then((l) => { say(''); show(l as GanttLayout); }).catch((e: Error) => say(e.message, 'error'));
  });
  $('chart').addEventListener('keydown', (e) => {
    const { view, selected } = state;
    if (!view || !view.rows.length) return;
    let i = selected;
    if (e.key === 'ArrowDown') i = Math.min(view.rows.length - 1, selected + 1);
    else if (e.key === 'ArrowUp') i = Math.max(0, selected - 1);
    else if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = view.rows.length - 1;
    else if (e.key === 'Enter' && selected >= 0) { select(selected, true); e.preventDefault(); return; } else return;
    e.preventDefault();
    select(i, false);
    revealRow(i);
    const r = $('body').getBoundingClientRect();
    showTip(i, r.left + 40, r.top + (i * ROW_HEIGHT - $('body').scrollTop) + ROW_HEIGHT);
  });
  $('chart').addEventListener('blur', hideTip);
}
