/**
 * One person's daily digest as an e-mail: subject, HTML and plain text, in the recipient's
 * language. Sections in the order a reader acts on them: Quá hạn, Đến hạn hôm nay, Sắp đến hạn,
 * then the overdue work of the people they supervise.
 */
import type { CivilDate } from '../dates/civil';
import { formatWithWeekday } from '../dates/weekday-names';
import { type Lang, t } from '../i18n';
import { COLORS, card, esc, link, muted, paragraph, safeHref, sectionHeading, shell, strong } from './mail-html';
import type { Bucket, Digest, DigestItem, EscalationItem, TaskLine } from './types';

export interface RenderContext {
  today: CivilDate;
  planName: string;
  /** Link that opens a task's row; null when the host has none. */
  rowLink: (row: number) => string | null;
  /** Link to the tasks sheet. */
  sheetLink: string | null;
  coordinatorName: string | null;
  horizonDays: number;
  escalationDays: number;
  logSheet: string;
  /** The report form's link pre-filled with a task's ID, when the settings name a form (src/core/reports). */
  reportLink?: (taskId: string) => string | null;
  /** A task's latest unit report as one line, by its row (src/core/reports). */
  latestReport?: (row: number) => string | null;
  /** Lists the coordinator's summary adds about the units' reports. */
  summaryLists?: Array<{ title: string; items: string[]; empty?: string }>;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Tasks listed per section at most; the rest are counted, with the link to the sheet. */
export const MAX_ITEMS_PER_SECTION = 60;
/**
 * MailApp refuses a message whose body is over 200 KB ("Email body size: 200 KB / msg",
 * https://developers.google.com/apps-script/guides/services/quotas; the error is thrown by
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)). A card
 * is about 1–2 KB of HTML plus its text, more with long titles, sections and names: 60 tasks in
 * each of four sections can pass the limit (about 150 tasks of one person did). The plain text and
 * the HTML together are kept under this, with room for the headers; past it, fewer tasks are
 * listed per section and the rest are counted.
 */
export const MAX_MAIL_BYTES = 180 * 1024;
const MAX_TITLE = 300;
/** A section name or a list of names can be a long cell; in a mail it is a reminder, not the record. */
const MAX_DETAIL = 300;

export function shortTitle(s: string): string {
  return s.length > MAX_TITLE ? `${s.slice(0, MAX_TITLE - 1)}…` : s;
}

function clip(s: string): string {
  return s.length > MAX_DETAIL ? `${s.slice(0, MAX_DETAIL - 1)}…` : s;
}

/** Bytes of `s` in UTF-8 (how mail sizes are counted), without host APIs. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

export function mailBytes(m: RenderedMail): number {
  return utf8Length(m.text) + utf8Length(m.html);
}

export function appName(lang: Lang): string {
  return t(lang, 'app.name');
}

export function senderName(planName: string, lang: Lang): string {
  return t(lang, 'remind.sender', { app: appName(lang), plan: planName });
}

/** `[T3] Title`, or the title alone when the task has no id. */
export function taskLabel(l: { id: string; title: string }): string {
  const title = shortTitle(l.title || '…');
  return l.id ? `[${l.id}] ${title}` : title;
}

/** `quá hạn 3 ngày làm việc`, `đến hạn hôm nay`, `còn 2 ngày làm việc`. */
export function dueNote(l: Pick<TaskLine, 'due' | 'workdays'>, today: CivilDate, lang: Lang): string {
  if (l.due < today) return l.workdays < 0 ? t(lang, 'remind.late', { n: -l.workdays }) : t(lang, 'remind.lateOffDay');
  if (l.due === today) return t(lang, 'remind.today');
  return l.workdays > 0 ? t(lang, 'remind.left', { n: l.workdays }) : t(lang, 'remind.leftOffDay');
}

export function subjectCounts(d: Pick<Digest, 'overdue' | 'dueToday' | 'dueSoon' | 'escalation'>, lang: Lang): string {
  const parts: string[] = [];
  if (d.overdue.length) parts.push(t(lang, 'remind.subject.overdue', { n: d.overdue.length }));
  if (d.dueToday.length) parts.push(t(lang, 'remind.subject.dueToday', { n: d.dueToday.length }));
  if (d.dueSoon.length) parts.push(t(lang, 'remind.subject.dueSoon', { n: d.dueSoon.length }));
  if (d.escalation.length) parts.push(t(lang, 'remind.subject.escalation', { n: d.escalation.length }));
  return parts.join(', ');
}

export function digestSubject(d: Digest, planName: string): string {
  const lang = d.recipient.lang;
  return `[${appName(lang)}] ${subjectCounts(d, lang)} — ${planName}`;
}

function without(names: string[], drop: string[]): string[] {
  return names.filter((n) => !drop.includes(n));
}

/** The other people on the task, as written in the sheet; null when there is nobody else. */
function othersText(item: TaskLine, drop: string[], lang: Lang): string | null {
  const parts: string[] = [];
  const leads = without(item.leads, drop);
  const supports = without(item.supports, drop);
  if (leads.length) parts.push(t(lang, 'remind.others.lead', { names: leads.join(', ') }));
  if (supports.length) parts.push(t(lang, 'remind.others.support', { names: supports.join(', ') }));
  return parts.length ? t(lang, 'remind.others', { list: parts.join('; ') }) : null;
}

function roleText(item: DigestItem, lang: Lang): string {
  const role = t(lang, item.role === 'lead' ? 'remind.role.lead' : 'remind.role.support');
  return item.via ? t(lang, 'remind.yourRoleVia', { role, via: item.via }) : t(lang, 'remind.yourRole', { role });
}

const SECTION_COLOR: Record<Bucket | 'escalation', string> = {
  overdue: COLORS.overdue, dueToday: COLORS.dueToday, dueSoon: COLORS.dueSoon, escalation: COLORS.escalation,
};

interface Line {
  title: string;
  link: string | null;
  /** Plain-text detail lines; `strongIndex` marks the one shown in colour. */
  details: string[];
  strongPart: string;
  /** The pre-filled report form for this task. */
  report: string | null;
}

function itemLines(item: DigestItem | EscalationItem, ctx: RenderContext, lang: Lang): Line {
  const planned = t(lang, 'remind.due', { date: formatWithWeekday(item.due, lang) });
  const date = item.forecast
    ? `${planned}; ${t(lang, 'remind.forecast', { date: formatWithWeekday(item.forecast, lang), ref: item.delayedBy ?? '' })}`
    : planned;
  // Judged as the schedule judges it: by the forecast when a late predecessor pushes the task.
  const note = dueNote(item.forecast && item.due >= ctx.today ? { due: item.forecast, workdays: item.workdays } : item, ctx.today, lang);
  const details: string[] = [];
  if (item.section) details.push(t(lang, 'remind.sectionOf', { section: clip(item.section) }));
  if ('role' in item) {
    details.push(roleText(item, lang));
    const others = othersText(item, item.matched, lang);
    if (others) details.push(clip(others));
  } else {
    details.push(clip(t(lang, 'remind.leadBy', { names: item.leadPeople.join(', ') })));
    const others = othersText({ ...item, leads: [] }, [], lang);
    if (others) details.push(clip(others));
  }
  if (item.progress > 0) details.push(t(lang, 'remind.progress', { pct: Math.round(item.progress * 100) }));
  const latest = ctx.latestReport?.(item.row);
  if (latest) details.push(t(lang, 'reports.digest.latest', { text: latest }));
  // A host without web links (a local workbook) still says where the row is.
  const where = ctx.rowLink(item.row);
  const url = safeHref(where);
  if (where && !url) details.push(t(lang, 'remind.where', { where }));
  const report = safeHref(ctx.reportLink?.(item.id) ?? null);
  return { title: taskLabel(item), link: url, details: [date, ...details], strongPart: note, report };
}

type Section = { bucket: Bucket | 'escalation'; title: string; intro: string | null; items: Array<DigestItem | EscalationItem> };

function sectionsOf(d: Digest, ctx: RenderContext, lang: Lang): Section[] {
  const m = ctx.escalationDays;
  return ([
    { bucket: 'overdue', title: t(lang, 'remind.section.overdue'), intro: null, items: d.overdue },
    { bucket: 'dueToday', title: t(lang, 'remind.section.dueToday'), intro: null, items: d.dueToday },
    { bucket: 'dueSoon', title: t(lang, 'remind.section.dueSoon'), intro: null, items: d.dueSoon },
    { bucket: 'escalation', title: t(lang, 'remind.section.escalation', { m }), intro: t(lang, 'remind.section.escalationIntro', { m }), items: d.escalation },
  ] as Section[]).filter((s) => s.items.length > 0);
}

function footerText(ctx: RenderContext, lang: Lang): string[] {
  const out = [t(lang, 'remind.footer', { app: appName(lang), plan: ctx.planName })];
  if (ctx.coordinatorName) out.push(t(lang, 'remind.footerReply', { name: ctx.coordinatorName }));
  return out;
}

/** The digest, listing as many tasks per section as fit under MAX_MAIL_BYTES (never fewer than one). */
export function renderDigest(d: Digest, ctx: RenderContext): RenderedMail {
  let limit = MAX_ITEMS_PER_SECTION;
  let mail = renderWith(d, ctx, limit);
  for (let tries = 0; tries < 8 && limit > 1; tries++) {
    const size = mailBytes(mail);
    if (size <= MAX_MAIL_BYTES) break;
    // Shrink in proportion, a little more than needed: the header and footer do not shrink.
    limit = Math.max(1, Math.min(limit - 1, Math.floor((limit * MAX_MAIL_BYTES * 0.9) / size)));
    mail = renderWith(d, ctx, limit);
  }
  return mail;
}

function renderWith(d: Digest, ctx: RenderContext, perSection: number): RenderedMail {
  const lang = d.recipient.lang;
  const subject = digestSubject(d, ctx.planName);
  const today = formatWithWeekday(ctx.today, lang);
  const sections = sectionsOf(d, ctx, lang);
  const greeting = t(lang, 'remind.greeting', { name: d.recipient.name });
  const intro = t(lang, 'remind.intro', { plan: ctx.planName, today });

  // Plain text.
  const text: string[] = [greeting, '', intro];
  for (const s of sections) {
    text.push('', `${s.title.toUpperCase()} (${s.items.length})`);
    if (s.intro) text.push(s.intro);
    s.items.slice(0, perSection).forEach((item, i) => {
      const l = itemLines(item, ctx, lang);
      text.push(`${i + 1}. ${l.title}`);
      text.push(`   ${l.details[0]} — ${l.strongPart}`);
      for (const x of l.details.slice(1)) text.push(`   ${x}`);
      if (l.link) text.push(`   ${t(lang, 'remind.open')}: ${l.link}`);
      if (l.report) text.push(`   ${t(lang, 'reports.digest.link')}: ${l.report}`);
    });
    if (s.items.length > perSection) text.push(t(lang, 'remind.more', { n: s.items.length - perSection }));
  }
  if (safeHref(ctx.sheetLink)) text.push('', `${t(lang, 'remind.openSheet')}: ${ctx.sheetLink}`);
  text.push('', '--', ...footerText(ctx, lang));

  // HTML.
  const body: string[] = [paragraph(`${esc(greeting)}<br>${esc(intro)}`, 'padding-top:16px')];
  for (const s of sections) {
    const color = SECTION_COLOR[s.bucket];
    body.push(sectionHeading(`${esc(s.title)} (${s.items.length})`, color));
    if (s.intro) body.push(paragraph(muted(esc(s.intro)), 'font-size:13px;padding-bottom:0'));
    for (const item of s.items.slice(0, perSection)) {
      const l = itemLines(item, ctx, lang);
      const title = link(l.link, esc(l.title), COLORS.text);
      const lines = [`${esc(l.details[0])} · ${strong(esc(l.strongPart), color)}`, ...l.details.slice(1).map((x) => muted(esc(x)))];
      if (l.report) lines.push(link(l.report, esc(t(lang, 'reports.digest.link'))));
      body.push(card(color, title, lines));
    }
    if (s.items.length > perSection) body.push(paragraph(muted(esc(t(lang, 'remind.more', { n: s.items.length - perSection })))));
  }
  if (safeHref(ctx.sheetLink)) body.push(paragraph(link(ctx.sheetLink, esc(t(lang, 'remind.openSheet'))), 'padding-top:16px'));
  const html = shell({
    lang,
    title: subject,
    kicker: esc(`${appName(lang)} · ${ctx.planName}`),
    heading: esc(subjectCounts(d, lang)),
    body: body.join('\n'),
    footer: footerText(ctx, lang).map(esc).join('<br>'),
  });
  return { subject, text: text.join('\n'), html };
}
