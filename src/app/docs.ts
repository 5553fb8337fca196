/**
 * The document use-cases over the host ports: read the tracker once → core builds the document
 * model (plan, progress report) or the merge plan → the host's writer renders it → for a merge,
 * the links go back into `Văn bản` in one write.
 */
import { type CivilDate, isCivilDate } from '../core/dates/civil';
import { type MergeJob, type RowChoice, linkBlock, planMerge } from '../core/docs/merge';
import type { DocumentWriter, WrittenDocument } from '../core/docs/model';
import { buildPlan } from '../core/docs/plan';
import { buildReport, type ReportFigures } from '../core/docs/report';
import { type Lang, t } from '../core/i18n';
import { SETTINGS_SHEET, TASKS_SHEET } from '../core/plan/columns';
import { neededColumns } from '../core/plan/header';
import { sheetNamed } from '../core/plan/sheets';
import { problemWhere } from '../core/plan/problems';
import { readTracker, type Tracker } from '../core/plan/read';
import { computeSchedule } from '../core/schedule/compute';
import { cleanText } from '../core/text/normalize';
import type { ClockPort, KeyValueStore, ProgressPort, WorkbookPort } from '../ports';
import { readTrackerGrids } from './setup';
import { unitReportsForDoc } from './reports';

export interface DocOutcome {
  document: WrittenDocument;
  /** Things to fix in the sheet or the settings, already in the user's language. */
  warnings: string[];
}

export interface DocPorts {
  workbook: WorkbookPort;
  writer: DocumentWriter;
  clock: ClockPort;
  progress?: ProgressPort;
}

export interface DocOptions {
  pdf: boolean;
  /** Defaults to the settings' language. */
  lang?: Lang;
  /** Defaults to the clock's today. */
  today?: CivilDate;
}

function trackerOf(book: WorkbookPort): Tracker {
  return readTracker(readTrackerGrids(book).grids);
}

export function makePlanDoc(ports: DocPorts, opts: DocOptions): DocOutcome {
  const today = opts.today ?? ports.clock.today();
  const tracker = trackerOf(ports.workbook);
  const lang = opts.lang ?? tracker.settings.language;
  ports.progress?.progress(t(lang, 'docs.working'));
  const built = buildPlan(tracker, computeSchedule(tracker, today), { today, lang });
  return { document: ports.writer.write(built.doc, { pdf: opts.pdf, folder: tracker.settings.outputFolder }), warnings: built.warnings };
}

/** Where the date of the last report is kept (document properties in Sheets, a file offline). */
export const LAST_REPORT_KEY = 'tiendo.lastReport';

interface LastReport {
  /** The day the last report was made. */
  date: CivilDate;
  /** The "since" that report used, so a second report the same day covers the same period. */
  since: CivilDate | null;
}

function readLastReport(store: KeyValueStore): LastReport | null {
  const raw = store.get(LAST_REPORT_KEY);
  if (!raw) return null;
  if (isCivilDate(raw)) return { date: raw, since: null };
  try {
    const v = JSON.parse(raw) as Partial<LastReport>;
    if (v && isCivilDate(v.date)) return { date: v.date, since: isCivilDate(v.since) ? v.since : null };
  } catch {
    // A hand-edited or foreign value: treat as no previous report.
  }
  return null;
}

/** The period's start: `--since` when given, else the last report's day (or its own start if made today). */
export function reportSince(store: KeyValueStore | null, today: CivilDate, explicit: CivilDate | null | undefined): CivilDate | null {
  if (explicit) return explicit < today ? explicit : null;
  const last = store ? readLastReport(store) : null;
  if (!last) return null;
  if (last.date < today) return last.date;
  return last.since && last.since < today ? last.since : null;
}

export interface ReportOutcome extends DocOutcome {
  since: CivilDate | null;
  figures: ReportFigures;
}

