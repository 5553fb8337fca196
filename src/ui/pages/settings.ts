/**
 * The settings sidebar: one form for every setting, grouped (Kế hoạch / Nhắc việc / Văn bản).
 * Fields are built from SETTING_DEFS and checked with the same schema the server uses
 * (settings-form.ts); each message sits under its field and is tied to it with
 * aria-describedby. Enter (Ctrl+Enter in a text area) saves.
 */
import type { SettingsView, SaveResult } from '../../app/settings';
import type { MsgKey } from '../../core/i18n';
import {
  type FieldErrors, type FieldMessage, type SettingKey, SETTING_GROUPS, checkField, groupLabelKey, settingDef, validateSettingsForm,
} from '../../core/plan/settings-form';
import { type SettingDef } from '../../core/plan/settings';
import { boot, lang, localize, tr } from '../client/i18n';
import { $, el, setStatus } from '../client/dom';
import { closePage, run } from '../client/run';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

let current: SettingsView;
const controls = new Map<SettingKey, Control>();

const label = (def: SettingDef) => (lang() === 'en' ? def.en : def.vi);
const help = (def: SettingDef) => (lang() === 'en' ? def.help_en : def.help_vi);
const words = (m: FieldMessage) => tr(m.key as MsgKey, m.params);

function coordinatorControl(id: string, value: string, people: string[]): Control {
  if (people.length === 0) return el('input', { id, type: 'text', autocomplete: 'name', placeholder: tr('ui.settings.noPeople') });
  const select = el('select', { id });
  select.append(el('option', { value: '' }, tr('ui.settings.coordinatorNone')));
  for (const name of people) select.append(el('option', { value: name }, name));
  // A coordinator typed in the sheet but missing from Nhân sự stays visible, marked as such.
  if (value && !people.includes(value)) select.append(el('option', { value }, tr('ui.settings.coordinatorNotListed', { name: value })));
  return select;
}

function control(def: SettingDef, id: string, value: string): Control {
  if (def.key === 'coordinator') return coordinatorControl(id, value, current.people);
  if (def.kind === 'choice' && def.choices) {
    const select = el('select', { id });
    for (const c of def.choices) select.append(el('option', { value: c.value }, lang() === 'en' ? c.en : c.vi));
    return select;
  }
  if (def.kind === 'longtext') return el('textarea', { id, rows: '3' });
  // Numbers stay text inputs: a number input hides what was typed when it is not a number,
  // and the user must see their own "25" next to the message about it.
  if (def.kind === 'int') return el('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'short' });
  return el('input', { id, type: 'text', autocomplete: 'off' });
}

function showError(key: SettingKey, message: FieldMessage | undefined): void {
  const c = controls.get(key);
  const err = document.getElementById(`err-${key}`);
  if (!c || !err) return;
  err.textContent = message ? words(message) : '';
  if (message) c.setAttribute('aria-invalid', 'true');
  else c.removeAttribute('aria-invalid');
}

function render(view: SettingsView): void {
  current = view;
  controls.clear();
  $('intro').textContent = tr('ui.settings.intro', { sheet: view.sheet });
  const root = $('fields');
  root.textContent = '';
  for (const { group, keys } of SETTING_GROUPS) {
    const fs = el('fieldset');
    fs.append(el('legend', {}, tr(groupLabelKey(group))));
    for (const key of keys) {
      const def = settingDef(key);
      const id = `f-${key}`;
      const wrap = el('div', { class: 'field' });
      const h = help(def);
      const c = control(def, id, view.form[key]);
      c.name = key;
      c.value = view.form[key];
      c.setAttribute('aria-describedby', [h ? `help-${key}` : '', `err-${key}`].filter(Boolean).join(' '));
      // The message goes right under the control, where the eye is; the help text follows.
      wrap.append(el('label', { for: id }, label(def)), c, el('span', { class: 'error-text', id: `err-${key}` }));
      if (h) wrap.append(el('span', { class: 'help', id: `help-${key}` }, h));
      fs.append(wrap);
      controls.set(key, c);
      c.addEventListener('blur', () => check(key));
      // Clear a message as soon as the field becomes right; new messages wait for blur or save.
      c.addEventListener('input', () => {
        if (c.getAttribute('aria-invalid') === 'true') check(key);
      });
      c.addEventListener('change', () => {
        if (c instanceof HTMLSelectElement) check(key);
      });
    }
    root.append(fs);
  }
  for (const [key, m] of Object.entries(view.sheetErrors)) showError(key as SettingKey, m);
  $('loading').hidden = true;
  $<HTMLFormElement>('settings-form').hidden = false;
}

function check(key: SettingKey): boolean {
  const r = checkField(key, controls.get(key)?.value ?? '', current.people);
  showError(key, r.ok ? undefined : r.message);
  return r.ok;
}

function formValues(): Record<SettingKey, string> {
  const out = {} as Record<SettingKey, string>;
  for (const [key, c] of controls) out[key] = c.value;
  return out;
}

function showErrors(errors: FieldErrors): void {
  for (const key of controls.keys()) showError(key, errors[key]);
  const keys = Object.keys(errors) as SettingKey[];
  setStatus(tr('ui.settings.invalid', { count: keys.length }), 'error');
  // Focus the first wrong field in form order, where the user reads its message.
  for (const key of controls.keys()) {
    if (errors[key]) {
      controls.get(key)?.focus();
      break;
    }
  }
}

async function save(): Promise<void> {
  const values = formValues();
  const local = validateSettingsForm(values, current.people);
  if (!local.ok) return showErrors(local.errors);
  const button = $<HTMLButtonElement>('save');
  button.disabled = true;
  setStatus(tr('ui.common.saving'), '', true);
  try {
    const result: SaveResult = await run('settingsSave', values);
    if (result.ok) {
      for (const key of controls.keys()) showError(key, undefined);
      current = result.view;
      setStatus(tr('ui.settings.saved', { sheet: result.view.sheet }), 'ok');
    } else if (result.message) {
      setStatus(words(result.message), 'error');
    } else {
      showErrors(result.errors);
    }
  } catch (e) {
    setStatus((e as Error).message, 'error');
  } finally {
    button.disabled = false;
  }
}

async function start(): Promise<void> {
  localize();
  document.title = tr('ui.settings.title');
  const form = $<HTMLFormElement>('settings-form');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void save();
  });
  // In a text area Enter starts a new line (addresses, recipients); Ctrl/Cmd+Enter saves.
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  });
  $('close').addEventListener('click', () => closePage());
  try {
    render(boot<SettingsView>().data ?? (await run('settingsLoad')));
    controls.values().next().value?.focus();
  } catch (e) {
    $('loading').className = 'status error';
    $('loading').textContent = (e as Error).message;
  }
}

void start();
