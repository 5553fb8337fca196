/**
 * Deliverable → people: a heading followed by `Đồng chí …, Chủ trì` lines, or a group heading
 * (`Nhóm I: …`) with its members and `Nhóm trưởng`. Everyone named is proposed for `Nhân sự`;
 * `đồng chí Tổ trưởng` as a lead becomes the person the plan names as Tổ trưởng.
 */
import { findDeadlines } from '../dates/deadlines';
import { findRelative } from '../dates/relative';
import type { Ctx, Drafts } from './draft';
import { PeopleBook, type PersonLine, groupNameOf, parsePersonLine } from './people';
import type { PlanNode } from './structure';

/** A line that names a person (`Đồng chí …`, `Đ/c …`). */
export const PERSON = /^(?:đồng chí|đ\/c|đ\/\s*c)\s+\S/i;

/** The people the plan assigns, and who holds the roles the text names without a name. */
export class Assignments {
  readonly people = new PeopleBook();
  /** Who holds a role the text names without a name (`đồng chí Tổ trưởng`). */
  private readonly holders = new Map<string, Set<string>>();

  constructor(private readonly ex: Drafts) {}

  /**
   * A deliverable heading with its people: one task led by the `Chủ trì` / `Nhóm trưởng`, the
   * others supporting; a person given a duty of their own (`… chịu trách nhiệm chỉ đạo chung …`)
   * gets that duty as a task. Everyone is proposed for `Nhân sự`.
   */
  read(node: PlanNode, persons: PlanNode[], inner: Ctx, outer: Ctx): Set<PlanNode> {
    const head = node.kind === 'root' ? '' : node.text.split('\n')[0];
    const group = groupNameOf(head)?.group ?? inner.group;
    const lines: Array<{ n: PlanNode; p: PersonLine }> = [];
    for (const n of persons) {
      const p = parsePersonLine(n.text.split('\n')[0], group);
      if (p) lines.push({ n, p });
    }
    const none = new Set<PlanNode>();
    // Outside any heading, only a line naming a role (`Chủ trì`, `Nhóm trưởng`) assigns anything.
    if (node.kind === 'root' && !lines.some((l) => l.p.roles.length > 0)) return none;
    if (!lines.length) return none;
    for (const { p } of lines) {
      this.people.add(p.person);
      for (const r of p.roles) {
        if (r === 'teamLead' || r === 'groupLead') {
          const set = this.holders.get(r) ?? new Set<string>();
          set.add(p.display);
          this.holders.set(r, set);
        }
      }
    }
    for (const { n, p } of lines) {
      if (!p.duty) continue;
      const duty = p.duty.replace(/^(?:chịu trách nhiệm|có trách nhiệm|có nhiệm vụ)\s+/i, '');
      const yc = this.ex.yearCtx(inner);
      const dl = findDeadlines(duty, yc).filter((m) => m.strong);
      this.ex.make({ source: n.lines.join('\n'), line: n.line, ctx: { ...inner, unit: null } }, {
        titleText: duty, cuts: this.ex.cutsIn(duty, yc), dates: dl, roles: { lead: [p.display], support: [], explicit: true },
        rel: findRelative(duty), rec: null, extraWarnings: [],
      });
      this.ex.dropWarning('noDate');
    }
    const leaders = lines.filter((l) => l.p.leads && !l.p.duty);
    if (leaders.length && !lines.some((l) => l.p.duty) && head) {
      const g = groupNameOf(head);
      const titleText = g && g.work ? g.work : head;
      const yc = this.ex.yearCtx(outer);
      const dl = findDeadlines(titleText, yc).filter((m) => m.strong);
      this.ex.make({ source: [...node.lines, ...persons.map((p) => p.lines.join('\n'))].join('\n'), line: node.line, ctx: { ...outer, window: inner.window, unit: null } }, {
        titleText, cuts: this.ex.cutsIn(titleText, yc), dates: dl,
        roles: { lead: leaders.map((l) => l.p.display), support: lines.filter((l) => !l.p.leads || l.p.duty).map((l) => l.p.display), explicit: true },
        rel: [], rec: null, extraWarnings: [],
      });
      // Assignments name deliverables and people; their dates are in the timeline, not here.
      this.ex.dropWarning('noDate');
    }
    return new Set(lines.map((l) => l.n));
  }

  /** `đồng chí Tổ trưởng` as a lead becomes the person the plan names as Tổ trưởng, when there is one. */
  resolveRoleHolders(): void {
    for (const d of this.ex.drafts) {
      d.lead = d.lead.map((l) => {
        const m = /^(?:các\s+)?(?:đồng chí\s+)?(tổ trưởng|nhóm trưởng|trưởng nhóm)(?:\s+tổ biên tập)?$/i.exec(l.trim());
        if (!m) return l;
        const role = /tổ trưởng/i.test(m[1]) ? 'teamLead' : 'groupLead';
        const who = this.holders.get(role);
        return who && who.size === 1 ? [...who][0] : l;
      });
    }
  }
}
