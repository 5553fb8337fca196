/**
 * `tiendo import plan.txt|plan.docx|plan.pdf [--year YYYY] [--json] [--into book.xlsx [--append-to A]]`: reads a plan's
 * text with the same importer as the Sheets dialog. Without `--json` it prints the proposed tasks
 * as a table, then the notes and the people; with `--json` one JSON object
 * `{ tasks, warnings, people }`; with `--into` it appends the new tasks and people to a workbook
 * (tasks already there are skipped, so importing the same plan twice adds nothing).
 */
import { readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDMY } from '../../core/dates/civil';
import { type Lang, t } from '../../core/i18n';
import { importPlan } from '../../core/import';
import { readTracker } from '../../core/plan/read';
import { MAX_TEXT } from '../../app/import';
import type { ImportResult, ImportWarning } from '../../core/import/types';
import { UsageError, UserError, assertCanWrite, both, existingFile, existingXlsx, openWorkbook, say, saveWorkbook, warn, withWorkbooks } from './kit';
import type { CommandArgs, DemoContext, DemoStep } from './types';

/** Text of a plan file: UTF-8 (with or without BOM) or UTF-16 (Notepad's "Unicode"); .docx through docx-text; a text PDF through pdf-text. */
export async function readPlanFile(file: string): Promise<string> {
  const text = await readPlanText(file);
  // The same limit as the Sheets dialog: a plan of 100 pages is about 300 000 characters.
  if (text.length > MAX_TEXT) throw new UserError(both('cli.import.tooLong', { path: file, size: text.length, max: MAX_TEXT }));
  return text;
}

