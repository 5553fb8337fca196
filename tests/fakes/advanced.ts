/**
 * The advanced services the add-on enables in appsscript.json (dependencies.enabledAdvancedServices):
 * Drive (Drive API v3) and Docs (Docs API v1), over the same document store as DocumentApp.
 *
 * Strict where Google is:
 * - with `drive.file`, Drive answers only for files the script created or the user opened with it;
 *   any other id is "File not found" (https://developers.google.com/drive/api/guides/api-specific-auth);
 * - a batchUpdate is validated as a whole: one invalid request and nothing is applied
 *   (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate);
 * - indexes are the Docs API's: UTF-16 code units, the body starting with a section break at 0 (its
 *   first paragraph at 1), headers and footers at 0; a paragraph ends with its "\n"; a table takes one
 *   index for its start, one per row, one per cell before the cell's content, and one at its end
 *   (https://developers.google.com/docs/api/concepts/structure#start_and_end_index);
 * - text and tables go inside the bounds of an existing paragraph, not at a table's start
 *   (https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest,
 *   https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest).
 * Errors read as Apps Script shows them: "GoogleJsonResponseException: API call to … failed with error: …".
 */
import type { FakeContext } from './context';
import { raw } from './counting';
import type { DocElement, DocParagraph, DocStoreInternals, DocTable, FakeDocRecord, FakeFileRecord, TextAttrs } from './docs';

const DOC_MIME = 'application/vnd.google-apps.document';
const FOLDER_MIME = 'application/vnd.google-apps.folder';

function apiError(call: string, message: string): Error {
  const e = new Error(`API call to ${call} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  return e;
}

// ---- Drive API v3 --------------------------------------------------------------------------------

interface DriveFile {
  kind: 'drive#file';
  id: string;
  name: string;
  mimeType: string;
  parents?: string[];
  trashed?: boolean;
  webViewLink?: string;
}

/** Default fields of a v3 file resource; others only when `fields` asks. https://developers.google.com/drive/api/guides/fields-parameter */
function resource(f: { id: string; name: string; mimeType: string; parents: string[]; trashed: boolean; docId?: string }, fields?: string): DriveFile {
  const out: DriveFile = { kind: 'drive#file', id: f.id, name: f.name, mimeType: f.mimeType };
  const want = new Set((fields ?? '').split(',').map((x) => x.trim()).filter(Boolean));
  if (want.has('parents')) out.parents = [...f.parents];
  if (want.has('trashed')) out.trashed = f.trashed;
  if (want.has('webViewLink')) {
    out.webViewLink = f.mimeType === DOC_MIME ? `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`
      : f.mimeType === FOLDER_MIME ? `https://drive.google.com/drive/folders/${f.id}` : `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
  }
  return out;
}

interface FakeBlobLike {
  bytes: number[];
  contentType: string | null;
  name: string | null;
}

/**
 * Converting an upload: "To convert a file, set `mimeType` of the File resource to the Google
 * Workspace type"; Drive imports .docx, .doc, .pdf (text layer or OCR) and plain text into a Google
 * Doc, and refuses a source it cannot import to that type (400 Bad Request); a create with a
 * conversion and no media is "Media upload required".
 * https://developers.google.com/drive/api/guides/manage-uploads#import-docs
 * How the bytes become paragraphs is the test's choice (env.drive.convertUploads): a real reader for
 * .docx, nothing for a scanned PDF. Without one, conversion is refused rather than guessed.
 */
export interface DriveUploads {
  convert: ((bytes: Uint8Array, contentType: string) => string[]) | null;
  /** Every conversion asked for, and the Docs it made. */
  calls: Array<{ resource: { name?: string; mimeType?: string }; contentType: string | null; bytes: number; fields: string | null }>;
  created: string[];
  seed(name: string, paragraphs: string[], parent: string): string;
}
const IMPORTABLE = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword', 'application/pdf', 'text/plain',
]);

