/**
 * Google Docs side of documents: the DocumentWriter (the document model as a new Google Doc in the
 * output folder), the output folder itself, PDFs saved next to a document, and the TemplateMerger
 * (a template copied per row, placeholders replaced in body, tables, header and footer).
 *
 * Scopes: the add-on has `documents` and `drive.file`, not the full `drive` scope, so Drive is
 * reached through the Drive advanced service (v3), which honours drive.file on files the add-on
 * created; DriveApp would need `drive` for every method. A new document is written with the Docs
 * advanced service: a few batchUpdate calls for the whole document (docs-requests.ts), whatever
 * the number of tasks. A template given by link is read with DocumentApp (`documents` opens any
 * Doc the user can open).
 *
 * A document is created under a name saying it is not finished, and gets its real name only once
 * every batch is written; its id is kept in document properties meanwhile, so a run stopped
 * part-way (time limit) leaves a document that says so, and the next run puts it in the trash and
 * writes the document again instead of leaving two.
 */
import { placeholdersIn, type MergeJob } from '../core/docs/merge';
import { docIdFromLink, folderIdFromLink } from '../core/text/drive-links';
import type { DocModel, DocumentWriter, WriteOptions, WrittenDocument } from '../core/docs/model';
import { type Lang, t } from '../core/i18n';
import type { TemplateMerger } from '../app/docs';
import type { KeyValueStore } from '../ports';
import { DOC_MIME, FOLDER_MIME, PDF_MIME, docUrl, docsDocuments, driveFiles, fileUrl } from './advanced';
import { blockRequests, chunks, setupRequests } from './docs-requests';
import { UserError } from './errors';

export { PT_PER_MM } from './docs-requests';

type Doc = GoogleAppsScript.Document.Document;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type DocParagraph = GoogleAppsScript.Document.Paragraph;
type Element = GoogleAppsScript.Document.Element;

/** A Drive folder the add-on may write into (one it created, under drive.file). */
export interface FolderRef {
  id: string;
}

/** Where the add-on's own folder id is kept when the settings name none. */
export const FOLDER_KEY = 'tiendo.docsFolder';
/** `tiendo.merged.<docId>` → JSON `{ template, pdf }` for every document a merge made. */
export const MERGED_KEY = 'tiendo.merged.';
/** The id and title of a document being written (cleared once it is complete). */
export const PENDING_KEY = 'tiendo.docs.pending';

function usableFolder(id: string): boolean {
  try {
    const f = driveFiles().get(id, { fields: 'id,mimeType,trashed' });
    return f.mimeType === FOLDER_MIME && !f.trashed;
  } catch {
    // Not found: deleted, or not visible under drive.file (a folder the add-on did not make).
    return false;
  }
}

/**
 * The output folder: the settings' `Thư mục lưu văn bản` (link or id), else the folder the
 * add-on made the first time (`Tiến độ - Văn bản`), remembered in document properties. With the
 * `drive.file` scope only folders the add-on made (or the user opened with it) can be used.
 */
export function outputFolder(setting: string, store: KeyValueStore, lang: Lang): FolderRef {
  const wanted = setting.trim();
  if (wanted) {
    const id = folderIdFromLink(wanted) ?? wanted;
    if (usableFolder(id)) return { id };
    throw new UserError(t(lang, 'docs.noFolder', { value: wanted }));
  }
  const known = store.get(FOLDER_KEY);
  // Deleted or no longer visible to the add-on: make a new one below.
  if (known && usableFolder(known)) return { id: known };
  const folder = driveFiles().create({ name: t(lang, 'docs.folderName'), mimeType: FOLDER_MIME });
  store.set(FOLDER_KEY, folder.id);
  return { id: folder.id };
}

/** A new, empty Google Doc named `name` in the folder (Drive v3: created by the add-on, so drive.file reaches it). */
export function createDoc(name: string, folder: FolderRef): string {
  return driveFiles().create({ name, mimeType: DOC_MIME, parents: [folder.id] }).id;
}

/**
 * A new Google Doc holding the model, in the output folder; returns its id. The setup batch gives
 * the header's and footer's ids; the content follows in batches of REQUESTS_PER_BATCH.
 */
