/**
 * `tiendo docs book.xlsx --kind plan|report|merge --out DIR`: the documents of the Sheets menu
 * "Tạo văn bản", as .docx files (and PDFs with --pdf, through LibreOffice).
 *
 *   plan    the plan (Kế hoạch) in the official format, from the sheet and the settings
 *   report  the progress report as of --today, counting "done" since the last report (--since)
 *   merge   one document per task row from a .docx template with {{Column name}} placeholders;
 *           the files' paths go back into the `Văn bản` column (the workbook is saved)
 */
import path from 'node:path';
import { type CivilDate, formatDMY } from '../../core/dates/civil';
import { type Lang, t } from '../../core/i18n';
import { assertCanWrite, both, dateOption, existingXlsx, openWorkbook, say, saveWorkbook, UsageError, UserError, warn, withWorkbooks } from './kit';
import type { CommandArgs, DemoContext, DemoStep } from './types';
import { hostClock, localToday } from '../clock';

type Kind = 'plan' | 'report' | 'merge';

/** A path as the user should read it: relative to where they are, unless it lies elsewhere. */
function shown(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** `3,5-7` → [3, 5, 6, 7]. */
export function parseRows(spec: string): number[] | null {
  const out: number[] = [];
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) return null;
    const a = +m[1];
    const b = m[2] ? +m[2] : a;
    if (b < a || b - a > 100_000) return null;
    for (let r = a; r <= b; r++) out.push(r);
  }
  return out.length ? out : null;
}

export interface DocsRun {
  kind: Kind;
  file: string;
  outDir: string;
  today: CivilDate;
  lang?: Lang;
  pdf?: boolean;
  /** Merge: write the new links over the user's own in `Văn bản`. */
  replaceLinks?: boolean;
  since?: CivilDate;
  nextDays?: number;
  template?: string;
  rows?: number[];
  filter?: { column: string; value: string };
  pattern?: string;
  /** Fixed file names (the demo's `ke-hoach.docx`), by document title. */
  fileName?: string;
}

/** Runs one kind of document; returns the files written and the lines to show. */
export async function runDocs(o: DocsRun): Promise<{ files: string[]; lines: string[]; warnings: string[]; ok: boolean }> {
  const { PdfError } = await import('../pdf');
  try {
    existingXlsx(o.file);
    // A merge writes its links into the workbook; a report keeps its date beside it.
    if (o.kind === 'merge') assertCanWrite(o.file, false);
    return await withWorkbooks([o.file], 'docs', () => docsOf(o));
  } catch (e) {
    // LibreOffice missing or failing: a sentence in both languages, like every other failure.
    if (e instanceof PdfError) throw new UserError(e.text);
    throw e;
  }
}

