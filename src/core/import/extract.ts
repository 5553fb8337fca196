/**
 * From a plan's outline to candidate tasks and people. Three shapes of plans are read:
 *  - timelines: dated steps, and month headings whose period covers the undated steps below;
 *  - unit → tasks: a heading naming a unit, its `(1)`, `(2)` … (or bullets) are that unit's tasks;
 *  - deliverable → people: a heading followed by `Đồng chí …, Chủ trì` lines, or group headings
 *    (`Nhóm I: …`) with their members and `Nhóm trưởng`;
 * plus tables pasted from Word and plain prose (a sentence with a deadline is a task).
 *
 * An item becomes a task when something says it is one: a deadline, a deadline counted from an
 * event, a period heading above it, a unit heading above it, a role (`Giao …`, `chủ trì`), a
 * repeating duty with a subject (`… thường xuyên …`), or dated siblings (a timeline step whose
 * date was left out). Purpose and requirements, legal basis, recipients never hold tasks.
 *
 * Here is the walk over the outline; what each part says is read beside it: headings.ts (section,
 * unit, the intro of a list), paragraph.ts (prose), sentence.ts (an item or a sentence → its
 * tasks), fields.ts (labelled fields), table-tasks.ts (tables), assignments.ts (deliverables →
 * people), draft.ts (how a task is put together).
 */
import { findDeadlines, parseWindowHeading } from '../dates/deadlines';
import { findRelative } from '../dates/relative';
import { Assignments, PERSON } from './assignments';
import { type Ctx, Drafts } from './draft';
import { TIMING, fieldOf, fieldTask } from './fields';
import { leadOfIntro, listIntro, sectionName, unitHeading } from './headings';
import { Paragraphs } from './paragraph';
import { groupNameOf } from './people';
import { analyse } from './sentence';
import { HEADING_KINDS, type PlanNode, isNonTaskHeading } from './structure';
import { TIME_FIELD, tableTasks } from './table-tasks';
import { tidyTitle } from './title';
import type { ProposedPerson } from './types';

/** Items with a number of their own (`2.`, `2.1.`, `(2)`): a bullet under a heading describes more often than it assigns. */
const NUMBERED = new Set<string>(['num', 'multi2', 'multi3', 'multi4', 'paren']);

/** The walk over the outline: each block's children in order, with what the headings above them say. */
export class Extractor extends Drafts {
  private readonly paragraphs = new Paragraphs(this);
  private readonly assignments = new Assignments(this);

  run(): void {
    const ctx: Ctx = { section: '', window: null, unit: null, group: null };
    this.visit(this.outline.root, ctx, ctx);
    this.assignments.resolveRoleHolders();
  }

  peopleList(): ProposedPerson[] {
    return this.assignments.people.list();
  }

