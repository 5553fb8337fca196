/**
 * The import dialog: paste a plan (or give a Google Doc link), "Xem trước" shows the tasks and
 * people the server found, each row with a checkbox and editable cells; "Thêm vào bảng" sends the
 * ticked rows, as edited, to be appended. Nothing is written before that. Rows already in the
 * sheet come unticked. All user text is set with textContent or value, never as HTML.
 */
import type { ApplyResult, ImportPreview, PreviewPerson, PreviewRow } from '../../app/import';
import type { MsgKey } from '../../core/i18n';
import type { ImportPerson, ImportRow, Recurrence } from '../../core/import/types';
import { parseDateText } from '../../core/plan/cells';
import { localize, tr } from '../client/i18n';
import { $, el, setStatus } from '../client/dom';
import { closePage, run } from '../client/run';

const RECURRENCES: Recurrence[] = ['ongoing', 'weekly', 'monthly', 'quarterly', 'semiannual', 'yearly'];

interface TaskState {
  row: PreviewRow;
  include: boolean;
  /** The date cells as typed, checked on blur and before sending. */
  startText: string;
  dueText: string;
}

interface PersonState {
  person: PreviewPerson;
  include: boolean;
}

let tasks: TaskState[] = [];
/** The plan the user chose to append to (`A`), or '' for a new plan of its own. */
let appendTo = '';
/** The file chosen, read as base64, kept so a new plan choice can be previewed again. */
let upload: { name: string; base64: string } | null = null;
const MAX_UPLOAD = 10 * 1024 * 1024;
let people: PersonState[] = [];
let busy = false;

const dmy = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');
const names = (s: string) => s.split(/[;\n]+/).map((x) => x.trim()).filter(Boolean);

function selectedCounts(): void {
  const t = tasks.filter((x) => x.include).length;
  const p = people.filter((x) => x.include).length;
  setStatus(tr('ui.import.selected', { tasks: t, people: p }));
  $<HTMLButtonElement>('add').disabled = busy || t + p === 0;
}

/** A text cell bound to one field of the row. */
function textCell(value: string, label: string, onInput: (v: string) => void, cls = '', multiline = false): HTMLTableCellElement {
  const td = el('td', cls ? { class: cls } : {});
  const input = multiline ? el('textarea', { rows: '2', 'aria-label': label }) : el('input', { type: 'text', 'aria-label': label, autocomplete: 'off' });
  input.value = value;
  input.addEventListener('input', () => onInput(input.value));
  td.append(input);
  return td;
}

/** Several names in one cell, separated by `;` (the way the sheet's Chủ trì / Phối hợp cells hold them). */
function namesCell(value: string[], label: string, onChange: (v: string[]) => void): HTMLTableCellElement {
  const td = textCell(value.join('; '), label, (v) => onChange(names(v)), 'names');
  (td.querySelector('input') as HTMLInputElement).title = tr('ui.import.namesHelp');
  return td;
}

function dateCell(state: TaskState, which: 'start' | 'due', label: string): HTMLTableCellElement {
  const td = textCell(which === 'start' ? state.startText : state.dueText, label, (v) => {
    if (which === 'start') state.startText = v; else state.dueText = v;
  }, 'narrow');
  const input = td.querySelector('input') as HTMLInputElement;
  input.placeholder = 'dd/mm/yyyy';
  input.addEventListener('blur', () => checkDate(input));
  return td;
}

/** True when the cell holds a day (or nothing); else marks it with a message the user can read. */
function checkDate(input: HTMLInputElement): boolean {
  const v = input.value.trim();
  const ok = v === '' || parseDateText(v) !== null;
  if (ok) {
    input.removeAttribute('aria-invalid');
    input.title = '';
  } else {
    input.setAttribute('aria-invalid', 'true');
    input.title = tr('ui.import.badDate', { value: v });
  }
  return ok;
}

/** The "take it" checkbox of a proposed task or person: unticked, the row is greyed and not imported. */
function includeCell(state: { include: boolean }, row: HTMLTableRowElement, label: string): HTMLTableCellElement {
  const check = el('input', { type: 'checkbox', 'aria-label': label });
  check.checked = state.include;
  check.addEventListener('change', () => {
    state.include = check.checked;
    row.classList.toggle('off', !check.checked);
    selectedCounts();
  });
  const cell = el('td', { class: 'check' });
  cell.append(check);
  return cell;
}