async function docsOf(o: DocsRun): Promise<{ files: string[]; lines: string[]; warnings: string[]; ok: boolean }> {
  const xlsx = await openWorkbook(o.file);
  const { DocxWriter } = await import('../docx-writer');
  const app = await import('../../app/docs');
  const clock = hostClock(o.today);
  const lines: string[] = [];
  if (o.kind === 'plan' || o.kind === 'report') {
    const writer = new DocxWriter(o.outDir, { fileName: o.fileName });
    let warnings: string[];
    if (o.kind === 'plan') {
      warnings = app.makePlanDoc({ workbook: xlsx, writer, clock }, { pdf: !!o.pdf, lang: o.lang, today: o.today }).warnings;
    } else {
      const { JsonFileStore, stateFileFor } = await import('../state-file');
      const r = app.makeReport(
        { workbook: xlsx, writer, clock, store: new JsonFileStore(stateFileFor(o.file)) },
        { pdf: !!o.pdf, lang: o.lang, today: o.today, since: o.since ?? null, nextDays: o.nextDays },
      );
      warnings = r.warnings;
      const lang = o.lang ?? 'vi';
      lines.push(r.since ? t(lang, 'docs.cli.since', { since: formatDMY(r.since) }) : t(lang, 'docs.cli.sinceNone'));
    }
    const files = await writer.flush();
    for (const f of files) lines.push(t(o.lang ?? 'vi', 'docs.cli.written', { path: f }));
    return { files, lines, warnings, ok: true };
  }

  const template = o.template;
  const { DocxTemplateMerger } = await import('../docx-merge');
  const { xlsxDisplayGrid } = await import('../display');
  const merger = new DocxTemplateMerger(o.outDir, path.dirname(path.resolve(o.file)));
  const { readTrackerGrids } = await import('../../app/setup');
  const { readTracker } = await import('../../core/plan/read');
  const templatePath = template ?? (readTracker(readTrackerGrids(xlsx).grids).settings.mergeTemplate || undefined);
  if (!templatePath) throw new UserError(both('docs.cli.noTemplate'));
  const { existsSync } = await import('node:fs');
  if (!existsSync(templatePath)) throw new UserError(both('docs.cli.templateMissing', { path: templatePath }));
  const lang = o.lang ?? 'vi';
  const result = app.mergeRows(
    { workbook: xlsx, display: { displayGrid: (sheet) => xlsxDisplayGrid(xlsx, sheet, lang) }, merger },
    {
      template: templatePath,
      choice: o.filter ? { filter: o.filter } : o.rows ? { rows: o.rows } : { all: true },
      pattern: o.pattern, pdf: !!o.pdf, lang: o.lang, replaceLinks: !!o.replaceLinks,
    },
  );
  if (!result.ok) {
    const detail = merger.openError ? ` (${merger.openError})` : '';
    throw new UserError({ vi: `${result.message}${detail}`, en: `${result.message}${detail}` });
  }
  await saveWorkbook(xlsx, o.file);
  const baseDir = path.dirname(path.resolve(o.file));
  const files: string[] = [];
  for (const d of result.documents) {
    const file = shown(path.resolve(baseDir, d.link));
    files.push(file);
    lines.push(`${t(lang, 'docs.cli.written', { path: file })} (${t(lang, d.updated ? 'ui.merge.updated' : 'ui.merge.created')})`);
    if (d.pdfLink) files.push(shown(path.resolve(baseDir, d.pdfLink)));
  }
  lines.push(result.message, t(lang, 'docs.cli.linksSaved', { path: o.file }));
  if (result.linksKept) lines.push(t(lang, 'docs.cli.replaceLinksHint'));
  return { files, lines, warnings: result.warnings, ok: true };
}

export async function run({ values: v, positionals, lang, langChosen }: CommandArgs): Promise<number> {
  const kind = (v.kind ?? '').toLowerCase();
  if (kind !== 'plan' && kind !== 'report' && kind !== 'merge') throw new UsageError(both('docs.cli.badKind', { value: v.kind ?? '' }));
  let nextDays: number | undefined;
  if (v.next !== undefined) {
    nextDays = Number(v.next);
    if (!Number.isInteger(nextDays) || nextDays < 1 || nextDays > 366) throw new UsageError(both('docs.cli.badNumber', { option: '--next', value: v.next }));
  }
  let rows: number[] | undefined;
  if (v.rows !== undefined) {
    const parsed = parseRows(v.rows);
    if (!parsed) throw new UsageError(both('docs.cli.badRows', { value: v.rows }));
    rows = parsed;
  }
  let filter: { column: string; value: string } | undefined;
  if (v.filter !== undefined) {
    const i = v.filter.indexOf('=');
    if (i <= 0) throw new UsageError(both('docs.cli.badFilter', { value: v.filter }));
    filter = { column: v.filter.slice(0, i).trim(), value: v.filter.slice(i + 1).trim() };
  }
  const r = await runDocs({
    kind, file: positionals[0], outDir: v.out ?? 'out', today: dateOption(v.today, '--today') ?? localToday(),
    since: dateOption(v.since, '--since'), nextDays, template: v.template, rows, filter, pattern: v.name, pdf: !!v.pdf,
    // Without --lang (or TIENDO_LANG) documents follow the settings' language.
    lang: langChosen ? lang : undefined,
    replaceLinks: !!v['replace-links'],
  });
  for (const line of r.lines) say(line);
  for (const w of r.warnings) warn(`! ${w}`);
  return r.ok ? 0 : 1;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  const paths: string[] = [];
  const plan = await runDocs({ kind: 'plan', file: ctx.workbookPath, outDir: ctx.outDir, today: ctx.today, fileName: 'ke-hoach.docx' });
  const report = await runDocs({ kind: 'report', file: ctx.workbookPath, outDir: ctx.outDir, today: ctx.today, fileName: 'bao-cao-tien-do.docx' });
  for (const r of [plan, report]) {
    for (const line of r.lines) ctx.log(line);
    for (const w of r.warnings) ctx.log(`! ${w}`);
    paths.push(...r.files);
  }
  return { title_vi: `${t('vi', 'docs.cli.demoPlan')}; ${t('vi', 'docs.cli.demoReport')}`, title_en: `${t('en', 'docs.cli.demoPlan')}; ${t('en', 'docs.cli.demoReport')}`, paths };
}
