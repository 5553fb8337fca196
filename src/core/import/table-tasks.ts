/**
 * A table pasted from Word → one task per row (tables.ts tells which cell is which): the time
 * cell gives the dates, a section row names the section of the rows after it, and a
 * `Thời gian: …` line over the table gives the time of every row that gives none.
 */
import { parseTimeCell } from '../dates/deadlines';
import { findRecurrence } from '../dates/recurrence';
import { findRelative } from '../dates/relative';
import type { Ctx, DraftWarning, Drafts } from './draft';
import { sectionName } from './headings';
import { formNames } from './roles';
import type { PlanNode } from './structure';
import { DEFAULT_COLUMNS, type TableColumn, isSectionRow, readRow, tableHeader } from './tables';

/** `Thời gian: …` in the line over a table, up to the next label (`Thành phần: …`) or the end of the clause. */
export const TIME_FIELD = /(?:^|\s)Thời gian(?:\s+(?:thực hiện|tổ chức))?\s*:\s*(.+?)(?=\s+[A-ZĐÀ-Ỹ][^\s:]*(?:\s+[^\s:]+){0,2}\s*:|[.;]|$)/;

/** The tasks of a table's rows; `captionTime` is the time written over the table. */
export function tableTasks(ex: Drafts, rows: PlanNode[], ctx: Ctx, captionTime: string | null = null): void {
  let cols: TableColumn[] | null = null;
  let section = ctx.section;
  for (const r of rows) {
    const cells = r.cells ?? [];
    if (!cols) {
      const h = tableHeader(cells);
      if (h) { cols = h; continue; }
      if (cells.length === 5) cols = DEFAULT_COLUMNS;
      else continue;
    }
    const row = readRow(cells, cols);
    if (!row.title) continue;
    if (!row.time && captionTime) row.time = captionTime;
    if (isSectionRow(row, cells)) { section = sectionName(row.title); continue; }
    const yc = ex.yearCtx(ctx);
    const at = row.time ? parseTimeCell(row.time, yc) : null;
    const dl = at ? [at] : [];
    const rel = findRelative(row.time);
    const rec = findRecurrence(row.time) ?? findRecurrence(row.title);
    const warnings: DraftWarning[] = [];
    if (row.time && !dl.length && !rel.length && !rec) warnings.push({ code: 'tableRow', params: { text: row.time } });
    ex.noteDates(dl);
    ex.make({ source: r.lines.join('\n'), line: r.line, ctx: { ...ctx, section, unit: null } }, {
      titleText: row.title, cuts: ex.cutsIn(row.title, yc), dates: dl.slice(0, 2),
      roles: { lead: formNames(row.lead), support: formNames(row.support), explicit: true }, rel, rec, extraWarnings: warnings,
      evidence: { lead: row.lead || null, support: row.support || null, due: row.time || null },
    });
  }
}
