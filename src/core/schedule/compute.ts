/**
 * The tracked schedule of a workbook on a given day: for every task its dates in force (typed,
 * or derived from `Phụ thuộc` through chains), status, working days left, slack and critical
 * flag, its problems; the section roll-ups; the workbook's working calendar.
 *
 * Pure and total: bad input becomes a Problem on the row, never an exception.
 */
import { type CivilDate, addDays, formatDMY, isCivilDate } from '../dates/civil';
import { workCalendar, shiftDate } from '../dates/workdays';
import type { Problem, ProblemCode, Task } from '../plan/model';
import type { Tracker } from '../plan/read';
import { userStatusLabel } from '../plan/columns';
import { Directory } from './directory';
import { type ResolvedLink, TaskIndex, cycleThrough, resolveLink, stronglyConnected } from './links';
import { type CpmEdge, criticalPath } from './critical';
import { durationWeight, idPrefixes, rollup, sectionRollups } from './rollup';
import { isDoneTask, scheduleStatus } from './status';
import type { Schedule, ScheduleLink, ScheduledTask } from './types';
import type { WorkCalendar } from '../dates/workdays';

/** Offsets beyond ten years are typing mistakes (`T3+20190705`), not plans. */
export const MAX_OFFSET_DAYS = 3660;

interface Derived {
  start: CivilDate | null;
  due: CivilDate | null;
  dueSource: ScheduledTask['dueSource'];
  dueMovedFrom: CivilDate | null;
}

export function computeSchedule(tracker: Tracker, today: CivilDate): Schedule {
  const calendar = workCalendar(tracker.holidays);
  const tasks = tracker.tasks;
  const n = tasks.length;
  const extra: Problem[][] = Array.from({ length: n }, () => []);
  const add = (i: number, column: string, code: ProblemCode, params: Problem['params'], severity: Problem['severity'] = 'warning') =>
    extra[i].push({ sheet: 'tasks', row: tasks[i].row, column, code, params, severity });

  // 1. Links and the heading rows of hierarchical IDs.
  const index = new TaskIndex(tasks);
  const links: ResolvedLink[][] = tasks.map((t, i) => {
    const out: ResolvedLink[] = [];
    for (const dep of t.dependsOn) {
      const link = resolveLink(dep, index);
      if (!link) { add(i, 'dependsOn', 'unknownDependency', { ref: dep.ref }, 'error'); continue; }
      if (link.days !== null && link.days > MAX_OFFSET_DAYS) { add(i, 'dependsOn', 'dependencyTooFar', { raw: dep.raw, max: MAX_OFFSET_DAYS }, 'error'); continue; }
      out.push(link);
    }
    return out;
  });
  const leavesOf = headingLeaves(tasks, index);

  // 2. Date flow: a task's dates need those of the tasks it names, and a heading's need its leaves'.
  const next: number[][] = Array.from({ length: n }, () => []);
  links.forEach((ls, i) => { for (const l of ls) next[l.from].push(i); });
  leavesOf.forEach((leaves, g) => { for (const leaf of leaves) next[leaf].push(g); });
  const components = stronglyConnected(next);
  const cyclic = new Uint8Array(n);
  // Each loop is reported once, on its first row, with a bounded description; its other rows
  // only point there. Naming the whole loop on every row made a 5 000-task loop 32 767
  // characters per cell and a 10 000-task one ran out of memory.
  const cycleRow = new Map<number, number>();
  for (const comp of components) {
    const loop = comp.length > 1 || next[comp[0]].includes(comp[0]);
    if (!loop) continue;
    let first = comp[0];
    for (const v of comp) {
      cyclic[v] = 1;
      if (tasks[v].row < tasks[first].row) first = v;
    }
    const path = cycleThrough(first, next, new Set(comp));
    add(first, 'dependsOn', 'dependencyCycle', { cycle: cycleLabel(path, tasks), count: comp.length }, 'error');
    for (const v of comp) if (v !== first) cycleRow.set(v, tasks[first].row);
  }

  // 3. Dates, in dependency order (Tarjan emits successors first).
  const derived: Derived[] = new Array(n);
  const result: ScheduledTask[] = new Array(n);
  const directory = new Directory(tracker.people);
  const horizon = tracker.settings.horizonDays;
  for (let c = components.length - 1; c >= 0; c--) {
    for (const i of components[c]) {
      derived[i] = deriveDates(i, tasks, links[i], leavesOf.get(i), derived, result, cyclic, calendar, tracker.settings.moveDueOffDays, add);
      const moved = cyclic[i] ? null : forecast(derived[i], links[i], result, today, calendar);
      result[i] = finish(i, tasks[i], derived[i], leavesOf.get(i), result, today, horizon, calendar, add, moved);
      result[i].links = publicLinks(links[i], tasks);
      const loopRow = cycleRow.get(i);
      if (loopRow !== undefined) result[i].inCycleOf = loopRow;
    }
  }

  // 4. People, done-date checks.
  tasks.forEach((t, i) => {
    // A heading row (`2` of `2.1`) is done by its tasks: it needs neither a lead nor its own reminder.
    if (!result[i].isGroup && t.status !== 'cancelled') {
      if (!t.id) add(i, 'id', 'missingId', {});
      if (!t.lead.length) add(i, 'lead', 'missingLead', {});
    }
    if (!directory.isEmpty) {
      for (const name of t.lead) if (!directory.knows(name)) add(i, 'lead', 'unknownLead', { value: name });
      for (const name of t.support) if (!directory.knows(name)) add(i, 'support', 'unknownSupport', { value: name });
    }
    if (t.doneOn && t.doneOn > today) add(i, 'doneOn', 'doneInFuture', { done: formatDMY(t.doneOn), today: formatDMY(today) });
    if (t.doneOn && t.start && t.doneOn < t.start) add(i, 'doneOn', 'doneBeforeStart', { done: formatDMY(t.doneOn), start: formatDMY(t.start) });
  });

  // 5. Critical path over the real dependency links (headings and loops left out).
  const durations = result.map((st) => durationWeight(st, calendar));
  const edges: CpmEdge[] = [];
  links.forEach((ls, i) => {
    if (cyclic[i] || result[i].isGroup || result[i].status === 'cancelled') return;
    for (const l of ls) {
      const p = result[l.from];
      if (cyclic[l.from] || p.isGroup || p.status === 'cancelled') continue;
      edges.push(cpmEdge(l, i, p, calendar));
    }
  });
  const cpm = criticalPath(durations, edges);
  result.forEach((st, i) => {
    st.slack = cpm.slack[i];
    // What is finished or dropped can no longer hold the plan up.
    st.critical = st.slack === 0 && !st.isDone && st.status !== 'cancelled';
  });

  // 6. Problems per row, in reading order then schedule order.
  const byRow = new Map<number, Problem[]>();
  for (const p of tracker.problems) {
    if (p.sheet !== 'tasks' || p.row === 0) continue;
    const list = byRow.get(p.row) ?? [];
    list.push(p);
    byRow.set(p.row, list);
  }
  result.forEach((st, i) => { st.problems = [...(byRow.get(st.task.row) ?? []), ...extra[i]]; });

  const byId = new Map<string, ScheduledTask>();
  for (const st of result) if (st.task.id && !byId.has(st.task.id)) byId.set(st.task.id, st);
  const leaves = result.filter((st) => !st.isGroup);
  return {
    today, tasks: result, byId, calendar,
    sections: sectionRollups(result, calendar),
    problems: [...tracker.problems, ...extra.flat()],
    overall: rollup('', tracker.settings.planName, 0, 'section', leaves, calendar),
  };
}