async function readPlanText(file: string): Promise<string> {
  existingFile(file);
  // A file many times the limit is refused before it is read (and decoded) at all.
  if (statSync(file).size > MAX_TEXT * 8) throw new UserError(both('cli.import.tooLong', { path: file, size: statSync(file).size, max: MAX_TEXT }));
  const data = await readFile(file);
  if (/\.docx$/i.test(file)) {
    const { docxText } = await import('../docx-text');
    try {
      return docxText(data);
    } catch (e) {
      throw new UserError(both('cli.import.unreadableDocx', { path: file, reason: (e as Error).message.split('\n')[0] }));
    }
  }
  if (/\.pdf$/i.test(file)) {
    const { pdfText } = await import('../pdf-text');
    let text: string;
    try {
      text = await pdfText(data);
    } catch (e) {
      throw new UserError(both('cli.import.unreadablePdf', { path: file, reason: (e as Error).message.split('\n')[0] }));
    }
    if (!text.replace(/\s+/g, '')) throw new UserError(both('cli.import.scannedPdf', { path: file }));
    return text;
  }
  if (!/\.(txt|text|md)$/i.test(file)) throw new UserError(both('cli.import.notPlanFile', { path: file }));
  if (data[0] === 0xff && data[1] === 0xfe) return data.subarray(2).toString('utf16le');
  if (data[0] === 0xfe && data[1] === 0xff) {
    const swapped = Buffer.from(data.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  return data.toString('utf8').replace(/^\uFEFF/, '');
}

function parseYear(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{4}$/.test(value) || +value < 1900 || +value > 2200) throw new UsageError(both('cli.import.badYear', { value }));
  return +value;
}

function warningWords(w: ImportWarning, lang: Lang): string {
  return t(lang, `import.warn.${w.code}` as Parameters<typeof t>[1], w.params);
}

/** The JSON of `--json`: the importer's result, each warning also as sentences in both languages. */
export function importJson(r: ImportResult): unknown {
  return {
    tasks: r.tasks,
    warnings: r.warnings.map((w) => ({ ...w, message: warningWords(w, 'vi'), message_en: warningWords(w, 'en') })),
    people: r.people,
  };
}

const day = (d: string | null) => (d ? formatDMY(d) : '');

/** The readable table: one line per task, then the notes and the people. */
export function importLines(r: ImportResult, lang: Lang): string[] {
  const lines = [t(lang, 'cli.import.header')];
  for (const x of r.tasks) {
    const extra = [
      x.recurrence ? t(lang, `ui.import.rec.${x.recurrence}` as Parameters<typeof t>[1]) : '',
      x.after ? `${x.after.offsetDays >= 0 ? '+' : ''}${x.after.offsetDays}d ${x.after.ref}` : '',
    ].filter(Boolean).join(', ');
    lines.push([x.id, x.section, x.title, x.lead.join('; '), x.support.join('; '), day(x.start), day(x.due), extra].join(' | '));
    // The words that gave each proposal, so it can be trusted or fixed.
    const ev = [
      x.evidence.lead ? t(lang, 'cli.import.ev.lead', { words: x.evidence.lead }) : '',
      x.evidence.support ? t(lang, 'cli.import.ev.support', { words: x.evidence.support }) : '',
      x.evidence.due ? t(lang, 'cli.import.ev.due', { words: x.evidence.due }) : '',
    ].filter(Boolean);
    if (ev.length) lines.push(`    ↳ ${ev.join(' · ')}`);
  }
  if (r.warnings.length) {
    lines.push('', t(lang, 'cli.import.warnings'));
    for (const w of r.warnings) lines.push(`  ${w.task ? `[${w.task}] ` : ''}${warningWords(w, lang)}`);
  }
  if (r.people.length) {
    lines.push('', t(lang, 'cli.import.people'));
    for (const p of r.people) lines.push(`  ${[p.name || '—', p.position, p.unit, p.groups.join('; ')].join(' | ')}`);
  }
  return lines;
}

/** Appends the plan's new tasks and people to the workbook and saves it; the message says what was done. */
export async function importInto(
  text: string, book: string, o: { year: number | null; lang: Lang; appendTo?: string | null; planTitle?: string | null },
): Promise<{ ok: boolean; message: string }> {
  existingXlsx(book);
  assertCanWrite(book, false);
  return withWorkbooks([book], 'import', async () => {
    const wb = await openWorkbook(book);
    const app = await import('../../app/import');
    const grids = app.readImportGrids(wb);
    if (o.appendTo) {
      const plans = app.trackerPlans(readTracker(grids).tasks);
      if (!plans.some((p) => p.letter === o.appendTo!.trim().toUpperCase())) {
        const list = plans.map((p) => `${p.letter} (${p.title || '—'})`).join(', ') || '—';
        throw new UserError(both('cli.import.noSuchPlan', { plan: o.appendTo, book: path.basename(book), plans: list }));
      }
    }
    const preview = app.previewImport(text, { year: o.year, lang: o.lang, appendTo: o.appendTo ?? null, planTitle: o.planTitle ?? null }, grids);
    // Everything goes: tasks and people already in the workbook are skipped there, and counted in the message.
    const result = app.applyImport(wb, preview.rows, preview.people, o.lang);
    if (result.ok && (result.added > 0 || result.peopleAdded > 0)) await saveWorkbook(wb, book);
    return { ok: result.ok, message: result.message };
  });
}

export async function run({ values, positionals, lang }: CommandArgs): Promise<number> {
  const year = parseYear(values.year);
  const file = positionals[0];
  const text = await readPlanFile(file);
  const result = importPlan(text, { year });
  if (values.json) {
    say(JSON.stringify(importJson(result), null, 2));
  } else {
    for (const line of importLines(result, lang)) say(line);
    say('');
    say(t(lang, 'cli.import.result', { file: path.basename(file), tasks: result.tasks.length, people: result.people.length, warnings: result.warnings.length }));
  }
  if (result.legacy || result.tasks.length === 0) {
    for (const w of result.warnings.filter((x) => !x.task)) warn(warningWords(w, lang));
    return 1;
  }
  if (values.into) {
    // Into a tracker that already holds plans, the plan is a new one (`C`, `C.1` …) unless --append-to names one.
    const done = await importInto(text, values.into, { year, lang, appendTo: values['append-to'] ?? null, planTitle: result.planTitle ?? path.basename(file).replace(/\.[^.]+$/, '') });
    (values.json || !done.ok ? warn : say)(done.message);
    return done.ok ? 0 : 1;
  }
  return 0;
}

export async function demo(ctx: DemoContext): Promise<DemoStep> {
  // The public plans kept in examples/plans (seed-like text), imported to JSON and into the demo workbook.
  const dir = fileURLToPath(new URL('../../../examples/plans/', import.meta.url));
  const outDir = path.join(ctx.outDir, 'import');
  await mkdir(outDir, { recursive: true });
  const produced: string[] = [];
  for (const name of ['ke-hoach-dai-hoi-chi-bo.txt', 'ke-hoach-ky-luat-ky-cuong.txt']) {
    const src = path.join(dir, name);
    const result = importPlan(await readPlanFile(src), {});
    const out = path.join(outDir, name.replace(/\.txt$/, '.json'));
    await writeFile(out, `${JSON.stringify(importJson(result), null, 2)}\n`);
    ctx.log(t('vi', 'cli.import.result', { file: name, tasks: result.tasks.length, people: result.people.length, warnings: result.warnings.length }));
    produced.push(out);
  }
  // Into a copy, so the other demo steps keep the sample plan as it was.
  const copy = path.join(outDir, 'ke-hoach-mau-sau-khi-nhap.xlsx');
  await copyFile(ctx.workbookPath, copy);
  ctx.log((await importInto(await readPlanFile(path.join(dir, 'ke-hoach-dai-hoi-chi-bo.txt')), copy, { year: null, lang: 'vi' })).message);
  produced.push(copy);
  return { title_vi: t('vi', 'cli.import.demo'), title_en: t('en', 'cli.import.demo'), paths: produced };
}
