/**
 * "Nhập kế hoạch từ văn bản…": the dialog, and the two server functions it calls.
 * `importPreview` reads the pasted text, or a Google Doc's body when a link is given, and writes
 * nothing; `importApply` appends what the user kept, one write per sheet, under the document lock.
 */
import { type ApplyResult, type ImportPreview, MAX_TEXT, applyImport, previewImport, readImportGrids } from '../app/import';
import type { ImportPerson, ImportRow } from '../core/import/types';
import { t } from '../core/i18n';
import { lowerLetter, roman, upperLetter } from '../core/text/numbering';
import { docIdFromLink } from '../core/text/drive-links';
import { UserError, runForPage, runForUser } from './errors';
import { userLang } from './menu';
import { showDialog } from './page';
import { activePorts } from './ports';

/** Menu: Nhập kế hoạch từ văn bản…  A large modeless dialog: the plan can be read next to the sheet. */
export function menuImport(): void {
  const lang = userLang();
  runForUser(() => {
    showDialog('import', { lang, title: t(lang, 'ui.import.title'), width: 1100, height: 720, modeless: true });
  }, lang);
}

type GlyphName = 'NUMBER' | 'LATIN_UPPER' | 'LATIN_LOWER' | 'ROMAN_UPPER' | 'ROMAN_LOWER' | string;

/** `1.`, `a)`, `A.`, `I.`, `i.` or `-`: the marker Docs draws before a list item (not part of its text). */
function marker_(glyph: GlyphName, n: number): string {
  switch (glyph) {
    case 'NUMBER': return `${n}.`;
    case 'LATIN_LOWER': return `${lowerLetter(n)})`;
    case 'LATIN_UPPER': return `${upperLetter(n)}.`;
    case 'ROMAN_UPPER': return `${roman(n)}.`;
    case 'ROMAN_LOWER': return `${roman(n).toLowerCase()}.`;
    default: return '-';
  }
}

/**
 * A Google Doc's body as the importer reads it: paragraphs as lines, list items with the markers
 * Docs draws for them, tables as tab-separated rows. A list item whose glyph cannot be read is
 * taken as a bullet.
 */
export function docText_(body: GoogleAppsScript.Document.Body): string {
  const lines: string[] = [];
  const counters = new Map<string, number[]>();
  const n = body.getNumChildren();
  for (let i = 0; i < n; i++) {
    const el = body.getChild(i);
    const type = String(el.getType());
    if (type === 'TABLE') {
      const table = el.asTable();
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText().replace(/\s+/g, ' ').trim());
        lines.push(cells.join('\t'));
      }
    } else if (type === 'LIST_ITEM') {
      const item = el.asListItem();
      let mark = '-';
      try {
        const level = item.getNestingLevel();
        const id = item.getListId();
        const c = counters.get(id) ?? [];
        c[level] = (c[level] ?? 0) + 1;
        c.length = level + 1;
        counters.set(id, c);
        mark = marker_(String(item.getGlyphType()), c[level]);
      } catch {
        mark = '-';
      }
      lines.push(`${mark} ${item.getText()}`);
    } else if (type === 'PARAGRAPH') {
      lines.push(el.asParagraph().getText());
    }
  }
  return lines.join('\n');
}

function readGoogleDoc_(link: string, lang: ReturnType<typeof userLang>): string {
  const id = docIdFromLink(link);
  if (!id) throw new UserError(t(lang, 'import.docBadLink', { link: link.slice(0, 200) }));
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(id);
  } catch (e) {
    const reason = (e instanceof Error ? e.message : String(e)).replace(/^(?:Exception|Error):\s*/, '').split('\n')[0];
    throw new UserError(t(lang, 'import.docAccess', { reason }));
  }
  return docText_(doc.getBody());
}

/** Dialog: the candidate tasks and people of the pasted text (or of the linked Google Doc). Writes nothing. */
export function importPreview(text: string, docUrl: string, appendTo?: string): ImportPreview {
  const lang = userLang();
  return runForPage(() => {
    let body = typeof text === 'string' ? text : '';
    const link = typeof docUrl === 'string' ? docUrl : '';
    if (!body.trim() && link.trim()) body = readGoogleDoc_(link, lang);
    if (!body.trim()) throw new UserError(t(lang, 'import.needText'));
    if (body.length > MAX_TEXT) throw new UserError(t(lang, 'import.tooLong', { size: body.length, max: MAX_TEXT }));
    return previewImport(body, { lang, appendTo: typeof appendTo === 'string' ? appendTo : null }, readImportGrids(activePorts(lang).workbook));
  }, lang);
}

