/**
 * Sections and their progress. A task belongs to the section named in its `Phần`; when `Phần`
 * is empty, to every prefix of a hierarchical `Mã` (`2.1.3` belongs to `2.1` and to `2`).
 * A section's progress weighs each task by its duration in working days (a one-day task counts
 * for little next to a three-month one); cancelled tasks and heading rows do not count.
 */
import { type CivilDate, addDays } from '../dates/civil';
import type { ScheduledTask, SectionRollup } from './types';
import type { WorkCalendar } from '../dates/workdays';

/** `2.1.3` → [`2`, `2.1`]; `2.` is read as `2`; an ID without dots has no prefixes. */
export function idPrefixes(id: string): string[] {
  const parts = id.trim().replace(/\.+$/, '').split('.');
  if (parts.length < 2 || parts.some((p) => !p.trim())) return [];
  const out: string[] = [];
  for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join('.'));
  return out;
}

/** The ID as a hierarchy key (`2.` → `2`). */
export function idPath(id: string): string {
  return id.trim().replace(/\.+$/, '');
}

/** Working days from start to due, both included; 1 when the task has no span. */
export function durationWeight(st: Pick<ScheduledTask, 'start' | 'due'>, cal: WorkCalendar): number {
  if (!st.start || !st.due || st.due < st.start) return 1;
  return Math.max(1, cal.workdaysBetween(addDays(st.start, -1), st.due));
}

/** durationWeight, once per task of a finished schedule (sections, overall and CPM all ask). */
const weights = new WeakMap<object, number>();
function weightOf(st: ScheduledTask, cal: WorkCalendar): number {
  let w = weights.get(st);
  if (w === undefined) { w = durationWeight(st, cal); weights.set(st, w); }
  return w;
}

export function rollup(section: string, title: string, level: number, source: SectionRollup['source'], members: ReadonlyArray<ScheduledTask>, cal: WorkCalendar): SectionRollup {
  let weight = 0;
  let done = 0;
  let start: CivilDate | null = null;
  let due: CivilDate | null = null;
  const counts: SectionRollup['counts'] = {};
  for (const st of members) {
    counts[st.status] = (counts[st.status] ?? 0) + 1;
    if (st.status === 'cancelled') continue;
    const w = weightOf(st, cal);
    weight += w;
    done += w * st.progress;
    const s = st.start ?? st.due;
    if (s && (!start || s < start)) start = s;
    if (st.due && (!due || st.due > due)) due = st.due;
  }
  return {
    section, title, level, source, taskCount: members.length, counts, start, due,
    progress: weight ? Math.round((done / weight) * 10000) / 10000 : 0,
  };
}

/** The sections of a schedule, in the order they first appear in the sheet. */
export function sectionRollups(tasks: ReadonlyArray<ScheduledTask>, cal: WorkCalendar): SectionRollup[] {
  const groups = new Map<string, { title: string; level: number; source: SectionRollup['source']; members: ScheduledTask[] }>();
  const titleById = new Map<string, string>();
  for (const st of tasks) if (st.task.id) titleById.set(idPath(st.task.id), st.task.title);
  const join = (key: string, title: string, level: number, source: SectionRollup['source'], st: ScheduledTask | null) => {
    let g = groups.get(key);
    if (!g) { g = { title, level, source, members: [] }; groups.set(key, g); }
    if (st) g.members.push(st);
  };
  for (const st of tasks) {
    if (st.task.section) {
      if (!st.isGroup) join(`§${st.task.section}`, st.task.section, 0, 'section', st);
      else join(`§${st.task.section}`, st.task.section, 0, 'section', null);
      continue;
    }
    const prefixes = st.task.id ? idPrefixes(st.task.id) : [];
    // A heading row opens its own section even before its first child is read.
    if (st.isGroup && st.task.id) {
      const path = idPath(st.task.id);
      for (const p of [...prefixes, path]) join(`#${p}`, headingTitle(p, titleById), p.split('.').length - 1, 'id', null);
      continue;
    }
    prefixes.forEach((p, i) => join(`#${p}`, headingTitle(p, titleById), i, 'id', st));
  }
  const out: SectionRollup[] = [];
  for (const [key, g] of groups) {
    if (!g.members.length) continue;
    out.push(rollup(key.slice(1), g.title, g.level, g.source, g.members, cal));
  }
  return out;
}

function headingTitle(prefix: string, titles: Map<string, string>): string {
  const t = titles.get(prefix);
  return t ? `${prefix}. ${t}` : prefix;
}
