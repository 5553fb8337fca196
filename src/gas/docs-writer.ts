/**
 * Google Docs side of documents: the DocumentWriter (the document model as a new Google Doc in the
 * output folder), the output folder itself, PDFs saved next to a document, and the TemplateMerger
 * (a template copied per row, placeholders replaced in body, tables, header and footer).
 *
 * Service calls: a document costs a few calls per paragraph and per formatted run (DocumentApp
 * has no batch insert), none per task beyond its own lines; tables are created with their text in
 * one `appendTable` call and only cells that differ from the default are touched afterwards.
 *
 * Two things DocumentApp cannot do: insert a page-number field, and give the first page its own
 * header. The .docx writer does both; in Google Docs the user adds page numbers once with
 * Insert › Page numbers (the guidance wants them from page 2, top centre).
 */
import { docIdFromLink, placeholdersIn, type MergeJob } from '../core/docs/merge';
import type { Align, Block, DocModel, DocumentWriter, Paragraph, Run, Table, WriteOptions, WrittenDocument } from '../core/docs/model';
import { type Lang, t } from '../core/i18n';
import type { TemplateMerger } from '../app/docs';
import type { KeyValueStore } from '../ports';
import { UserError } from './errors';

type Doc = GoogleAppsScript.Document.Document;
type Folder = GoogleAppsScript.Drive.Folder;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type DocParagraph = GoogleAppsScript.Document.Paragraph;
type Element = GoogleAppsScript.Document.Element;

export const PT_PER_MM = 72 / 25.4;
const pt = (mm: number) => Math.round(mm * PT_PER_MM * 100) / 100;

/** Where the add-on's own folder id is kept when the settings name none. */
export const FOLDER_KEY = 'tiendo.docsFolder';
/** `tiendo.merged.<docId>` → JSON `{ template, pdf }` for every document a merge made. */
export const MERGED_KEY = 'tiendo.merged.';

/**
 * The output folder: the settings' `Thư mục lưu văn bản` (link or id), else the folder the
 * add-on made the first time (`Tiến độ - Văn bản`), remembered in document properties. With the
 * `drive.file` scope only folders the add-on made (or the user opened with it) can be used.
 */
export function outputFolder(setting: string, store: KeyValueStore, lang: Lang): Folder {
  const wanted = setting.trim();
  if (wanted) {
    const id = docIdFromLink(wanted) ?? wanted;
    try {
      return DriveApp.getFolderById(id);
    } catch {
      throw new UserError(t(lang, 'docs.noFolder', { value: wanted }));
    }
  }
  const known = store.get(FOLDER_KEY);
  if (known) {
    try {
      return DriveApp.getFolderById(known);
    } catch {
      // Deleted or no longer shared with the add-on: make a new one below.
    }
  }
  const folder = DriveApp.createFolder(t(lang, 'docs.folderName'));
  store.set(FOLDER_KEY, folder.getId());
  return folder;
}

const ALIGN: Record<Align, () => GoogleAppsScript.Document.HorizontalAlignment> = {
  left: () => DocumentApp.HorizontalAlignment.LEFT,
  center: () => DocumentApp.HorizontalAlignment.CENTER,
  right: () => DocumentApp.HorizontalAlignment.RIGHT,
  justify: () => DocumentApp.HorizontalAlignment.JUSTIFY,
};

type Attrs = Record<string, unknown>;

function runAttrs(r: Run, doc: DocModel): Attrs {
  const A = DocumentApp.Attribute;
  return {
    [A.FONT_FAMILY]: doc.font,
    [A.FONT_SIZE]: r.size ?? doc.size,
    [A.BOLD]: !!r.bold,
    [A.ITALIC]: !!r.italic,
    [A.UNDERLINE]: !!r.underline,
  };
}

function paragraphAttrs(p: Paragraph): Attrs {
  const A = DocumentApp.Attribute;
  return {
    [A.HORIZONTAL_ALIGNMENT]: ALIGN[p.align ?? 'left'](),
    [A.INDENT_FIRST_LINE]: pt(p.indent?.firstLineMm ?? 0) + pt(p.indent?.leftMm ?? 0),
    [A.INDENT_START]: pt(p.indent?.leftMm ?? 0),
    [A.SPACING_BEFORE]: p.spacing?.beforePt ?? 0,
    [A.SPACING_AFTER]: p.spacing?.afterPt ?? 0,
    [A.LINE_SPACING]: p.spacing?.line ?? 1,
  };
}

const same = (a: Run, b: Run) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && a.size === b.size;

