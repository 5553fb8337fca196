/**
 * Drive side of documents: the output folder, a new empty Doc in it, and a document's PDF saved
 * next to it.
 *
 * Scopes: the add-on has `documents` and `drive.file`, not the full `drive` scope, so Drive is
 * reached through the Drive advanced service (v3), which honours drive.file on files the add-on
 * created; DriveApp would need `drive` for every method.
 */
import { folderIdFromLink } from '../core/text/drive-links';
import { type Lang, t } from '../core/i18n';
import type { KeyValueStore } from '../ports';
import { DOC_MIME, FOLDER_MIME, PDF_MIME, driveFiles, fileUrl } from './advanced';
import { UserError } from './errors';

/** A Drive folder the add-on may write into (one it created, under drive.file). */
export interface FolderRef {
  id: string;
}

/** Where the add-on's own folder id is kept when the settings name none. */
export const FOLDER_KEY = 'tiendo.docsFolder';

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
