/**
 * Settings live as key/value rows in `Cài đặt`. Each has a Vietnamese label (what the sheet
 * shows), an English label and a help text (all three in the catalogue, catalog/setting.ts), a
 * default, and a zod/mini schema: the same schema validates the sheet, the settings sidebar on
 * the server and in the page.
 */
import * as z from 'zod/mini';
import { allCatalogs } from '../i18n';
import { headerKey } from '../text/normalize';

const bool = z.boolean();
const text = z.string();
const hour = z.number().check(z.int(), z.gte(0), z.lte(23));
const days = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));

export interface SettingDef {
  key: string;
  vi: string;
  en: string;
  help_vi: string;
  help_en: string;
  kind: 'text' | 'longtext' | 'bool' | 'int' | 'choice';
  choices?: ReadonlyArray<{ value: string; vi: string; en: string }>;
}

export const SettingsSchema = z.object({
  planName: text,
  planNumber: text,
  parentBody: text,
  issuingBody: text,
  place: text,
  issueDate: text,
  coordinator: text,
  reminderHour: hour,
  timeZone: text,
  horizonDays: days(60),
  escalationDays: days(365),
  remindOnDaysOff: bool,
  unitRecipients: z.enum(['all', 'contacts']),
  summaryFrequency: z.enum(['daily', 'weekly', 'off']),
  language: z.enum(['vi', 'en']),
  docFormat: z.enum(['party', 'state']),
  outputFolder: text,
  purposeText: text,
  organisationText: text,
  recipients: text,
  signatureAuthority: text,
  signatureTitle: text,
  signatureName: text,
  moveDueOffDays: bool,
  ganttScale: z.enum(['auto', 'day', 'week', 'month']),
  mergeTemplate: text,
  mergeNamePattern: text,
  // Unit reports (src/core/reports).
  reportApproval: z.enum(['approve', 'auto']),
  reportForm: text,
  reportStaleDays: days(60),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  planName: 'Kế hoạch công tác',
  planNumber: '',
  parentBody: '',
  issuingBody: '',
  place: '',
  issueDate: '',
  coordinator: '',
  reminderHour: 7,
  timeZone: 'Asia/Ho_Chi_Minh',
  horizonDays: 3,
  escalationDays: 3,
  remindOnDaysOff: false,
  unitRecipients: 'all',
  summaryFrequency: 'daily',
  language: 'vi',
  docFormat: 'party',
  outputFolder: '',
  purposeText: '',
  organisationText: '',
  recipients: '',
  signatureAuthority: '',
  signatureTitle: '',
  signatureName: '',
  moveDueOffDays: false,
  ganttScale: 'auto',
  mergeTemplate: '',
  mergeNamePattern: '{{Mã}} - {{Nội dung công việc}}',
  reportApproval: 'approve',
  reportForm: '',
  reportStaleDays: 5,
};

const { vi: VI, en: EN } = allCatalogs();

/** A setting's label and help, from the catalogue (catalog/setting.ts); a setting may have no help. */
function described(key: string): Pick<SettingDef, 'vi' | 'en' | 'help_vi' | 'help_en'> {
  const k = `setting.${key}`;
  return { vi: VI[`${k}.label`], en: EN[`${k}.label`], help_vi: VI[`${k}.help`] ?? '', help_en: EN[`${k}.help`] ?? '' };
}

/** A choice setting's values, each with its words from the catalogue. */
function choices(key: string, values: readonly string[]): NonNullable<SettingDef['choices']> {
  return values.map((value) => ({ value, vi: VI[`setting.${key}.choice.${value}`], en: EN[`setting.${key}.choice.${value}`] }));
}

const yn = [{ value: 'true', vi: VI['value.yes'], en: EN['value.yes'] }, { value: 'false', vi: VI['value.no'], en: EN['value.no'] }];

/** Text settings edited as a paragraph rather than one line. */
const LONG_TEXT = new Set(['purposeText', 'organisationText', 'recipients']);

/** A setting's kind follows from its schema: yes/no and enums are choices, numbers whole numbers. */
function defOf(key: string, schema: z.ZodMiniType): SettingDef {
  const words = described(key);
  if (schema instanceof z.ZodMiniBoolean) return { key, kind: 'choice', choices: yn, ...words };
  if (schema instanceof z.ZodMiniEnum) return { key, kind: 'choice', choices: choices(key, schema.options as string[]), ...words };
  if (schema instanceof z.ZodMiniNumber) return { key, kind: 'int', ...words };
  return { key, kind: LONG_TEXT.has(key) ? 'longtext' : 'text', ...words };
}

/** Every setting, in the order the sheet and the sidebar list them (the schema's). */
export const SETTING_DEFS: ReadonlyArray<SettingDef> = Object.entries(SettingsSchema.shape).map(([key, schema]) => defOf(key, schema));

export function findSettingDef(label: string): SettingDef | undefined {
  const k = headerKey(label);
  return SETTING_DEFS.find((d) => headerKey(d.key) === k || headerKey(d.vi) === k || headerKey(d.en) === k);
}

/** Turns one cell's text into the setting's value type; null when it cannot. */
export function coerceSetting(def: SettingDef, raw: string | number | boolean): unknown {
  const dflt = (DEFAULT_SETTINGS as Record<string, unknown>)[def.key];
  if (typeof dflt === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    const k = headerKey(String(raw));
    if (['co', 'yes', 'true', 'x', '1'].includes(k)) return true;
    if (['khong', 'no', 'false', '0'].includes(k)) return false;
    return null;
  }
  if (typeof dflt === 'number') {
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  const s = String(raw).trim();
  if (def.choices) {
    const k = headerKey(s);
    const c = def.choices.find((c) => headerKey(c.value) === k || headerKey(c.vi) === k || headerKey(c.en) === k);
    return c ? c.value : null;
  }
  return s;
}

/** The value as the Settings sheet shows it (choices in Vietnamese). */
export function displaySetting(def: SettingDef, value: unknown, lang: 'vi' | 'en' = 'vi'): string {
  if (def.choices) {
    const c = def.choices.find((c) => c.value === String(value));
    if (c) return lang === 'en' ? c.en : c.vi;
  }
  return String(value ?? '');
}