/**
 * Formats a paragraph already holding the text of `p`: one call for the paragraph and its most
 * common run style, then one per run that differs.
 */
function style(target: DocParagraph, p: Paragraph, doc: DocModel): void {
  const runs = p.runs.filter((r) => r.text.length > 0);
  const base = runs[0] ?? { text: '' };
  target.setAttributes({ ...runAttrs(base, doc), ...paragraphAttrs(p) });
  if (runs.every((r) => same(r, base))) return;
  const text = target.editAsText();
  let at = 0;
  for (const r of runs) {
    if (!same(r, base)) text.setAttributes(at, at + r.text.length - 1, runAttrs(r, doc));
    at += r.text.length;
  }
}

const textOf = (p: Paragraph) => p.runs.map((r) => r.text).join('');

/** Element.as…() narrows an element; the object handed out is already that element. */
function asParagraph(e: Element): DocParagraph {
  const x = e as unknown as { asParagraph?: () => DocParagraph };
  return typeof x.asParagraph === 'function' ? x.asParagraph() : (e as unknown as DocParagraph);
}

function appendTable(body: Container, table: Table, doc: DocModel): void {
  // Each cell's first paragraph comes with the table; the rest are appended to their cell.
  const cells = table.rows.map((r) => {
    const out: string[] = [];
    for (const c of r.cells) {
      out.push(c.paragraphs[0] ? textOf(c.paragraphs[0]) : '');
      for (let i = 1; i < (c.span ?? 1); i++) out.push('');
    }
    return out;
  });
  const tbl = (body as GoogleAppsScript.Document.Body).appendTable(cells);
  const size = dominantSize(table, doc);
  const A = DocumentApp.Attribute;
  tbl.setAttributes({ [A.FONT_FAMILY]: doc.font, [A.FONT_SIZE]: size });
  tbl.setBorderWidth(table.borders ? 0.5 : 0);
  if (table.borders) tbl.setBorderColor('#000000');
  table.columnsMm.forEach((w, i) => tbl.setColumnWidth(i, pt(w)));
  table.rows.forEach((r, ri) => {
    let col = 0;
    for (const c of r.cells) {
      const first = c.paragraphs[0];
      const plain = !c.shade && c.paragraphs.length <= 1 && (!first || isPlain(first, size));
      if (!plain) {
        const cellEl = tbl.getCell(ri, col);
        if (c.shade) cellEl.setBackgroundColor(c.shade);
        if (first) style(asParagraph(cellEl.getChild(0)), first, doc);
        for (const more of c.paragraphs.slice(1)) style(cellEl.appendParagraph(textOf(more)), more, doc);
      }
      col += c.span ?? 1;
    }
  });
}