/** Heading rows (`2` when `2.1` exists) → the non-heading tasks under them. */
function headingLeaves(tasks: ReadonlyArray<Task>, index: TaskIndex): Map<number, number[]> {
  const heads = new Map<number, number[]>();
  const isHead = new Set<number>();
  tasks.forEach((t) => {
    if (!t.id) return;
    for (const p of idPrefixes(t.id)) {
      const h = index.find(p);
      if (h !== undefined) isHead.add(h);
    }
  });
  tasks.forEach((t, i) => {
    if (!t.id || isHead.has(i)) return;
    for (const p of idPrefixes(t.id)) {
      const h = index.find(p);
      if (h === undefined) continue;
      const list = heads.get(h) ?? [];
      list.push(i);
      heads.set(h, list);
    }
  });
  for (const h of isHead) if (!heads.has(h)) heads.set(h, []);
  return heads;
}

/** Tasks of a loop named in its message; a longer loop is shortened around an ellipsis. */
export const CYCLE_LABEL_TASKS = 6;

function cycleLabel(path: number[], tasks: ReadonlyArray<Task>): string {
  // `path` starts and ends on the loop's first row, so the loop reads the same wherever it is reported.
  const ring = path.slice(0, -1).map((v) => tasks[v].id || `#${tasks[v].row}`);
  const shown = ring.length <= CYCLE_LABEL_TASKS
    ? ring
    : [...ring.slice(0, CYCLE_LABEL_TASKS - 1), '…', ring[ring.length - 1]];
  return [...shown, ring[0]].map((id) => id.slice(0, 40)).join(' → ');
}

type Add = (i: number, column: string, code: ProblemCode, params: Problem['params'], severity?: Problem['severity']) => void;

