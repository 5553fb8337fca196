/**
 * The progress report (Báo cáo tiến độ) as of a date, from the computed schedule: counts by
 * status, % complete per section, overdue tasks per lead with days late, what was done since the
 * last report, what falls due in the next period, and the problems to raise.
 */
import type { DocUnitReports } from '../reports/doc';
import { type CivilDate, addDays, diffDays, formatDMY } from '../dates/civil';
import { type Lang, type MsgKey, t } from '../i18n';
import type { Settings } from '../plan/settings';
import { SCHEDULE_STATUSES, type Schedule, type ScheduleStatus, type ScheduledTask } from '../schedule/types';
import { cleanText } from '../text/normalize';
import { longDate, shortDate } from './dates';
import { docFormat } from './format';
import { type Block, type Paragraph, type Row, bodyPara, cell, emptyDoc, para, run, textWidthMm } from './model';
import { closingTable, frontMatter, level1, numberLine } from './official';
import { type DocResult, sectionTitle, settingWarnings, trackerErrorWarnings } from './plan';

export interface ReportOptions {
  today: CivilDate;
  /** The previous report's date: "done since" counts completions after it. Null: everything done so far. */
  since: CivilDate | null;
  /** Length of the coming period in days; by default as long as the period just reported, 30 days when unknown. */
  nextDays?: number;
  lang?: Lang;
  /** The units' own reports (src/core/reports/doc.ts), when the tracker has a report sheet. */
  unitReports?: DocUnitReports;
}

export interface LeadOverdue {
  lead: string;
  tasks: Array<{ task: ScheduledTask; daysLate: number; workdaysLate: number }>;
}

/** The figures of the report, before they become a document (tests and the CLI read these). */
export interface ReportFigures {
  today: CivilDate;
  since: CivilDate | null;
  counts: Partial<Record<ScheduleStatus, number>>;
  total: number;
  /** Done (on time or late) over tasks not cancelled, 0..1. */
  doneShare: number;
  sections: Array<{ title: string; taskCount: number; done: number; overdue: number; progress: number }>;
  overdueByLead: LeadOverdue[];
  doneSince: ScheduledTask[];
  doneWithoutDate: number;
  next: { from: CivilDate; to: CivilDate; tasks: ScheduledTask[] };
  paused: ScheduledTask[];
  withoutLead: ScheduledTask[];
  withoutDue: ScheduledTask[];
  dataErrors: number;
}

