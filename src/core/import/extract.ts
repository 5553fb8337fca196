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
 */
import type { CivilDate } from '../dates/civil';
import type { DeadlineMatch, RelativeDeadline, YearContext } from '../dates/deadline-types';
import { findDeadlines, parseTimeCell, parseWindowHeading } from '../dates/deadlines';
import { findRecurrence } from '../dates/recurrence';
import { findRelative } from '../dates/relative';
import { clauses, coordinated, splitAtDeadlines } from './clauses';
import { FIELD_LABEL } from './layout';
import { PeopleBook, type PersonLine, groupNameOf, parsePersonLine } from './people';
import { CONNECTIVE, formNames, isUnitName, nameUntilVerb, rolesOf, splitUnits, capitalise } from './roles';
import { HEADING_KINDS, type PlanNode, type PlanOutline, isNonTaskHeading } from './structure';
import { DEFAULT_COLUMNS, type TableColumn, isSectionRow, readRow, tableHeader } from './tables';
import { type Cut, labelOf, removeSpans, sentenceCase, tidyTitle } from './title';
import type { Evidence, ImportOptions, ImportedTask, ProposedPerson, Recurrence, WarningCode } from './types';

export interface DraftWarning {
  code: WarningCode;
  params: Record<string, string | number>;
}

/** A task before ids are given and links resolved. */
export interface Draft extends Omit<ImportedTask, 'id' | 'after'> {
  line: number;
  event: RelativeDeadline | null;
  warnings: DraftWarning[];
}

interface Ctx {
  section: string;
  window: { start: CivilDate; due: CivilDate } | null;
  /** The words that stated the window when a sentence did (`… được tổ chức từ ngày 01/10 đến ngày 10/10/2022`). */
  windowWords?: string | null;
  /** The window heading had no year (`Tháng 12:`): where its year came from, told on its tasks. */
  windowNote?: DraftWarning | null;
  unit: string | null;
  /** Units a paragraph over a list asked to act (`Chủ tịch UBND tỉnh yêu cầu A, B và C thực hiện các nội dung sau:`). */
  units?: string[];
  /** The words that named them. */
  unitsWords?: string;
  group: string | null;
}