function deriveDates(
  i: number, tasks: ReadonlyArray<Task>, links: ReadonlyArray<ResolvedLink>, leaves: number[] | undefined,
  derived: Derived[], result: ScheduledTask[], cyclic: Uint8Array, cal: WorkCalendar, moveOffDays: boolean, add: Add,
): Derived {
  const t = tasks[i];
  let fsStart: CivilDate | null = null;
  let fsRef = '';
  let fsEnd: CivilDate | null = null;
  let linkDue: CivilDate | null = null;
  let linkRaw = '';
  if (!cyclic[i]) {
    for (const l of links) {
      const p = derived[l.from];
      const ref = tasks[l.from].id;
      if (!p) continue;
      if (l.kind === 'beforeStart') {
        const anchor = p.start ?? p.due;
        if (!anchor) { add(i, 'dependsOn', 'dependencyNoDate', { ref, raw: l.raw }); continue; }
        const d = safeShift(cal, anchor, -(l.days as number), l.workdays);
        if (d && (!linkDue || d < linkDue)) { linkDue = d; linkRaw = l.raw; }
        continue;
      }
      if (!p.due) { add(i, 'dependsOn', 'dependencyNoDue', { ref, raw: l.raw }); continue; }
      // Work after another task starts on the next working day; a period counted from an
      // event starts the day after it (Bộ luật Dân sự, Điều 147).
      const s = l.kind === 'finishToStart' || l.workdays ? cal.addWorkdays(p.due, 1) : addDays(p.due, 1);
      if (!fsStart || s > fsStart) { fsStart = s; fsRef = ref; fsEnd = p.due; }
      if (l.kind === 'afterEnd') {
        const d = safeShift(cal, p.due, l.days as number, l.workdays);
        if (d && (!linkDue || d < linkDue)) { linkDue = d; linkRaw = l.raw; }
      }
    }
  }
  let childStart: CivilDate | null = null;
  let childDue: CivilDate | null = null;
  for (const leaf of leaves ?? []) {
    const st = result[leaf];
    if (!st || st.status === 'cancelled') continue;
    const s = st.start ?? st.due;
    if (s && (!childStart || s < childStart)) childStart = s;
    if (st.due && (!childDue || st.due > childDue)) childDue = st.due;
  }
  const start = t.start ?? fsStart ?? childStart;
  let due: CivilDate | null = t.due ?? linkDue ?? childDue;
  const dueSource: Derived['dueSource'] = t.due ? 'typed' : linkDue ? 'dependency' : childDue ? 'children' : null;
  if (t.start && fsStart && t.start < fsStart && fsEnd) {
    add(i, 'start', 'startBeforeDependency', { start: formatDMY(t.start), ref: fsRef, end: formatDMY(fsEnd) });
  }
  if (t.due && linkDue && t.due > linkDue) {
    add(i, 'due', 'dueAfterDependency', { due: formatDMY(t.due), raw: linkRaw, derived: formatDMY(linkDue) });
  }
  let dueMovedFrom: CivilDate | null = null;
  if (due && moveOffDays && !cal.isWorkday(due)) {
    dueMovedFrom = due;
    due = cal.nextWorkday(due);
  }
  // read.ts already reports typed due before typed start; here only what derivation made.
  if (start && due && due < start && !(t.start && t.due)) {
    add(i, 'due', 'derivedDueBeforeStart', { due: formatDMY(due), start: formatDMY(start) });
  }
  return { start, due, dueSource, dueMovedFrom };
}

function safeShift(cal: WorkCalendar, d: CivilDate, n: number, workdays: boolean): CivilDate | null {
  const r = shiftDate(cal, d, n, workdays);
  return isCivilDate(r) ? r : null;
}

interface Forecast {
  start: CivilDate | null;
  due: CivilDate;
  by: string;
}

/**
 * Where a task's dates move when a predecessor is late (finish-to-start): an open predecessor
 * past its due cannot finish before today; a task done late finished on its completion date.
 * A task can start only the working day after its predecessor ends, so its bar moves by the
 * working days its planned start is too early; `T3+n` is due n days after T3 really ends.
 * Null when nothing moves it. Each task looks only at its own links: linear in the plan's size.
 */
