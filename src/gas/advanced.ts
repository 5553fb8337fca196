/**
 * The two advanced services the add-on enables in appsscript.json, typed for the calls it makes.
 * Both honour the narrow `drive.file` scope on files the add-on created, which DriveApp does not
 * (DriveApp needs the full `drive` scope for every method):
 * https://developers.google.com/apps-script/guides/services/advanced
 * https://developers.google.com/drive/api/reference/rest/v3/files
 * https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate
 */

export const DOC_MIME = 'application/vnd.google-apps.document';
export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const PDF_MIME = 'application/pdf';

export interface DriveFileResource {
  id: string;
  name: string;
  mimeType: string;
  parents?: string[];
  trashed?: boolean;
}

export interface DriveFiles {
  create(resource: { name: string; mimeType?: string; parents?: string[] }, media?: GoogleAppsScript.Base.Blob, optionalArgs?: { fields?: string }): DriveFileResource;
  get(fileId: string, optionalArgs?: { fields?: string }): DriveFileResource;
  update(resource: { name?: string; trashed?: boolean }, fileId: string, media?: null, optionalArgs?: { addParents?: string; removeParents?: string; fields?: string }): DriveFileResource;
  copy(resource: { name?: string; parents?: string[] }, fileId: string, optionalArgs?: { fields?: string }): DriveFileResource;
}

export type DocsRequest = Record<string, unknown>;

export interface DocsDocuments {
  batchUpdate(resource: { requests: DocsRequest[] }, documentId: string): { documentId: string; replies?: Array<Record<string, Record<string, string> | undefined>> };
}

/** `Drive.Files` (Drive API v3, symbol `Drive` in appsscript.json). */
export function driveFiles(): DriveFiles {
  return (Drive as unknown as { Files: DriveFiles }).Files;
}

/** `Docs.Documents` (Docs API v1, symbol `Docs` in appsscript.json). */
export function docsDocuments(): DocsDocuments {
  return (Docs as unknown as { Documents: DocsDocuments }).Documents;
}

export const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
export const fileUrl = (id: string) => `https://drive.google.com/file/d/${id}/view`;
