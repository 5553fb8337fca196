/**
 * Menu "Tạo văn bản": the plan, the progress report and template merge as Google Docs, each
 * ending in a small dialog with the document's link (and a button to save its PDF next to it).
 * Google services are named here and in docs-drive.ts, docs-writer.ts and docs-merge.ts only.
 */
import { type MergeOutcome, type MergeRequest, makePlanDoc, makeReport, mergeRows } from '../app/docs';
import { MergeRequestSchema } from '../core/docs/merge';
import { docIdFromLink } from '../core/text/drive-links';
import type { WrittenDocument } from '../core/docs/model';
import { type Lang, t } from '../core/i18n';
import { SETTINGS_SHEET, TASKS_SHEET, matchSheet } from '../core/plan/columns';
import { pickSheets, sheetNamed } from '../core/plan/sheets';
import { readTracker } from '../core/plan/read';
import { cleanText } from '../core/text/normalize';
import { driveFiles } from './advanced';
import { withDocumentLock } from './doc-lock';
import { type FolderRef, outputFolder, savePdf } from './docs-drive';
import { GasTemplateMerger } from './docs-merge';
import { GasDocsWriter } from './docs-writer';
import { UserError, runForPage, runForUser } from './errors';
import { userLang } from './menu';
import { showDialog } from './page';
import { activePorts } from './ports';
import type { GasStore } from './services';

/** Five of Apps Script's six minutes for documents; the rest writes the links and answers. */
const MERGE_BUDGET_MS = 5 * 60 * 1000;

/** The output folder for a settings value, looked up once per run. */
function folders(store: GasStore, lang: Lang): (setting: string) => FolderRef {
  const cache = new Map<string, FolderRef>();
  return (setting) => {
    let f = cache.get(setting);
    if (!f) { f = outputFolder(setting, store, lang); cache.set(setting, f); }
    return f;
  };
}

export interface DocResultData {
  title: string;
  document: WrittenDocument;
  warnings: string[];
}

function showResult(lang: Lang, title: string, document: WrittenDocument, warnings: string[]): void {
  // Neither the Docs API nor DocumentApp can insert a page-number field (see docs-requests.ts): the user adds it once.
  const notes = [...warnings, t(lang, 'docs.pageNumbersHint')];
  showDialog('doc-result', {
    lang, title, width: 480, height: 360,
    data: { title, document, warnings: notes } satisfies DocResultData,
  });
}

/** Tạo văn bản › Kế hoạch. */
export function menuDocPlan(): void {
  const lang = userLang();
  runForUser(() => {
    const { workbook, clock, progress, store } = activePorts(lang);
    const writer = new GasDocsWriter(folders(store, lang), store, lang);
    const r = makePlanDoc({ workbook, writer, clock, progress }, { pdf: false, lang });
    showResult(lang, t(lang, 'menu.docPlan'), r.document, [...writer.warnings, ...r.warnings]);
  }, lang);
}

/** Tạo văn bản › Báo cáo tiến độ: as of today, "done" counted since the last report. */
export function menuDocReport(): void {
  const lang = userLang();
  runForUser(() => {
    const { workbook, clock, progress, store } = activePorts(lang);
    const writer = new GasDocsWriter(folders(store, lang), store, lang);
    // "Since the last report" is read and written back: two reports at once would both count from it.
    const r = withDocumentLock(lang, () => makeReport({ workbook, writer, clock, progress, store }, { pdf: false, lang }));
    showResult(lang, t(lang, 'menu.docReport'), r.document, [...writer.warnings, ...r.warnings]);
  }, lang);
}

/** The result dialog's button: the PDF of a document the add-on made, saved next to it. */
export function docSavePdf(docLink: string): { pdfLink: string } {
  const lang = userLang();
  return runForPage(() => {
    const id = docIdFromLink(docLink);
    if (!id) throw new UserError(t(lang, 'docs.badLink', { value: docLink }));
    // Drive v3 sees the document under drive.file: the add-on made it.
    let file: { name: string; parents?: string[] };
    try {
      file = driveFiles().get(id, { fields: 'id,name,parents' });
    } catch {
      throw new UserError(t(lang, 'platform.error.fileMissing'));
    }
    const folder = file.parents?.[0] ? { id: file.parents[0] } : outputFolder('', activePorts(lang).store, lang);
    const pdf = savePdf(id, folder, file.name, null);
    return { pdfLink: pdf.link };
  }, lang);
}

export interface MergeDialogData {
  template: string;
  pattern: string;
  /** Sheet rows selected on the task sheet when the dialog opened. */
  selectedRows: number[];
  /** The task sheet's header texts, for the filter's column list. */
  columns: string[];
}

/** Rows of the current selection when it is on the task sheet (one call per selected range). */
function selectedTaskRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number[] {
  const sheet = ss.getActiveSheet();
  if (!matchSheet(sheet.getName(), TASKS_SHEET)) return [];
  const list = sheet.getActiveRangeList();
  if (!list) return [];
  const rows: number[] = [];
  for (const r of list.getRanges()) {
    const first = r.getRow();
    const n = r.getNumRows();
    // A whole-column selection would list every row of the sheet: the merge keeps those with content.
    for (let i = 0; i < Math.min(n, 5000); i++) rows.push(first + i);
  }
  return rows;
}

/** Tạo văn bản › Trộn theo mẫu…: the dialog (template, rows, name pattern). */
export function menuDocMerge(): void {
  const lang = userLang();
  runForUser(() => {
    const { ss, workbook: book } = activePorts(lang);
    const names = book.sheetNames();
    const tasksName = sheetNamed(names, TASKS_SHEET);
    const grids = book.readGrids(pickSheets(names, [TASKS_SHEET, SETTINGS_SHEET]));
    const tracker = readTracker(grids);
    const layout = tracker.layouts.tasks;
    const header = layout && tasksName ? (grids.find((g) => g.name === tasksName)?.values[layout.headerRow - 1] ?? []) : [];
    const data: MergeDialogData = {
      template: tracker.settings.mergeTemplate,
      pattern: tracker.settings.mergeNamePattern,
      selectedRows: selectedTaskRows(ss),
      columns: header.map((h) => cleanText(String(h ?? ''))).filter(Boolean),
    };
    showDialog('merge', { lang, title: t(lang, 'ui.merge.title'), width: 520, height: 560, data });
  }, lang);
}

/** The merge dialog's "Trộn văn bản" (google.script.run). */
export function docMergeRun(request: MergeRequest): MergeOutcome {
  const parsed = MergeRequestSchema.safeParse(request);
  const lang = parsed.success && parsed.data.lang ? parsed.data.lang : userLang();
  return runForPage(() => {
    if (!parsed.success) throw new UserError(t(lang, 'docs.badRequest'));
    const { ss, workbook, store, progress, clock } = activePorts(lang);
    // The merge writes its links into the task rows it read.
    return withDocumentLock(lang, () => mergeRows(
      {
        workbook,
        // Dates and numbers exactly as the sheet shows them, the whole sheet in one call.
        display: { displayGrid: (name) => ss.getSheetByName(name)?.getDataRange().getDisplayValues() ?? [] },
        merger: new GasTemplateMerger(folders(store, lang), store),
        progress,
        clock,
      },
      { ...parsed.data, lang, timeBudgetMs: MERGE_BUDGET_MS },
    ));
  }, lang);
}
