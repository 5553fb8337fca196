/**
 * "Tạo biểu mẫu báo cáo tiến độ": one Google Form per spreadsheet, remembered in document
 * properties; its answers land in `Báo cáo từ đơn vị`. Loaded only when used (./lazy.ts).
 *
 * Creating the form costs a fixed number of calls (one per question, one for the pre-filled
 * link): the link is asked for ONCE, with a marker where the task ID goes, and reminders fill in
 * each task's ID themselves.
 */
import { type Lang, t } from '../core/i18n';
import { SETTINGS_SHEET } from '../core/plan/columns';
import { sheetNamed } from '../core/plan/sheets';
import { readTracker } from '../core/plan/read';
import { REPORTS_SHEET } from '../core/plan/reports-sheet';
import { FORM_ID_KEY, PREFILL_MARKER, formLinkOutput, formQuestions, linkPattern } from '../core/reports/form';
import { runForUser } from './errors';
import { userLang } from './menu';
import { activePorts, gasPorts } from './ports';

type Form = GoogleAppsScript.Forms.Form;

export interface FormOutcome {
  created: boolean;
  url: string;
  sheet: string;
  message: string;
}

function openForm_(id: string | null): Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    // Deleted, or its owner left: a new form is made below.
    return null;
  }
}

/** Makes the form once; a second call finds it again by the id kept in document properties. */
export function ensureReportForm_(lang: Lang): FormOutcome {
  const { ss, store, workbook: wb } = activePorts(lang);
  const reportSheet = () => sheetNamed(wb.sheetNames(), REPORTS_SHEET) ?? REPORTS_SHEET.vi;
  const id = store.get(FORM_ID_KEY);
  const existing = openForm_(id);
  if (existing) {
    const url = existing.getPublishedUrl();
    return { created: false, url, sheet: reportSheet(), message: t(lang, 'reports.form.exists', { sheet: reportSheet(), url }) };
  }

  const settingsName = sheetNamed(wb.sheetNames(), SETTINGS_SHEET);
  const grids = settingsName ? wb.readGrids([settingsName]) : [];
  const settings = readTracker(grids).settings;
  const planLang = settings.language;
  const form = FormApp.create(t(planLang, 'reports.form.title', { plan: settings.planName || ss.getName() }));
  form.setDescription(t(planLang, 'reports.form.description'));
  // The reporter's address is what the refresh checks against the task's people.
  form.setCollectEmail(true);
  let taskItem: GoogleAppsScript.Forms.TextItem | null = null;
  for (const q of formQuestions(planLang)) {
    if (q.kind === 'text') {
      const item = form.addTextItem().setTitle(q.title);
      if (q.help) item.setHelpText(q.help);
      if (q.required) item.setRequired(true);
      if (q.key === 'taskId') taskItem = item;
    } else if (q.kind === 'paragraph') {
      const item = form.addParagraphTextItem().setTitle(q.title);
      if (q.help) item.setHelpText(q.help);
    } else if (q.kind === 'date') form.addDateItem().setTitle(q.title);
    else {
      const item = form.addMultipleChoiceItem().setTitle(q.title).setChoiceValues(q.choices ?? []);
      if (q.required) item.setRequired(true);
    }
  }

  // The answers' sheet is the one setDestination adds: the sheets before and after are compared.
  const before = new Set(ss.getSheets().map((s) => s.getSheetId()));
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  const added = ss.getSheets().find((s) => !before.has(s.getSheetId())) ?? null;
  let sheet = added ? added.getName() : reportSheet();
  if (added && !sheetNamed(wb.sheetNames(), REPORTS_SHEET)) {
    sheet = planLang === 'en' ? REPORTS_SHEET.en : REPORTS_SHEET.vi;
    added.setName(sheet);
  }

  const prefilled = form.createResponse().withItemResponse((taskItem as GoogleAppsScript.Forms.TextItem).createResponse(PREFILL_MARKER)).toPrefilledUrl();
  // A new workbook: the one above knew the sheets before the form added its own.
  gasPorts(ss, lang).workbook.write(formLinkOutput(grids, linkPattern(prefilled), planLang));
  store.set(FORM_ID_KEY, form.getId());
  const url = form.getPublishedUrl();
  const lost = id ? `${t(lang, 'reports.form.lost')}\n\n` : '';
  return { created: true, url, sheet, message: lost + t(lang, 'reports.form.created', { sheet, url }) };
}

/** Menu: Tạo biểu mẫu báo cáo tiến độ. */
export function menuReportForm(): void {
  const lang = userLang();
  runForUser(() => SpreadsheetApp.getUi().alert(ensureReportForm_(lang).message), lang);
}