export function writeGoogleDoc(model: DocModel, folder: FolderRef, store: KeyValueStore, lang: Lang): { id: string; warnings: string[] } {
  const warnings: string[] = [];
  const pending = store.get(PENDING_KEY);
  if (pending) {
    // A run stopped part-way: its document says it is unfinished; replace it rather than keep two.
    try {
      const { id, name } = JSON.parse(pending) as { id: string; name: string };
      driveFiles().update({ trashed: true }, id);
      warnings.push(t(lang, 'workspace.doc.leftover', { name }));
    } catch {
      // Already gone.
    }
  }
  const id = createDoc(t(lang, 'workspace.doc.unfinished', { name: model.title }), folder);
  store.set(PENDING_KEY, JSON.stringify({ id, name: model.title }));
  const docs = docsDocuments();
  const setup = docs.batchUpdate({ requests: setupRequests(model) }, id);
  const ids = (setup.replies ?? []).reduce<{ header?: string; footer?: string }>((acc, r) => {
    if (r?.createHeader) acc.header = r.createHeader.headerId;
    if (r?.createFooter) acc.footer = r.createFooter.footerId;
    return acc;
  }, {});
  const requests = [
    ...blockRequests(model.body, model, { base: 1 }),
    ...(ids.header ? blockRequests(model.header, model, { base: 0, segmentId: ids.header }) : []),
    ...(ids.footer ? blockRequests(model.footer, model, { base: 0, segmentId: ids.footer }) : []),
  ];
  for (const batch of chunks(requests)) docs.batchUpdate({ requests: batch }, id);
  driveFiles().update({ name: model.title }, id);
  store.delete(PENDING_KEY);
  return { id, warnings };
}

/**
 * Puts the PDF of document `docId` in the folder (replacing the PDF made last time, when its id is
 * known); returns the PDF's id and link. DocumentApp exports the document (documents scope); Drive
 * v3 stores the PDF (drive.file).
 */
export function savePdf(docId: string, folder: FolderRef, name: string, previousPdfId: string | null): { id: string; link: string } {
  if (previousPdfId) {
    try {
      driveFiles().update({ trashed: true }, previousPdfId);
    } catch {
      // Already gone: nothing to replace.
    }
  }
  const blob = DocumentApp.openById(docId).getAs(PDF_MIME);
  const pdf = driveFiles().create({ name: `${name}.pdf`, mimeType: PDF_MIME, parents: [folder.id] }, blob);
  return { id: pdf.id, link: fileUrl(pdf.id) };
}

export class GasDocsWriter implements DocumentWriter {
  /** The id of the last document written (a PDF can be asked for afterwards). */
  last: string | null = null;
  /** Notes for the user about the last write (an unfinished earlier copy replaced). */
  warnings: string[] = [];

  /** @param folderFor the output folder for the settings' folder value (see outputFolder). */
  constructor(private readonly folderFor: (setting: string) => FolderRef, private readonly store: KeyValueStore, private readonly lang: Lang) {}

  write(model: DocModel, options: WriteOptions): WrittenDocument {
    const folder = this.folderFor(options.folder ?? '');
    const { id, warnings } = writeGoogleDoc(model, folder, this.store, this.lang);
    this.last = id;
    this.warnings = warnings;
    const pdf = options.pdf ? savePdf(id, folder, model.title, null) : null;
    return { name: model.title, link: docUrl(id), pdfLink: pdf ? pdf.link : null };
  }
}

/** Element.as…() narrows an element; the object handed out is already that element. */
function asParagraph(e: Element): DocParagraph {
  const x = e as unknown as { asParagraph?: () => DocParagraph };
  return typeof x.asParagraph === 'function' ? x.asParagraph() : (e as unknown as DocParagraph);
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

  constructor(private readonly folderFor: (setting: string) => FolderRef, private readonly store: KeyValueStore) {}

  private folder(): FolderRef {
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
   * A filled copy of the template named `name` in the folder. A Drive copy keeps everything (styles,
   * images, first-page header) but Drive allows it only for templates the add-on may see under
   * `drive.file` (made by it, or opened with it); otherwise a new Doc gets a copy of the template's
   * elements, read with DocumentApp.
   */
  private freshCopy(name: string, job: MergeJob): Doc {
    const folder = this.folder();
    let doc: Doc;
    try {
      const file = driveFiles().copy({ name, parents: [folder.id] }, this.templateId);
      doc = DocumentApp.openById(file.id);
    } catch {
      doc = DocumentApp.openById(createDoc(name, folder));
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
        driveFiles().update({ trashed: true }, fresh.getId());
        driveFiles().update({ name: job.name }, existingId);
        doc = target;
        updated = true;
      } catch {
        // The document was deleted or can no longer be opened: make a new one.
        doc = null;
      }
    }
    if (!doc) doc = this.freshCopy(job.name, job);
    const id = doc.getId();
    const link = doc.getUrl();
    // Drive exports what was saved.
    doc.saveAndClose();
    const pdf = options.pdf ? savePdf(id, this.folder(), job.name, updated ? known?.pdf ?? null : null) : null;
    const rec: MergedRecord = { template: this.templateId, pdf: pdf ? pdf.id : (updated ? known?.pdf ?? null : null) };
    this.store.set(MERGED_KEY + id, JSON.stringify(rec));
    return { link, pdfLink: pdf ? pdf.link : null, updated };
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
