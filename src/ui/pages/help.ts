/**
 * The help page. Text comes from the catalogue (data-i18n); the column and status tables from
 * the server's `helpContent`, built from the definitions the reader uses. The server sends both
 * languages, so the switch button works without a round trip.
 */
import type { HelpData, HelpRow } from '../../core/help/content';
import type { MsgKey } from '../../core/i18n';
import { boot, localize, tr } from '../client/i18n';
import { $, el } from '../client/dom';
import { closePage } from '../client/run';

type NameKey = 'ui.help.columns.name' | 'ui.help.sheets.name' | 'ui.help.status.name';

/** The sections that are a title and a list, one item per catalogue entry. */
const LIST_SECTIONS: Record<string, { title: MsgKey; list: 'ol' | 'ul'; items: MsgKey[] }> = {
  start: { title: 'ui.help.start.title', list: 'ol', items: ['ui.help.start.1', 'ui.help.start.2', 'ui.help.start.3', 'ui.help.start.4', 'ui.help.start.5'] },
  reminders: { title: 'ui.help.reminders.title', list: 'ul', items: ['ui.help.reminders.when', 'ui.help.reminders.who', 'ui.help.reminders.escalate', 'ui.help.reminders.summary', 'ui.help.reminders.control'] },
};

function fill(id: string, rows: HelpRow[], nameKey: NameKey): void {
  const table = $<HTMLTableElement>(id);
  table.textContent = '';
  const head = table.createTHead().insertRow();
  for (const key of [nameKey, 'ui.help.columns.meaning'] as const) {
    head.append(el('th', { scope: 'col' }, tr(key)));
  }
  const body = table.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    const name = row.insertCell();
    name.textContent = r.name;
    if (r.alt && r.alt !== r.name) {
      name.append(el('span', 'alt', r.alt));
    }
    row.insertCell().textContent = r.meaning;
  }
}

/** The `Phụ thuộc` examples: each as typed in the cell, beside what it means. */
function fillExamples(id: string, rows: HelpRow[]): void {
  const table = $<HTMLTableElement>(id);
  table.textContent = '';
  const body = table.createTBody();
  for (const r of rows) {
    const row = body.insertRow();
    row.insertCell().append(el('code', '', r.name));
    row.insertCell().textContent = r.meaning;
  }
}

function render(): void {
  const data = boot<HelpData>().data;
  localize();
  document.title = tr('ui.help.title');
  for (const [id, section] of Object.entries(LIST_SECTIONS)) {
    const list = el(section.list);
    list.append(...section.items.map((k) => el('li', '', tr(k))));
    $(id).replaceChildren(el('h2', '', tr(section.title)), list);
  }
  if (!data) return;
  fill('sheets-table', data.content.sheets, 'ui.help.sheets.name');
  fillExamples('deps-table', data.content.dependencies);
  fill('tasks-table', data.content.tasks, 'ui.help.columns.name');
  fill('computed-table', data.content.computed, 'ui.help.columns.name');
  fill('people-table', data.content.people, 'ui.help.columns.name');
  fill('status-table', data.content.statuses, 'ui.help.status.name');
  $('switch').hidden = !data.other;
}

function switchLanguage(): void {
  const current = boot<HelpData>();
  const other = current.data?.other;
  if (!other) return;
  const back = { lang: current.lang, strings: current.strings, data: { content: current.data!.content } };
  window.__TIENDO__ = { ...other, data: { ...other.data!, other: back } };
  render();
  $('switch').focus();
}

render();
$('switch')?.addEventListener('click', switchLanguage);
$('close')?.addEventListener('click', () => closePage());
