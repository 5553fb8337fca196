/**
 * A task as the importer drafts it, before ids are given and links resolved, and how one is put
 * together (`make`): its start and due from the dates it was given or the window above it, its
 * recurrence, its title with the date and role words cut out, and the words each field was read
 * from. `Drafts` keeps the drafts in reading order with the year that yearless dates take.
 */
import type { CivilDate } from '../dates/civil';
import type { DeadlineMatch, RelativeDeadline, YearContext } from '../dates/deadline-types';
import { findDeadlines } from '../dates/deadlines';
import type { findRecurrence } from '../dates/recurrence';
import { findRelative } from '../dates/relative';
import type { rolesOf } from './roles';
import type { PlanOutline } from './structure';
import { type Cut, removeSpans, tidyTitle } from './title';
import type { Evidence, ImportOptions, ImportedTask, WarningCode } from './types';

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

/** What the outline above an item tells its tasks: their section, window, unit or units, group. */
export interface Ctx {
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

/** The drafts read so far, in reading order, and how each is made. */
export class Drafts {
  readonly drafts: Draft[] = [];
  /** What the importer read but did not take, told to the user (`alreadyDone`). */
  readonly notes: Array<DraftWarning & { line: number }> = [];
  /** The last full date read (years of later dates are taken from it). */
  private anchor: CivilDate | null = null;

  constructor(protected readonly outline: PlanOutline, private readonly opts: ImportOptions) {}

  yearCtx(ctx: Ctx): YearContext {
    return { window: ctx.window, year: this.opts.year ?? null, anchor: this.anchor ?? this.outline.documentDate };
  }

  /** Remembers the last date written with its year: the context of later yearless dates. */
  noteDates(ms: DeadlineMatch[]): void {
    for (const m of ms) {
      if (!m.yearMissing && m.due) this.anchor = m.due;
    }
  }

  /** What the user is told of a date written without its year: where its year came from. */
  yearWarning(m: DeadlineMatch): DraftWarning | null {
    if (!m.yearMissing) return null;
    if (m.yearSource === null) return { code: 'yearUnknown', params: { text: m.text } };
    if (m.yearSource === 'option') return { code: 'yearFromOption', params: { text: m.text, year: (m.due ?? m.start ?? '').slice(0, 4) } };
    if (m.yearSource === 'anchor') {
      const fromDoc = !this.anchor && !!this.outline.documentDate;
      return { code: fromDoc ? 'yearFromDocument' : 'yearFromNearby', params: { text: m.text, year: (m.due ?? m.start ?? '').slice(0, 4) } };
    }
    return null;
  }

  /** The deadlines and counted deadlines of a text: the spans its title leaves out. */
  cutsIn(text: string, yc: YearContext): Cut[] {
    // `… tổng hợp báo cáo trước ngày 20/12`: `báo cáo`, `gửi` are the task's words, not the deadline's.
    const kept = (m: DeadlineMatch): Cut => {
      const lead = /^(?:báo cáo|gửi)\s+/i.exec(m.text)?.[0].length ?? 0;
      return { index: m.index + lead, end: m.end };
    };
    return [...findDeadlines(text, yc).filter((m) => m.strong).map(kept), ...findRelative(text)];
  }

  /** A draft from its words, dates and roles in their context; none when no title is left. */
  make(a: { source: string; line: number; ctx: Ctx }, p: {
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

  push(d: Draft): void {
    this.drafts.push(d);
  }

  /** Takes back a warning of the last draft that its maker knows does not apply. */
  dropWarning(code: WarningCode): void {
    const last = this.drafts[this.drafts.length - 1];
    if (last) last.warnings = last.warnings.filter((w) => w.code !== code);
  }
}