export function createDriveV3(ctx: FakeContext, s: DocStoreInternals, uploads?: DriveUploads): { Files: unknown } {
  const notFound = (call: string, id: string) => apiError(call, `File not found: ${id}.`);
  /** A file or folder the script may see under drive.file. */
  const visible = (call: string, id: string) => {
    const f = s.files.get(id);
    if (f && f.accessible) return { kind: 'file' as const, f };
    const d = s.folders.get(id);
    if (d && d.accessible) return { kind: 'folder' as const, d };
    throw notFound(call, id);
  };
  const asResource = (x: ReturnType<typeof visible>, fields?: string) => x.kind === 'file'
    ? resource(x.f, fields)
    : resource({ id: x.d.id, name: x.d.name, mimeType: FOLDER_MIME, parents: x.d.parents, trashed: !!(x.d as { trashed?: boolean }).trashed }, fields);
  const parentOf = (call: string, parents: unknown): string => {
    if (parents === undefined) return s.rootFolderId;
    if (!Array.isArray(parents) || parents.length !== 1) throw apiError(call, 'Invalid Value');
    const id = String(parents[0]);
    if (id !== s.rootFolderId && !(s.folders.get(id)?.accessible)) throw notFound(call, id);
    return id;
  };

  const Files = {
    /** https://developers.google.com/drive/api/reference/rest/v3/files/create */
    create(meta: { name?: string; mimeType?: string; parents?: string[] }, media?: unknown, optionalArgs?: { fields?: string }): DriveFile {
      const call = 'drive.files.create';
      if (!meta || typeof meta !== 'object') throw apiError(call, 'Invalid Value');
      const parent = parentOf(call, meta.parents);
      const name = meta.name ?? 'Untitled';
      if (meta.mimeType === FOLDER_MIME) {
        const id = ctx.nextId('fld');
        s.folders.set(id, { id, name, parents: [parent], accessible: true });
        return resource({ id, name, mimeType: FOLDER_MIME, parents: [parent], trashed: false }, optionalArgs?.fields);
      }
      if (meta.mimeType === DOC_MIME && media === undefined) {
        const rec = s.newDocRecord(name, parent, true);
        return resource(s.files.get(rec.id) as FakeFileRecord, optionalArgs?.fields);
      }
      const b = media === undefined ? null : (raw(media) as unknown as FakeBlobLike);
      if (meta.mimeType === DOC_MIME && b) {
        const bytes = new Uint8Array(b.bytes.map((x) => x & 255));
        uploads?.calls.push({ resource: { name: meta.name, mimeType: meta.mimeType }, contentType: b.contentType, bytes: bytes.length, fields: optionalArgs?.fields ?? null });
        if (!bytes.length) throw apiError(call, 'Media upload required');
        if (!b.contentType || !IMPORTABLE.has(b.contentType) || !uploads?.convert) throw apiError(call, 'Bad Request');
        const id = uploads.seed(name, uploads.convert(bytes, b.contentType), parent);
        uploads.created.push(id);
        return resource(s.files.get(id) as FakeFileRecord, optionalArgs?.fields);
      }
      const id = ctx.nextId('fil');
      const f: FakeFileRecord = {
        id, name, mimeType: meta.mimeType ?? b?.contentType ?? 'application/octet-stream', bytes: new Uint8Array(b ? b.bytes.map((x) => x & 255) : []),
        parents: [parent], trashed: false, accessible: true,
      };
      s.files.set(id, f);
      return resource(f, optionalArgs?.fields);
    },
    /** https://developers.google.com/drive/api/reference/rest/v3/files/get */
    get(fileId: string, optionalArgs?: { fields?: string }): DriveFile {
      return asResource(visible('drive.files.get', String(fileId)), optionalArgs?.fields);
    },
    /** Name, trash and parents (addParents / removeParents). https://developers.google.com/drive/api/reference/rest/v3/files/update */
    update(meta: { name?: string; trashed?: boolean }, fileId: string, _media?: unknown, optionalArgs?: { addParents?: string; removeParents?: string; fields?: string }): DriveFile {
      const call = 'drive.files.update';
      const x = visible(call, String(fileId));
      const rec = x.kind === 'file' ? x.f : x.d;
      if (meta.name !== undefined) {
        rec.name = String(meta.name);
        const d = x.kind === 'file' && x.f.docId ? s.docs.get(x.f.docId) : undefined;
        if (d) d.name = rec.name;
      }
      if (meta.trashed !== undefined) (rec as { trashed?: boolean }).trashed = !!meta.trashed;
      if (optionalArgs?.addParents) {
        const add = parentOf(call, [optionalArgs.addParents]);
        const drop = new Set((optionalArgs.removeParents ?? '').split(',').filter(Boolean));
        rec.parents = [...rec.parents.filter((p) => !drop.has(p)), add];
      }
      return asResource(x, optionalArgs?.fields);
    },
    /** Only files visible under drive.file can be copied. https://developers.google.com/drive/api/reference/rest/v3/files/copy */
    copy(meta: { name?: string; parents?: string[] }, fileId: string, optionalArgs?: { fields?: string }): DriveFile {
      const call = 'drive.files.copy';
      const x = visible(call, String(fileId));
      if (x.kind !== 'file') throw apiError(call, 'This file cannot be copied by the user.');
      const parent = parentOf(call, meta.parents ?? x.f.parents);
      const name = meta.name ?? `Copy of ${x.f.name}`;
      if (x.f.docId) {
        const rec = s.copyDoc(s.docs.get(x.f.docId) as FakeDocRecord, name, parent);
        return resource(s.files.get(rec.id) as FakeFileRecord, optionalArgs?.fields);
      }
      const id = ctx.nextId('fil');
      const f: FakeFileRecord = { ...x.f, id, name, parents: [parent], bytes: new Uint8Array(x.f.bytes), accessible: true, trashed: false };
      s.files.set(id, f);
      return resource(f, optionalArgs?.fields);
    },
  };
  return { Files: ctx.w(Files, 'Drive.Files') };
}

