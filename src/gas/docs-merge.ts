/**
 * The TemplateMerger of Google Docs: a template copied per row into the output folder,
 * placeholders replaced in body, tables, header and footer. A template given by link is read with
 * DocumentApp (`documents` opens any Doc the user can open); the copy is made with Drive v3 where
 * `drive.file` allows it, else rebuilt element by element (docs-drive.ts for the folder and PDFs).
 */
import type { TemplateMerger } from '../app/docs';
import { type MergeJob, placeholdersIn } from '../core/docs/merge';
import { docIdFromLink } from '../core/text/drive-links';
import type { KeyValueStore } from '../ports';
import { driveFiles } from './advanced';
import { type FolderRef, createDoc, savePdf } from './docs-drive';

type Doc = GoogleAppsScript.Document.Document;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type DocParagraph = GoogleAppsScript.Document.Paragraph;
type Element = GoogleAppsScript.Document.Element;

/** `tiendo.merged.<docId>` → JSON `{ template, pdf }` for every document a merge made. */
export const MERGED_KEY = 'tiendo.merged.';

/** Element.as…() narrows an element; the object handed out is already that element. */
function asParagraph(e: Element): DocParagraph {
  const x = e as unknown as { asParagraph?: () => DocParagraph };
  return typeof x.asParagraph === 'function' ? x.asParagraph() : (e as unknown as DocParagraph);
}

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
