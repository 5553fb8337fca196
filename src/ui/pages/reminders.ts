/**
 * "Xem trước nhắc việc": who would get which e-mail today and what it lists, computed by the
 * server as a dry run (nothing sent) and injected as the page's boot data. "Gửi ngay" runs the
 * real reminder run (the same one the daily trigger runs; mails already sent today are skipped)
 * and shows its outcome in place. All user text is set with textContent, never as HTML.
 */
import type { MsgKey } from '../../core/i18n';
import type { RemindReport, ReportMail } from '../../core/remind/report';
import { boot, localize, tr } from '../client/i18n';
import { $, el, setStatus } from '../client/dom';
import { closePage, run } from '../client/run';

const BUCKET_KEY: Record<string, MsgKey> = {
  overdue: 'remind.section.overdue', dueToday: 'remind.section.dueToday', dueSoon: 'remind.section.dueSoon', escalation: 'remind.section.escalation',
};
const TAG_CLASS: Record<string, string> = { overdue: 'late', dueToday: 'soon', dueSoon: '', escalation: 'late' };
const OUTCOME_CLASS: Record<string, string> = { sent: 'done', alreadySent: 'done', wouldSend: '', deferred: 'soon', failed: 'failed' };

function mailCard(m: ReportMail, report: RemindReport): HTMLElement {
  const card = el('details', 'card mail');
  const summary = el('summary');
  summary.append(el('span', 'who', m.name), el('span', 'addr', `<${m.email}>`));
  if (m.kind === 'summary') summary.append(el('span', 'tag summary', tr('ui.reminders.summaryMail')));
  const outcome = el('span', `tag outcome ${OUTCOME_CLASS[m.outcome] ?? ''}`, tr(`ui.reminders.outcome.${m.outcome}` as MsgKey));
  summary.append(outcome, el('span', 'subject', m.subject));
  card.append(summary);

  // The body is built when the card first opens: a long preview stays light, and nothing
  // hidden in a closed card sits in the Tab order.
  card.addEventListener('toggle', () => {
    if (card.open && !card.querySelector('.body')) card.append(mailBody(m, report));
  });
  return card;
}

function mailBody(m: ReportMail, report: RemindReport): HTMLElement {
  const body = el('div', 'body');
  if (m.error) body.append(el('p', 'status error', m.error));
  let bucket = '';
  let list: HTMLUListElement | null = null;
  for (const task of m.tasks) {
    if (task.bucket !== bucket) {
      bucket = task.bucket;
      const title = m.kind === 'summary' ? tr('ui.reminders.becameOverdue') : tr(BUCKET_KEY[bucket], { m: report.escalationDays });
      body.append(el('p', 'bucket', title));
      list = el('ul', 'tasks');
      body.append(list);
    }
    const li = el('li');
    li.append(el('span', '', `${task.label} `), el('span', 'when', `— ${task.dueText} · `), el('span', `tag ${TAG_CLASS[bucket] ?? ''}`, task.note));
    if (task.role) li.append(el('span', 'when', ` · ${tr(task.role === 'lead' ? 'remind.role.lead' : 'remind.role.support')}`));
    list?.append(li);
  }
  const text = el('details', 'text-toggle');
  text.append(el('summary', '', tr('ui.reminders.showText')), el('pre', 'text', m.text));
  body.append(text);
  return body;
}

function render(report: RemindReport): void {
  $('intro').textContent = report.status === 'done' && report.dryRun ? tr('ui.reminders.intro', { date: report.todayText }) : '';
  const messages = $('messages');
  messages.replaceChildren(...report.messages.map((m) => el('p', '', m)));
  messages.hidden = report.messages.length === 0;
  const mails = $('mails');
  mails.querySelectorAll('.mail, .none').forEach((n) => n.remove());
  if (report.mails.length === 0) mails.append(el('p', 'none muted', tr('ui.reminders.none')));
  report.mails.forEach((m, i) => {
    const card = mailCard(m, report);
    // The first mail opens at once: the user sees what a reminder lists without a click.
    if (i === 0) {
      card.setAttribute('open', '');
      card.append(mailBody(m, report));
    }
    mails.append(card);
  });
  const unreachable = $('unreachable');
  unreachable.replaceChildren(...report.unreachable.map((u) => el('li', '', u)));
  $('unreachable-box').hidden = report.unreachable.length === 0;
  const pending = report.mails.some((m) => m.outcome === 'wouldSend' || m.outcome === 'deferred' || m.outcome === 'failed');
  ($('send') as HTMLButtonElement).disabled = !pending || report.status !== 'done';
}

async function sendNow(): Promise<void> {
  const send = $('send') as HTMLButtonElement;
  send.disabled = true;
  setStatus(tr('ui.reminders.sending'), '', true);
  try {
    const report = await run('remindersSendNow');
    render(report);
    setStatus(report.messages[0] ?? '', report.totals.failed > 0 ? 'error' : 'ok');
  } catch (e) {
    setStatus((e as Error).message, 'error');
    send.disabled = false;
  }
}

function start(): void {
  localize();
  document.title = tr('ui.reminders.title');
  const report = boot<RemindReport>().data;
  if (report) render(report);
  else {
    $('messages').hidden = true;
    ($('send') as HTMLButtonElement).disabled = true;
  }
  $('send').addEventListener('click', () => void sendNow());
  $('close').addEventListener('click', () => closePage());
}

start();