  /** The node's children in order; `skip` was already read (a timing line given to its intro). */
  private visit(node: PlanNode, ctx: Ctx, outer: Ctx, skip?: PlanNode): void {
    const kids = node.children.filter((c) => !c.outside && c !== skip);
    const persons = kids.filter((c) => c.kind !== 'table' && PERSON.test(c.text));
    // Lines read as people are the block's; a `Đồng chí …` line that is a sentence stays an item.
    const consumed = persons.length > 0 ? this.assignments.read(node, persons, ctx, outer) : new Set<PlanNode>();
    const made = new Map<PlanNode, number>();
    const blocks = new Set<PlanNode>();
    let tableTime: string | null = null;
    // After a paragraph that asks units to do `các nội dung sau:`, the items below are theirs.
    let run: Ctx = ctx;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i];
      if (consumed.has(c)) continue;
      const before = this.drafts.length;
      if (c.kind === 'table') {
        const rows: PlanNode[] = [];
        while (i < kids.length && kids[i].kind === 'table') rows.push(kids[i++]);
        i--;
        tableTasks(this, rows, ctx, tableTime);
        tableTime = null;
        continue;
      }
      // `Thời gian: 14 giờ ngày 28 tháng 9 năm 2012 … NỘI DUNG CÔNG VIỆC CỤ THỂ:` over a table: the
      // time of every row that gives none; the line itself is the table's caption, not a task.
      const caption = c.kind === 'para' && kids[i + 1]?.kind === 'table' ? TIME_FIELD.exec(c.text.replace(/\n/g, ' ')) : null;
      if (caption) {
        tableTime = caption[1].replace(/^\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s+/i, '');
        continue;
      }
      if (c.kind === 'para') {
        const intro = kids[i + 1] && kids[i + 1].kind !== 'para' && kids[i + 1].kind !== 'table' ? listIntro(c.text) : null;
        if (intro) {
          run = { ...ctx, units: intro.lead, unitsWords: intro.words };
          continue;
        }
        this.paragraphs.read(c, run);
        continue;
      }
      if (this.item(c, run, kids)) blocks.add(c);
      made.set(c, this.drafts.length - before);
    }
    // A part that assigns deliverables to people (`C. PHÂN CÔNG …`): its headings without people
    // (`VIII. TỔ CHỨC CÁC HỘI NGHỊ …` — `Tổ Biên tập sẽ có Kế hoạch riêng`) are deliverables too.
    if (blocks.size >= 2) {
      for (const c of kids) {
        if (blocks.has(c) || (made.get(c) ?? 1) > 0 || !HEADING_KINDS.has(c.kind) || c.isWindow) continue;
        if (isNonTaskHeading(c.text)) continue;
        this.push({
          section: ctx.section, title: tidyTitle(c.text.split('\n')[0]), lead: [], support: [], start: null, due: null,
          recurrence: null, source: c.lines.join('\n'), line: c.line, event: null, warnings: [{ code: 'noPeople', params: {} }],
          evidence: { lead: null, support: null, due: null },
        });
      }
    }
  }

  /** An item or heading. Returns true when it was a deliverable assigned to people. */
  private item(n: PlanNode, ctx: Ctx, siblings: PlanNode[]): boolean {
    const first = n.text.split('\n')[0];
    const items = n.children.filter((c) => c.kind !== 'para');
    if (items.length > 0 && items.every((c) => fieldOf(c.text)) && !fieldOf(first)) {
      fieldTask(this, n, items, ctx);
      return false;
    }
    if (n.children.length === 0) {
      this.candidate(n, ctx, 'item', { timeline: this.timeline(n, siblings) });
      return false;
    }
    if (isNonTaskHeading(first)) return false;
    const sub: Ctx = { ...ctx };
    if (HEADING_KINDS.has(n.kind)) sub.section = sectionName(first);
    if (n.isWindow) {
      const w = parseWindowHeading(first, this.yearCtx(ctx));
      if (w?.start && w.due) {
        sub.window = { start: w.start, due: w.due };
        sub.windowWords = null;
        sub.windowNote = this.yearWarning(w);
        this.noteDates([w]);
      }
    }
    const unit = unitHeading(first) ?? leadOfIntro(first);
    if (unit) sub.unit = unit;
    const g = groupNameOf(first);
    if (g) sub.group = g.group;
    const before = this.drafts.length;
    // `Đối với chi bộ: … báo cáo kết quả, gồm:` with a `- Thời gian báo cáo chậm nhất …` line below.
    const timing = /:\s*$/.test(first) ? n.children.find((c) => c.kind !== 'para' && TIMING.test(c.text) && this.hasTiming(c.text, ctx)) : undefined;
    if (timing) this.candidate(n, ctx, 'item', { timing });
    const hadPeople = n.children.some((c) => PERSON.test(c.text));
    this.visit(n, sub, ctx, timing);
    // A dated heading whose items carry no task of their own is a task itself.
    if (this.drafts.length === before && !n.isWindow && !hadPeople && !isNonTaskHeading(first)) {
      const dl = findDeadlines(first, this.yearCtx(ctx)).filter((m) => m.strong);
      if (dl.length || findRelative(first).length) this.candidate(n, ctx, 'item', {});
    }
    return hadPeople && this.drafts.length > before;
  }

  private hasTiming(text: string, ctx: Ctx): boolean {
    return findDeadlines(text, this.yearCtx(ctx)).some((m) => m.strong) || findRelative(text).length > 0;
  }

  /** Per list: how many items of each kind there are and which carry a date, counted once (long lists stay linear). */
  private readonly listCache = new Map<PlanNode[], { dated: Set<PlanNode>; byKind: Map<string, { total: number; dated: number }> }>();

  private listStats(siblings: PlanNode[]) {
    let stats = this.listCache.get(siblings);
    if (stats) return stats;
    const dated = new Set<PlanNode>();
    const byKind = new Map<string, { total: number; dated: number }>();
    for (const s of siblings) {
      if (PERSON.test(s.text)) continue;
      const k = byKind.get(s.kind) ?? { total: 0, dated: 0 };
      k.total++;
      if (findDeadlines(s.text.replace(/\n/g, ' '), { year: 2000 }).some((m) => m.strong) || findRelative(s.text).length > 0) {
        dated.add(s);
        k.dated++;
      }
      byKind.set(s.kind, k);
    }
    stats = { dated, byKind };
    this.listCache.set(siblings, stats);
    return stats;
  }

  /** Most of the item's siblings are dated: it is a step of a timeline even without a date. */
  private timeline(n: PlanNode, siblings: PlanNode[]): boolean {
    const { dated, byKind } = this.listStats(siblings);
    const k = byKind.get(n.kind);
    if (!k) return false;
    const self = PERSON.test(n.text) ? 0 : 1;
    const total = k.total - self;
    const datedOthers = k.dated - (dated.has(n) ? 1 : 0);
    return total >= 2 && datedOthers / total >= 0.6;
  }

  private candidate(n: PlanNode, ctx: Ctx, mode: 'item', extra: { timeline?: boolean; timing?: PlanNode }): void {
    const first = n.text.split('\n')[0];
    const source = extra.timing ? [...n.lines, ...extra.timing.lines].join('\n') : n.lines.join('\n');
    analyse(this, {
      text: n.text.replace(/\n/g, ' '), first, source, line: n.line, ctx, mode,
      timeline: extra.timeline, timing: extra.timing?.text, numbered: NUMBERED.has(n.kind),
    });
  }
}