function taskRow(state: TaskState): HTMLTableRowElement {
  const r = state.row;
  const tr_ = el('tr', { class: r.duplicate ? 'dup' : '' });
  const label = (key: MsgKey) => tr('ui.import.rowsLabel', { id: r.id, field: tr(key) });
  const checkTd = includeCell(state, tr_, tr('ui.import.includeRow', { id: r.id }));
  const idTd = el('td', { class: 'id' }, r.id);
  if (r.duplicate) idTd.append(el('br'), el('span', { class: 'tag' }, tr('ui.import.duplicate')));
  const recTd = el('td');
  const select = el('select', { 'aria-label': label('ui.import.col.recurrence') });
  select.append(el('option', { value: '' }, tr('ui.import.rec.none')));
  for (const x of RECURRENCES) select.append(el('option', { value: x }, tr(`ui.import.rec.${x}` as MsgKey)));
  select.value = r.recurrence ?? '';
  select.addEventListener('change', () => { r.recurrence = (select.value || null) as Recurrence | null; });
  recTd.append(select);
  const dueTd = dateCell(state, 'due', label('ui.import.col.due'));
  if (r.after) dueTd.append(el('span', { class: 'after' }, tr('ui.import.after', { ref: r.after.ref, offset: r.after.offsetDays })));
  const sourceTd = el('td', { class: 'source' });
  sourceTd.append(el('div', { class: 'clip', title: r.source }, r.source));
  // Which words gave the lead, the support and the deadline: the user checks them before adding.
  const ev = r.evidence;
  if (ev && (ev.lead || ev.support || ev.due)) {
    const dl = el('dl', { class: 'evidence' });
    for (const [key, words] of [['ui.import.ev.lead', ev.lead], ['ui.import.ev.support', ev.support], ['ui.import.ev.due', ev.due]] as Array<[MsgKey, string | null]>) {
      if (!words) continue;
      dl.append(el('dt', {}, tr(key)), el('dd', {}, `«${words}»`));
    }
    sourceTd.append(dl);
  }
  const warnTd = el('td');
  if (r.warnings.length) {
    const ul = el('ul', { class: 'warnings' });
    for (const w of r.warnings) ul.append(el('li', {}, w));
    warnTd.append(ul);
  }
  tr_.append(
    checkTd, idTd,
    textCell(r.section, label('ui.import.col.section'), (v) => { r.section = v; }, 'section'),
    textCell(r.title, label('ui.import.col.title'), (v) => { r.title = v; }, '', true),
    namesCell(r.lead, label('ui.import.col.lead'), (v) => { r.lead = v; }),
    namesCell(r.support, label('ui.import.col.support'), (v) => { r.support = v; }),
    dateCell(state, 'start', label('ui.import.col.start')), dueTd, recTd, sourceTd, warnTd,
  );
  if (!state.include) tr_.classList.add('off');
  return tr_;
}

function personRow(state: PersonState): HTMLTableRowElement {
  const p = state.person;
  const row = el('tr', { class: p.duplicate ? 'dup' : '' });
  const shown = p.name || p.position;
  const checkTd = includeCell(state, row, tr('ui.import.includePerson', { name: shown }));
  const field = (key: MsgKey) => `${shown}: ${tr(key)}`;
  row.append(
    checkTd,
    textCell(p.name, field('ui.import.col.name'), (v) => { p.name = v; }),
    textCell(p.position, field('ui.import.col.position'), (v) => { p.position = v; }),
    textCell(p.unit, field('ui.import.col.unit'), (v) => { p.unit = v; }),
    textCell(p.groups.join('; '), field('ui.import.col.group'), (v) => { p.groups = names(v); }),
  );
  if (!state.include) row.classList.add('off');
  return row;
}

/** The task and people tables drawn anew from the current choices. */
function showRows(): void {
  const body = $('tasks').querySelector('tbody') as HTMLTableSectionElement;
  body.textContent = '';
  for (const s of tasks) body.append(taskRow(s));
  const pbody = $('people').querySelector('tbody') as HTMLTableSectionElement;
  pbody.textContent = '';
  for (const s of people) pbody.append(personRow(s));
}

