/**
 * The offline TemplateMerger: a .docx template with `{{Column name}}` placeholders, one .docx per
 * row. Word often splits a placeholder over several runs (`{{Hạn` + `hoàn thành}}` after an edit
 * or a spelling mark); docxtemplater joins the runs of a paragraph before matching, in the body,
 * tables, headers and footers alike, so placeholders are found however Word stored them.
 *
 * A merged file carries the keyword `tiendo-merge` in its document properties. On a re-run, a
 * row whose `Văn bản` names such a file (or any .docx in the output folder) gets that file
 * refilled from the template instead of a second one.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { TemplateMerger } from '../app/docs';
import type { MergeJob } from '../core/docs/merge';
import { safeFileName } from './docx-writer';
import { convertToPdf } from './pdf';

export const MERGE_MARK = 'tiendo-merge';

type Resolve = (name: string) => string | null;

/** Compiles the template (which parses every tag once: `seen` hears each of them). */
function templater(buf: Buffer, resolve: Resolve, seen: (tag: string) => void = () => undefined): Docxtemplater {
  return new Docxtemplater(new PizZip(buf), {
    delimiters: { start: '{{', end: '}}' },
    paragraphLoop: true,
    linebreaks: true,
    // Every tag is a column name (no loops, no expressions): the row's display value, or the
    // placeholder itself when no column matches, so the user sees what was not filled.
    parser: (tag: string) => {
      seen(tag.trim());
      return { get: () => resolve(tag.trim()) ?? `{{${tag.trim()}}}` };
    },
    nullGetter: () => '',
  });
}

/** Adds the merge mark to docProps/core.xml (keywords), keeping the template's own keywords. */
function mark(zip: PizZip): void {
  const file = zip.file('docProps/core.xml');
  if (!file) return;
  let xml = file.asText();
  if (xml.includes(MERGE_MARK)) return;
  if (/<cp:keywords>[^<]*<\/cp:keywords>/.test(xml)) xml = xml.replace(/<cp:keywords>([^<]*)<\/cp:keywords>/, (_m, k: string) => `<cp:keywords>${k ? `${k} ` : ''}${MERGE_MARK}</cp:keywords>`);
  else if (/<cp:keywords\s*\/>/.test(xml)) xml = xml.replace(/<cp:keywords\s*\/>/, `<cp:keywords>${MERGE_MARK}</cp:keywords>`);
  else xml = xml.replace('</cp:coreProperties>', `<cp:keywords>${MERGE_MARK}</cp:keywords></cp:coreProperties>`);
  zip.file('docProps/core.xml', xml);
}

export function isMergedDocx(file: string): boolean {
  try {
    const core = new PizZip(readFileSync(file)).file('docProps/core.xml');
    return !!core && core.asText().includes(MERGE_MARK);
  } catch {
    return false;
  }
}

export class DocxTemplateMerger implements TemplateMerger {
  private template: Buffer | null = null;
  /** Problems met while opening the template (unclosed `{{`…), for the user. */
  openError: string | null = null;

  /**
   * @param outDir folder for the merged files
   * @param baseDir folder links are written relative to (the workbook's)
   */
  constructor(private readonly outDir: string, private readonly baseDir: string) {}

  open(template: string): string[] | null {
    try {
      this.template = readFileSync(template);
      const tags: string[] = [];
      templater(this.template, () => null, (tag) => { if (tag && !tags.includes(tag)) tags.push(tag); });
      return tags;
    } catch (e) {
      this.openError = templateErrorText(e);
      return null;
    }
  }

  /** Where the row's earlier document is, when it is one we made. */
  private existingFile(link: string): string | null {
    if (!link || !/\.docx$/i.test(link)) return null;
    const file = path.resolve(this.baseDir, link);
    if (!existsSync(file)) return null;
    const inOut = path.resolve(path.dirname(file)) === path.resolve(this.outDir);
    return isMergedDocx(file) || inOut ? file : null;
  }

  merge(job: MergeJob, options: { pdf: boolean }): { link: string; pdfLink: string | null; updated: boolean } {
    if (!this.template) throw new Error('template not opened');
    const doc = templater(this.template, job.resolve);
    doc.render({});
    const zip = doc.getZip();
    mark(zip);
    const existing = this.existingFile(job.existing);
    const file = existing ?? path.join(this.outDir, `${safeFileName(job.name)}.docx`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const pdf = options.pdf ? convertToPdf(file) : null;
    const rel = (p: string) => path.relative(this.baseDir, p).split(path.sep).join('/');
    return { link: rel(file), pdfLink: pdf ? rel(pdf) : null, updated: !!existing };
  }
}

/** docxtemplater's errors (a list of unclosed or unopened tags) as one readable line. */
export function templateErrorText(e: unknown): string {
  const err = e as { message?: string; properties?: { errors?: Array<{ properties?: { explanation?: string } }> } };
  const list = err.properties?.errors?.map((x) => x.properties?.explanation).filter(Boolean) ?? [];
  return list.length ? list.slice(0, 5).join('; ') : String(err.message ?? e);
}
