/**
 * The report form: its questions (the report sheet's columns, in order) and the pre-filled link.
 * The link is made ONCE when the form is created, with a placeholder where the task ID goes, and
 * stored as the `Biểu mẫu báo cáo` setting; each reminder then only substitutes the task's ID,
 * so linking a thousand tasks costs no service call at all.
 */
import { type Lang, type MsgKey, t } from '../i18n';
import { cleanText } from '../text/normalize';
import { REPORTED_STATUSES } from './columns';
import type { SheetGrid } from '../sheet/grid';
import { DEFAULT_SETTINGS, SETTING_DEFS, type SettingDef } from '../plan/settings';
import { findSettingsGrid, newSettingsSheet, settingRow, settingsLayout } from '../plan/settings-sheet';
import type { OutCell, SheetOutput } from '../sheet/output';

/** What goes where the task ID belongs in the stored link. */
export const TASK_PLACEHOLDER = '{{Mã}}';
/** The answer given to the task question when asking the form for its pre-filled URL: plain letters, so no encoding changes it. */
export const PREFILL_MARKER = 'TIENDOMAVIEC';
/** Document property holding the form's id (a second "Tạo biểu mẫu" reuses the form). */
export const FORM_ID_KEY = 'tiendo.reports.formId';

export type QuestionKind = 'text' | 'choice' | 'date' | 'paragraph';

export interface Question {
  key: 'taskId' | 'status' | 'percent' | 'doneOn' | 'result' | 'difficulties' | 'proposals' | 'newDue';
  kind: QuestionKind;
  title: string;
  help?: string;
  required?: boolean;
  choices?: string[];
}

export function formQuestions(lang: Lang): Question[] {
  const q = (key: Question['key'], kind: QuestionKind, title: MsgKey, extra: Partial<Question> = {}): Question => ({ key, kind, title: t(lang, title), ...extra });
  return [
    q('taskId', 'text', 'reports.form.task', { required: true }),
    q('status', 'choice', 'reports.form.status', { required: true, choices: REPORTED_STATUSES.map((s) => (lang === 'en' ? s.en : s.vi)) }),
    q('percent', 'text', 'reports.form.percent', { help: t(lang, 'reports.form.percentHelp') }),
    q('doneOn', 'date', 'reports.form.doneOn'),
    q('result', 'paragraph', 'reports.form.result', { help: t(lang, 'reports.form.resultHelp') }),
    q('difficulties', 'paragraph', 'reports.form.difficulties'),
    q('proposals', 'paragraph', 'reports.form.proposals'),
    q('newDue', 'date', 'reports.form.newDue'),
  ];
}

/** The stored pattern from the URL the form gave for the marker answer. */
export function linkPattern(prefilledUrl: string): string {
  return prefilledUrl.split(PREFILL_MARKER).join(TASK_PLACEHOLDER);
}

/** The form link that opens `taskId` pre-filled; null without a usable pattern. */
export function reportLink(pattern: string, taskId: string): string | null {
  const p = cleanText(pattern);
  if (!/^https:\/\//i.test(p) || !taskId) return null;
  return p.includes(TASK_PLACEHOLDER) ? p.split(TASK_PLACEHOLDER).join(encodeURIComponent(taskId)) : p;
}

/**
 * The write that stores the form's link as the `Biểu mẫu báo cáo` setting and nothing else (the
 * other settings, valid or not, stay as the user left them): its value cell, or a new row below
 * the settings, or a new settings sheet.
 */
export function formLinkOutput(grids: readonly SheetGrid[], pattern: string, lang: Lang): SheetOutput {
  const grid = findSettingsGrid(grids);
  const layout = grid ? settingsLayout(grid) : null;
  const def = SETTING_DEFS.find((d) => d.key === 'reportForm') as SettingDef;
  if (!layout) return newSettingsSheet({ ...DEFAULT_SETTINGS, reportForm: pattern }, lang);
  const row = layout.rows.reportForm;
  if (row !== undefined) return { sheet: layout.name, mode: 'update', blocks: [{ row, col: layout.valueCol + 1, values: [[pattern]] }] };
  const full = settingRow(def, pattern, layout.lang);
  const cols = [layout.keyCol, layout.valueCol, ...(layout.descCol === null ? [] : [layout.descCol])];
  const first = Math.min(...cols);
  const line: OutCell[] = new Array(Math.max(...cols) - first + 1).fill(null);
  line[layout.keyCol - first] = full[0];
  line[layout.valueCol - first] = full[1];
  if (layout.descCol !== null) line[layout.descCol - first] = full[2];
  return { sheet: layout.name, mode: 'update', blocks: [{ row: layout.lastRow + 1, col: first + 1, values: [line] }], minRows: layout.lastRow + 1 };
}