export function makeReport(
  ports: DocPorts & { store: KeyValueStore | null },
  opts: DocOptions & { since?: CivilDate | null; nextDays?: number },
): ReportOutcome {
  const today = opts.today ?? ports.clock.today();
  const tracker = trackerOf(ports.workbook);
  const lang = opts.lang ?? tracker.settings.language;
  ports.progress?.progress(t(lang, 'docs.working'));
  const since = reportSince(ports.store, today, opts.since);
  const unitReports = unitReportsForDoc(ports.workbook, tracker, today, lang);
  const built = buildReport(computeSchedule(tracker, today), tracker.settings, { today, since, lang, nextDays: opts.nextDays, unitReports });
  const document = ports.writer.write(built.doc, { pdf: opts.pdf, folder: tracker.settings.outputFolder });
  ports.store?.set(LAST_REPORT_KEY, JSON.stringify({ date: today, since } satisfies LastReport));
  return { document, warnings: built.warnings, since, figures: built.figures };
}

// ---- template merge ---------------------------------------------------------------------------

/** The host side of a merge: a Google Doc template copied in Drive, or a .docx template offline. */
export interface TemplateMerger {
  /** Opens the template; its placeholder names (body, tables, header, footer), or null when it cannot be opened. */
  open(template: string): string[] | null;
  /**
   * Makes the row's document, or, when `job.existing` links to a document this merger made,
   * refills that one from the template instead of making another.
   */
  merge(job: MergeJob, options: { pdf: boolean; folder?: string }): MergedDocument;
  /** Whether a `Văn bản` link points to a document this merger makes (its output folder), even one since deleted. */
  isOwnLink?(link: string): boolean;
}

export interface MergedDocument {
  link: string;
  pdfLink: string | null;
  updated: boolean;
  /**
   * Nothing was made: the row's `Văn bản` names a file outside the output folder, which the
   * merge never writes (a signed decision kept elsewhere must not be overwritten).
   */
  refused?: 'outsideOutput';
}

/** The task sheet as the user sees it (Sheets: getDisplayValues, read in one call). */
export interface DisplayPort {
  displayGrid(sheet: string): string[][];
}

export interface MergeRequest {
  /** Template link or id (Sheets), or .docx path (offline); the `Mẫu trộn văn bản` setting when empty. */
  template?: string;
  choice: RowChoice;
  /** Name pattern; the `Tên văn bản trộn` setting when empty. */
  pattern?: string;
  pdf: boolean;
  lang?: Lang;
  /**
   * Write the new document's link into a `Văn bản` cell that already holds something else (the
   * user's own link). Off by default: such a cell is kept and the run says where the document went.
   */
  replaceLinks?: boolean;
  /**
   * Stop making documents after this many milliseconds of the run (Apps Script stops a run at six
   * minutes); what was made keeps its link, and the message says how many rows are left.
   */
  timeBudgetMs?: number;
}

export interface MergeOutcome {
  ok: boolean;
  /** What went wrong (nothing was made) or what was done, for the user. */
  message: string;
  warnings: string[];
  documents: Array<{ row: number; name: string; link: string; pdfLink: string | null; updated: boolean }>;
  /** Rows whose `Văn bản` kept the user's own link (see `replaceLinks`). */
  linksKept?: number;
}

