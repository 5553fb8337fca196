/**
 * "Duyệt báo cáo…": the units' reports waiting for approval, each with its own "Duyệt" and
 * "Từ chối". One click sends that one report's row to the server, which writes the task's cells
 * (with a note naming the report) and answers with what still waits. Every user text is set with
 * textContent.
 */
import type { PendingReport } from '../../app/reports';
import { boot, localize, tr } from '../client/i18n';
import { closePage, run } from '../client/run';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function line(text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'report-line';
  p.textContent = text;
  return p;
}

function render(pending: PendingReport[]): void {
  const list = $('reports');
  list.replaceChildren();
  $('none').hidden = pending.length > 0;
  for (const r of pending) {
    const li = document.createElement('li');
    li.dataset.row = String(r.row);
    const head = document.createElement('p');
    head.className = 'report-head';
    head.textContent = `[${r.taskId}] ${r.title}`;
    li.append(head, line([r.date, r.email, r.status, r.percent].filter(Boolean).join(' · ')));
    if (r.newDue) li.append(line(tr('ui.reports.newDue', { to: r.newDue, from: r.dueBefore || '—' })));
    if (r.result) li.append(line(tr('ui.reports.result', { text: r.result })));
    if (r.difficulties) li.append(line(tr('ui.reports.difficulties', { text: r.difficulties })));
    if (r.proposals) li.append(line(tr('ui.reports.proposals', { text: r.proposals })));
    const actions = document.createElement('div');
    actions.className = 'report-actions';
    const approve = document.createElement('button');
    approve.type = 'button';
    approve.className = 'primary';
    approve.textContent = tr('ui.reports.approve');
    const reject = document.createElement('button');
    reject.type = 'button';
    reject.textContent = tr('ui.reports.reject');
    const decide = (fn: 'reportsApprove' | 'reportsReject', doneText: string) => {
      approve.disabled = true;
      reject.disabled = true;
      const status = $('status');
      status.className = 'status';
      status.textContent = '';
      run(fn, r.row).then((res) => {
        status.textContent = res.message;
        const mark = document.createElement('span');
        mark.className = 'done';
        mark.textContent = doneText;
        actions.replaceChildren(mark);
        $('none').hidden = res.pending.length > 0;
      }, (e: Error) => {
        status.className = 'status error';
        status.textContent = e.message;
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
