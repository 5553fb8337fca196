/**
 * The coordinator's overview: the plan's figures, what became overdue since the last summary,
 * who was reminded today, what could not be sent (and why), and the names nobody can be mailed
 * for. Rendered after the digests have gone, so it tells what really happened.
 */
import { formatDMY } from '../dates/civil';
import { formatWithWeekday } from '../dates/weekday-names';
import { type Lang, t } from '../i18n';
import { COLORS, bullets, esc, figures, link, muted, paragraph, safeHref, sectionHeading, shell } from './mail-html';
import { type RenderContext, type RenderedMail, appName, dueNote, taskLabel } from './render-digest';
import type { CoordinatorSummary, MailOutcome, Unreachable } from './types';

const MAX_LIST = 100;

/** Tasks by ID (or row, when the ID is empty), the first ten, then how many in all. */
export function taskRefs(tasks: Array<{ id: string; row: number }>, lang: Lang): string {
  const refs = tasks.map((x) => x.id || t(lang, 'remind.taskRow', { row: x.row }));
  const more = refs.length > 10 ? `, … (${refs.length})` : '';
  return refs.slice(0, 10).join(', ') + more;
}

export function unreachableText(u: Unreachable, lang: Lang): string {
  const what = t(lang, `remind.unreachable.${u.reason}`, { name: u.name, candidates: u.candidates.join(', '), email: u.email ?? '' });
  const roles = u.roles.map((r) => t(lang, `remind.unreachable.role.${r}`)).join(', ');
  const where = u.tasks.length ? `; ${t(lang, 'remind.unreachable.tasks', { tasks: taskRefs(u.tasks, lang) })}` : '';
  return `${what} (${t(lang, 'remind.unreachable.as', { roles })}${where})`;
}

export function countsText(c: MailOutcome['counts'], lang: Lang): string {
  const base = t(lang, 'remind.counts', c);
  return c.escalation ? `${base}, ${t(lang, 'remind.countsEscalation', { n: c.escalation })}` : base;
}

export function summarySubject(s: CoordinatorSummary, planName: string, reminded: number): string {
  const lang = s.recipient.lang;
  const key = s.frequency === 'weekly' ? 'remind.summary.subjectWeekly' : 'remind.summary.subject';
  return t(lang, key, { app: appName(lang), date: formatDMY(summaryDay(s)), overdue: s.counts.overdue, reminded, plan: planName });
}

/** The day the summary is for (the first part of its key). */
function summaryDay(s: CoordinatorSummary): string {
  return s.key.slice(0, 10);
}

