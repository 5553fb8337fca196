/**
 * The `Tổng quan` section about units' reports: how many came in this week, which wait for
 * approval, and the requests for a new deadline. Refused reports are in the problems section.
 */
import { type CivilDate, addDays, formatDMY } from '../dates/civil';
import { type Lang, t } from '../i18n';
import { type JudgedReport, latestReportText } from './plan';

export interface OverviewSection {
  heading: string;
  lines: string[];
}

const LIMIT = 30;

export function reportsOverview(reports: readonly JudgedReport[], today: CivilDate, lang: Lang): OverviewSection {
  const heading = t(lang, 'reports.overview.heading');
  if (!reports.length) return { heading, lines: [t(lang, 'reports.overview.none')] };
  const weekAgo = addDays(today, -7);
  const recent = reports.filter((r) => r.date && r.date > weekAgo && r.verdict !== 'invalid');
  const pending = reports.filter((r) => r.verdict === 'pending');
  const invalid = reports.filter((r) => r.verdict === 'invalid');
  const lines = [t(lang, 'reports.overview.counts', { recent: recent.length, pending: pending.length, invalid: invalid.length })];
  const shown = [...new Set([...pending, ...recent])].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.row - a.row));
  if (shown.length) {
    lines.push(t(lang, 'reports.overview.recent'));
    for (const r of shown.slice(0, LIMIT)) lines.push(`- ${t(lang, 'reports.overview.line', { id: r.taskId, title: r.taskTitle, text: latestReportText(r, lang) })}`);
  }
  const ext = reports.filter((r) => r.newDue && (r.verdict === 'pending' || (r.verdict === 'approved' && r.date && r.date > weekAgo)));
  if (ext.length) {
    lines.push(t(lang, 'reports.overview.extensions'));
    for (const r of ext.slice(0, LIMIT)) {
      lines.push(`- ${t(lang, 'reports.overview.extensionLine', {
        id: r.taskId, title: r.taskTitle, from: r.dueBefore ? formatDMY(r.dueBefore) : '—', to: formatDMY(r.newDue as CivilDate),
        state: t(lang, r.verdict === 'pending' ? 'reports.state.pending' : 'reports.state.approved'),
      })}`);
    }
  }
  return { heading, lines };
}