function collator(): (a: string, b: string) => number {
  try {
    const c = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    return (a, b) => c.compare(a, b);
  } catch {
    return (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  }
}

const isDoneStatus = (s: ScheduleStatus) => s === 'done' || s === 'doneLate';

export function reportFigures(schedule: Schedule, opts: ReportOptions): ReportFigures {
  const { today } = opts;
  const since = opts.since && opts.since < today ? opts.since : null;
  // Heading rows roll up their children: counting them too would count the work twice.
  const tasks = schedule.tasks.filter((st) => !st.isGroup);
  const counts: Partial<Record<ScheduleStatus, number>> = {};
  for (const st of tasks) counts[st.status] = (counts[st.status] ?? 0) + 1;
  const live = tasks.filter((st) => st.status !== 'cancelled');
  const doneCount = live.filter((st) => isDoneStatus(st.status)).length;

  const sections = schedule.sections
    .filter((s) => (s.level ?? 0) === 0)
    .map((s) => ({
      title: sectionTitle(s.title ?? s.section) || s.section,
      taskCount: s.taskCount,
      done: (s.counts.done ?? 0) + (s.counts.doneLate ?? 0),
      overdue: s.counts.overdue ?? 0,
      progress: s.progress,
    }));

  const cmp = collator();
  const byLead = new Map<string, LeadOverdue>();
  const noLead = t(opts.lang ?? 'vi', 'docs.report.noLead');
  for (const st of tasks) {
    if (st.status !== 'overdue' || !st.due) continue;
    const daysLate = diffDays(st.due, today);
    const workdaysLate = st.workdaysLeft !== null ? -st.workdaysLeft : schedule.calendar.workdaysBetween(st.due, today);
    for (const lead of st.task.lead.length ? st.task.lead : [noLead]) {
      let entry = byLead.get(lead);
      if (!entry) { entry = { lead, tasks: [] }; byLead.set(lead, entry); }
      entry.tasks.push({ task: st, daysLate, workdaysLate });
    }
  }
  const overdueByLead = [...byLead.values()].sort((a, b) => (a.lead === noLead ? 1 : b.lead === noLead ? -1 : cmp(a.lead, b.lead)));
  for (const e of overdueByLead) e.tasks.sort((a, b) => b.daysLate - a.daysLate || a.task.task.row - b.task.task.row);

  const doneTasks = tasks.filter((st) => isDoneStatus(st.status));
  const doneSince = doneTasks
    .filter((st) => st.task.doneOn && st.task.doneOn <= today && (!since || st.task.doneOn > since))
    .sort((a, b) => (a.task.doneOn as string).localeCompare(b.task.doneOn as string) || a.task.row - b.task.row);
  const doneWithoutDate = since ? doneTasks.filter((st) => !st.task.doneOn).length : 0;

  const nextDays = opts.nextDays ?? (since ? Math.min(92, Math.max(7, diffDays(since, today))) : 30);
  const to = addDays(today, nextDays);
  const nextTasks = tasks
    .filter((st) => st.isOpen && st.due && st.due >= today && st.due <= to && st.status !== 'overdue')
    .sort((a, b) => (a.due as string).localeCompare(b.due as string) || a.task.row - b.task.row);

  const open = tasks.filter((st) => st.isOpen);
  return {
    today,
    since,
    counts,
    total: tasks.length,
    doneShare: live.length ? doneCount / live.length : 0,
    sections,
    overdueByLead,
    doneSince,
    doneWithoutDate,
    next: { from: today, to, tasks: nextTasks },
    paused: tasks.filter((st) => st.status === 'paused'),
    withoutLead: open.filter((st) => st.task.lead.length === 0),
    withoutDue: open.filter((st) => !st.due),
    dataErrors: schedule.problems.filter((p) => p.severity === 'error').length,
  };
}

/** `45%`, `45,5%` in Vietnamese (decimal comma), `45.5%` in English. */
export function percentText(x: number, lang: Lang): string {
  const v = Math.round(x * 1000) / 10;
  const s = Number.isInteger(v) ? String(v) : v.toFixed(1);
  return `${lang === 'vi' ? s.replace('.', ',') : s}%`;
}

/** `Kế hoạch số 07-KH/TBVKĐH`, else the plan's name (`Kế hoạch …` added when it lacks it). */
export function planReference(settings: Settings, lang: Lang): string {
  const number = cleanText(settings.planNumber).replace(/^số\s*:?\s*/i, '');
  if (number) return lang === 'en' ? `plan No. ${number}` : `Kế hoạch số ${number}`;
  const name = cleanText(settings.planName);
  if (!name) return lang === 'en' ? 'the plan' : 'kế hoạch';
  if (lang === 'en' || /^kế hoạch\b/i.test(name)) return name;
  return `kế hoạch ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
}

function titleOf(st: ScheduledTask): string {
  return cleanText(st.task.title).replace(/[.;,:]+$/, '');
}

export function buildReport(schedule: Schedule, settings: Settings, opts: ReportOptions): DocResult & { figures: ReportFigures } {
  const lang = opts.lang ?? settings.language;
  const f = docFormat(settings.docFormat);
  const warnings = [...trackerErrorWarnings(schedule, lang), ...settingWarnings(settings, lang, ['planName', 'issuingBody', 'place', 'signatureTitle', 'signatureName'])];
  if (!schedule.tasks.length) warnings.push(t(lang, 'docs.warn.noTasks'));
  const fig = reportFigures(schedule, { ...opts, lang });
  const plan = cleanText(settings.planName) || t(lang, 'docs.plan.type');
  const doc = emptyDoc(f, t(lang, 'docs.fileName.report', { plan, date: formatDMY(opts.today).replace(/\//g, '-') }));
  const subject = [
    t(lang, 'docs.report.subject', { plan: planReference(settings, lang) }),
    t(lang, 'docs.report.asOf', { date: longDate(opts.today, lang) }),
  ];
  // The report is dated the day it reports on; the plan's issue date belongs to the plan.
  const body: Block[] = frontMatter(f, { settings, date: opts.today, numberText: numberLine(f, settings.planNumber, 'BC'), lang }, t(lang, 'docs.report.type').toLocaleUpperCase('vi'), subject);
  const p = (runs: Parameters<typeof bodyPara>[1]) => bodyPara(f, runs);
  const bullet = (text: string): Paragraph => p(`- ${text}`);
  const level = (n: number, key: MsgKey, params = {}) => level1(f, n, t(lang, key, params).toLocaleUpperCase('vi'));
  let n = 0;

  // I. Overview: counts by status.
  body.push(level(++n, 'docs.report.overview'));
  const c = (s: ScheduleStatus) => fig.counts[s] ?? 0;
  body.push(p(t(lang, 'docs.report.overviewText', {
    total: fig.total, done: c('done') + c('doneLate'), percent: percentText(fig.doneShare, lang), late: c('doneLate'),
    overdue: c('overdue'), open: c('dueToday') + c('dueSoon') + c('inProgress') + c('notStarted'),
  })));
  body.push(statusTable(f, fig, lang));

  // II. Progress by section.
  if (fig.sections.length) {
    body.push(level(++n, 'docs.report.sections'));
    body.push(sectionTable(f, fig, schedule, lang));
  }

  // III. Overdue, per lead.
  body.push(level(++n, 'docs.report.overdue'));
  if (!fig.overdueByLead.length) body.push(p(t(lang, 'docs.report.none')));
  fig.overdueByLead.forEach((e, i) => {
    body.push(bodyPara(f, run(`${i + 1}. ${e.lead}`, { bold: true }), { keepWithNext: true }));
    for (const x of e.tasks) {
      body.push(bullet(t(lang, 'docs.report.overdueLine', {
        title: titleOf(x.task), due: shortDate(x.task.due as string), days: x.daysLate, workdays: x.workdaysLate,
      })));
    }
  });

  // IV. Done since the last report.
  body.push(fig.since ? level(++n, 'docs.report.doneSince', { since: shortDate(fig.since) }) : level(++n, 'docs.report.doneAll'));
  if (!fig.doneSince.length) body.push(p(t(lang, 'docs.report.none')));
  for (const st of fig.doneSince) body.push(bullet(t(lang, 'docs.report.doneLine', { title: titleOf(st), date: shortDate(st.task.doneOn as string) })));
  if (fig.doneWithoutDate) body.push(p(run(t(lang, 'docs.report.doneNoDate', { count: fig.doneWithoutDate }), { italic: true })));

  // V. Due in the next period.
  body.push(level(++n, 'docs.report.dueNext', { from: shortDate(fig.next.from), to: shortDate(fig.next.to) }));
  if (!fig.next.tasks.length) body.push(p(t(lang, 'docs.report.none')));
  for (const st of fig.next.tasks) {
    body.push(bullet(t(lang, 'docs.report.dueLine', { title: titleOf(st), due: shortDate(st.due as string), lead: st.task.lead.join(', ') || '…' })));
  }

  // Results the units reported, quoted per task.
  const unit = opts.unitReports;
  const unitLine = (l: { title: string; text: string; who: string }) => t(lang, 'reports.doc.difficultyLine', { title: l.title, text: l.text, who: l.who });
  if (unit?.results.length) {
    body.push(level(++n, 'reports.doc.results'));
    for (const l of unit.results) body.push(bullet(t(lang, 'reports.doc.resultLine', { title: l.title, result: l.text, who: l.who, date: l.date })));
  }

  // VI. Problems.
  body.push(level(++n, 'docs.report.problems'));
  const problems: string[] = [];
  // Overdue work is the first difficulty: each late task once, with its leads and days late.
  const late = new Map<string, { x: LeadOverdue['tasks'][number]; leads: string[] }>();
  for (const e of fig.overdueByLead) {
    for (const x of e.tasks) {
      const key = String(x.task.task.row);
      const hit = late.get(key);
      if (hit) hit.leads.push(e.lead); else late.set(key, { x, leads: [e.lead] });
    }
  }
  const lateList = [...late.values()].sort((a, b) => b.x.daysLate - a.x.daysLate || a.x.task.task.row - b.x.task.task.row);
  if (lateList.length) problems.push(t(lang, 'docs.report.overdueCount', { count: lateList.length, total: fig.total - (fig.counts.cancelled ?? 0) }));
  for (const { x, leads } of lateList) {
    problems.push(t(lang, 'docs.report.overdueProblem', { title: titleOf(x.task), leads: leads.join(', '), days: x.daysLate }));
  }
  for (const l of unit?.difficulties ?? []) problems.push(unitLine(l));
  for (const st of fig.paused) {
    const notes = cleanText(st.task.notes);
    problems.push(t(lang, 'docs.report.paused', { title: titleOf(st), notes: notes ? `: ${notes.replace(/[.;]+$/, '')}` : '' }));
  }
  const list = (xs: ScheduledTask[]) => xs.slice(0, 10).map(titleOf).join('; ') + (xs.length > 10 ? '; …' : '');
  if (fig.withoutLead.length) problems.push(t(lang, 'docs.report.withoutLead', { count: fig.withoutLead.length, titles: list(fig.withoutLead) }));
  if (fig.withoutDue.length) problems.push(t(lang, 'docs.report.withoutDue', { count: fig.withoutDue.length, titles: list(fig.withoutDue) }));
  if (fig.dataErrors) problems.push(t(lang, 'docs.report.dataProblems', { count: fig.dataErrors }));
  if (!problems.length) body.push(p(t(lang, 'docs.report.none')));
  for (const line of problems) body.push(bullet(line));

  // Proposals the units made (only where they can report).
  if (unit) {
    body.push(level(++n, 'reports.doc.proposals'));
    if (!unit.proposals.length) body.push(p(t(lang, 'docs.report.none')));
    for (const l of unit.proposals) body.push(bullet(unitLine(l)));
  }

  body.push(para('', { spacing: { beforePt: 6, afterPt: 0, line: 1 } }));
  body.push(closingTable(f, settings, lang));
  doc.body = body;
  return { doc, warnings, figures: fig };
}

function tableCell(f: ReturnType<typeof docFormat>, text: string, o: { bold?: boolean; align?: 'left' | 'center' | 'right' } = {}) {
  return cell(para(run(text, { size: f.table.size, bold: o.bold }), { align: o.align ?? 'left', spacing: { beforePt: 2, afterPt: 2, line: 1 } }));
}

function headRow(f: ReturnType<typeof docFormat>, labels: string[]): Row {
  return { header: true, cells: labels.map((l) => ({ ...tableCell(f, l, { bold: true, align: 'center' }), shade: '#E7E6E6' })) };
}

function statusTable(f: ReturnType<typeof docFormat>, fig: ReportFigures, lang: Lang): Block {
  const w = textWidthMm(f);
  const rows: Row[] = [headRow(f, [t(lang, 'docs.col.status'), t(lang, 'docs.col.count'), t(lang, 'docs.col.share')])];
  for (const s of SCHEDULE_STATUSES) {
    const k = fig.counts[s] ?? 0;
    if (!k) continue;
    rows.push({ cells: [tableCell(f, t(lang, `docs.status.${s}` as MsgKey)), tableCell(f, String(k), { align: 'center' }), tableCell(f, percentText(fig.total ? k / fig.total : 0, lang), { align: 'center' })] });
  }
  rows.push({ cells: [tableCell(f, t(lang, 'docs.report.total'), { bold: true }), tableCell(f, String(fig.total), { bold: true, align: 'center' }), tableCell(f, fig.total ? '100%' : '0%', { bold: true, align: 'center' })] });
  return { type: 'table', columnsMm: [w - 70, 35, 35], borders: true, rows };
}

function sectionTable(f: ReturnType<typeof docFormat>, fig: ReportFigures, schedule: Schedule, lang: Lang): Block {
  const w = textWidthMm(f);
  const rows: Row[] = [headRow(f, ['docs.col.no', 'docs.col.section', 'docs.col.count', 'docs.col.done', 'docs.col.overdue', 'docs.col.percent'].map((k) => t(lang, k as MsgKey)))];
  fig.sections.forEach((s, i) => rows.push({
    cells: [
      tableCell(f, String(i + 1), { align: 'center' }), tableCell(f, s.title), tableCell(f, String(s.taskCount), { align: 'center' }),
      tableCell(f, String(s.done), { align: 'center' }), tableCell(f, String(s.overdue), { align: 'center' }), tableCell(f, percentText(s.progress, lang), { align: 'center' }),
    ],
  }));
  const o = schedule.overall;
  if (o) {
    rows.push({
      cells: [
        tableCell(f, ''), tableCell(f, t(lang, 'docs.report.total'), { bold: true }), tableCell(f, String(o.taskCount), { bold: true, align: 'center' }),
        tableCell(f, String((o.counts.done ?? 0) + (o.counts.doneLate ?? 0)), { bold: true, align: 'center' }),
        tableCell(f, String(o.counts.overdue ?? 0), { bold: true, align: 'center' }), tableCell(f, percentText(o.progress, lang), { bold: true, align: 'center' }),
      ],
    });
  }
  return { type: 'table', columnsMm: [12, w - 12 - 4 * 24, 24, 24, 24, 24], borders: true, rows };
}
