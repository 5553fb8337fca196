/**
 * The help page. Text comes from the catalogue (data-i18n); the column and status tables from
 * the server's `helpContent`, built from the definitions the reader uses. The server sends both
 * languages, so the switch button works without a round trip.
 */
import type { HelpData, HelpRow } from '../../core/help/content';
import { boot, localize, tr } from '../client/i18n';
import { $, el } from '../client/dom';
import { closePage } from '../client/run';

type NameKey = 'ui.help.columns.name' | 'ui.help.sheets.name' | 'ui.help.status.name';

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

function render(): void {
  const data = boot<HelpData>().data;
  localize();
  document.title = tr('ui.help.title');
  if (!data) return;
  fill('sheets-table', data.content.sheets, 'ui.help.sheets.name');
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
