/**
 * Tasks described by labelled fields under an item (`a) Cơ quan chủ trì: …`, `- Thời gian thực
 * hiện: …`, `- Sản phẩm: …`): which field a line is, the field line as written for the evidence,
 * and the task the item and its fields make.
 */
import { findDeadlines, parseTimeCell } from '../dates/deadlines';
import { findRecurrence } from '../dates/recurrence';
import { findRelative } from '../dates/relative';
import type { Ctx, DraftWarning, Drafts } from './draft';
import { FIELD_LABEL } from './layout';
import { formNames, rolesOf } from './roles';
import type { PlanNode } from './structure';

/** A labelled field of a task: `Cơ quan chủ trì: …`, `Thời gian thực hiện: …`, `Sản phẩm: …`. */
const FIELD = new RegExp(`^(${FIELD_LABEL})\\s*:\\s*(.*)$`, 'i');

/** A field written after the task's words on the same line (`Tổ chức hội nghị …. Thời gian hoàn thành: …`). */
export const FIELD_AFTER = new RegExp(`[.;,]?\\s+(?:${FIELD_LABEL})\\s*:`, 'i');

type FieldKind = 'lead' | 'support' | 'time' | 'content' | 'other';

/** The field line of a kind, as written (`Cơ quan chủ trì: Sở Tư pháp`). */
function fieldLine(fields: PlanNode[], kind: FieldKind): string | null {
  const f = fields.find((x) => fieldOf(x.text)?.kind === kind);
  return f ? f.text.split('\n')[0].trim().replace(/[\s.;]+$/, '') : null;
}

/** The field a line opens with, and what it says; null for a line that is not a field. */
export function fieldOf(text: string): { kind: FieldKind; value: string } | null {
  const m = FIELD.exec(text.split('\n')[0].trim());
  if (!m) return null;
  const label = m[1].toLowerCase();
  const kind: FieldKind = /chủ trì|đầu mối|thực hiện$|^trách nhiệm/.test(label) && !/^(?:thời gian|tiến độ|nội dung)/.test(label) ? 'lead'
    : /phối hợp/.test(label) ? 'support'
      : /^(?:thời gian|thời hạn|tiến độ)/.test(label) ? 'time'
        : /^nội dung/.test(label) ? 'content' : 'other';
  return { kind, value: m[2].replace(/[\s.;]+$/, '').trim() };
}

/** A line that only says when (`- Thời gian báo cáo chậm nhất …`), read as the time of the heading over it. */
export const TIMING = /^(?:thời gian|thời hạn|hạn|tiến độ)(?=[\s:,]|$)/i;

/**
 * A task described by labelled fields under it (`a) Cơ quan chủ trì: …`, `- Thời gian thực
 * hiện: …`, `- Sản phẩm: …`): the item's words are the task, the fields its roles and time.
 */
export function fieldTask(ex: Drafts, n: PlanNode, fields: PlanNode[], ctx: Ctx): void {
  const first = n.text.split('\n')[0];
  const lead: string[] = [];
  const support: string[] = [];
  const time: string[] = [];
  let content = '';
  for (const f of fields) {
    const v = fieldOf(f.text);
    if (!v || !v.value) continue;
    if (v.kind === 'lead') lead.push(...formNames(v.value));
    else if (v.kind === 'support') support.push(...formNames(v.value));
    else if (v.kind === 'time') time.push(v.value);
    else if (v.kind === 'content') content = v.value;
  }
  const yc = ex.yearCtx(ctx);
  const timeText = time.join('; ');
  const at = timeText ? parseTimeCell(timeText, yc) : null;
  const titleText = content || first;
  const dates = at ? [at] : findDeadlines(titleText, yc).filter((m) => m.strong);
  const own = lead.length ? null : rolesOf(titleText);
  ex.noteDates(dates);
  const warnings: DraftWarning[] = timeText && !at && !findRecurrence(timeText) ? [{ code: 'tableRow', params: { text: timeText } }] : [];
  ex.make({ source: [...n.lines, ...fields.flatMap((f) => f.lines)].join('\n'), line: n.line, ctx }, {
    titleText, cuts: ex.cutsIn(titleText, yc), dates,
    roles: own ?? { lead, support, explicit: true }, rel: findRelative(timeText),
    rec: (timeText ? findRecurrence(timeText) : null) ?? findRecurrence(titleText), extraWarnings: warnings,
    evidence: {
      ...(own ? {} : { lead: fieldLine(fields, 'lead'), support: fieldLine(fields, 'support') }),
      ...(timeText ? { due: fieldLine(fields, 'time') } : {}),
    },
  });
}