function forecast(d: Derived, links: ReadonlyArray<ResolvedLink>, result: ScheduledTask[], today: CivilDate, cal: WorkCalendar): Forecast | null {
  if (!d.due) return null;
  let best: Forecast | null = null;
  for (const l of links) {
    if (l.kind === 'beforeStart') continue;
    const p = result[l.from];
    if (!p || !p.due || p.status === 'cancelled' || p.isGroup) continue;
    const end = p.isDone ? p.task.doneOn ?? p.due : p.forecastDue && p.forecastDue > p.due ? p.forecastDue : p.due < today ? today : p.due;
    if (end <= p.due) continue;
    let due: CivilDate | null;
    let start: CivilDate | null = d.start;
    if (l.kind === 'finishToStart') {
      const earliest = cal.addWorkdays(end, 1);
      const planned = d.start ?? d.due;
      if (planned >= earliest) continue;
      const delay = cal.workdaysBetween(planned, earliest);
      start = d.start ? earliest : null;
      due = cal.addWorkdays(d.due, delay);
    } else {
      due = safeShift(cal, end, l.days as number, l.workdays);
    }
    if (due && due > d.due && (!best || due > best.due)) best = { start, due, by: p.task.id };
  }
  return best;
}

function finish(
  i: number, t: Task, d: Derived, leaves: number[] | undefined, result: ScheduledTask[],
  today: CivilDate, horizon: number, cal: WorkCalendar, add: Add, moved: Forecast | null = null,
): ScheduledTask {
  const isGroup = leaves !== undefined;
  const kids = (leaves ?? []).map((k) => result[k]).filter((st) => st && st.status !== 'cancelled');
  const ownDone = isDoneTask(t.status, t.percent, t.doneOn);
  const kidsDone = isGroup && kids.length > 0 && kids.every((st) => st.isDone);
  const isDone = t.status !== 'cancelled' && (ownDone || kidsDone);
  let doneOn = t.doneOn;
  if (!doneOn && kidsDone && kids.every((st) => st.task.doneOn)) {
    doneOn = kids.reduce<CivilDate | null>((m, st) => (!m || (st.task.doneOn as string) > m ? st.task.doneOn : m), null);
  }
  if (ownDone && !t.doneOn && t.status !== 'cancelled') add(i, 'doneOn', 'doneWithoutDate', {});
  if ((t.percent === 1 || t.doneOn) && t.status && t.status !== 'done' && t.status !== 'cancelled') {
    add(i, 'status', 'doneButOpenStatus', { status: userStatusLabel(t.status) });
  }
  const kidsProgress = isGroup && kids.length ? rollup('', '', 0, 'id', kids, cal).progress : null;
  const progress = isDone ? 1 : t.status === 'cancelled' ? 0 : t.percent ?? kidsProgress ?? 0;
  // Past its own deadline a task is overdue whatever holds it up; before it, a task that cannot
  // be done in time because a predecessor is late is judged by its forecast ("due today" would
  // ask for something that cannot happen today).
  const judgedDue = moved && !isDone && d.due && d.due >= today ? moved.due : d.due;
  const status = scheduleStatus({
    userStatus: t.status, isDone, doneOn, percent: t.percent ?? (kidsProgress || null), due: judgedDue, today, horizon, calendar: cal,
  });
  const open = !isDone && status !== 'paused' && status !== 'cancelled';
  const late = moved && !isDone && status !== 'cancelled' ? moved : null;
  return {
    task: t, start: d.start, due: d.due, dueMovedFrom: d.dueMovedFrom, status,
    forecastDue: late ? late.due : d.due, forecastStart: late ? late.start ?? d.start : d.start, ...(late ? { delayedBy: late.by } : {}),
    workdaysLeft: isDone || status === 'cancelled' || !d.due ? null : cal.workdaysBetween(today, d.due),
    progress, isDone, isOpen: open, critical: false, slack: null, problems: [],
    isGroup, dueSource: d.dueSource, links: [],
  };
}

function cpmEdge(l: ResolvedLink, to: number, pred: ScheduledTask, cal: WorkCalendar): CpmEdge {
  if (l.kind === 'finishToStart') return { from: l.from, to, type: 'fs', lag: 0 };
  const days = l.days as number;
  if (l.kind === 'afterEnd') {
    const lag = l.workdays || !pred.due ? days : cal.workdaysBetween(pred.due, addDays(pred.due, days));
    return { from: l.from, to, type: 'ff', lag };
  }
  // `T3-n`: this task ends n days before T3 starts, i.e. it comes first.
  const anchor = pred.start ?? pred.due;
  const lag = l.workdays || !anchor ? days : cal.workdaysBetween(addDays(anchor, -days), anchor);
  return { from: to, to: l.from, type: 'fs', lag };
}

/** The links of each task as the Gantt and documents read them (`from` is the predecessor's `Mã`). */
export function publicLinks(ls: ReadonlyArray<ResolvedLink>, tasks: ReadonlyArray<Task>): ScheduleLink[] {
  return ls.map((l) => ({ from: tasks[l.from].id, kind: l.kind, days: l.days, workdays: l.workdays }));
}