export function renderSummary(s: CoordinatorSummary, outcomes: MailOutcome[], unreachable: Unreachable[], ctx: RenderContext): RenderedMail {
  const lang = s.recipient.lang;
  const digests = outcomes.filter((o) => o.kind === 'digest');
  const reminded = digests.filter((o) => o.outcome === 'sent' || o.outcome === 'alreadySent' || o.outcome === 'wouldSend');
  const earlier = digests.filter((o) => o.outcome === 'alreadySent').length;
  const deferredQuota = digests.filter((o) => o.outcome === 'deferred' && o.deferReason === 'quota');
  const deferredTime = digests.filter((o) => o.outcome === 'deferred' && o.deferReason === 'time');
  const deferredServer = digests.filter((o) => o.outcome === 'deferred' && o.deferReason === 'server');
  const failed = digests.filter((o) => o.outcome === 'failed');
  const subject = summarySubject(s, ctx.planName, reminded.length);
  const today = formatWithWeekday(ctx.today, lang);
  const since = formatWithWeekday(s.since, lang);

  const rows = [
    { label: t(lang, 'remind.summary.open'), value: s.counts.open },
    { label: t(lang, 'remind.summary.inProgress'), value: s.counts.inProgress },
    { label: t(lang, 'remind.summary.overdue'), value: s.counts.overdue, color: COLORS.overdue },
    { label: t(lang, 'remind.summary.dueToday'), value: s.counts.dueToday, color: COLORS.dueToday },
    { label: t(lang, 'remind.summary.dueSoon', { n: ctx.horizonDays }), value: s.counts.dueSoon, color: COLORS.dueSoon },
    { label: t(lang, 'remind.summary.escalated', { m: ctx.escalationDays }), value: s.counts.escalated, color: COLORS.escalation },
  ];
  const person = (o: MailOutcome) => `${o.recipient.name} <${o.recipient.email}>`;
  const lists: Array<{ title: string; color: string; items: string[]; empty?: string }> = [
    {
      title: s.becameOverdue.length ? t(lang, 'remind.summary.became', { since }) : '',
      color: COLORS.overdue,
      items: s.becameOverdue.map((l) => `${taskLabel(l)} — ${formatWithWeekday(l.due, lang)}, ${dueNote(l, ctx.today, lang)}`),
      empty: t(lang, 'remind.summary.becameNone', { since }),
    },
    ...(ctx.summaryLists ?? []).map((l) => ({ ...l, color: COLORS.text })),
    {
      title: reminded.length ? t(lang, 'remind.summary.reminded', { n: reminded.length }) : '',
      color: COLORS.text,
      items: reminded.map((o) => `${person(o)}: ${countsText(o.counts, lang)}`),
      empty: t(lang, 'remind.summary.remindedNone'),
    },
    { title: t(lang, 'remind.summary.deferredQuota', { n: deferredQuota.length }), color: COLORS.dueToday, items: deferredQuota.map(person) },
    { title: t(lang, 'remind.summary.deferredTime', { n: deferredTime.length }), color: COLORS.dueToday, items: deferredTime.map(person) },
    { title: t(lang, 'remind.summary.deferredServer', { n: deferredServer.length }), color: COLORS.dueToday, items: deferredServer.map((o) => `${person(o)}: ${o.error ?? ''}`) },
    { title: t(lang, 'remind.summary.failed', { n: failed.length }), color: COLORS.overdue, items: failed.map((o) => `${person(o)}: ${o.error ?? ''}`) },
    {
      title: unreachable.length ? t(lang, 'remind.summary.unreachable', { n: unreachable.length }) : '',
      color: COLORS.overdue,
      items: unreachable.map((u) => unreachableText(u, lang)),
      empty: t(lang, 'remind.summary.unreachableNone'),
    },
  ];

  const greeting = t(lang, 'remind.greeting', { name: s.recipient.name });
  const intro = t(lang, 'remind.summary.intro', { plan: ctx.planName, today });
  const footer = t(lang, 'remind.summary.footer', { app: appName(lang), log: ctx.logSheet });

  const text: string[] = [greeting, '', intro, '', t(lang, 'remind.summary.counts').toUpperCase()];
  for (const r of rows) text.push(`- ${r.label}: ${r.value}`);
  if (earlier) text.push('', t(lang, 'remind.summary.already', { n: earlier }));
  for (const l of lists) {
    if (l.items.length === 0) {
      if (l.empty) text.push('', l.empty);
      continue;
    }
    text.push('', l.title.toUpperCase());
    for (const i of l.items.slice(0, MAX_LIST)) text.push(`- ${i}`);
    if (l.items.length > MAX_LIST) text.push(`- … (${l.items.length - MAX_LIST})`);
  }
  if (safeHref(ctx.sheetLink)) text.push('', `${t(lang, 'remind.openSheet')}: ${ctx.sheetLink}`);
  text.push('', '--', footer);

  const body: string[] = [
    paragraph(`${esc(greeting)}<br>${esc(intro)}`, 'padding-top:16px'),
    sectionHeading(esc(t(lang, 'remind.summary.counts')), COLORS.text),
    figures(rows.map((r) => ({ ...r, label: esc(r.label) }))),
  ];
  if (earlier) body.push(paragraph(muted(esc(t(lang, 'remind.summary.already', { n: earlier })))));
  for (const l of lists) {
    if (l.items.length === 0) {
      if (l.empty) body.push(paragraph(muted(esc(l.empty))));
      continue;
    }
    body.push(sectionHeading(esc(l.title), l.color));
    body.push(bullets(l.items.slice(0, MAX_LIST).map(esc)));
    if (l.items.length > MAX_LIST) body.push(paragraph(muted(`… (${l.items.length - MAX_LIST})`)));
  }
  if (safeHref(ctx.sheetLink)) body.push(paragraph(link(ctx.sheetLink, esc(t(lang, 'remind.openSheet'))), 'padding-top:16px'));
  const heading = esc(t(lang, 'remind.summary.heading', { overdue: s.counts.overdue, reminded: reminded.length }));
  const html = shell({
    lang, title: subject, kicker: esc(`${appName(lang)} · ${ctx.planName}`), heading, body: body.join('\n'), footer: esc(footer),
  });
  return { subject, text: text.join('\n'), html };
}
