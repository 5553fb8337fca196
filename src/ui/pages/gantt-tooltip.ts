/** The tooltip: a bar's or label's details, shown beside the pointer (or the keyboard selection). */
import { type CivilDate, formatDMY } from '../../core/dates/civil';
import { STATUS_PALETTE } from '../../core/gantt/colors';
import type { GanttRow } from '../../core/gantt/model';
import { barDates } from '../../core/gantt/model';
import { $, el } from '../client/dom';
import { tr } from '../client/i18n';
import { state } from './gantt-state';

function dates(r: GanttRow): string {
  if (!r.end) return r.start ? `${formatDMY(r.start)} – (${tr('ui.gantt.tip.noDue')})` : tr('ui.gantt.tip.noDue');
  if (r.milestone) return formatDMY(r.end);
  const d = barDates(r) as { start: CivilDate; end: CivilDate };
  return `${formatDMY(d.start)} – ${formatDMY(d.end)}`;
}

function tipContent(r: GanttRow): HTMLElement[] {
  const out: HTMLElement[] = [el('div', 'tt', r.title)];
  const table = el('table');
  const add = (k: Parameters<typeof tr>[0], v: string | HTMLElement) => {
    if (!v) return;
    const row = el('tr');
    const cell = el('td');
    cell.append(v);
    row.append(el('th', '', tr(k)), cell);
    table.append(row);
  };
  if (r.kind === 'group') {
    add('ui.gantt.tip.tasks', String(r.count));
  } else {
    add('ui.gantt.tip.id', r.id);
    add('ui.gantt.tip.lead', r.lead.join(', '));
    add('ui.gantt.tip.support', r.support.join(', '));
  }
  add('ui.gantt.tip.dates', dates(r));
  if (r.status) {
    const tag = el('span', 'tag', r.statusLabel);
    tag.style.background = STATUS_PALETTE[r.status].tint;
    tag.style.color = STATUS_PALETTE[r.status].text;
    add('ui.gantt.tip.status', tag);
  }
  add('ui.gantt.tip.progress', `${Math.round(r.progress * 100)}%`);
  add('ui.gantt.tip.report', r.report ?? '');
  out.push(table);
  if (r.critical) out.push(el('div', 'crit', tr('ui.gantt.tip.critical')));
  if (r.problems.length) {
    out.push(el('div', 'muted', tr('ui.gantt.tip.problems')));
    const ul = el('ul', 'probs');
    for (const p of r.problems) ul.append(el('li', '', p));
    out.push(ul);
  }
  return out;
}

/** The row whose details the tooltip holds: moving within one row does not rebuild it. */
let tipFor = -1;

export function showTip(i: number, x: number, y: number): void {
  const tip = $('tip');
  const { view } = state;
  if (!view || i < 0) { hideTip(); return; }
  if (i !== tipFor) {
    tip.replaceChildren(...tipContent(view.rows[i]));
    tipFor = i;
  }
  tip.hidden = false;
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const left = x + 14 + w > window.innerWidth ? Math.max(4, x - 14 - w) : x + 14;
  const top = y + 16 + h > window.innerHeight ? Math.max(4, y - 12 - h) : y + 16;
  tip.style.left = `${left}px`;
  tip.style.top = `${top}px`;
}

export function hideTip(): void {
  $('tip').hidden = true;
  tipFor = -1;
}