/** The run size most cells use: set once on the whole table. */
function dominantSize(table: Table, doc: DocModel): number {
  const count = new Map<number, number>();
  for (const r of table.rows) for (const c of r.cells) for (const p of c.paragraphs) for (const x of p.runs) {
    const k = x.size ?? doc.size;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  let best = doc.size;
  let most = 0;
  for (const [k, v] of count) if (v > most) { best = k; most = v; }
  return best;
}

/** A left-aligned paragraph of plain runs in the table's size needs no call of its own. */
function isPlain(p: Paragraph, size: number): boolean {
  return (p.align ?? 'left') === 'left' && p.runs.every((x) => !x.bold && !x.italic && !x.underline && (x.size ?? size) === size);
}

function appendBlocks(target: Container, blocks: Block[], doc: DocModel): void {
  for (const b of blocks) {
    if (b.type === 'table') {
      if (b.pageBreakBefore) (target as GoogleAppsScript.Document.Body).appendPageBreak();
      appendTable(target, b, doc);
      continue;
    }
    if (b.pageBreakBefore) (target as GoogleAppsScript.Document.Body).appendPageBreak();
    style(target.appendParagraph(textOf(b)), b, doc);
  }
}

/** A new Google Doc holding the model, in the output folder. */
export function writeGoogleDoc(model: DocModel, folder: Folder): Doc {
  const doc = DocumentApp.create(model.title);
  DriveApp.getFileById(doc.getId()).moveTo(folder);
  const body = doc.getBody();
  body.setPageWidth(pt(model.page.widthMm)).setPageHeight(pt(model.page.heightMm))
    .setMarginTop(pt(model.page.margins.top)).setMarginBottom(pt(model.page.margins.bottom))
    .setMarginLeft(pt(model.page.margins.left)).setMarginRight(pt(model.page.margins.right));
  appendBlocks(body, model.body, model);
  // A new document starts with one empty paragraph: drop it now that there is content after it.
  if (body.getNumChildren() > 1) body.getChild(0).removeFromParent();
  if (model.header.length) appendBlocks(doc.addHeader(), model.header, model);
  if (model.footer.length) appendBlocks(doc.addFooter(), model.footer, model);
  return doc;
}

/**
 * Saves `doc` and puts its PDF next to it (replacing the PDF made last time, when its id is
 * known); returns the PDF file. Drive exports what was saved, so the document is saved first.
 */
export function savePdf(doc: Doc, folder: Folder, name: string, previousPdfId: string | null): GoogleAppsScript.Drive.File {
  doc.saveAndClose();
  if (previousPdfId) {
    try {
      DriveApp.getFileById(previousPdfId).setTrashed(true);
    } catch {
      // Already gone: nothing to replace.
    }
  }
  const blob = DriveApp.getFileById(doc.getId()).getAs('application/pdf');
  return folder.createFile(blob).setName(`${name}.pdf`);
}

export class GasDocsWriter implements DocumentWriter {
  /** The last document written (the menu shows its link; a PDF can be asked for afterwards). */
  last: Doc | null = null;

  /** @param folderFor the output folder for the settings' folder value (see outputFolder). */
  constructor(private readonly folderFor: (setting: string) => Folder) {}

  write(model: DocModel, options: WriteOptions): WrittenDocument {
    const folder = this.folderFor(options.folder ?? '');
    const doc = writeGoogleDoc(model, folder);
    this.last = doc;
    const url = doc.getUrl();
    const pdf = options.pdf ? savePdf(doc, folder, model.title, null) : null;
    return { name: model.title, link: url, pdfLink: pdf ? pdf.getUrl() : null };
  }
}

// ---- template merge ---------------------------------------------------------------------------

/** RE2 (Docs' search) metacharacters, escaped so a column name is matched literally. */
export function escapeRe2(s: string): string {
  return s.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}

/** `{{ name }}` with any spaces inside the braces. */
export function placeholderPattern(name: string): string {
  return `\\{\\{\\s*${escapeRe2(name)}\\s*\\}\\}`;
}

function sections(doc: Doc): Container[] {
  const out: Container[] = [doc.getBody()];
  const header = doc.getHeader();
  if (header) out.push(header);
  const footer = doc.getFooter();
  if (footer) out.push(footer);
  return out;
}

/**
 * Replaces the document's content with the source's: body, header and footer emptied, then a
 * copy of each of the source's elements appended (copy(): the Docs service appends only elements
 * without a parent). Page size and margins follow the source.
 */
export function replaceContent(target: Doc, source: Doc): void {
  const pairs: Array<[Container | null, Container | null, 'body' | 'header' | 'footer']> = [
    [target.getBody(), source.getBody(), 'body'],
    [target.getHeader(), source.getHeader(), 'header'],
    [target.getFooter(), source.getFooter(), 'footer'],
  ];
  for (const [dst0, src, kind] of pairs) {
    let dst = dst0;
    if (!src) { if (dst) dst.clear(); continue; }
    if (!dst) dst = kind === 'header' ? target.addHeader() : target.addFooter();
    dst.clear();
    const n = src.getNumChildren();
    for (let i = 0; i < n; i++) appendCopy(dst, src.getChild(i));
    // clear() leaves one empty paragraph; it stood before the copies.
    if (n > 0 && dst.getNumChildren() > n) dst.getChild(0).removeFromParent();
  }
  const s = source.getBody();
  target.getBody().setPageWidth(s.getPageWidth()).setPageHeight(s.getPageHeight())
    .setMarginTop(s.getMarginTop()).setMarginBottom(s.getMarginBottom()).setMarginLeft(s.getMarginLeft()).setMarginRight(s.getMarginRight());
}

function detached<T>(e: T): T {
  const x = e as unknown as { copy?: () => T };
  return typeof x.copy === 'function' ? x.copy() : e;
}

function appendCopy(dst: Container, e: Element): void {
  const type = String(e.getType());
  const body = dst as GoogleAppsScript.Document.Body;
  if (type === 'PARAGRAPH') body.appendParagraph(detached(asParagraph(e)));
  else if (type === 'TABLE') {
    const x = e as unknown as { asTable?: () => GoogleAppsScript.Document.Table };
    body.appendTable(detached(typeof x.asTable === 'function' ? x.asTable() : (e as unknown as GoogleAppsScript.Document.Table)));
  } else if (type === 'LIST_ITEM') {
    const x = e as unknown as { asListItem?: () => GoogleAppsScript.Document.ListItem };
    body.appendListItem(detached(typeof x.asListItem === 'function' ? x.asListItem() : (e as unknown as GoogleAppsScript.Document.ListItem)));
  } else if (type === 'PAGE_BREAK') body.appendPageBreak();
  else if (type === 'HORIZONTAL_RULE') body.appendHorizontalRule();
  // Other elements (tables of contents, inline drawings at top level) are rare in templates and
  // have no append method; they are left out of a refilled document.
}

interface MergedRecord {
  template: string;
  pdf: string | null;
}

export class GasTemplateMerger implements TemplateMerger {
  private templateId = '';
  private folderSetting = '';

  constructor(private readonly folderFor: (setting: string) => Folder, private readonly store: KeyValueStore) {}

  private folder(): Folder {
    return this.folderFor(this.folderSetting);
  }

  /** Reads the template once (documents scope: any Doc the user can open) to list its placeholders. */
  open(template: string): string[] | null {
    const id = docIdFromLink(template);
    if (!id) return null;
    try {
      const doc = DocumentApp.openById(id);
      this.templateId = id;
      return placeholdersIn(sections(doc).map((s) => s.getText()).join('\n'));
    } catch {
      return null;
    }
  }

  /**
   * A filled copy of the template named `name` in the folder. `makeCopy` keeps everything (styles,
   * images, first-page header) but Drive allows it only for templates the add-on may see under
   * `drive.file`; otherwise a new Doc gets a copy of the template's elements.
   */
  private freshCopy(name: string, job: MergeJob): Doc {
    const folder = this.folder();
    let doc: Doc;
    try {
      const file = DriveApp.getFileById(this.templateId).makeCopy(name, folder);
      doc = DocumentApp.openById(file.getId());
    } catch {
      doc = DocumentApp.create(name);
      DriveApp.getFileById(doc.getId()).moveTo(folder);
      replaceContent(doc, DocumentApp.openById(this.templateId));
    }
    fill(doc, job);
    return doc;
  }

  private record(id: string): MergedRecord | null {
    const raw = this.store.get(MERGED_KEY + id);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as MergedRecord;
    } catch {
      return null;
    }
  }

  isOwnLink(link: string): boolean {
    const id = link ? docIdFromLink(link) : null;
    return !!id && this.record(id) !== null;
  }

  merge(job: MergeJob, options: { pdf: boolean; folder?: string }): { link: string; pdfLink: string | null; updated: boolean } {
    this.folderSetting = options.folder ?? '';
    const existingId = job.existing ? docIdFromLink(job.existing) : null;
    const known = existingId ? this.record(existingId) : null;
    let doc: Doc | null = null;
    let updated = false;
    if (existingId && known) {
      // Re-run: refill the row's document from a fresh copy of the template, so its link,
      // sharing and comments stay; the temporary copy goes to the trash.
      try {
        const target = DocumentApp.openById(existingId);
        const fresh = this.freshCopy(`${job.name} (tmp)`, job);
        fresh.saveAndClose();
        replaceContent(target, DocumentApp.openById(fresh.getId()));
        DriveApp.getFileById(fresh.getId()).setTrashed(true);
        DriveApp.getFileById(existingId).setName(job.name);
        doc = target;
        updated = true;
      } catch {
        // The document was deleted or can no longer be opened: make a new one.
        doc = null;
      }
    }
    if (!doc) doc = this.freshCopy(job.name, job);
    const pdf = options.pdf ? savePdf(doc, this.folder(), job.name, updated ? known?.pdf ?? null : null) : null;
    const rec: MergedRecord = { template: this.templateId, pdf: pdf ? pdf.getId() : (updated ? known?.pdf ?? null : null) };
    this.store.set(MERGED_KEY + doc.getId(), JSON.stringify(rec));
    return { link: doc.getUrl(), pdfLink: pdf ? pdf.getUrl() : null, updated };
  }
}

/** Every placeholder of the document replaced by the row's value, in body, tables, header, footer. */
function fill(doc: Doc, job: MergeJob): void {
  for (const s of sections(doc)) {
    for (const name of placeholdersIn(s.getText())) {
      const value = job.resolve(name);
      // Unknown names stay visible in the document; the merge reports them once.
      if (value !== null) s.replaceText(placeholderPattern(name), value);
    }
  }
}
