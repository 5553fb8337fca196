/**
 * The settings form: how each setting is grouped, shown as text in a form field, and checked.
 * The page and the server both call `validateSettingsForm` with the same `SettingsSchema`, so a
 * value the page accepts is a value the server accepts, and the server's answer uses the same
 * messages (it checks again: a page can be stale or tampered with). Messages are catalogue keys:
 * the server words them with `t`, the page with `tr`, so the page bundle carries no catalogue.
 */
import { parseDateText } from './cells';
import type { MsgKey, Params } from '../i18n';
import { nameKey } from '../text/normalize';
import { DEFAULT_SETTINGS, SETTING_DEFS, type SettingDef, type Settings, SettingsSchema, coerceSetting } from './settings';

export type SettingKey = keyof Settings;
export type SettingsGroup = 'plan' | 'reminders' | 'documents';

/** Sidebar sections, in order. Every setting is in exactly one (tests/core/plan/settings-form.test.ts). */
export const SETTING_GROUPS: ReadonlyArray<{ group: SettingsGroup; keys: readonly SettingKey[] }> = [
  {
    group: 'plan',
    keys: ['planName', 'planNumber', 'coordinator', 'language', 'timeZone', 'moveDueOffDays', 'ganttScale'],
  },
  {
    group: 'reminders',
    keys: ['reminderHour', 'horizonDays', 'escalationDays', 'remindOnDaysOff', 'unitRecipients', 'summaryFrequency', 'reportApproval', 'reportForm', 'reportStaleDays'],
  },
  {
    group: 'documents',
    keys: [
      'docFormat', 'parentBody', 'issuingBody', 'place', 'issueDate', 'outputFolder', 'purposeText',
      'organisationText', 'recipients', 'signatureAuthority', 'signatureTitle', 'signatureName',
      'mergeTemplate', 'mergeNamePattern',
    ],
  },
];

/** The form's values: every setting as the text its field holds. */
export type SettingsForm = Record<SettingKey, string>;
/** A message next to a field, as a catalogue key and its parameters. */
export interface FieldMessage {
  key: MsgKey;
  params?: Params;
}
export type FieldErrors = Partial<Record<SettingKey, FieldMessage>>;

export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: FieldErrors };

export function settingDef(key: SettingKey): SettingDef {
  const def = SETTING_DEFS.find((d) => d.key === key);
  if (!def) throw new Error(`unknown setting ${key}`);
  return def;
}

/** A setting's value as its form field shows it (choices by value, yes/no as `true`/`false`). */
export function toForm(settings: Settings): SettingsForm {
  const out = {} as SettingsForm;
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) out[key] = String(settings[key] ?? '');
  return out;
}

/** The schema's own verdict in the user's words (zod's default English text is not shown). */
function issueMessage(issue: { code?: string; minimum?: unknown; maximum?: unknown; expected?: string }): FieldMessage {
  if (issue.code === 'too_small') return { key: 'ui.settings.err.tooSmall', params: { min: String(issue.minimum) } };
  if (issue.code === 'too_big') return { key: 'ui.settings.err.tooBig', params: { max: String(issue.maximum) } };
  if (issue.code === 'invalid_type' && issue.expected === 'int') return { key: 'ui.settings.err.notInt' };
  if (issue.code === 'invalid_type') return { key: 'ui.settings.err.notNumber' };
  return { key: 'ui.settings.err.choice' };
}

/**
 * Checks one field's text; returns the value or the message to show next to the field.
 * `people` (names in Nhân sự) makes the coordinator checkable; without it any name passes.
 */
export function checkField(
  key: SettingKey, text: string, people?: readonly string[],
): { ok: true; value: unknown } | { ok: false; message: FieldMessage } {
  const def = settingDef(key);
  const raw = (text ?? '').trim();
  const dflt = DEFAULT_SETTINGS[key];
  if (typeof dflt === 'number' && raw === '') return { ok: false, message: { key: 'ui.settings.err.required' } };
  if (typeof dflt === 'number' && !/^-?\d+([.,]\d+)?$/.test(raw)) return { ok: false, message: { key: 'ui.settings.err.notNumber' } };
  const value = coerceSetting(def, raw);
  if (value === null) return { ok: false, message: { key: typeof dflt === 'number' ? 'ui.settings.err.notNumber' : 'ui.settings.err.choice' } };
  const parsed = SettingsSchema.shape[key].safeParse(value);
  if (!parsed.success) return { ok: false, message: issueMessage(parsed.error.issues[0] as never) };
  if (key === 'issueDate' && raw !== '' && !parseDateText(raw)) {
    return { ok: false, message: { key: 'ui.settings.err.date', params: { value: raw } } };
  }
  if (key === 'coordinator' && raw !== '' && people && people.length > 0 && !people.some((p) => nameKey(p) === nameKey(raw))) {
    return { ok: false, message: { key: 'ui.settings.err.coordinator', params: { value: raw } } };
  }
  return { ok: true, value: parsed.data };
}

/** Checks the whole form; missing fields keep their defaults. */
export function validateSettingsForm(form: Partial<Record<string, unknown>>, people?: readonly string[]): FormResult {
  const errors: FieldErrors = {};
  const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingKey[]) {
    const v = form?.[key];
    if (v === undefined || v === null) continue;
    const r = checkField(key, String(v), people);
    if (r.ok) values[key] = r.value;
    else errors[key] = r.message;
  }
  const whole = SettingsSchema.safeParse(values);
  if (Object.keys(errors).length > 0 || !whole.success) return { ok: false, errors };
  return { ok: true, settings: whole.data };
}

export function groupLabelKey(group: SettingsGroup): MsgKey {
  return group === 'plan' ? 'ui.settings.group.plan' : group === 'reminders' ? 'ui.settings.group.reminders' : 'ui.settings.group.documents';
}