export function mergeRows(
  ports: { workbook: WorkbookPort; display: DisplayPort; merger: TemplateMerger; progress?: ProgressPort; clock?: ClockPort },
  req: MergeRequest,
): MergeOutcome {
  const book = ports.workbook;
  const names = book.sheetNames();
  const tasksName = sheetNamed(names, TASKS_SHEET);
  const settingsName = sheetNamed(names, SETTINGS_SHEET);
  const settings = readTracker(settingsName ? book.readGrids([settingsName]) : []).settings;
  const lang = req.lang ?? settings.language;
  const fail = (message: string): MergeOutcome => ({ ok: false, message, warnings: [], documents: [] });
  if (!tasksName) return fail(t(lang, 'problem.missingSheet', { sheet: TASKS_SHEET.vi }));
  const template = cleanText(req.template || settings.mergeTemplate);
  if (!template) return fail(t(lang, 'docs.merge.noTemplate'));

  // Dates and numbers as the sheet shows them; the same grid locates the header row.
  const display = ports.display.displayGrid(tasksName);
  const layout = readTracker([{ name: tasksName, values: display }]).layouts.tasks;
  if (!layout) return fail(t(lang, 'problem.noHeader', neededColumns(TASKS_SHEET, ['title'], tasksName, lang)));

  const placeholders = ports.merger.open(template);
  if (placeholders === null) return fail(t(lang, 'docs.merge.badTemplate', { value: template }));
  if (!placeholders.length) return fail(t(lang, 'docs.merge.noPlaceholders'));
  const plan = planMerge({
    display, headerRow: layout.headerRow, placeholders, choice: req.choice,
    pattern: cleanText(req.pattern || settings.mergeNamePattern) || '{{Mã}} - {{Nội dung công việc}}', lang,
  });
  if (plan.errors.length) return fail(plan.errors.join(' '));
  const warnings = plan.unknownPlaceholders.map((name) => t(lang, 'docs.warn.unknownPlaceholder', { name }));

  const documents: MergeOutcome['documents'] = [];
  const links = new Map<number, string>();
  const where = (row: number) => problemWhere({ sheet: 'tasks', row, column: 'document' }, lang, { tasks: tasksName });
  // A document refilled for one row is that row's: a second row naming the same file gets its own.
  const refilled = new Set<string>();
  let linksKept = 0;
  let left = 0;
  for (let i = 0; i < plan.jobs.length; i++) {
    if (req.timeBudgetMs !== undefined && ports.clock && ports.clock.elapsedMs() > req.timeBudgetMs) {
      left = plan.jobs.length - i;
      break;
    }
    const planned = plan.jobs[i];
    const shared = planned.existing !== '' && refilled.has(planned.existing);
    const job: MergeJob = shared ? { ...planned, existing: '' } : planned;
    ports.progress?.progress(`${t(lang, 'ui.merge.running')} ${i + 1}/${plan.jobs.length}`);
    const made = ports.merger.merge(job, { pdf: req.pdf, folder: settings.outputFolder });
    if (made.refused) {
      warnings.push(`${where(job.row)}: ${t(lang, 'docs.merge.outsideOutput', { value: job.existing.slice(0, 200) })}`);
      continue;
    }
    if (made.updated) refilled.add(planned.existing);
    documents.push({ row: job.row, name: job.name, link: made.link, pdfLink: made.pdfLink, updated: made.updated });
    // The cell gets our link when it is empty or already ours; the user's own link stays unless asked.
    const ours = made.updated || (ports.merger.isOwnLink?.(planned.existing) ?? false);
    if (planned.existing === '' || (ours && !shared) || req.replaceLinks) links.set(job.row, made.link);
    else {
      linksKept++;
      warnings.push(`${where(job.row)}: ${t(lang, 'docs.merge.linkKept', { value: planned.existing.slice(0, 200), link: made.link })}`);
    }
  }

  const width = Math.max(0, ...display.map((r) => r.length));
  const block = linkBlock(plan, display, links, width);
  if (block) {
    book.write({ sheet: tasksName, mode: 'update', blocks: [block], minColumns: block.col });
  }
  const created = documents.filter((d) => !d.updated).length;
  const column = plan.documentColumn === null ? TASKS_SHEET.columns.find((c) => c.key === 'document')!.vi : cleanText(display[plan.headerRow - 1][plan.documentColumn]);
  const done = t(lang, 'docs.merge.done', { created, updated: documents.length - created, column });
  return {
    ok: true,
    message: left ? `${done} ${t(lang, 'docs.merge.stopped', { left })}` : done,
    warnings,
    documents,
    linksKept,
  };
}
