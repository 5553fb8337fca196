/**
 * Who is told what today. Pure: the schedule, the people and the log in; one digest per
 * recipient address, the coordinator's summary and the names nobody can be mailed for out.
 *
 * - A task is reminded while it is open (not done, paused or cancelled), `Nhắc việc` is not
 *   `Không`, and it is overdue, due today or due within `horizonDays` working days.
 * - Everyone named in `Chủ trì` or `Phối hợp` is told; a unit or group reaches its people (or its
 *   contacts, per `unitRecipients`). Someone named twice on a task is told once, as lead when
 *   they are lead either way.
 * - A task late by `escalationDays` working days or more is also put before each lead's
 *   `Cấp trên`, in that person's own digest, unless they already have the task as their own.
 */
import { type CivilDate, addDays, weekday } from '../dates/civil';
import type { Lang } from '../i18n';
import type { Person } from '../plan/model';
import type { Tracker } from '../plan/read';
import type { Settings } from '../plan/settings';
import type { Schedule, ScheduledTask } from '../schedule/types';
import type { WorkCalendar } from '../dates/workdays';
import { cleanText, foldKey } from '../text/normalize';
import { Directory, unitMembers } from './directory';
import { mailKey } from './keys';
import { type ReminderLog, lastSummaryBefore, pendingFromEarlier } from './log';
import type {
  Bucket, CoordinatorSummary, Digest, DigestItem, EscalationItem, Recipient, ReminderPlan, Role, SummaryCounts, TaskLine,
  Unreachable, UnreachableReason, UnreachableRole,
} from './types';

let collator: Intl.Collator | null | undefined;

