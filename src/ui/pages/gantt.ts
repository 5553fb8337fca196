/**
 * The Gantt dialog (and the standalone page `tiendo gantt --html` writes). The layout arrives as
 * boot data (standalone page) or from the server's `ganttData()`; the SVG is drawn by the same
 * core function as everywhere else (src/core/gantt/svg.ts), re-drawn on zoom.
 *
 * The toolbar filters the rows by lead (chủ trì); clicking a section's name folds it. Printing
 * (the button or the browser's own) gives the whole chart on A4 landscape pages, the toolbar
 * left out; «Tải ảnh PNG» saves the chart as drawn.
 *
 * Hovering a bar shows its details; clicking it (or Enter on the keyboard selection) selects the
 * task's row in the sheet through `ganttSelectRow`. Without a server (the standalone
 * page) the click only highlights the row and says where it is. User text goes in with
 * textContent; the SVG escapes its own.
 *
 * The parts live beside it in gantt-*.ts: state (what the page holds), rows (filter and fold),
 * draw, scroll, selection, tooltip, export (print and PNG) and controls (the events). This file
 * loads the layout and starts the page.
 */
import type { GanttLayout } from '../../core/gantt/model';
import { ganttCss } from '../../core/gantt/svg';
import { $, el } from '../client/dom';
import { boot, localize, tr } from '../client/i18n';
import { run } from '../client/run';
import { wire } from './gantt-controls';
import { show } from './gantt-draw';
import { hasServer, say } from './gantt-state';

function load(): void {
  const data = boot<GanttLayout>().data;
  if (data && Array.isArray(data.rows)) {
    show(data);
    return;
  }
  if (!hasServer()) {
    say(tr('ui.gantt.empty'));
    return;
  }
  say(tr('ui.gantt.loading'));
  run('ganttData')
    .then((l) => { say(''); show(l as GanttLayout); })
    .catch((e: Error) => {
      $('body').replaceChildren(el('p', 'empty', e.message));
      say(e.message, 'error');
    });
}

const style = document.createElement('style');
style.textContent = ganttCss();
document.head.append(style);
$('reload').hidden = !hasServer();
$('side').title = tr('ui.gantt.folded');
localize();
wire();
load();