const PERSON = /^(?:đồng chí|đ\/c|đ\/\s*c)\s+\S/i;
/** A labelled field of a task: `Cơ quan chủ trì: …`, `Thời gian thực hiện: …`, `Sản phẩm: …`. */
const FIELD = new RegExp(`^(${FIELD_LABEL})\\s*:\\s*(.*)$`, 'i');
/** `đã hoàn thành trong tháng 4/2026`: something done, told in the plan, not a task. */
const DONE = /(?:^|[\s,;(])đã\s+(?:được\s+)?(?:cơ bản\s+)?(?:hoàn thành|thực hiện|tổ chức|ban hành|triển khai|xong|phê duyệt|kết thúc)(?=[\s,.;]|$)[^.;]{0,60}?\d/i;

const FIELD_AFTER = new RegExp(`[.;,]?\\s+(?:${FIELD_LABEL})\\s*:`, 'i');

/** The phrase that named the lead: the role words (`Giao X chủ trì`), else the subject as written. */
function leadWords(source: string, roles: ReturnType<typeof rolesOf>): string {
  if (roles.cuts?.length) return roles.cuts[0].replace(/[,\s]+(?:và\s+)?phối\s+hợp[\s\S]*$/i, '').trim();
  const name = roles.lead[0];
  const at = source.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return name;
  const tail = /^[^,.;:]{0,40}?\schủ\s+trì/i.exec(source.slice(at + name.length));
  return source.slice(at, at + name.length + (tail ? tail[0].length : 0));
}

/** `phối hợp (với) Y, Z` as written, up to the end of the clause. */
function supportWords(source: string, names: string[]): string {
  const m = /(?<!Hội\s+đồng\s)phối\s+hợp/i.exec(source);
  if (!m) return names.join('; ');
  const lower = source.toLowerCase();
  let end = -1;
  for (const n of names) {
    const at = lower.indexOf(n.toLowerCase(), m.index);
    if (at >= 0) end = Math.max(end, at + n.length);
  }
  return end > 0 ? source.slice(m.index, end) : names.join('; ');
}

type FieldKind = 'lead' | 'support' | 'time' | 'content' | 'other';

/** The field line of a kind, as written (`Cơ quan chủ trì: Sở Tư pháp`). */
function fieldLine(fields: PlanNode[], kind: FieldKind): string | null {
  const f = fields.find((x) => fieldOf(x.text)?.kind === kind);
  return f ? f.text.split('\n')[0].trim().replace(/[\s.;]+$/, '') : null;
}

function fieldOf(text: string): { kind: FieldKind; value: string } | null {
  const m = FIELD.exec(text.split('\n')[0].trim());
  if (!m) return null;
  const label = m[1].toLowerCase();
  const kind: FieldKind = /chủ trì|đầu mối|thực hiện$|^trách nhiệm/.test(label) && !/^(?:thời gian|tiến độ|nội dung)/.test(label) ? 'lead'
    : /phối hợp/.test(label) ? 'support'
      : /^(?:thời gian|thời hạn|tiến độ)/.test(label) ? 'time'
        : /^nội dung/.test(label) ? 'content' : 'other';
  return { kind, value: m[2].replace(/[\s.;]+$/, '').trim() };
}
const TIMING = /^(?:thời gian|thời hạn|hạn|tiến độ)(?=[\s:,]|$)/i;
const CONTEXT_LABEL = /^(?:đối với|về|lưu ý|trong đó|riêng|cụ thể)(?=[\s,]|$)/i;

/** `2. Tháng 7/2019:` → `Tháng 7/2019`; capitals put in sentence case. */
export function sectionName(text: string): string {
  const t = text.split('\n')[0].replace(/[\s:.;,]+$/, '').replace(/[,\s]+(?:bao gồm|gồm có|gồm)$/i, '');
  return sentenceCase(t.replace(/\s+/g, ' ').trim());
}

/** A heading that only names a unit (`4.2. Ban Tổ chức Thành ủy`): the items below are its tasks. */
function unitHeading(text: string): string | null {
  const t = text.split('\n')[0].replace(/[\s:.;]+$/, '').trim();
  if (t.length > 140 || !isUnitName(t) || /\d{1,2}\s*[/.-]\s*\d/.test(t)) return null;
  // Verbs are matched in lower case: a heading in capitals (`TỔ CHỨC THỰC HIỆN`) is checked in lower case.
  const letters = t.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  const probe = letters === letters.toUpperCase() ? t.toLocaleLowerCase('vi') : t;
  if (nameUntilVerb(probe) !== probe) return null;
  return capitalise(t);
}

/**
 * A sentence that only says when the task before it is due: `Yêu cầu hoàn thiện gửi … trước ngày …`,
 * `Hoàn thành và trình UBND tỉnh trong quý I/2020`, `Thời gian hoàn thành: …`.
 */
/** `Thời gian: …` in the line over a table, up to the next label (`Thành phần: …`) or the end of the clause. */
const TIME_FIELD = /(?:^|\s)Thời gian(?:\s+(?:thực hiện|tổ chức))?\s*:\s*(.+?)(?=\s+[A-ZĐÀ-Ỹ][^\s:]*(?:\s+[^\s:]+){0,2}\s*:|[.;]|$)/;

/** A yearly duty written with several days of the year: how often that is. */
const YEARLY_DAYS: Record<number, Recurrence> = { 2: 'semiannual', 4: 'quarterly', 12: 'monthly' };
/** The distinct `dd/mm` days (no year) a sentence names. */
function daysOfYear(text: string): number {
  return new Set([...text.matchAll(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g)].map((m) => `${+m[1]}/${+m[2]}`)).size;
}

/** Words that say a date opens the work: `bắt đầu từ đầu tháng 5`, `khởi công từ …`. */
const STARTS = /(?:bắt đầu|khởi công|khởi động|khai mạc)\s*(?:từ\s*)?$/i;

const FOLLOW_UP = /^(?:yêu cầu\s+(?:gửi|hoàn thành|hoàn thiện|hoàn tất|báo cáo|trình|xong)|báo cáo yêu cầu|hoàn thành|hoàn thiện|hoàn tất|thời gian(?:\s+(?:thực hiện|hoàn thành))?\s*:|thời hạn|xong)/i;

/**
 * `2. Phòng Văn hóa và Thông tin đăng tải Đề cương … lên trang thông tin điện tử của huyện.`: a
 * numbered item that opens with the unit that acts is an assignment, even without `chủ trì`; an
 * item that says what units must respect (`phải`, `cần`, `bảo đảm`) is a requirement.
 */
function assigns(first: string, roles: ReturnType<typeof rolesOf>, inList = false): boolean {
  // `Theo đó các cơ quan … tổng hợp …`: a subject after a connective still opens the sentence.
  const opensAt = inList ? CONNECTIVE.exec(first)?.[0].length ?? 0 : 0;
  if ((roles.subjectAt !== 0 && roles.subjectAt !== opensAt) || !roles.lead.length || !roles.lead.every(isUnitName)) return false;
  // In a list of assignments (`Theo đó, UBND tỉnh giao X …; Y giám sát …; Các huyện có trách nhiệm …`)
  // a unit's responsibility is its task; elsewhere it reads as a rule for everyone.
  if (!inList && PLURAL_LEAD.test(roles.lead[0])) return false;
  if (CARRY_OUT.test(first)) return false;
  // `… để đảm bảo …` is the purpose of an action, not a rule to respect.
  return !new RegExp(`\\s(?:phải|cần|nên${inList ? '' : '|có trách nhiệm|chịu trách nhiệm'})\\s|(?<!để|nhằm)\\s(?:bảo đảm|đảm bảo)\\s|đúng yêu cầu`, 'i').test(first);
}
const PLURAL_LEAD = /^(?:các|những|mỗi|từng)\s/i;
/** Words that assign work by name (read before a paragraph's sentences are analysed). */
const ROLE_WORD = /chủ trì|(?:^|[\s:;(])giao\s|yêu cầu|đề nghị|đầu mối/i;
/** An article of a decision: `Điều 2. …`. */
const ARTICLE = /^\s*Điều\s+\d{1,2}\s*[.:]\s/;
/** The closing article: who carries the decision out (`… chịu trách nhiệm thi hành Quyết định này`), not a task. */
const CARRY_OUT = /(?:thi hành|chấp hành)\s+(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Quy chế|Quy định|văn bản)(?:\s+này)?|căn cứ\s+(?:Quyết định|Kế hoạch)(?:\s+này)?\s+(?:thi hành|thực hiện)/i;
/** Items with a number of their own (`2.`, `2.1.`, `(2)`): a bullet under a heading describes more often than it assigns. */
const NUMBERED = new Set<string>(['num', 'multi2', 'multi3', 'multi4', 'paren']);

/**
 * `1. Phòng Nội vụ tham mưu Hội đồng Thi đua huyện thực hiện:` over a list: the unit that opens
 * the heading does the items below it.
 */
function leadOfIntro(text: string): string | null {
  const t = text.split('\n')[0].trim();
  if (!/:\s*$/.test(t) || t.length > 200) return null;
  const r = rolesOf(t);
  return r.lead.length === 1 && r.subjectAt === 0 && isUnitName(r.lead[0]) ? r.lead[0] : null;
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"“(])/).map((s) => s.trim()).filter(Boolean);
}

export class Extractor {
  readonly drafts: Draft[] = [];
  /** Blocks where a paragraph assigned work to a unit: the paragraphs after it that open with a unit continue the list. */
  private readonly assigning = new Set<PlanNode | null>();
  /** A window a sentence stated for the work of its block (`Các hoạt động … được tổ chức từ … đến …`). */
  private readonly statedWindow = new Map<PlanNode | null, { start: CivilDate; due: CivilDate; words: string | null }>();
  /** What the importer read but did not take, told to the user (`alreadyDone`). */
  readonly notes: Array<DraftWarning & { line: number }> = [];
  readonly people = new PeopleBook();
  /** Who holds a role the text names without a name (`đồng chí Tổ trưởng`). */
  private readonly holders = new Map<string, Set<string>>();
  /** The last full date read (years of later dates are taken from it). */
  private anchor: CivilDate | null = null;

  constructor(private readonly outline: PlanOutline, private readonly opts: ImportOptions) {}

  run(): void {
    const ctx: Ctx = { section: '', window: null, unit: null, group: null };
    this.visit(this.outline.root, ctx, ctx);
    this.resolveRoleHolders();
  }

  peopleList(): ProposedPerson[] {
    return this.people.list();
  }

  private yearCtx(ctx: Ctx): YearContext {
    return { window: ctx.window, year: this.opts.year ?? null, anchor: this.anchor ?? this.outline.documentDate };
  }

  /** Remembers the last date written with its year: the context of later yearless dates. */
  private noteDates(ms: DeadlineMatch[]): void {
    for (const m of ms) {
      if (!m.yearMissing && m.due) this.anchor = m.due;
    }
  }

  private yearWarning(m: DeadlineMatch): DraftWarning | null {
    if (!m.yearMissing) return null;
    if (m.yearSource === null) return { code: 'yearUnknown', params: { text: m.text } };
    if (m.yearSource === 'option') return { code: 'yearFromOption', params: { text: m.text, year: (m.due ?? m.start ?? '').slice(0, 4) } };
    if (m.yearSource === 'anchor') {
      const fromDoc = !this.anchor && !!this.outline.documentDate;
      return { code: fromDoc ? 'yearFromDocument' : 'yearFromNearby', params: { text: m.text, year: (m.due ?? m.start ?? '').slice(0, 4) } };
    }
    return null;
  }

  /** The node's children in order; `skip` was already read (a timing line given to its intro). */
  private visit(node: PlanNode, ctx: Ctx, outer: Ctx, skip?: PlanNode): void {
    const kids = node.children.filter((c) => !c.outside && c !== skip);
    const persons = kids.filter((c) => c.kind !== 'table' && PERSON.test(c.text));
    // Lines read as people are the block's; a `Đồng chí …` line that is a sentence stays an item.
    const consumed = persons.length > 0 ? this.assignment(node, persons, ctx, outer) : new Set<PlanNode>();
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
        this.table(rows, ctx, tableTime);
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
        const intro = kids[i + 1] && kids[i + 1].kind !== 'para' && kids[i + 1].kind !== 'table' ? this.listIntro(c.text) : null;
        if (intro) {
          run = { ...ctx, units: intro.lead, unitsWords: intro.words };
          continue;
        }
        this.paragraph(c, run);
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

  /**
   * `… Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, …; Chủ tịch UBND các cấp tập trung triển khai
   * thực hiện các nội dung sau:` over a list: who is asked to act, for every item below. Null when
   * the paragraph does not end by announcing a list or names no one with a role word.
   */
  private listIntro(text: string): { lead: string[]; words: string } | null {
    const all = sentences(text.replace(/\n/g, ' '));
    const last = all[all.length - 1] ?? '';
    if (!/:\s*$/.test(last) || last.length > 600) return null;
    if (!/(?:sau|như sau|dưới đây|cụ thể|gồm|bao gồm)\s*:\s*$/i.test(last)) return null;
    const r = rolesOf(last);
    if (!r.explicit || !r.lead.length || !r.lead.every(isUnitName)) return null;
    return { lead: r.lead, words: r.cuts?.[0] ?? r.lead.join('; ') };
  }

  /** An item or heading. Returns true when it was a deliverable assigned to people. */
  private item(n: PlanNode, ctx: Ctx, siblings: PlanNode[]): boolean {
    const first = n.text.split('\n')[0];
    const items = n.children.filter((c) => c.kind !== 'para');
    if (items.length > 0 && items.every((c) => fieldOf(c.text)) && !fieldOf(first)) {
      this.fieldTask(n, items, ctx);
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

  /**
   * A task described by labelled fields under it (`a) Cơ quan chủ trì: …`, `- Thời gian thực
   * hiện: …`, `- Sản phẩm: …`): the item's words are the task, the fields its roles and time.
   */
  private fieldTask(n: PlanNode, fields: PlanNode[], ctx: Ctx): void {
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
    const yc = this.yearCtx(ctx);
    const timeText = time.join('; ');
    const at = timeText ? parseTimeCell(timeText, yc) : null;
    const titleText = content || first;
    const dates = at ? [at] : findDeadlines(titleText, yc).filter((m) => m.strong);
    const own = lead.length ? null : rolesOf(titleText);
    this.noteDates(dates);
    const warnings: DraftWarning[] = timeText && !at && !findRecurrence(timeText) ? [{ code: 'tableRow', params: { text: timeText } }] : [];
    this.make({ source: [...n.lines, ...fields.flatMap((f) => f.lines)].join('\n'), line: n.line, ctx }, {
      titleText, cuts: this.cutsIn(titleText, yc), dates,
      roles: own ?? { lead, support, explicit: true }, rel: findRelative(timeText),
      rec: (timeText ? findRecurrence(timeText) : null) ?? findRecurrence(titleText), extraWarnings: warnings,
      evidence: {
        ...(own ? {} : { lead: fieldLine(fields, 'lead'), support: fieldLine(fields, 'support') }),
        ...(timeText ? { due: fieldLine(fields, 'time') } : {}),
      },
    });
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

  private paragraph(n: PlanNode, outer: Ctx): void {
    let last: Draft | null = null;
    // `Điều 2. Sở X có trách nhiệm bổ sung …`: after `QUYẾT ĐỊNH:` each article that opens with a
    // unit assigns it what it says, as a list of assignments does.
    let continues = this.assigning.has(n.parent) || ARTICLE.test(n.text);
    const made = this.drafts.length;
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
      for (; !continues && seen < this.drafts.length; seen++) if (this.drafts[seen].lead.length) continues = true;
      // `Giao X chủ trì … tổng hợp chung báo cáo. Yêu cầu hoàn thiện gửi … trước ngày 24/5/2019.`:
      // the sentence after an undated task that only says by when it is due completes that task.
      if (last && this.completes(last, s, ctx)) { last = null; continue; }
      const before = this.drafts.length;
      // `UBND tỉnh có ý kiến như sau: Sở X chủ trì, …`: the task starts after the colon.
      const colon = /:\s+/.exec(s);
      if (colon && colon.index >= 8) {
        const rest = s.slice(colon.index + colon[0].length);
        const r = rolesOf(rest);
        if (r.explicit && r.lead.length) {
          this.analyse({ text: rest, first: rest, source: s, line: n.line, ctx, mode: 'para' });
          last = this.drafts.length === before + 1 ? this.drafts[before] : null;
          continue;
        }
      }
      this.analyse({ text: s, first: s, source: s, line: n.line, ctx, mode: 'para', continues });
      last = this.drafts.length === before + 1 ? this.drafts[before] : null;
      // `Các hoạt động … được tổ chức trong thời gian từ ngày 01/10 đến ngày 10/10/2022.` names no one
      // who acts: it says when the work told after it, in this block, takes place.
      if (!ctx.window && last && !last.lead.length && last.start && last.due && last.start < last.due && !last.recurrence) {
        const w = { start: last.start, due: last.due, words: last.evidence.due };
        this.statedWindow.set(n.parent, w);
        ctx = { ...outer, window: { start: w.start, due: w.due }, windowWords: w.words };
      }
    }
    if (this.drafts.slice(made).some((d) => d.lead.length)) this.assigning.add(n.parent);
  }

  /** Gives `d` the deadline of a following sentence that has no subject of its own and only says when. */
  private completes(d: Draft, s: string, ctx: Ctx): boolean {
    if (d.due || d.start || d.event || d.recurrence || !d.lead.length || !FOLLOW_UP.test(s)) return false;
    if (rolesOf(s).lead.length) return false;
    const dl = findDeadlines(s, this.yearCtx(ctx)).filter((m) => m.strong);
    if (dl.length !== 1) return false;
    const m = dl[0];
    this.noteDates(dl);
    d.due = m.due;
    d.start = m.kind === 'before' || m.kind === 'latest' || m.kind === 'until' ? null : m.start;
    d.source = `${d.source} ${s}`;
    d.evidence = { ...d.evidence, due: m.text };
    d.warnings = d.warnings.filter((w) => w.code !== 'noDate');
    const w = this.yearWarning(m);
    if (w) d.warnings.push(w);
    return true;
  }

  private candidate(n: PlanNode, ctx: Ctx, mode: 'item', extra: { timeline?: boolean; timing?: PlanNode }): void {
    const first = n.text.split('\n')[0];
    const source = extra.timing ? [...n.lines, ...extra.timing.lines].join('\n') : n.lines.join('\n');
    this.analyse({
      text: n.text.replace(/\n/g, ' '), first, source, line: n.line, ctx, mode,
      timeline: extra.timeline, timing: extra.timing?.text, numbered: NUMBERED.has(n.kind),
    });
  }

  private analyse(a: { text: string; first: string; source: string; line: number; ctx: Ctx; mode: 'item' | 'para'; timeline?: boolean; timing?: string; continues?: boolean; numbered?: boolean }): void {
    const { ctx } = a;
    const yc = this.yearCtx(ctx);
    let dl = findDeadlines(a.text, yc).filter((m) => m.strong);
    const dlTiming = a.timing ? findDeadlines(a.timing, yc).filter((m) => m.strong) : [];
    const rel = [...findRelative(a.text), ...(a.timing ? findRelative(a.timing) : [])];
    let rec = findRecurrence(a.text) ?? (a.timing ? findRecurrence(a.timing) : null);
    // `báo cáo trước ngày 05/6 và 05/12 hàng năm`: days of a recurring duty, not deadlines of one year
    // (their year would be invented); two days a year is twice a year.
    if (rec && !rec.vague && dl.length && dl.every((m) => m.yearMissing)) {
      dl = [];
      if (rec.recurrence === 'yearly') rec = { ...rec, recurrence: YEARLY_DAYS[daysOfYear(a.text)] ?? 'yearly' };
    }
    // `Tổ chức hội nghị …. Thời gian hoàn thành: Tháng 3/2023`: the fields after the task's words are not its title.
    const field = FIELD_AFTER.exec(a.first);
    const firstWords = field && field.index >= 10 ? a.first.slice(0, field.index) : a.first;
    let titleBase = firstWords;
    let roles = rolesOf(a.first);
    const lab = a.mode === 'item' ? labelOf(firstWords) : null;
    if (lab) {
      if (CONTEXT_LABEL.test(lab.label)) {
        titleBase = lab.rest;
        roles = rolesOf(lab.rest);
      } else if (/^giao\s/i.test(lab.label)) {
        roles = { lead: splitUnits(lab.label.replace(/^giao\s+(?:cho\s+)?/i, '')), support: roles.support, explicit: true };
        titleBase = lab.rest;
      } else if (isUnitName(lab.label) && nameUntilVerb(lab.label) === lab.label) {
        roles = { lead: [capitalise(lab.label)], support: rolesOf(lab.rest).support, explicit: true };
        titleBase = lab.rest;
      } else if (lab.label.split(/\s+/).length >= 3) {
        titleBase = lab.label;
        // `Tổ chức đại hội chi bộ điểm: Đảng bộ Văn phòng lựa chọn …`: who does it is after the colon.
        if (!roles.lead.length) {
          const r = rolesOf(lab.rest);
          roles = { lead: r.lead, support: r.support, explicit: r.explicit };
        }
      }
    }
    const hasDate = dl.length + dlTiming.length > 0;
    // `… đã hoàn thành trong tháng 4/2026`: told as done; said, not imported.
    if (!hasDate && !rel.length && DONE.test(a.text)) {
      this.notes.push({ code: 'alreadyDone', params: { text: a.text.slice(0, 120) }, line: a.line });
      return;
    }
    // `- Hoàn thành dự thảo Đề cương chi tiết các Báo cáo:` introduces the steps below it.
    if (a.mode === 'item' && !hasDate && !a.timing && /:\s*$/.test(a.first)) return;
    const subject = roles.lead.length > 0;
    const take = a.mode === 'para'
      ? hasDate || rel.length > 0 || (roles.explicit && subject) || (!!ctx.window && subject) || (!!rec && !rec.vague && subject)
        || (!!a.continues && assigns(a.first, roles, true))
      : hasDate || rel.length > 0 || !!ctx.window || !!ctx.unit || !!ctx.units?.length || roles.explicit || (!!rec && subject) || !!a.timeline || (!!a.numbered && assigns(a.first, roles));
    if (!take) return;
    this.noteDates([...dl, ...dlTiming]);
    // `Trên cơ sở …, căn cứ …, các Nhóm chủ động biên tập …`: the title starts at the subject.
    if (roles.subjectAt && /^(?:trên cơ sở|căn cứ|thực hiện)(?=[\s,])/i.test(titleBase) && titleBase === firstWords) titleBase = titleBase.slice(roles.subjectAt);

    // `từ tháng 7 đến tháng 12-2019 triển khai …; từ tháng 1 đến tháng 3-2020 tiến hành …`: each
    // clause keeps its own window, written before or after its action.
    const byClause = dl.length > 1 ? clauses(a.mode === 'para' ? a.text : titleBase, yc) : null;
    if (byClause) {
      byClause.forEach((p) => {
        // A window written first is not where the subject is: roles are read from the action.
        const action = p.match.index === 0 ? p.text.slice(p.match.end).replace(/^[\s,]+/, '') : p.text;
        this.make(a, { titleText: p.text, cuts: [p.match], dates: [p.match], roles: rolesOf(action), rel: [], rec, extraWarnings: [{ code: 'splitSentence', params: { count: byClause.length } }] });
      });
      return;
    }
    const pieces = dl.length > 1 ? splitAtDeadlines(titleBase, findDeadlines(titleBase, yc).filter((m) => m.strong)) : null;
    if (pieces && pieces.length > 1) {
      pieces.forEach((p, i) => {
        const r = i === 0 ? roles : rolesOf(p.text);
        this.make(a, { titleText: p.text, cuts: [p.match], dates: [p.match], roles: r, rel: [], rec, extraWarnings: [{ code: 'splitSentence', params: { count: pieces.length } }] });
      });
      return;
    }
    // `…; tổ chức sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008 và tổng kết vào năm 2010 …`: actions
    // listed with a time each are tasks each.
    const listed = dl.length > 1 || (dl.length === 1 && rec && !rec.vague) ? coordinated(titleBase, yc) : null;
    if (listed) {
      listed.forEach((p) => {
        this.make(a, { titleText: p.text, cuts: this.cutsIn(p.text, yc), dates: p.dates, roles, rel: [], rec: p.rec, extraWarnings: [{ code: 'splitSentence', params: { count: listed.length } }] });
      });
      return;
    }
    const titleCuts = this.cutsIn(titleBase, yc);
    // `bắt đầu từ đầu tháng 5 năm 2019 …, hoàn thành trong tháng 6 năm 2019`: the first date opens the window.
    const opens = dl.length > 1 && STARTS.test(a.text.slice(Math.max(0, dl[0].index - 24), dl[0].index));
    this.make(a, { titleText: titleBase, cuts: titleCuts, dates: [...dl, ...dlTiming], roles, rel, rec, opens, extraWarnings: a.timing ? [{ code: 'timingFromLine', params: {} }] : [] });
  }

  private cutsIn(text: string, yc: YearContext): Cut[] {
    // `… tổng hợp báo cáo trước ngày 20/12`: `báo cáo`, `gửi` are the task's words, not the deadline's.
    const kept = (m: DeadlineMatch): Cut => {
      const lead = /^(?:báo cáo|gửi)\s+/i.exec(m.text)?.[0].length ?? 0;
      return { index: m.index + lead, end: m.end };
    };
    return [...findDeadlines(text, yc).filter((m) => m.strong).map(kept), ...findRelative(text)];
  }

  private make(a: { source: string; line: number; ctx: Ctx }, p: {
    titleText: string; cuts: Cut[]; dates: DeadlineMatch[]; roles: ReturnType<typeof rolesOf>;
    rel: RelativeDeadline[]; rec: ReturnType<typeof findRecurrence>; extraWarnings: DraftWarning[];
    /** The first of several dates was written as the start (`bắt đầu từ …`). */
    opens?: boolean;
    /** Words that gave roles or time outside the sentence (a field, a table cell). */
    evidence?: Partial<Evidence>;
  }): void {
    const warnings: DraftWarning[] = [...p.extraWarnings];
    let start: CivilDate | null = null;
    let due: CivilDate | null = null;
    if (p.dates.length) {
      const last = p.dates[p.dates.length - 1];
      due = last.due;
      start = last.kind === 'before' || last.kind === 'latest' || last.kind === 'until' ? null : last.start;
      if (p.dates.length > 1) {
        const firstStart = p.dates[0].kind === 'before' || p.dates[0].kind === 'latest' ? null : p.dates[0].start;
        if (firstStart && due && firstStart <= due && (!start || p.opens)) start = firstStart;
        const dues = new Set(p.dates.map((d) => d.due));
        if (dues.size > 1) warnings.push({ code: 'manyDates', params: { dates: p.dates.map((d) => d.text).join('; ') } });
      }
      for (const d of p.dates) {
        const w = d.yearSource === 'window' ? a.ctx.windowNote ?? null : this.yearWarning(d);
        if (w && !warnings.some((x) => x.code === w.code)) warnings.push(w);
      }
    } else if (a.ctx.window) {
      start = a.ctx.window.start;
      due = a.ctx.window.due;
      if (a.ctx.windowNote) warnings.push(a.ctx.windowNote);
      // A window told by an earlier sentence, not a heading: said, so the user can check it.
      if (a.ctx.windowWords) warnings.push({ code: 'windowFromSentence', params: { text: a.ctx.windowWords } });
    }
    let recurrence = p.rec?.recurrence ?? null;
    if (p.rec?.vague && !p.dates.length) warnings.push({ code: 'periodicVague', params: { text: p.rec.text } });
    const event = p.rel[0] ?? null;
    // Unit tasks with no date are standing duties (`thường xuyên`).
    const given = a.ctx.unit ? [a.ctx.unit] : a.ctx.units ?? [];
    if (!recurrence && !start && !due && !event && given.length) recurrence = 'ongoing';
    if (!recurrence && !start && !due && !event) warnings.push({ code: 'noDate', params: {} });
    const lead = p.roles.lead.length ? p.roles.lead : given;
    let title = tidyTitle(removeSpans(p.titleText, p.cuts));
    // `Giao X chủ trì, phối hợp với Y …` went to the role columns; the title keeps what is to be done.
    if (p.roles.cuts?.length) {
      let rest = p.titleText;
      for (const c of p.roles.cuts) rest = rest.replace(c, '\u0002'.repeat(c.length));
      const cut = tidyTitle(removeSpans(rest, p.cuts).replace(/\u0002+/g, ' '));
      if (cut.replace(/[^A-Za-zÀ-ỹĐđ]/g, '').length >= 8) title = cut;
    }
    if (!title) return;
    const support = p.roles.support.filter((s) => !lead.includes(s));
    this.push({
      section: a.ctx.section, title, lead, support, start, due, recurrence,
      source: a.source, line: a.line, event, warnings,
      evidence: {
        lead: p.evidence?.lead ?? (p.roles.lead.length ? leadWords(a.source, p.roles) : a.ctx.unit ? a.ctx.unit : a.ctx.unitsWords ?? null),
        support: p.evidence?.support ?? (support.length ? supportWords(a.source, support) : null),
        due: p.evidence?.due ?? (p.dates.length ? p.dates.map((d) => d.text).join('; ')
          : event ? event.text : start || due ? a.ctx.windowWords || a.ctx.section || null : p.rec ? p.rec.text : null),
      },
    });
  }

  private push(d: Draft): void {
    this.drafts.push(d);
  }

  /**
   * A deliverable heading with its people: one task led by the `Chủ trì` / `Nhóm trưởng`, the
   * others supporting; a person given a duty of their own (`… chịu trách nhiệm chỉ đạo chung …`)
   * gets that duty as a task. Everyone is proposed for `Nhân sự`.
   */
  private assignment(node: PlanNode, persons: PlanNode[], inner: Ctx, outer: Ctx): Set<PlanNode> {
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
      const yc = this.yearCtx(inner);
      const dl = findDeadlines(duty, yc).filter((m) => m.strong);
      this.make({ source: n.lines.join('\n'), line: n.line, ctx: { ...inner, unit: null } }, {
        titleText: duty, cuts: this.cutsIn(duty, yc), dates: dl, roles: { lead: [p.display], support: [], explicit: true },
        rel: findRelative(duty), rec: null, extraWarnings: [],
      });
      this.dropWarning('noDate');
    }
    const leaders = lines.filter((l) => l.p.leads && !l.p.duty);
    if (leaders.length && !lines.some((l) => l.p.duty) && head) {
      const g = groupNameOf(head);
      const titleText = g && g.work ? g.work : head;
      const yc = this.yearCtx(outer);
      const dl = findDeadlines(titleText, yc).filter((m) => m.strong);
      this.make({ source: [...node.lines, ...persons.map((p) => p.lines.join('\n'))].join('\n'), line: node.line, ctx: { ...outer, window: inner.window, unit: null } }, {
        titleText, cuts: this.cutsIn(titleText, yc), dates: dl,
        roles: { lead: leaders.map((l) => l.p.display), support: lines.filter((l) => !l.p.leads || l.p.duty).map((l) => l.p.display), explicit: true },
        rel: [], rec: null, extraWarnings: [],
      });
      // Assignments name deliverables and people; their dates are in the timeline, not here.
      this.dropWarning('noDate');
    }
    return new Set(lines.map((l) => l.n));
  }

  private dropWarning(code: WarningCode): void {
    const last = this.drafts[this.drafts.length - 1];
    if (last) last.warnings = last.warnings.filter((w) => w.code !== code);
  }

  private table(rows: PlanNode[], ctx: Ctx, captionTime: string | null = null): void {
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
      const yc = this.yearCtx(ctx);
      const at = row.time ? parseTimeCell(row.time, yc) : null;
      const dl = at ? [at] : [];
      const rel = findRelative(row.time);
      const rec = findRecurrence(row.time) ?? findRecurrence(row.title);
      const warnings: DraftWarning[] = [];
      if (row.time && !dl.length && !rel.length && !rec) warnings.push({ code: 'tableRow', params: { text: row.time } });
      this.noteDates(dl);
      this.make({ source: r.lines.join('\n'), line: r.line, ctx: { ...ctx, section, unit: null } }, {
        titleText: row.title, cuts: this.cutsIn(row.title, yc), dates: dl.slice(0, 2),
        roles: { lead: formNames(row.lead), support: formNames(row.support), explicit: true }, rel, rec, extraWarnings: warnings,
        evidence: { lead: row.lead || null, support: row.support || null, due: row.time || null },
      });
    }
  }

  /** `đồng chí Tổ trưởng` as a lead becomes the person the plan names as Tổ trưởng, when there is one. */
  private resolveRoleHolders(): void {
    for (const d of this.drafts) {
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
