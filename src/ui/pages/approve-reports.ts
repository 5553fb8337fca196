/**
 * "Duyệt báo cáo…": the units' reports waiting for approval, each with its own "Duyệt" and
 * "Từ chối". One click sends that one report's row to the server, which writes the task's cells
 * (with a note naming the report) and answers with what still waits. Every user text is set with
 * textContent.
 */
import type { PendingReport } from '../../app/reports';
import { boot, localize, tr } from '../client/i18n';
import { $, el, setStatus } from '../client/dom';
import { closePage, run } from '../client/run';

const line = (text: string): HTMLElement => el('p', 'report-line', text);

function render(pending: PendingReport[]): void {
  const list = $('reports');
  list.replaceChildren();
  $('none').hidden = pending.length > 0;
  for (const r of pending) {
    const li = el('li');
    li.dataset.row = String(r.row);
    li.append(el('p', 'report-head', `[${r.taskId}] ${r.title}`), line([r.date, r.email, r.status, r.percent].filter(Boolean).join(' · ')));
    if (r.newDue) li.append(line(tr('ui.reports.newDue', { to: r.newDue, from: r.dueBefore || '—' })));
    if (r.result) li.append(line(tr('ui.reports.result', { text: r.result })));
    if (r.difficulties) li.append(line(tr('ui.reports.difficulties', { text: r.difficulties })));
    if (r.proposals) li.append(line(tr('ui.reports.proposals', { text: r.proposals })));
    const actions = el('div', 'report-actions');
    const approve = el('button', { type: 'button', class: 'primary' }, tr('ui.reports.approve'));
    const reject = el('button', { type: 'button' }, tr('ui.reports.reject'));
    const decide = (fn: 'reportsApprove' | 'reportsReject', doneText: string) => {
      approve.disabled = true;
      reject.disabled = true;
      setStatus('');
      run(fn, r.row).then((res) => {
        setStatus(res.message);
        actions.replaceChildren(el('span', 'done', doneText));
        $('none').hidden = res.pending.length > 0;
      }, (e: Error) => {
        setStatus(e.message, 'error');
        approve.disabled = false;
        reject.disabled = false;
      });
    };
    approve.addEventListener('click', () => decide('reportsApprove', tr('ui.reports.approved')));
    reject.addEventListener('click', () => decide('reportsReject', tr('ui.reports.rejectedDone')));
    actions.append(approve, reject);
    li.append(actions);
    list.append(li);
  }
}

function start(): void {
  localize();
  render(boot<{ pending: PendingReport[] }>().data?.pending ?? []);
  $('close').addEventListener('click', () => closePage());
}

start();
