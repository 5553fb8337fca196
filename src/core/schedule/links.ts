/**
 * `Phụ thuộc` entries resolved against the tasks' `Mã`, and the graph they make: strongly
 * connected components (Tarjan) for cycles, and an order in which dates can be derived.
 */
import { cleanText, normalizeDashes } from '../text/normalize';
import type { Dependency, Task } from '../plan/model';

export type LinkKind = 'finishToStart' | 'afterEnd' | 'beforeStart';

export interface ResolvedLink {
  /** Index (in the task list) of the task this one depends on. */
  from: number;
  kind: LinkKind;
  /** Days (calendar, or working when `workdays`), always ≥ 0; null for finish-to-start. */
  days: number | null;
  workdays: boolean;
  raw: string;
}

/** How two spellings of one `Mã` compare: dashes unified, spaces trimmed, case ignored. */
export function idKey(id: string): string {
  return normalizeDashes(cleanText(id)).toUpperCase();
}

export class TaskIndex {
  private readonly byKey = new Map<string, number>();

  constructor(tasks: ReadonlyArray<Task>) {
    // The first row with an ID wins; read.ts reports the duplicates.
    tasks.forEach((t, i) => {
      if (!t.id) return;
      const k = idKey(t.id);
      if (!this.byKey.has(k)) this.byKey.set(k, i);
    });
  }

  find(id: string): number | undefined {
    return this.byKey.get(idKey(id));
  }
}

/**
 * One entry → a link, or null when it names no task. An entry that is as a whole an existing
 * `Mã` (`A-1`, `2-3`) is a plain reference: IDs may contain dashes, so the offset reading comes second.
 */
export function resolveLink(dep: Dependency, index: TaskIndex): ResolvedLink | null {
  const whole = index.find(dep.raw);
  if (whole !== undefined) return { from: whole, kind: 'finishToStart', days: null, workdays: false, raw: dep.raw };
  const target = index.find(dep.ref);
  if (target === undefined) return null;
  if (dep.offset === null) return { from: target, kind: 'finishToStart', days: null, workdays: false, raw: dep.raw };
  // `T3-0` and `T3+0` both mean "due when T3 ends"; only a real minus counts back from the start.
  const kind: LinkKind = dep.offset < 0 ? 'beforeStart' : 'afterEnd';
  return { from: target, kind, days: Math.abs(dep.offset), workdays: dep.workdays, raw: dep.raw };
}

/**
 * Tarjan's strongly connected components, iterative (a chain of thousands of tasks must not
 * overflow the stack). `next[v]` lists the nodes v points to. Components come out in reverse
 * topological order: every component reachable from C is emitted before C.
 */
export function stronglyConnected(next: ReadonlyArray<ReadonlyArray<number>>): number[][] {
  const n = next.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  const callStack: Array<[number, number]> = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callStack.push([root, 0]);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length) {
      const frame = callStack[callStack.length - 1];
      const v = frame[0];
      const edges = next[v];
      if (frame[1] < edges.length) {
        const w = edges[frame[1]++];
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callStack.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], index[w]);
        }
        continue;
      }
      callStack.pop();
      if (callStack.length) {
        const parent = callStack[callStack.length - 1][0];
        low[parent] = Math.min(low[parent], low[v]);
      }
      if (low[v] === index[v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          comp.push(w);
        } while (w !== v);
        out.push(comp);
      }
    }
  }
  return out;
}

/**
 * A shortest cycle through `start` inside its component (breadth-first), as node indexes,
 * first node repeated at the end. Used to name the cycle in the message of each of its tasks.
 */
export function cycleThrough(start: number, next: ReadonlyArray<ReadonlyArray<number>>, members: ReadonlySet<number>): number[] {
  const prev = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q];
    for (const w of next[v]) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let x = v; x !== start; x = prev.get(x) as number) path.push(x);
        path.push(start);
        return path.reverse();
      }
      if (!prev.has(w)) { prev.set(w, v); queue.push(w); }
    }
  }
  return [start, start];
}
