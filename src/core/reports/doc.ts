/**
 * What the progress report document takes from the units' reports: per task, the latest result
 * a unit reported; their difficulties (under "Khó khăn, vướng mắc") and proposals (under "Đề
 * xuất, kiến nghị"), each from the task's latest report that has one. Refused and invalid
 * reports are left out: the document speaks for the office.
 */
import { formatDMY } from '../dates/civil';
import type { JudgedReport } from './plan';

export interface DocLine {
  taskId: string;
  title: string;
  text: string;
  who: string;
  date: string;
}

export interface DocUnitReports {
  results: DocLine[];
  difficulties: DocLine[];
  proposals: DocLine[];
}

export function docUnitReports(reports: readonly JudgedReport[]): DocUnitReports {
  const latest = (field: 'result' | 'difficulties' | 'proposals'): DocLine[] => {
    const byTask = new Map<string, JudgedReport>();
    for (const r of reports) {
      if (r.verdict === 'invalid' || r.verdict === 'rejected' || !r[field]) continue;
      byTask.set(r.taskId, r); // reports come oldest first: the last one wins
    }
    return [...byTask.values()].sort((a, b) => (a.taskRow ?? 0) - (b.taskRow ?? 0)).map((r) => ({
      taskId: r.taskId, title: r.taskTitle, text: r[field].replace(/[.;\s]+$/, ''), who: r.email, date: r.date ? formatDMY(r.date) : '',
    }));
  };
  return { results: latest('result'), difficulties: latest('difficulties'), proposals: latest('proposals') };
}