// ---- Docs API v1: the index space ------------------------------------------------------------------

/** The tables and rows a location lies in (their cached sizes go when it changes). */
type Path = Array<{ table: DocTable; row: number; list: DocElement[]; at: number }>;

type Where =
  | { kind: 'paragraph'; list: DocElement[]; at: number; p: DocParagraph; start: number; inTable: boolean; path: Path }
  | { kind: 'break'; list: DocElement[]; at: number; start: number; inTable: boolean; path: Path }
  | { kind: 'other'; start: number };

const pLen = (p: DocParagraph) => p.text.length + 1;

/** Sizes of tables and rows, dropped for the path of every change (big tables are walked once per batch). */
let sizes = new WeakMap<object, number>();

function listSize(list: DocElement[]): number {
  let n = 0;
  for (const e of list) n += size(e);
  return n;
}

function rowSize(r: DocTable['rows'][number]): number {
  let n = sizes.get(r);
  if (n === undefined) {
    n = 1;
    for (const c of r.cells) n += 1 + listSize(c.children);
    sizes.set(r, n);
  }
  return n;
}

/** Size of an element in indexes. A page break or rule stands in a paragraph of its own: the break and its "\n". */
function size(e: DocElement): number {
  if (e.kind === 'paragraph' || e.kind === 'listItem') return pLen(e);
  if (e.kind === 'table') {
    let n = sizes.get(e);
    if (n === undefined) {
      n = 2;
      for (const r of e.rows) n += rowSize(r);
      sizes.set(e, n);
    }
    return n;
  }
  return 2;
}

/** Where each row of a table starts, relative to the table's start; valid up to row `valid`. */
let offsets = new WeakMap<DocTable, { cum: number[]; valid: number }>();

/** Where each element of a list starts, relative to the list's first index; valid up to element `valid`. */
let listOffsets = new WeakMap<DocElement[], { cum: number[]; valid: number }>();

/** Forgets every cached size (a document may have been edited by DocumentApp in between). */
function resetCaches(): void {
  sizes = new WeakMap();
  offsets = new WeakMap();
  listOffsets = new WeakMap();
}

function elemStart(list: DocElement[], i: number): number {
  let o = listOffsets.get(list);
  if (!o) {
    o = { cum: [0], valid: 0 };
    listOffsets.set(list, o);
  }
  while (o.valid < i) {
    o.cum[o.valid + 1] = o.cum[o.valid] + size(list[o.valid]);
    o.valid++;
  }
  return o.cum[i];
}