function render(preview: ImportPreview): void {
  tasks = preview.rows.map((row) => ({ row, include: !row.duplicate, startText: dmy(row.start), dueText: dmy(row.due) }));
  people = preview.people.map((person) => ({ person, include: !person.duplicate }));
  showRows();
  $('people-box').hidden = people.length === 0;
  $('summary').textContent = tr('ui.import.found', {
    tasks: preview.rows.length, people: preview.people.length, duplicates: preview.rows.filter((r) => r.duplicate).length,
  });
  const notes = $('notes');
  notes.textContent = '';
  for (const n of preview.notes) notes.append(el('li', {}, n));
  notes.hidden = preview.notes.length === 0;
  $<HTMLInputElement>('all-tasks').checked = tasks.length > 0 && tasks.every((x) => x.include || x.row.duplicate);
  $<HTMLInputElement>('all-people').checked = people.length > 0 && people.every((x) => x.include || x.person.duplicate);
  // Into a tracker that holds plans: a new plan (its own letter and title row) or one of them.
  const planBox = $('plan-box');
  const select = $<HTMLSelectElement>('plan');
  select.textContent = '';
  if (preview.plan.mode !== 'none' || preview.plans.length) {
    const fresh = preview.plan.mode === 'new' ? preview.plan.letter : '';
    select.append(el('option', { value: '' }, fresh ? tr('ui.import.planNew', { letter: fresh }) : tr('ui.import.planNewPlain')));
    for (const p of preview.plans) select.append(el('option', { value: p.letter }, tr('ui.import.planAppend', { letter: p.letter, title: p.title || '—' })));
    select.value = preview.plan.mode === 'append' ? preview.plan.letter : '';
  }
  planBox.hidden = select.options.length === 0;
  $('result').hidden = false;
  document.body.classList.add('previewed');
  selectedCounts();
}

/** The chosen .docx/.pdf as base64 (the server converts it through Drive); null when none is chosen. */
function readChosenFile(): Promise<{ name: string; base64: string } | null> {
  const input = $<HTMLInputElement>('file');
  const file = input.files?.[0];
  if (!file) return Promise.resolve(null);
  if (!/\.(docx|pdf)$/i.test(file.name)) return Promise.reject(new Error(tr('ui.import.fileType', { name: file.name })));
  if (file.size > MAX_UPLOAD) return Promise.reject(new Error(tr('ui.import.fileTooBig', { name: file.name, max: MAX_UPLOAD / 1024 / 1024 })));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, base64: String(reader.result).replace(/^data:[^,]*,/, '') });
    reader.onerror = () => reject(new Error(tr('ui.import.fileUnreadable', { name: file.name })));
    reader.readAsDataURL(file);
  });
}

async function preview(again = false): Promise<void> {
  if (busy) return;
  const text = $<HTMLTextAreaElement>('text').value;
  const link = $<HTMLInputElement>('link').value;
  if (!again) {
    try {
      upload = text.trim() ? null : await readChosenFile();
    } catch (e) {
      setStatus((e as Error).message, 'error');
      return;
    }
  }
  if (!text.trim() && !link.trim() && !upload) {
    setStatus(tr('ui.import.needText'), 'error');
    $('text').focus();
    return;
  }
  busy = true;
  $<HTMLButtonElement>('preview').disabled = true;
  $<HTMLButtonElement>('add').disabled = true;
  setStatus(tr('ui.import.previewing'), '', true);
  try {
    render(upload && !text.trim() ? await run('importPreviewFile', upload, appendTo) : await run('importPreview', text, link, appendTo));
    const first = document.querySelector<HTMLInputElement>('#tasks tbody input[type=checkbox]');
    first?.focus();
  } catch (e) {
    setStatus((e as Error).message, 'error');
  } finally {
    busy = false;
    $<HTMLButtonElement>('preview').disabled = false;
    if (tasks.length || people.length) $<HTMLButtonElement>('add').disabled = !tasks.some((x) => x.include) && !people.some((x) => x.include);
  }
}

