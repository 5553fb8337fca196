/**
 * The chart off the screen: printing (the button or the browser's own) gives the whole chart on
 * A4 landscape pages, the toolbar left out; «Tải ảnh PNG» saves the chart as drawn.
 */
import type { GanttLayout } from '../../core/gantt/model';
import { HEADER_HEIGHT, LABEL_WIDTH, PX_PER_DAY, ROW_HEIGHT, ganttSvg } from '../../core/gantt/svg';
import { $, el } from '../client/dom';
import { tr } from '../client/i18n';
import { say, state } from './gantt-state';

/** A4 landscape at 96 px/inch, 10 mm margins: the room one printed page gives the chart. */
const PAGE = { width: 1047, height: 718 };

/**
 * The print version: the rows drawn now, in the coarsest zoom that is still the one shown or
 * readable on paper, cut into pages that each repeat the date header.
 */
export function fillPrint(): void {
  const { layout, view } = state;
  const box = $('print');
  box.replaceChildren();
  if (!layout || !view || !view.rows.length) return;
  const days = (s: GanttLayout['scale']) => LABEL_WIDTH + (new Date(layout.range.end).getTime() - new Date(layout.range.start).getTime()) / 864e5 * PX_PER_DAY[s];
  const order: GanttLayout['scale'][] = ['day', 'week', 'month'];
  let scale = state.zoom;
  // Shrinking below about two thirds makes the names unreadable: take a coarser zoom instead.
  while (days(scale) * 0.66 > PAGE.width && order.indexOf(scale) < 2) scale = order[order.indexOf(scale) + 1];
  const width = days(scale) + 60;
  const k = Math.min(1, PAGE.width / width);
  const title = `${$('title').textContent ?? ''} · ${$('facts').textContent ?? ''}`;
  const perPage = Math.max(5, Math.floor((PAGE.height / k - HEADER_HEIGHT - 40 / k) / ROW_HEIGHT));
  for (let from = 0; from < view.rows.length; from += perPage) {
    const page = el('div', 'pp');
    page.append(el('h2', '', title));
    const holder = el('div');
    holder.innerHTML = ganttSvg({ ...view, rows: view.rows.slice(from, from + perPage) }, { scale });
    page.append(holder);
    box.append(page);
  }
}

export async function savePng(): Promise<void> {
  const { view } = state;
  if (!view || !view.rows.length) return;
  const svg = ganttSvg(view, { scale: state.zoom });
  const w = Number(/width="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const h = Number(/height="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  // Browsers refuse canvases much beyond 16 000 px a side or 250 million pixels.
  if (w > 16000 || h > 16000 || w * h > 2.5e8) { say(tr('ui.gantt.pngTooBig'), 'error'); return; }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    await new Promise<void>((ok, ko) => { img.onload = () => ok(); img.onerror = () => ko(new Error('svg')); img.src = url; });
    const canvas = el('canvas');
    canvas.width = Math.ceil(w);
    canvas.height = Math.ceil(h);
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0);
    const a = el('a');
    a.href = canvas.toDataURL('image/png');
    a.download = 'gantt.png';
    document.body.append(a);
    a.click();
    a.remove();
  } catch (e) {
    say((e as Error).message, 'error');
  } finally {
    URL.revokeObjectURL(url);
  }
}