/** The element holding relative index `rel`, by bisection; -1 past the end. */
function elemAt(list: DocElement[], rel: number): number {
  if (rel < 0 || !list.length || rel >= elemStart(list, list.length)) return -1;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (elemStart(list, mid) <= rel) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Element `at` of the list changed size, or elements were put there: starts after it are recomputed. */
function listChanged(list: DocElement[], at: number): void {
  const o = listOffsets.get(list);
  if (o && o.valid > at) o.valid = at;
}

function rowStart(t: DocTable, i: number): number {
  let o = offsets.get(t);
  if (!o) {
    o = { cum: [1], valid: 0 };
    offsets.set(t, o);
  }
  while (o.valid < i) {
    o.cum[o.valid + 1] = o.cum[o.valid] + rowSize(t.rows[o.valid]);
    o.valid++;
  }
  return o.cum[i];
}

/** The row holding relative index `rel` (0 = the table's own start), by bisection. */
function rowAt(t: DocTable, rel: number): number {
  let lo = 0;
  let hi = t.rows.length - 1;
  if (rel < rowStart(t, 0)) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rowStart(t, mid) <= rel) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Finds what holds `index` in `list` starting at `base`: the paragraph around it, or a structural index. */
function locate(list: DocElement[], base: number, index: number, inTable = false, path: Path = []): Where | null {
  const i = elemAt(list, index - base);
  if (i < 0) return null;
  const e = list[i];
  const at = base + elemStart(list, i);
  if (e.kind === 'paragraph' || e.kind === 'listItem') return { kind: 'paragraph', list, at: i, p: e, start: at, inTable, path };
  if (e.kind !== 'table') return index === at ? { kind: 'break', list, at: i, start: at, inTable, path } : { kind: 'other', start: at };
  if (index === at) return { kind: 'other', start: at };
  const ri = rowAt(e, index - at);
  if (ri >= 0) {
    const r = e.rows[ri];
    let pos = at + rowStart(e, ri);
    if (index === pos) return { kind: 'other', start: pos };
    pos += 1;
    for (const c of r.cells) {
      if (index === pos) return { kind: 'other', start: pos };
      pos += 1;
      const cellSize = listSize(c.children);
      if (index < pos + cellSize) return locate(c.children, pos, index, true, [...path, { table: e, row: ri, list, at: i }]);
      pos += cellSize;
    }
  }
  return { kind: 'other', start: index };
}

/** After the innermost cell of `path` grew by `delta` indexes: sizes follow, row starts after it are recomputed. */
function changed(path: Path, delta: number): void {
  for (const { table, row, list, at } of path) {
    listChanged(list, at);
    const ts = sizes.get(table);
    if (ts !== undefined) sizes.set(table, ts + delta);
    const rs = sizes.get(table.rows[row]);
    if (rs !== undefined) sizes.set(table.rows[row], rs + delta);
    const o = offsets.get(table);
    // Rows up to this one start where they did.
    if (o && o.valid > row) o.valid = row;
  }
}

/** The table starting exactly at `index`. */
function tableAt(list: DocElement[], base: number, index: number): DocTable | null {
  const i = elemAt(list, index - base);
  if (i < 0) return null;
  const e = list[i];
  if (e.kind !== 'table') return null;
  const at = base + elemStart(list, i);
  if (at === index) return e;
  const ri = rowAt(e, index - at);
  if (ri >= 0 && ri < e.rows.length) {
    let pos = at + rowStart(e, ri) + 1;
    for (const c of e.rows[ri].cells) {
      pos += 1;
      const inner = tableAt(c.children, pos, index);
      if (inner) return inner;
      pos += listSize(c.children);
    }
  }
  return null;
}

/** Every paragraph overlapping [a, b) with its start index, in order (inside tables too). */
function paragraphsIn(list: DocElement[], base: number, a: number, b: number, out: Array<{ p: DocParagraph; start: number }> = []): Array<{ p: DocParagraph; start: number }> {
  let i = Math.max(0, elemAt(list, a - base));
  if (a - base >= elemStart(list, list.length)) return out;
  for (; i < list.length; i++) {
    const e = list[i];
    const at = base + elemStart(list, i);
    if (at >= b) break;
    if (at + size(e) <= a) continue;
    if (e.kind === 'paragraph' || e.kind === 'listItem') out.push({ p: e, start: at });
    else if (e.kind === 'table') {
      for (let ri = Math.max(0, rowAt(e, a - at)); ri < e.rows.length; ri++) {
        const pos = at + rowStart(e, ri);
        if (pos >= b) break;
        let q = pos + 1;
        for (const c of e.rows[ri].cells) {
          q += 1;
          paragraphsIn(c.children, q, a, b, out);
          q += listSize(c.children);
        }
      }
    }
  }
  return out;
}

function emptyPara(from?: DocParagraph): DocParagraph {
  const p: DocParagraph = { kind: 'paragraph', text: '', spans: [], attrs: {}, heading: 'NORMAL', alignment: null };
  if (from) {
    // A paragraph split off another keeps its paragraph style.
    for (const k of ['alignment', 'indentFirstLine', 'indentStart', 'indentEnd', 'spacingBefore', 'spacingAfter', 'lineSpacing', 'heading'] as const) {
      if (from[k] !== undefined) (p as unknown as Record<string, unknown>)[k] = from[k];
    }
    p.attrs = { ...from.attrs };
  }
  return p;
}

function cutParagraph(p: DocParagraph, offset: number): [DocParagraph, DocParagraph] {
  const a: DocParagraph = { ...emptyPara(p), text: p.text.slice(0, offset), spans: [] };
  const b: DocParagraph = { ...emptyPara(p), text: p.text.slice(offset), spans: [] };
  for (const sp of p.spans) {
    if (sp.start < offset) a.spans.push({ start: sp.start, end: Math.min(sp.end, offset), attrs: sp.attrs });
    if (sp.end > offset) b.spans.push({ start: Math.max(sp.start, offset) - offset, end: sp.end - offset, attrs: sp.attrs });
  }
  return [a, b];
}

function insertTextAt(w: { list: DocElement[]; at: number; p: DocParagraph }, offset: number, text: string): void {
  const p = w.p;
  const lines = text.split('\n');
  // Inserted text takes the style of the text before it (or after it at a paragraph's start).
  const styleAt = p.spans.filter((sp) => sp.start < offset && offset <= sp.end || (offset === 0 && sp.start === 0));
  const grow = (q: DocParagraph, at: number, ins: string) => {
    q.text = q.text.slice(0, at) + ins + q.text.slice(at);
    q.spans = q.spans.map((sp) => ({ ...sp, start: sp.start >= at && !(at === 0 && sp.start === 0) ? sp.start + ins.length : sp.start, end: sp.end >= at ? sp.end + ins.length : sp.end }));
  };
  if (lines.length === 1) {
    grow(p, offset, text);
    void styleAt;
    return;
  }
  const [head, tail] = cutParagraph(p, offset);
  head.text += lines[0];
  for (const sp of head.spans) if (sp.end === offset) sp.end += lines[0].length;
  const middle = lines.slice(1, -1).map((line) => ({ ...emptyPara(p), text: line }));
  grow(tail, 0, lines[lines.length - 1]);
  w.list.splice(w.at, 1, head, ...middle, tail);
}

// ---- Docs API v1: requests ----------------------------------------------------------------------------

interface Dim { magnitude?: number; unit?: string }
type Req = Record<string, Record<string, unknown>>;

const ALIGN: Record<string, string> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };

function pt(d: unknown, what: string, bad: (m: string) => Error): number {
  const x = d as Dim | undefined;
  if (!x || typeof x.magnitude !== 'number' || x.unit !== 'PT') throw bad(`${what} must be a dimension in PT.`);
  return x.magnitude;
}

function fieldList(r: Record<string, unknown>, bad: (m: string) => Error): string[] {
  if (typeof r.fields !== 'string' || !r.fields) throw bad('fields is required.');
  return r.fields.split(',').map((f) => f.trim());
}

function hex(c: unknown): string | undefined {
  const rgb = (c as { color?: { rgbColor?: { red?: number; green?: number; blue?: number } } } | undefined)?.color?.rgbColor;
  if (!rgb) return undefined;
  const h = (v?: number) => Math.round((v ?? 0) * 255).toString(16).padStart(2, '0');
  return `#${h(rgb.red)}${h(rgb.green)}${h(rgb.blue)}`;
}

export function createDocsV1(ctx: FakeContext, s: DocStoreInternals): { Documents: unknown } {
  const docOf = (call: string, id: string): FakeDocRecord => {
    const f = s.files.get(String(id));
    const rec = f && s.docs.get(String(id));
    // drive.file, documents: the documents scope reaches any Doc the user can open.
    if (!rec || !f || f.trashed || f.userCanOpen === false) throw apiError(call, `Requested entity was not found.`);
    return rec;
  };

  /**
   * Applies the requests in order; on the first invalid one, everything this batch changed is put
   * back (each list, paragraph, table or cell is remembered once, before its first change).
   */
  function apply(rec: FakeDocRecord, requests: Req[]): Array<Record<string, unknown>> {
    const undo: Array<() => void> = [];
    const kept = new Set<object>();
    const page0 = { ...rec.page };
    const header0 = rec.header;
    const footer0 = rec.footer;
    const keepList = (list: DocElement[]) => {
      if (kept.has(list)) return;
      kept.add(list);
      const copy = list.slice();
      undo.push(() => { list.splice(0, list.length, ...copy); });
    };
    const keep = (o: object) => {
      if (kept.has(o)) return;
      kept.add(o);
      const copy: Record<string, unknown> = { ...(o as Record<string, unknown>) };
      for (const [k, v] of Object.entries(copy)) {
        if (Array.isArray(v)) copy[k] = v.slice();
        else if (v && typeof v === 'object' && k !== 'rows' && k !== 'children') copy[k] = { ...(v as object) };
      }
      undo.push(() => {
        for (const k of Object.keys(o)) delete (o as Record<string, unknown>)[k];
        Object.assign(o, copy);
      });
    };
    try {
      return applyAll(rec, requests, keepList, keep);
    } catch (e) {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]();
      rec.page = page0;
      rec.header = header0;
      rec.footer = footer0;
      resetCaches();
      throw e;
    }
  }

  function applyAll(rec: FakeDocRecord, requests: Req[], keepList: (l: DocElement[]) => void, keep: (o: object) => void): Array<Record<string, unknown>> {
    const replies: Array<Record<string, unknown>> = [];
    const segment = (id: unknown, bad: (m: string) => Error): { list: DocElement[]; base: number; name: 'body' | 'header' | 'footer' } => {
      if (id === undefined || id === '') return { list: rec.body.children, base: 1, name: 'body' };
      if (id === 'kix.header' && rec.header) return { list: rec.header.children, base: 0, name: 'header' };
      if (id === 'kix.footer' && rec.footer) return { list: rec.footer.children, base: 0, name: 'footer' };
      throw bad(`The segment ID ${String(id)} is invalid.`);
    };
    // Each segment's end, kept up to date by the size every insertion adds.
    const ends = new Map<DocElement[], number>();
    const end = (seg: { list: DocElement[]; base: number }) => {
      let n = ends.get(seg.list);
      if (n === undefined) ends.set(seg.list, (n = seg.base + listSize(seg.list)));
      return n;
    };
    const grew = (seg: { list: DocElement[] }, w: { list: DocElement[]; at: number; path: Path }, delta: number) => {
      const n = ends.get(seg.list);
      if (n !== undefined) ends.set(seg.list, n + delta);
      listChanged(w.list, w.at);
      changed(w.path, delta);
    };
    requests.forEach((req, i) => {
      const kinds = Object.keys(req);
      if (kinds.length !== 1) throw apiError('docs.documents.batchUpdate', `Invalid requests[${i}]: exactly one request kind is allowed.`);
      const kind = kinds[0];
      const r = req[kind];
      const bad = (m: string) => apiError('docs.documents.batchUpdate', `Invalid requests[${i}].${kind}: ${m}`);
      const inParagraph = (loc: { index?: number; segmentId?: string } | undefined, eos: { segmentId?: string } | undefined) => {
        const seg = segment((loc ?? eos)?.segmentId, bad);
        let index: number;
        if (eos) index = end(seg) - 1;
        else if (!loc || typeof loc.index !== 'number') throw bad('location.index is required.');
        else index = loc.index;
        const w = index >= seg.base ? locate(seg.list, seg.base, index) : null;
        if (!w || w.kind === 'other') throw bad('The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.');
        return { seg, w, offset: index - w.start };
      };
      const range = (x: unknown) => {
        const rg = x as { startIndex?: number; endIndex?: number; segmentId?: string } | undefined;
        if (!rg || typeof rg.startIndex !== 'number' || typeof rg.endIndex !== 'number') throw bad('range.startIndex and range.endIndex are required.');
        const seg = segment(rg.segmentId, bad);
        if (rg.startIndex < seg.base || rg.endIndex > end(seg) || rg.startIndex >= rg.endIndex) {
          throw bad(`Index ${rg.endIndex > end(seg) ? rg.endIndex - 1 : rg.startIndex} must be less than the end index of the referenced segment, ${end(seg)}.`);
        }
        return { seg, a: rg.startIndex, b: rg.endIndex };
      };
      switch (kind) {
        case 'insertText': {
          if (typeof r.text !== 'string') throw bad('text is required.');
          const { seg, w, offset } = inParagraph(r.location as never, r.endOfSegmentLocation as never);
          keepList(w.list);
          if (w.kind === 'paragraph') keep(w.p);
          if (w.kind === 'break') {
            // Before a page break's own paragraph: only whole paragraphs are modelled there.
            if (!r.text.endsWith('\n')) throw bad('Text before a page break must end with a newline in these fakes.');
            w.list.splice(w.at, 0, ...r.text.slice(0, -1).split('\n').map((line) => ({ ...emptyPara(), text: line })));
          } else insertTextAt(w, offset, r.text);
          // Every character inserted, "\n" included, takes one index.
          grew(seg, w, r.text.length);
          replies.push({});
          break;
        }
        case 'insertTable': {
          const rows = Number(r.rows);
          const cols = Number(r.columns);
          if (!(rows >= 1 && cols >= 1)) throw bad('rows and columns must be positive.');
          const { seg, w, offset } = inParagraph(r.location as never, r.endOfSegmentLocation as never);
          const table: DocTable = {
            kind: 'table', columnWidths: {}, borderWidth: 1,
            rows: Array.from({ length: rows }, () => ({ cells: Array.from({ length: cols }, () => ({ children: [emptyPara()] as DocElement[], padding: {} })) })),
          };
          keepList(w.list);
          if (w.kind === 'break') w.list.splice(w.at, 0, emptyPara(), table);
          else {
            const [head, tail] = cutParagraph(w.p, offset);
            w.list.splice(w.at, 1, head, table, tail);
          }
          grew(seg, w, 1 + size(table));
          replies.push({});
          break;
        }
        case 'insertPageBreak': {
          const { seg, w, offset } = inParagraph(r.location as never, r.endOfSegmentLocation as never);
          if (seg.name !== 'body' || w.inTable) throw bad('Page breaks can only be inserted in the body, outside tables.');
          // Modelled at a paragraph's start only: a break with its own "\n", then the paragraph.
          if (w.kind !== 'paragraph' || offset !== 0) throw bad('These fakes insert page breaks at the start of a paragraph only.');
          keepList(w.list);
          w.list.splice(w.at, 0, { kind: 'pageBreak' });
          grew(seg, w, 2);
          replies.push({});
          break;
        }
        case 'updateTextStyle': {
          const { seg, a, b } = range(r.range);
          const fields = fieldList(r, bad);
          const st = (r.textStyle ?? {}) as Record<string, unknown>;
          const attrs: TextAttrs = {};
          for (const f of fields) {
            if (f === 'bold' || f === 'italic' || f === 'underline' || f === 'strikethrough') attrs[f] = !!st[f];
            else if (f === 'fontSize') attrs.fontSize = pt(st.fontSize, 'fontSize', bad);
            else if (f === 'weightedFontFamily') attrs.fontFamily = String((st.weightedFontFamily as { fontFamily?: string } | undefined)?.fontFamily ?? '');
            else if (f === 'foregroundColor') attrs.foregroundColor = hex(st.foregroundColor);
            else throw bad(`Unsupported field ${f}.`);
          }
          for (const { p, start } of paragraphsIn(seg.list, seg.base, a, b)) {
            const from = Math.max(a, start) - start;
            const to = Math.min(b, start + p.text.length) - start;
            if (to > from) {
              keep(p);
              p.spans.push({ start: from, end: to, attrs: { ...attrs } });
            }
          }
          replies.push({});
          break;
        }
        case 'updateParagraphStyle': {
          const { seg, a, b } = range(r.range);
          const fields = fieldList(r, bad);
          const st = (r.paragraphStyle ?? {}) as Record<string, unknown>;
          const set: Partial<DocParagraph> = {};
          for (const f of fields) {
            if (f === 'alignment') {
              if (!ALIGN[String(st.alignment)]) throw bad(`Invalid alignment ${String(st.alignment)}.`);
              set.alignment = ALIGN[String(st.alignment)];
            } else if (f === 'indentFirstLine') set.indentFirstLine = pt(st.indentFirstLine, f, bad);
            else if (f === 'indentStart') set.indentStart = pt(st.indentStart, f, bad);
            else if (f === 'spaceAbove') set.spacingBefore = pt(st.spaceAbove, f, bad);
            else if (f === 'spaceBelow') set.spacingAfter = pt(st.spaceBelow, f, bad);
            else if (f === 'lineSpacing') {
              // Percent in the Docs API (100 = single); the DocumentApp model keeps the multiple.
              if (typeof st.lineSpacing !== 'number' || st.lineSpacing < 6) throw bad('lineSpacing must be at least 6.');
              set.lineSpacing = st.lineSpacing / 100;
            } else if (f === 'keepWithNext' || f === 'keepLinesTogether') (set as Record<string, unknown>)[f] = !!st[f];
            else throw bad(`Unsupported field ${f}.`);
          }
          for (const { p } of paragraphsIn(seg.list, seg.base, a, b)) {
            keep(p);
            Object.assign(p, set);
          }
          replies.push({});
          break;
        }
        case 'updateDocumentStyle': {
          const fields = fieldList(r, bad);
          const st = (r.documentStyle ?? {}) as Record<string, unknown>;
          for (const f of fields) {
            if (f === 'pageSize') {
              const ps = st.pageSize as { width?: Dim; height?: Dim } | undefined;
              rec.page.pageWidth = pt(ps?.width, 'pageSize.width', bad);
              rec.page.pageHeight = pt(ps?.height, 'pageSize.height', bad);
            } else if (f === 'marginTop' || f === 'marginBottom' || f === 'marginLeft' || f === 'marginRight') rec.page[f] = pt(st[f], f, bad);
            else throw bad(`Unsupported field ${f}.`);
          }
          replies.push({});
          break;
        }
        case 'createHeader':
        case 'createFooter': {
          if (r.type !== 'DEFAULT') throw bad('type must be DEFAULT.');
          const which = kind === 'createHeader' ? 'header' : 'footer';
          if (rec[which]) throw bad(`A default ${which} already exists.`);
          rec[which] = { children: [emptyPara()] };
          replies.push({ [kind]: { [`${which}Id`]: `kix.${which}` } });
          break;
        }
        case 'updateTableCellStyle': {
          const fields = fieldList(r, bad);
          const tr = r.tableRange as { tableCellLocation?: { tableStartLocation?: { index?: number; segmentId?: string }; rowIndex?: number; columnIndex?: number }; rowSpan?: number; columnSpan?: number } | undefined;
          const whole = r.tableStartLocation as { index?: number; segmentId?: string } | undefined;
          const start = tr?.tableCellLocation?.tableStartLocation ?? whole;
          const seg = segment(start?.segmentId, bad);
          const table = typeof start?.index === 'number' ? tableAt(seg.list, seg.base, start.index) : null;
          if (!table) throw bad('The provided table start location is invalid.');
          const r0 = tr?.tableCellLocation?.rowIndex ?? 0;
          const c0 = tr?.tableCellLocation?.columnIndex ?? 0;
          const r1 = tr ? r0 + (tr.rowSpan ?? 1) : table.rows.length;
          const c1 = tr ? c0 + (tr.columnSpan ?? 1) : Math.max(...table.rows.map((x) => x.cells.length));
          if (r1 > table.rows.length || table.rows.slice(r0, r1).some((x) => c1 > x.cells.length)) throw bad('The table range is outside the table.');
          const st = (r.tableCellStyle ?? {}) as Record<string, unknown>;
          for (const f of fields) {
            if (f === 'backgroundColor') {
              for (let y = r0; y < r1; y++) for (let x = c0; x < c1; x++) {
                keep(table.rows[y].cells[x]);
                table.rows[y].cells[x].background = hex(st.backgroundColor);
              }
            } else if (/^border(Left|Right|Top|Bottom)$/.test(f)) keep(table), table.borderWidth = pt((st[f] as { width?: Dim } | undefined)?.width, `${f}.width`, bad);
            else throw bad(`Unsupported field ${f}.`);
          }
          replies.push({});
          break;
        }
        case 'updateTableColumnProperties': {
          const start = r.tableStartLocation as { index?: number; segmentId?: string } | undefined;
          const seg = segment(start?.segmentId, bad);
          const table = typeof start?.index === 'number' ? tableAt(seg.list, seg.base, start.index) : null;
          if (!table) throw bad('The provided table start location is invalid.');
          const props = (r.tableColumnProperties ?? {}) as { widthType?: string; width?: Dim };
          const cols = Array.isArray(r.columnIndices) ? (r.columnIndices as number[]) : [];
          const n = Math.max(...table.rows.map((x) => x.cells.length));
          for (const c of cols) {
            if (c < 0 || c >= n) throw bad(`Column index ${c} is out of range.`);
            // Docs refuses columns narrower than 5 pt.
            const w = pt(props.width, 'width', bad);
            if (w < 5) throw bad('The column width must be at least 5 points.');
            keep(table);
            table.columnWidths[c] = w;
          }
          replies.push({});
          break;
        }
        default:
          throw bad(`Unsupported request kind ${kind}.`);
      }
    });
    return replies;
  }

  const Documents = {
    /** https://developers.google.com/docs/api/reference/rest/v1/documents/create */
    create(resource: { title?: string }): { documentId: string; title: string } {
      const rec = s.newDocRecord(String(resource?.title ?? 'Untitled document'), s.rootFolderId, true);
      return { documentId: rec.id, title: rec.name };
    },
    /** Atomic: every request is checked on a copy; nothing is applied unless all are valid. */
    batchUpdate(resource: { requests?: Req[] }, documentId: string): { documentId: string; replies: Array<Record<string, unknown>> } {
      const rec = docOf('docs.documents.batchUpdate', documentId);
      if (!resource || !Array.isArray(resource.requests)) throw apiError('docs.documents.batchUpdate', 'Invalid JSON payload: requests is required.');
      resetCaches();
      rec.page = { ...rec.page };
      const replies = apply(rec, resource.requests);
      // The Docs API saves as it goes: Drive exports what it wrote (a DocumentApp edit snapshots anew on save).
      rec.saved = { body: rec.body, header: rec.header, footer: rec.footer, page: rec.page };
      return { documentId: rec.id, replies };
    },
    /** The body's structure with Docs API indexes (paragraph text and start/end only). https://developers.google.com/docs/api/reference/rest/v1/documents/get */
    get(documentId: string): { documentId: string; title: string; body: { content: Array<Record<string, unknown>> } } {
      const rec = docOf('docs.documents.get', documentId);
      const content: Array<Record<string, unknown>> = [{ startIndex: 0, endIndex: 1, sectionBreak: {} }];
      let at = 1;
      for (const e of rec.body.children) {
        const n = size(e);
        if (e.kind === 'paragraph' || e.kind === 'listItem') content.push({ startIndex: at, endIndex: at + n, paragraph: { elements: [{ startIndex: at, endIndex: at + n, textRun: { content: `${e.text}\n` } }] } });
        else if (e.kind === 'table') content.push({ startIndex: at, endIndex: at + n, table: { rows: e.rows.length, columns: Math.max(...e.rows.map((x) => x.cells.length)) } });
        else content.push({ startIndex: at, endIndex: at + n, paragraph: { elements: [{ startIndex: at, endIndex: at + 1, pageBreak: {} }] } });
        at += n;
      }
      return { documentId: rec.id, title: rec.name, body: { content } };
    },
  };
  return { Documents: ctx.w(Documents, 'Docs.Documents') };
}