/** The ticked rows as the server expects them; null (and the bad cells marked) when a cell is wrong. */
function collect(): { rows: ImportRow[]; people: ImportPerson[] } | null {
  let bad = 0;
  const rows: ImportRow[] = [];
  const body = $('tasks').querySelector('tbody') as HTMLTableSectionElement;
  tasks.forEach((s, i) => {
    if (!s.include) return;
    const inputs = body.rows[i].querySelectorAll<HTMLInputElement>('td.narrow input');
    inputs.forEach((input) => { if (!checkDate(input)) bad++; });
    const title = body.rows[i].querySelector('textarea') as HTMLTextAreaElement;
    if (!s.row.title.trim()) { title.setAttribute('aria-invalid', 'true'); bad++; } else title.removeAttribute('aria-invalid');
    const start = s.startText.trim() ? parseDateText(s.startText) : null;
    const due = s.dueText.trim() ? parseDateText(s.dueText) : null;
    rows.push({
      id: s.row.id, section: s.row.section, title: s.row.title.trim(), lead: s.row.lead, support: s.row.support,
      start, due, recurrence: s.row.recurrence, after: s.row.after, source: s.row.source,
    });
  });
  if (bad) {
    setStatus(tr('ui.import.fixFirst', { count: bad }), 'error');
    document.querySelector<HTMLElement>('#tasks [aria-invalid=true]')?.focus();
    return null;
  }
  const chosen = people.filter((p) => p.include).map(({ person: p }) => ({ name: p.name, position: p.position, unit: p.unit, groups: p.groups }));
  return { rows, people: chosen };
}

async function add(): Promise<void> {
  if (busy) return;
  const data = collect();
  if (!data) return;
  busy = true;
  $<HTMLButtonElement>('add').disabled = true;
  setStatus(tr('ui.import.adding'), '', true);
  try {
    const result: ApplyResult = await run('importApply', data.rows, data.people);
    if (!result.ok) {
      setStatus(result.message, 'error');
      return;
    }
    // What was added is now in the sheet: shown as such, and not sent again.
    for (const s of tasks) if (s.include) { s.include = false; s.row.duplicate = true; }
    for (const p of people) if (p.include) { p.include = false; p.person.duplicate = true; }
    showRows();
    setStatus(result.message, 'ok');
  } catch (e) {
    setStatus((e as Error).message, 'error');
  } finally {
    busy = false;
    $<HTMLButtonElement>('add').disabled = !tasks.some((x) => x.include) && !people.some((x) => x.include);
  }
}

/** The column heads after the check box (and the row number of a task), in the cells' order. */
const TASK_COLUMNS: MsgKey[] = ['ui.import.col.section', 'ui.import.col.title', 'ui.import.col.lead', 'ui.import.col.support', 'ui.import.col.start', 'ui.import.col.due', 'ui.import.col.recurrence', 'ui.import.col.source', 'ui.import.col.warnings'];
const PEOPLE_COLUMNS: MsgKey[] = ['ui.import.col.name', 'ui.import.col.position', 'ui.import.col.unit', 'ui.import.col.group'];

function toggleAll(which: 'tasks' | 'people', on: boolean): void {
  const table = $(which);
  if (which === 'tasks') tasks.forEach((s) => { if (!s.row.duplicate) s.include = on; });
  else people.forEach((s) => { if (!s.person.duplicate) s.include = on; });
  const states = which === 'tasks' ? tasks.map((s) => s.include) : people.map((s) => s.include);
  table.querySelectorAll<HTMLInputElement>('tbody td.check input').forEach((c, i) => {
    c.checked = states[i];
    c.closest('tr')?.classList.toggle('off', !states[i]);
  });
  selectedCounts();
}

function start(): void {
  $('tasks-head').append(...TASK_COLUMNS.map((k) => el('th', { scope: 'col' }, tr(k))));
  $('people-head').append(...PEOPLE_COLUMNS.map((k) => el('th', { scope: 'col' }, tr(k))));
  localize();
  $('source').addEventListener('submit', (e) => {
    e.preventDefault();
    void preview();
  });
  // In the text area Enter is a new line; Ctrl/Cmd+Enter previews.
  $('text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void preview();
    }
  });
  $('add').addEventListener('click', () => void add());
  $<HTMLSelectElement>('plan').addEventListener('change', (e) => {
    appendTo = (e.target as HTMLSelectElement).value;
    void preview(true);
  });
  $('close').addEventListener('click', () => closePage());
  $<HTMLInputElement>('all-tasks').addEventListener('change', (e) => toggleAll('tasks', (e.target as HTMLInputElement).checked));
  $<HTMLInputElement>('all-people').addEventListener('change', (e) => toggleAll('people', (e.target as HTMLInputElement).checked));
  $('text').focus();
}

start();
