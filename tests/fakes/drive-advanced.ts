/**
 * The Drive advanced service (`Drive`, API v3), only as far as the import dialog uses it: creating
 * a Google Doc from an uploaded .docx or .pdf, which Drive converts when the metadata asks for the
 * Google Docs MIME type. Self-contained: it puts the converted document into the fakes' document
 * store (so `DocumentApp.openById` and `DriveApp.getFileById(…).setTrashed` work on it) and records
 * every call.
 *
 * - `Drive.Files.create(resource, mediaData, optionalArgs)` — "Creates a new file": the advanced
 *   service takes the File resource, the Blob, and the optional query parameters; it returns the
 *   File resource with the fields asked for (`id` …).
 *   https://developers.google.com/apps-script/advanced/drive
 *   https://developers.google.com/drive/api/reference/rest/v3/files/create
 * - Converting: "To convert a file, set `mimeType` of the File resource to the Google Workspace
 *   type"; Drive imports .docx and (text layer, or OCR) .pdf into `application/vnd.google-apps.document`,
 *   and refuses a source type it cannot import to that type (HTTP 400, "Bad Request").
 *   https://developers.google.com/drive/api/guides/manage-uploads#import-docs
 * - A missing or empty blob is an error, like the API's "Media upload required".
 *
 * How the bytes become paragraphs is the test's choice (`convert`): a real converter for .docx,
 * nothing for a scanned PDF.
 */
import type { FakeEnv } from './index';

const GOOGLE_DOC = 'application/vnd.google-apps.document';
const IMPORTABLE = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/pdf',
  'text/plain',
]);

export interface DriveAdvancedCall {
  resource: { name?: string; mimeType?: string };
  contentType: string | null;
  bytes: number;
  fields: string | null;
}

export interface FakeDriveAdvanced {
  calls: DriveAdvancedCall[];
  /** Ids of the Google Docs created by conversion. */
  created: string[];
  /** Removes the `Drive` global again. */
  uninstall(): void;
}

/** Puts a `Drive` global next to the fakes of `env`; `convert` turns the uploaded bytes into the Doc's paragraphs. */
export function installDriveAdvanced(
  env: FakeEnv, convert: (bytes: Uint8Array, contentType: string) => string[], target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>,
): FakeDriveAdvanced {
  const state: FakeDriveAdvanced = { calls: [], created: [], uninstall: () => {} };
  const apiError = (code: number, message: string) => new Error(`GoogleJsonResponseException: API call to drive.files.create failed with error: ${message} (${code})`);
  const Files = {
    create(resource: { name?: string; mimeType?: string }, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: { fields?: string }) {
      const bytes = mediaData ? new Uint8Array(mediaData.getBytes().map((b) => b & 255)) : new Uint8Array();
      const contentType = mediaData ? mediaData.getContentType() : null;
      state.calls.push({ resource: { ...resource }, contentType, bytes: bytes.length, fields: optionalArgs?.fields ?? null });
      if (!mediaData || bytes.length === 0) throw apiError(400, 'Media upload required');
      if (resource?.mimeType !== GOOGLE_DOC) throw apiError(400, 'Only conversion to Google Docs is modelled here');
      if (!contentType || !IMPORTABLE.has(contentType)) throw apiError(400, 'Bad Request');
      const id = env.docs.seedDocument(resource.name ?? 'Untitled', convert(bytes, contentType), { accessible: true });
      state.created.push(id);
      const fields = (optionalArgs?.fields ?? 'id,name,mimeType').split(',').map((f) => f.trim());
      const full: Record<string, string> = { id, name: resource.name ?? 'Untitled', mimeType: GOOGLE_DOC, kind: 'drive#file' };
      return Object.fromEntries(fields.filter((f) => f in full).map((f) => [f, full[f]]));
    },
  };
  const had = Object.prototype.hasOwnProperty.call(target, 'Drive');
  const before = target.Drive;
  target.Drive = { Files };
  state.uninstall = () => {
    if (had) target.Drive = before;
    else delete target.Drive;
  };
  return state;
}
