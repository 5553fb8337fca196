/** Which rows of the layout the chart draws: the lead filter and the folded sections. */
import type { GanttLayout, GanttRow } from '../../core/gantt/model';

/** Rows under a section: those after it, deeper, up to the next row at its level or above. */
function isInside(rows: GanttRow[], group: number, i: number): boolean {
  if (i <= group) return false;
  for (let k = group + 1; k <= i; k++) if (rows[k].level <= rows[group].level) return false;
  return true;
}

/** The rows to draw: tasks of the chosen lead with the sections that hold them; folded sections' rows left out. */
export function visibleRows(rows: GanttRow[], lead: string, folded: ReadonlySet<string>): GanttRow[] {
  let keep = rows.map((r) => r.kind === 'group' || !lead || r.lead.includes(lead));
  if (lead) {
    // A section stays when something under it stays.
    keep = rows.map((r, i) => {
      if (r.kind !== 'group') return keep[i];
      for (let k = i + 1; k < rows.length && rows[k].level > r.level; k++) if (rows[k].kind !== 'group' && keep[k]) return true;
      return false;
    });
  }
  const out: GanttRow[] = [];
  let foldedAt = -1;
  rows.forEach((r, i) => {
    if (foldedAt >= 0 && isInside(rows, foldedAt, i)) return;
    foldedAt = -1;
    if (!keep[i]) return;
    out.push(r);
    if (r.kind === 'group' && folded.has(r.key)) foldedAt = i;
  });
  return out;
}

/** The leads named in the layout, in Vietnamese order: the filter's choices. */
export function leadsOf(l: GanttLayout): string[] {
  const all = new Set<string>();
  for (const r of l.rows) for (const x of r.lead) all.add(x);
  return [...all].sort((a, b) => a.localeCompare(b, 'vi'));
}
