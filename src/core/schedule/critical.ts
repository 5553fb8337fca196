/**
 * Critical path (CPM) over the dependency network, in working days.
 *
 * Nodes are the tasks that take part in at least one dependency; each lasts its working days
 * from start to due (1 when it has only a due date). Links:
 * - `T3` (finish-to-start): the task starts after T3 ends;
 * - `T3+n`: the task ends n days after T3 ends (finish-to-finish with a lag);
 * - `T3-n`: the task ends n days before T3 starts, so it precedes T3 (finish-to-start with a lag).
 * Forward pass gives earliest starts, backward pass latest finishes against the longest chain's
 * end; the critical tasks are those with zero slack. Tasks in an inconsistent loop of these
 * constraints are left out (their slack stays null).
 */
export interface CpmEdge {
  from: number;
  to: number;
  /** 'fs': to starts ≥ from ends + lag; 'ff': to ends ≥ from ends + lag. */
  type: 'fs' | 'ff';
  lag: number;
}

export interface CpmResult {
  /** Slack by node, null for nodes outside the network. */
  slack: Array<number | null>;
}

export function criticalPath(durations: ReadonlyArray<number>, edges: ReadonlyArray<CpmEdge>): CpmResult {
  const n = durations.length;
  const slack: Array<number | null> = new Array(n).fill(null);
  if (!edges.length) return { slack };
  const out: CpmEdge[][] = Array.from({ length: n }, () => []);
  const inc: CpmEdge[][] = Array.from({ length: n }, () => []);
  const indeg = new Int32Array(n);
  const inNetwork = new Uint8Array(n);
  for (const e of edges) {
    out[e.from].push(e);
    inc[e.to].push(e);
    indeg[e.to]++;
    inNetwork[e.from] = inNetwork[e.to] = 1;
  }
  // Kahn's order; what remains unordered sits on a loop of contradictory constraints.
  const order: number[] = [];
  for (let v = 0; v < n; v++) if (inNetwork[v] && indeg[v] === 0) order.push(v);
  for (let q = 0; q < order.length; q++) {
    for (const e of out[order[q]]) if (--indeg[e.to] === 0) order.push(e.to);
  }
  const ordered = new Uint8Array(n);
  for (const v of order) ordered[v] = 1;
  const es = new Float64Array(n);
  const ef = new Float64Array(n);
  let end = 0;
  for (const v of order) {
    let s = 0;
    for (const e of inc[v]) {
      if (!ordered[e.from]) continue;
      s = Math.max(s, e.type === 'fs' ? ef[e.from] + e.lag : ef[e.from] + e.lag - durations[v]);
    }
    es[v] = s;
    ef[v] = s + durations[v];
    end = Math.max(end, ef[v]);
  }
  const lf = new Float64Array(n);
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k];
    let f = end;
    for (const e of out[v]) {
      if (!ordered[e.to]) continue;
      f = Math.min(f, e.type === 'fs' ? lf[e.to] - durations[e.to] - e.lag : lf[e.to] - e.lag);
    }
    lf[v] = f;
  }
  for (const v of order) slack[v] = Math.max(0, Math.round((lf[v] - ef[v]) * 1000) / 1000);
  return { slack };
}