/** Vietnamese alphabetical order where the runtime has it; code-point order of folded text otherwise. */
export function compareVi(a: string, b: string): number {
  if (collator === undefined) {
    try {
      collator = new Intl.Collator('vi', { sensitivity: 'base' });
    } catch {
      collator = null;
    }
  }
  if (collator) return collator.compare(a, b);
  const fa = foldKey(a);
  const fb = foldKey(b);
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

/** Where a due date falls today, with the signed working-day count; null when not reminded. */
export function bucketOf(due: CivilDate, today: CivilDate, calendar: WorkCalendar, horizonDays: number): { bucket: Bucket; workdays: number } | null {
  if (due < today) return { bucket: 'overdue', workdays: calendar.workdaysBetween(today, due) };
  if (due === today) return { bucket: 'dueToday', workdays: 0 };
  const left = calendar.workdaysBetween(today, due);
  return horizonDays > 0 && left <= horizonDays ? { bucket: 'dueSoon', workdays: left } : null;
}

function lineOf(st: ScheduledTask, due: CivilDate, workdays: number): TaskLine {
  const pushed = st.delayedBy && st.forecastDue && st.forecastDue > due ? { forecast: st.forecastDue, delayedBy: st.delayedBy } : {};
  return {
    row: st.task.row, id: st.task.id, title: st.task.title, section: st.task.section, due, workdays,
    progress: st.progress, leads: st.task.lead, supports: st.task.support, ...pushed,
  };
}

/**
 * The date a task is judged by, as its schedule status is: its deadline, or before that
 * deadline the forecast when a late predecessor pushes it (compute.ts).
 */
function judgedDue(st: ScheduledTask, today: CivilDate): CivilDate | null {
  return st.due && st.delayedBy && st.forecastDue && st.due >= today ? st.forecastDue : st.due;
}

/** 1 = Monday … 7 = Sunday; the Monday of `d`'s week. */
function weekStart(d: CivilDate): CivilDate {
  return addDays(d, -((weekday(d) + 6) % 7));
}

interface Target {
  person: Person | null;
  email: string;
  name: string;
  via: string | null;
}

interface Box {
  recipient: Recipient;
  items: Map<number, DigestItem & { bucket: Bucket }>;
  escalation: Map<number, EscalationItem>;
}

export function planReminders(schedule: Schedule, tracker: Tracker, today: CivilDate, settings: Settings, log: ReminderLog): ReminderPlan {
  const cal = schedule.calendar;
  const workday = cal.isWorkday(today);
  const sendsToday = workday || settings.remindOnDaysOff;
  const dir = new Directory(tracker.people);
  const langOf = (p: Person | null): Lang => (p?.language === 'en' ? 'en' : settings.language);
  const escalateFrom = Math.max(1, settings.escalationDays);

  const unreachable = new Map<string, Unreachable>();
  const miss = (name: string, reason: UnreachableReason, role: UnreachableRole, st: ScheduledTask | null, candidates: string[] = [], email?: string) => {
    const k = `${foldKey(name)}|${reason}`;
    let u = unreachable.get(k);
    if (!u) {
      u = { name: cleanText(name), reason, roles: [], tasks: [], candidates, ...(email === undefined ? {} : { email }) };
      unreachable.set(k, u);
    }
    if (!u.roles.includes(role)) u.roles.push(role);
    if (st && !u.tasks.some((t) => t.row === st.task.row)) u.tasks.push({ id: st.task.id, row: st.task.row });
  };

  /** The mailable people a name stands for; the rest is reported as unreachable. */
  const targetsOf = (name: string, role: UnreachableRole, st: ScheduledTask | null): Target[] => {
    const r = dir.resolve(name);
    if (r.kind === 'unknown') { miss(name, 'unknown', role, st); return []; }
    if (r.kind === 'ambiguous') { miss(name, 'ambiguous', role, st, r.candidates.map((p) => p.name)); return []; }
    if (r.kind === 'address') return [{ person: null, email: r.email, name: r.email, via: null }];
    const people = r.kind === 'unit' || r.kind === 'group' ? unitMembers(r.people, settings.unitRecipients) : r.people;
    const via = r.kind === 'person' ? null : r.label;
    const out: Target[] = [];
    for (const p of people) {
      if (p.email) out.push({ person: p, email: p.email, name: p.name, via });
      // An address typed but not valid is told as such: «has no address» would send the user looking for nothing.
      else if (p.badEmail) miss(p.name, 'badEmail', role, st, [], p.badEmail);
      else miss(p.name, 'noEmail', role, st);
    }
    return out;
  };

  const boxes = new Map<string, Box>();
  const boxOf = (t: Target): Box => {
    const k = t.email.toLowerCase();
    let b = boxes.get(k);
    if (!b) {
      b = { recipient: { name: t.name, email: t.email, lang: langOf(t.person) }, items: new Map(), escalation: new Map() };
      boxes.set(k, b);
    }
    return b;
  };

  const counts: SummaryCounts = { open: 0, inProgress: 0, overdue: 0, dueToday: 0, dueSoon: 0, escalated: 0 };
  const open: Array<{ st: ScheduledTask; due: CivilDate; workdays: number }> = [];
  const unreached: ReminderPlan['unreached'] = [];

  for (const st of schedule.tasks) {
    // A heading row (`2` above `2.1`, `2.2`) rolls its children up; they are reminded, not it.
    if (!st.isOpen || st.isGroup) continue;
    counts.open++;
    // Counted by the schedule's status, as the overview counts them: one set of figures everywhere.
    if (st.status === 'overdue' || st.status === 'dueToday' || st.status === 'dueSoon' || st.status === 'inProgress') counts[st.status]++;
    const due = st.due;
    const judged = judgedDue(st, today);
    const b = judged ? bucketOf(judged, today, cal, settings.horizonDays) : null;
    if (due && b) {
      if (b.bucket === 'overdue' && -b.workdays >= escalateFrom) counts.escalated++;
      open.push({ st, due, workdays: b.workdays });
    }
    if (!st.task.remind) continue;
    const names: Array<[string, Role]> = [...st.task.lead.map((n) => [n, 'lead'] as [string, Role]), ...st.task.support.map((n) => [n, 'support'] as [string, Role])];
    let reached = false;
    for (const [name, role] of names) {
      // Resolve every open task's names, due or not: the summary and the overview list them all.
      const targets = targetsOf(name, role, st);
      if (!due || !b) continue;
      if (targets.length) reached = true;
      for (const t of targets) {
        const box = boxOf(t);
        const had = box.items.get(st.task.row);
        if (!had) {
          box.items.set(st.task.row, { ...lineOf(st, due, b.workdays), bucket: b.bucket, role, via: t.via, matched: [name] });
        } else {
          if (!had.matched.includes(name)) had.matched.push(name);
          if (role === 'lead' && had.role !== 'lead') { had.role = 'lead'; had.via = t.via; }
          else if (role === had.role && t.via === null) had.via = null;
        }
      }
    }
    if (due && b && !reached) unreached.push({ id: st.task.id, row: st.task.row });
    if (!due || !b || b.bucket !== 'overdue' || -b.workdays < escalateFrom) continue;
    // People named as leads without an address still have a supervisor to tell.
    const leads: Person[] = [];
    for (const name of st.task.lead) {
      const r = dir.resolve(name);
      const people = r.kind === 'person' || r.kind === 'position' ? r.people
        : r.kind === 'unit' || r.kind === 'group' ? unitMembers(r.people, settings.unitRecipients) : [];
      for (const p of people) if (!leads.includes(p)) leads.push(p);
    }
    for (const lead of leads) {
      if (!lead.supervisor) continue;
      for (const sup of targetsOf(lead.supervisor, 'supervisor', st)) {
        if (sup.email.toLowerCase() === (lead.email ?? '').toLowerCase()) continue;
        const box = boxOf(sup);
        const e = box.escalation.get(st.task.row);
        if (e) { if (!e.leadPeople.includes(lead.name)) e.leadPeople.push(lead.name); }
        else box.escalation.set(st.task.row, { ...lineOf(st, due, b.workdays), leadPeople: [lead.name] });
      }
    }
  }

  const pending = pendingFromEarlier(log);
  const byDue = <T extends TaskLine>(a: T, b: T) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.row - b.row);
  const digests: Digest[] = [];
  for (const box of boxes.values()) {
    const items = [...box.items.values()].sort(byDue);
    // Someone already told about the task as its lead or supporter needs no second line on it.
    const escalation = [...box.escalation.values()].filter((e) => !box.items.has(e.row)).sort(byDue);
    if (items.length === 0 && escalation.length === 0) continue;
    const strip = (i: DigestItem & { bucket: Bucket }): DigestItem => {
      const { bucket: _b, ...rest } = i;
      return rest;
    };
    const key = mailKey(today, box.recipient.email, 'digest');
    digests.push({
      kind: 'digest', key, recipient: box.recipient,
      overdue: items.filter((i) => i.bucket === 'overdue').map(strip),
      dueToday: items.filter((i) => i.bucket === 'dueToday').map(strip),
      dueSoon: items.filter((i) => i.bucket === 'dueSoon').map(strip),
      escalation,
      alreadySent: log.sent.has(key),
      resumed: pending.has(`${box.recipient.email.toLowerCase()}|digest`),
    });
  }
  // Held back before (quota, time, a failure) goes first, the longest waiting first; then by name.
  const waiting = (d: Digest) => pending.get(`${d.recipient.email.toLowerCase()}|digest`) ?? '9999-12-31';
  digests.sort((a, b) => (a.resumed !== b.resumed ? (a.resumed ? -1 : 1)
    : waiting(a) < waiting(b) ? -1 : waiting(a) > waiting(b) ? 1
      : compareVi(a.recipient.name, b.recipient.name) || (a.key < b.key ? -1 : 1)));

  // The coordinator: the summary's recipient and everyone's reply-to.
  let coordinator: Target | null = null;
  if (cleanText(settings.coordinator)) {
    const targets = targetsOf(settings.coordinator, 'coordinator', null);
    coordinator = targets[0] ?? null;
  }

  let summary: CoordinatorSummary | null = null;
  if (coordinator && sendsToday && settings.summaryFrequency !== 'off') {
    const last = lastSummaryBefore(log, today);
    const weekly = settings.summaryFrequency === 'weekly';
    const due = !weekly || !last || weekStart(last) < weekStart(today);
    if (due) {
      const previousDay = settings.remindOnDaysOff || !workday ? addDays(today, -1) : cal.addWorkdays(today, -1);
      const since = last ?? (weekly ? addDays(today, -7) : previousDay);
      const key = mailKey(today, coordinator.email, 'summary');
      summary = {
        kind: 'summary', key,
        recipient: { name: coordinator.name, email: coordinator.email, lang: langOf(coordinator.person) },
        frequency: weekly ? 'weekly' : 'daily',
        since,
        counts,
        becameOverdue: open.filter((o) => o.due >= since && o.due < today).map((o) => lineOf(o.st, o.due, o.workdays)).sort(byDue),
        alreadySent: log.sent.has(key),
        resumed: pending.has(`${coordinator.email.toLowerCase()}|summary`),
      };
    }
  }

  return {
    today,
    sendsToday,
    dayOffName: workday ? null : cal.dayOffName(today),
    digests: sendsToday ? digests : [],
    summary,
    unreachable: [...unreachable.values()].sort((a, b) => compareVi(a.name, b.name)),
    unreached: sendsToday ? unreached : [],
    replyTo: coordinator?.email ?? null,
    coordinatorName: coordinator?.name ?? null,
    planName: cleanText(settings.planName),
    horizonDays: settings.horizonDays,
    escalationDays: escalateFrom,
  };
}
