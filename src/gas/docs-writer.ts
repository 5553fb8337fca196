/**
 * The DocumentWriter of Google Docs: the document model as a new Google Doc in the output folder
 * (docs-drive.ts), written with the Docs advanced service: a few batchUpdate calls for the whole
 * document (docs-requests.ts), whatever the number of tasks.
 *
 * A document is created under a name saying it is not finished, and gets its real name only once
 * every batch is written; its id is kept in document properties meanwhile, so a run stopped
 * part-way (time limit) leaves a document that says so, and the next run puts it in the trash and
 * writes the document again instead of leaving two.
 */
import type { DocModel, DocumentWriter, WriteOptions, WrittenDocument } from '../core/docs/model';
import { type Lang, t } from '../core/i18n';
import type { KeyValueStore } from '../ports';
import { docUrl, docsDocuments, driveFiles } from './advanced';
import { type FolderRef, createDoc, savePdf } from './docs-drive';
import { blockRequests, chunks, setupRequests } from './docs-requests';

/** The id and title of a document being written (cleared once it is complete). */
export const PENDING_KEY = 'tiendo.docs.pending';

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