/** Largest file the dialog uploads (a 100-page plan as .docx or text PDF is far smaller). */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const GOOGLE_DOC = 'application/vnd.google-apps.document';
const UPLOAD_TYPES: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A file the user chose in the dialog, read by the page as base64. */
export interface UploadedPlan {
  name: string;
  base64: string;
}

/**
 * The text of an uploaded .docx or .pdf: Drive converts it into a Google Doc this add-on creates
 * (the `drive.file` scope covers it), the Doc is read like a linked one, then trashed, whatever
 * happens. A PDF without a text layer (a scan) converts to an empty Doc: said so.
 * https://developers.google.com/apps-script/advanced/drive (Drive.Files.create with a Google Docs MIME type converts)
 */
export function readUploadedPlan_(file: UploadedPlan, lang: ReturnType<typeof userLang>): string {
  const name = String(file?.name ?? '').slice(0, 200);
  const ext = /\.([a-z]+)$/i.exec(name)?.[1].toLowerCase() ?? '';
  const mime = UPLOAD_TYPES[ext];
  if (!mime) throw new UserError(t(lang, 'import.uploadType', { name }));
  const b64 = String(file?.base64 ?? '');
  if (b64.length * 0.75 > MAX_UPLOAD_BYTES) throw new UserError(t(lang, 'import.uploadTooBig', { name, max: MAX_UPLOAD_BYTES / 1024 / 1024 }));
  const blob = Utilities.newBlob(Utilities.base64Decode(b64), mime, name);
  // The advanced service is declared in appsscript.json; a copy of the script without it says so.
  const drive = typeof Drive === 'undefined' ? undefined : Drive;
  if (!drive?.Files) throw new UserError(t(lang, 'import.uploadFailed', { name, reason: 'Drive API' }));
  let id: string | null = null;
  try {
    try {
      const created = drive.Files.create({ name: name.replace(/\.[a-z]+$/i, ''), mimeType: GOOGLE_DOC }, blob, { fields: 'id' });
      id = created.id ?? null;
    } catch (e) {
      const reason = (e instanceof Error ? e.message : String(e)).replace(/^(?:Exception|Error|GoogleJsonResponseException):\s*/, '').split('\n')[0];
      throw new UserError(t(lang, 'import.uploadFailed', { name, reason }));
    }
    if (!id) throw new UserError(t(lang, 'import.uploadFailed', { name, reason: '-' }));
    const text = docText_(DocumentApp.openById(id).getBody());
    if (!text.replace(/\s+/g, '')) throw new UserError(t(lang, ext === 'pdf' ? 'import.scannedPdf' : 'import.emptyFile', { name }));
    return text;
  } finally {
    // The converted copy is only a means of reading: it never stays in the user's Drive.
    if (id) {
      // Drive v3 under drive.file (DriveApp would need the full drive scope).
      try { drive.Files.update({ trashed: true }, id); } catch { /* already gone */ }
    }
  }
}

/** Dialog: the candidate tasks of an uploaded .docx or .pdf (converted, read, trashed). Writes nothing to the sheet. */
export function importPreviewFile(file: UploadedPlan, appendTo?: string): ImportPreview {
  const lang = userLang();
  return runForPage(() => {
    const body = readUploadedPlan_(file, lang);
    if (body.length > MAX_TEXT) throw new UserError(t(lang, 'import.tooLong', { size: body.length, max: MAX_TEXT }));
    return previewImport(body, { lang, appendTo: typeof appendTo === 'string' ? appendTo : null }, readImportGrids(activePorts(lang).workbook));
  }, lang);
}

/** Dialog: appends the rows and people the user kept to Công việc and Nhân sự. */
export function importApply(rows: ImportRow[], people: ImportPerson[]): ApplyResult {
  const lang = userLang();
  return runForPage(() => {
    const { lock, workbook } = activePorts(lang);
    if (!lock.tryLock(10_000)) throw new UserError(t(lang, 'platform.error.busy'));
    try {
      return applyImport(workbook, rows, people, lang);
    } finally {
      lock.release();
    }
  }, lang);
}
