/**
 * A paragraph of prose, sentence by sentence. Once a paragraph has assigned work, the sentences
 * (and the paragraphs of its block) that open with a unit go on with the list; a sentence that
 * only says by when completes the task before it; a sentence that says when the block's work
 * takes place, naming no one, gives that window to the work told after it.
 */
import type { CivilDate } from '../dates/civil';
import { findDeadlines } from '../dates/deadlines';
import type { Ctx, Draft, Drafts } from './draft';
import { rolesOf } from './roles';
import { analyse, sentences } from './sentence';
import type { PlanNode } from './structure';

/**
 * A sentence that only says when the task before it is due: `Yêu cầu hoàn thiện gửi … trước ngày …`,
 * `Hoàn thành và trình UBND tỉnh trong quý I/2020`, `Thời gian hoàn thành: …`, and the handing in
 * of the work's result (`Trình UBND tỉnh trước ngày 10/8/2018 …`, `Gửi về Sở … trước ngày …`).
 */
const FOLLOW_UP = /^(?:yêu cầu\s+(?:gửi|hoàn thành|hoàn thiện|hoàn tất|báo cáo|trình|xong)|báo cáo yêu cầu|hoàn thành|hoàn thiện|hoàn tất|thời gian(?:\s+(?:thực hiện|hoàn thành))?\s*:|thời hạn|xong|(?:trình|gửi|nộp)\s+(?:\S+\s+){0,8}?(?:trước|chậm nhất|xong trước|trong)\s)/i;

/** Words that assign work by name (read before a paragraph's sentences are analysed). */
const ROLE_WORD = /chủ trì|(?:^|[\s:;(])giao\s|yêu cầu|đề nghị|đầu mối/i;
/** An article of a decision: `Điều 2. …`. */
const ARTICLE = /^\s*Điều\s+\d{1,2}\s*[.:]\s/;

/** Reads the paragraphs in order, remembering per block what they said: work assigned, a window stated. */
export class Paragraphs {
  /** Blocks where a paragraph assigned work to a unit: the paragraphs after it that open with a unit continue the list. */
  private readonly assigning = new Set<PlanNode | null>();
  /** A window a sentence stated for the work of its block (`Các hoạt động … được tổ chức từ … đến …`). */
  private readonly statedWindow = new Map<PlanNode | null, { start: CivilDate; due: CivilDate; words: string | null }>();

  constructor(private readonly ex: Drafts) {}

  read(n: PlanNode, outer: Ctx): void {
    let last: Draft | null = null;
    // `Điều 2. Sở X có trách nhiệm bổ sung …`: after `QUYẾT ĐỊNH:` each article that opens with a
    // unit assigns it what it says, as a list of assignments does.
    let continues = this.assigning.has(n.parent) || ARTICLE.test(n.text);
    const made = this.ex.drafts.length;
    const stated = outer.window ? null : this.statedWindow.get(n.parent);
    let ctx: Ctx = stated ? { ...outer, window: { start: stated.start, due: stated.due }, windowWords: stated.words } : outer;
    // `UBND tỉnh chủ trì tổng hợp …. Theo đó các cơ quan … gửi về …`: once a sentence of the
    // paragraph has assigned work, the next one that opens with a unit goes on with the list.
    let seen = made;
    const said = sentences(n.text.replace(/\n/g, ' '));
    // `Văn phòng X có trách nhiệm đôn đốc …. Yêu cầu UBND các xã … tổ chức thực hiện.`: a paragraph
    // that assigns work by a role word anywhere is a list, so its sentences that open with a unit
    // assign too, before the role word as after it. Only sentences with a role word are read here.
    if (!continues && said.length > 1) {
      continues = said.some((x) => ROLE_WORD.test(x) && (() => { const r = rolesOf(x); return r.explicit && r.lead.length > 0; })());
    }
    for (const s of said) {
      for (; !continues && seen < this.ex.drafts.length; seen++) if (this.ex.drafts[seen].lead.length) continues = true;
      // `Giao X chủ trì … tổng hợp chung báo cáo. Yêu cầu hoàn thiện gửi … trước ngày 24/5/2019.`:
      // the sentence after an undated task that only says by when it is due completes that task.
      if (last && this.completes(last, s, ctx)) { last = null; continue; }
      const before = this.ex.drafts.length;
      // `UBND tỉnh có ý kiến như sau: Sở X chủ trì, …`: the task starts after the colon.
      const colon = /:\s+/.exec(s);
      if (colon && colon.index >= 8) {
        const rest = s.slice(colon.index + colon[0].length);
        const r = rolesOf(rest);
        if (r.explicit && r.lead.length) {
          analyse(this.ex, { text: rest, first: rest, source: s, line: n.line, ctx, mode: 'para' });
          last = this.ex.drafts.length === before + 1 ? this.ex.drafts[before] : null;
          continue;
        }
      }
      analyse(this.ex, { text: s, first: s, source: s, line: n.line, ctx, mode: 'para', continues });
      last = this.ex.drafts.length === before + 1 ? this.ex.drafts[before] : null;
      // `Các hoạt động … được tổ chức trong thời gian từ ngày 01/10 đến ngày 10/10/2022.` names no one
      // who acts: it says when the work told after it, in this block, takes place.
      if (!ctx.window && last && !last.lead.length && last.start && last.due && last.start < last.due && !last.recurrence) {
        const w = { start: last.start, due: last.due, words: last.evidence.due };
        this.statedWindow.set(n.parent, w);
        ctx = { ...outer, window: { start: w.start, due: w.due }, windowWords: w.words };
      }
    }
    if (this.ex.drafts.slice(made).some((d) => d.lead.length)) this.assigning.add(n.parent);
  }

  /** Gives `d` the deadline of a following sentence that has no subject of its own and only says when. */
  private completes(d: Draft, s: string, ctx: Ctx): boolean {
    if (d.due || d.start || d.event || d.recurrence || !d.lead.length || !FOLLOW_UP.test(s)) return false;
    if (rolesOf(s).lead.length) return false;
    const dl = findDeadlines(s, this.ex.yearCtx(ctx)).filter((m) => m.strong);
    if (dl.length !== 1) return false;
    const m = dl[0];
    this.ex.noteDates(dl);
    d.due = m.due;
    d.start = m.kind === 'before' || m.kind === 'latest' || m.kind === 'until' ? null : m.start;
    d.source = `${d.source} ${s}`;
    d.evidence = { ...d.evidence, due: m.text };
    d.warnings = d.warnings.filter((w) => w.code !== 'noDate');
    const w = this.ex.yearWarning(m);
    if (w) d.warnings.push(w);
    return true;
  }
}
