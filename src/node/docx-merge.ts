/**
 * The offline TemplateMerger: a .docx template with `{{Column name}}` placeholders, one .docx per
 * row. Word often splits a placeholder over several runs (`{{Hạn` + `hoàn thành}}` after an edit
 * or a spelling mark); docxtemplater joins the runs of a paragraph before matching, in the body,
 * tables, headers and footers alike, so placeholders are found however Word stored them.
 *
 * A merged file carries the keyword `tiendo-merge` in its document properties. On a re-run, a
 * row whose `Văn bản` names such a file in the output folder gets that file refilled from the
 * template instead of a second one. Nothing outside the output folder is ever written, and a
 * file is written for one row only per run.
 */
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { MergedDocument, TemplateMerger } from '../app/docs';
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

  /** Files written in this run: each belongs to one row. */
  private readonly written = new Set<string>();

  /** Inside the output folder (after resolving `..` and symbolic links)? */
  private inOutput(file: string): boolean {
    const real = (p: string) => {
      try { return realpathSync(p); } catch { return path.resolve(p); }
    };
    const dir = real(this.outDir);
    const at = path.join(real(path.dirname(file)), path.basename(file));
    const rel = path.relative(dir, at);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  /** A path link (not a web address) to a .docx, resolved from the workbook's folder. */
  private linkedFile(link: string): string | null {
    if (!link || !/\.docx$/i.test(link) || /^[a-z][a-z0-9+.-]*:\/\//i.test(link)) return null;
    return path.resolve(this.baseDir, link);
  }

  isOwnLink(link: string): boolean {
    const file = this.linkedFile(link);
    return !!file && this.inOutput(file);
  }

  /**
   * The row's earlier document, refilled in place only when it is one we made in the output
   * folder; a link outside that folder (`../../elsewhere/QD-signed.docx`, an absolute path) is
   * refused, whatever the file is.
   */
  private existingFile(link: string): { file: string | null; outside: boolean } {
    const file = this.linkedFile(link);
    if (!file) return { file: null, outside: false };
    if (!this.inOutput(file)) return { file: null, outside: true };
    const ours = existsSync(file) && isMergedDocx(file) && !this.written.has(file);
    return { file: ours ? file : null, outside: false };
  }

  /** `name.docx` in the output folder, or `name (2).docx`… when another row's or the user's file is there. */
  private freshFile(name: string): string {
    const base = safeFileName(name);
    for (let k = 1; ; k++) {
      const file = path.join(this.outDir, `${base}${k === 1 ? '' : ` (${k})`}.docx`);
      if (this.written.has(file)) continue;
      if (existsSync(file) && !isMergedDocx(file)) continue;
      return file;
    }
  }

  merge(job: MergeJob, options: { pdf: boolean }): MergedDocument {
    if (!this.template) throw new Error('template not opened');
    const existing = this.existingFile(job.existing);
    if (existing.outside) return { link: '', pdfLink: null, updated: false, refused: 'outsideOutput' };
    const doc = templater(this.template, job.resolve);
    doc.render({});
    const zip = doc.getZip();
    mark(zip);
    const file = existing.file ?? this.freshFile(job.name);
    this.written.add(file);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const pdf = options.pdf ? convertToPdf(file) : null;
    const rel = (p: string) => path.relative(this.baseDir, p).split(path.sep).join('/');
    return { link: rel(file), pdfLink: pdf ? rel(pdf) : null, updated: !!existing.file };
  }
}

/** docxtemplater's errors (a list of unclosed or unopened tags) as one readable line. */
export function templateErrorText(e: unknown): string {
  const err = e as { message?: string; properties?: { errors?: Array<{ properties?: { explanation?: string } }> } };
  const list = err.properties?.errors?.map((x) => x.properties?.explanation).filter(Boolean) ?? [];
  return list.length ? list.slice(0, 5).join('; ') : String(err.message ?? e);
}
