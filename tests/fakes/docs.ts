/**
 * DocumentApp and DriveApp, enough for the documents feature: build a document (paragraphs with
 * headings, alignment, indents, spacing and character formatting; tables; page breaks; header and
 * footer; page size and margins), copy a template, replace placeholders, export a PDF into a folder.
 * Everything lands in `env.docs` for tests to read without counting.
 *
 * Faithful details that bite:
 *  - a new document's body already holds one empty paragraph;
 *  - text appended to a paragraph inherits the formatting of the character before it;
 *  - after `saveAndClose()` that Document object refuses edits, and Drive (copies, PDF export)
 *    sees only what was saved (Apps Script saves open documents at the end of the run):
 *    https://developers.google.com/apps-script/reference/document/document#saveAndClose()
 */
import { raw } from './counting';
import { type FakeContext, gasError } from './context';
import { FakeBlob, newBlob } from './services';
import type { Impl } from './types';

type DA = typeof GoogleAppsScript.Document;
type Blob = GoogleAppsScript.Base.Blob;

export interface TextAttrs {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  linkUrl?: string;
}

export interface DocParagraph {
  kind: 'paragraph' | 'listItem';
  text: string;
  /** Character formatting, later spans win; `end` exclusive. */
  spans: Array<{ start: number; end: number; attrs: TextAttrs }>;
  /** Paragraph-wide text attributes (setAttributes on the paragraph). */
  attrs: TextAttrs;
  heading: string;
  alignment: string | null;
  indentFirstLine?: number;
  indentStart?: number;
  indentEnd?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  lineSpacing?: number;
  glyphType?: string;
  nestingLevel?: number;
}

export interface DocCell {
  children: DocElement[];
  background?: string;
  width?: number;
  verticalAlignment?: string;
  padding: { top?: number; bottom?: number; left?: number; right?: number };
}

export interface DocTable {
  kind: 'table';
  rows: Array<{ cells: DocCell[]; minHeight?: number }>;
  borderWidth?: number;
  borderColor?: string;
  columnWidths: Record<number, number>;
}

export type DocElement = DocParagraph | DocTable | { kind: 'pageBreak' } | { kind: 'horizontalRule' };

export interface DocSection {
  children: DocElement[];
}

export interface PageSetup {
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  pageWidth: number;
  pageHeight: number;
}

export interface FakeDocRecord {
  id: string;
  name: string;
  url: string;
  body: DocSection;
  header: DocSection | null;
  footer: DocSection | null;
  page: PageSetup;
  /** What Drive sees: the state at the last save (creation, seeding or saveAndClose). */
  saved: { body: DocSection; header: DocSection | null; footer: DocSection | null; page: PageSetup };
  saveCount: number;
}

export interface FakeFileRecord {
  id: string;
  name: string;
  mimeType: string;
  /** Content of non-Google files (PDFs, uploads). */
  bytes: Uint8Array;
  /** Set for Google Docs files: the document's id (same as the file id). */
  docId?: string;
  parents: string[];
  trashed: boolean;
  /** With the `drive.file` scope a script sees only files it created or the user opened with it. */
  accessible: boolean;
  /** false: the user cannot open it at all (not shared with them). Default: they can. */
  userCanOpen?: boolean;
}

export interface FakeFolderRecord {
  id: string;
  name: string;
  parents: string[];
  accessible: boolean;
}

export interface FakeDocStore {
  documents: FakeDocRecord[];
  files: FakeFileRecord[];
  folders: FakeFolderRecord[];
  /** Documents created with DocumentApp.create today (quota). */
  createdToday: number;
  byId(id: string): FakeDocRecord | undefined;
  file(id: string): FakeFileRecord | undefined;
  /** `getText()` of a section: paragraphs joined by new lines (table cells by tabs). */
  text(doc: FakeDocRecord | string, section?: 'body' | 'header' | 'footer'): string;
  /** Every paragraph of a section in order, those inside table cells included. */
  paragraphs(doc: FakeDocRecord | string, section?: 'body' | 'header' | 'footer'): DocParagraph[];
  tables(doc: FakeDocRecord | string, section?: 'body' | 'header' | 'footer'): DocTable[];
  /** A paragraph's text cut where its formatting changes. */
  runs(p: DocParagraph): Array<{ text: string } & TextAttrs>;
  /** A Google Doc the user already has (a template), saved; returns its id. */
  /** accessible: the add-on created it or the user opened it with the add-on (drive.file); userCanOpen: shared with the user at all. */
  seedDocument(name: string, paragraphs: string[], opts?: { folderId?: string; accessible?: boolean; userCanOpen?: boolean }): string;
  seedFolder(name: string, opts?: { accessible?: boolean }): string;
  rootFolderId: string;
}

const DOC_MIME = 'application/vnd.google-apps.document';
const FOLDER_URL = (id: string) => `https://drive.google.com/drive/folders/${id}`;

function emptyParagraph(): DocParagraph {
  return { kind: 'paragraph', text: '', spans: [], attrs: {}, heading: 'NORMAL', alignment: null };
}

function cloneSection(s: DocSection): DocSection {
  return JSON.parse(JSON.stringify(s)) as DocSection;
}

function elementText(e: DocElement): string {
  if (e.kind === 'paragraph' || e.kind === 'listItem') return e.text;
  if (e.kind === 'table') return e.rows.map((r) => r.cells.map((c) => sectionText(c)).join('\t')).join('\n');
  return '';
}

function sectionText(s: DocSection): string {
  return s.children.map(elementText).join('\n');
}

function paragraphsOf(s: DocSection): DocParagraph[] {
  const out: DocParagraph[] = [];
  for (const e of s.children) {
    if (e.kind === 'paragraph' || e.kind === 'listItem') out.push(e);
    else if (e.kind === 'table') for (const r of e.rows) for (const c of r.cells) out.push(...paragraphsOf(c));
  }
  return out;
}

function tablesOf(s: DocSection): DocTable[] {
  const out: DocTable[] = [];
  for (const e of s.children) {
    if (e.kind === 'table') {
      out.push(e);
      for (const r of e.rows) for (const c of r.cells) out.push(...tablesOf(c));
    }
  }
  return out;
}

function attrsAt(p: DocParagraph, i: number): TextAttrs {
  const a: TextAttrs = { ...p.attrs };
  for (const s of p.spans) if (s.start <= i && i < s.end) Object.assign(a, s.attrs);
  for (const k of Object.keys(a) as Array<keyof TextAttrs>) if (a[k] === undefined || a[k] === null) delete a[k];
  return a;
}

export function runsOf(p: DocParagraph): Array<{ text: string } & TextAttrs> {
  const out: Array<{ text: string } & TextAttrs> = [];
  let key = '';
  for (let i = 0; i < p.text.length; i++) {
    const a = attrsAt(p, i);
    const k = JSON.stringify(a);
    if (out.length && k === key) out[out.length - 1].text += p.text[i];
    else out.push({ text: p.text[i], ...a });
    key = k;
  }
  return out;
}

/** Replaces text and moves formatting spans with it; inserted text takes the formatting of the character before it. */
function splice(p: DocParagraph, start: number, deleteCount: number, insert: string): void {
  const end = start + deleteCount;
  const delta = insert.length - deleteCount;
  p.text = p.text.slice(0, start) + insert + p.text.slice(end);
  const next: DocParagraph['spans'] = [];
  for (const s of p.spans) {
    let a = s.start;
    let b = s.end;
    if (a >= end) a += delta;
    else if (a > start) a = start + insert.length;
    if (b >= end) b += delta;
    else if (b > start) b = start + insert.length;
    if (b > a) next.push({ start: a, end: b, attrs: s.attrs });
  }
  p.spans = next;
}

interface Handle {
  ctx: FakeContext;
  rec: FakeDocRecord;
  closed: boolean;
}

/** Wording approximated: Google documents that a closed Document cannot be edited. */
function editable(h: Handle): void {
  if (h.closed) throw gasError('Exception: Document is closed, its contents cannot be updated.');
}

const ATTRIBUTE_KEYS: Record<string, keyof TextAttrs> = {
  BOLD: 'bold', ITALIC: 'italic', UNDERLINE: 'underline', STRIKETHROUGH: 'strikethrough', FONT_SIZE: 'fontSize',
  FONT_FAMILY: 'fontFamily', FOREGROUND_COLOR: 'foregroundColor', BACKGROUND_COLOR: 'backgroundColor', LINK_URL: 'linkUrl',
};

function attrsFromGoogle(attributes: Record<string, unknown>): TextAttrs {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attributes)) if (ATTRIBUTE_KEYS[k]) out[ATTRIBUTE_KEYS[k]] = v;
  return out as TextAttrs;
}

function wrapElement(h: Handle, e: DocElement, parent: DocSection | null): unknown {
  if (e.kind === 'paragraph') return h.ctx.w(new FakeParagraph(h, e, parent), 'Paragraph');
  if (e.kind === 'listItem') return h.ctx.w(new FakeParagraph(h, e, parent), 'ListItem');
  if (e.kind === 'table') return h.ctx.w(new FakeTable(h, e, parent), 'Table');
  if (e.kind === 'pageBreak') return h.ctx.w(new FakeSimpleElement(h, e, parent, 'PAGE_BREAK'), 'PageBreak');
  return h.ctx.w(new FakeSimpleElement(h, e, parent, 'HORIZONTAL_RULE'), 'HorizontalRule');
}

/**
 * What every body element shares: its parent (null once detached by `copy()`), casts, copying and
 * removal. Elements with a parent cannot be appended elsewhere ("Element must be detached").
 * https://developers.google.com/apps-script/reference/document/paragraph#copy()
 */
abstract class FakeElement<M extends DocElement> {
  constructor(protected h: Handle, readonly model: M, public parentSection: DocSection | null) {}
  abstract getType(): unknown;
  /** Casting to the wrong type fails (wording approximated). */
  private cast(type: string): this {
    if (String(this.getType()) !== type) throw gasError(`Exception: Cannot cast ${String(this.getType())} to ${type}.`);
    return this;
  }
  asParagraph(): this {
    return this.cast('PARAGRAPH');
  }
  asListItem(): this {
    return this.cast('LIST_ITEM');
  }
  asTable(): this {
    return this.cast('TABLE');
  }
  asPageBreak(): this {
    return this.cast('PAGE_BREAK');
  }
  asHorizontalRule(): this {
    return this.cast('HORIZONTAL_RULE');
  }
  /** A detached deep copy. */
  copy(): unknown {
    return wrapElement(this.h, JSON.parse(JSON.stringify(this.model)) as DocElement, null);
  }
  getParent(): unknown {
    return this.parentSection ? sectionApi(this.h, this.parentSection) : null;
  }
  getNextSibling(): unknown {
    const s = this.parentSection;
    const e = s ? s.children[s.children.indexOf(this.model) + 1] : undefined;
    return e && s ? wrapElement(this.h, e, s) : null;
  }
  getPreviousSibling(): unknown {
    const s = this.parentSection;
    const e = s ? s.children[s.children.indexOf(this.model) - 1] : undefined;
    return e && s ? wrapElement(this.h, e, s) : null;
  }
  isAtDocumentEnd(): boolean {
    const s = this.parentSection;
    return !!s && s === this.h.rec.body && s.children[s.children.length - 1] === this.model;
  }
  /** "Can't remove the last paragraph in a document section." */
  removeFromParent(): this {
    editable(this.h);
    const s = this.parentSection;
    if (!s) return this;
    const isPara = (e: DocElement) => e.kind === 'paragraph' || e.kind === 'listItem';
    if (isPara(this.model) && s.children.filter(isPara).length === 1) throw gasError("Exception: Can't remove the last paragraph in a document section.");
    s.children.splice(s.children.indexOf(this.model), 1);
    this.parentSection = null;
    return this;
  }
}

/** The container API for a section: body, header, footer or table cell. */
function sectionApi(h: Handle, s: DocSection): unknown {
  if (s === h.rec.body) return h.ctx.w(new FakeBody(h, s), 'Body');
  if (s === h.rec.header) return h.ctx.w(new FakeSection(h, s, 'HEADER_SECTION'), 'HeaderSection');
  if (s === h.rec.footer) return h.ctx.w(new FakeSection(h, s, 'FOOTER_SECTION'), 'FooterSection');
  return h.ctx.w(new FakeTableCell(h, s as DocCell), 'TableCell');
}

/** A run of text in a paragraph: the whole paragraph (editAsText) or one appended piece. */
class FakeText implements Impl<GoogleAppsScript.Document.Text,
  | 'getText' | 'setText' | 'appendText' | 'insertText' | 'deleteText' | 'setBold' | 'setItalic' | 'setUnderline' | 'setStrikethrough'
  | 'setFontSize' | 'setFontFamily' | 'setForegroundColor' | 'setBackgroundColor' | 'setLinkUrl' | 'setAttributes' | 'isBold' | 'isItalic'
  | 'isUnderline' | 'getFontSize' | 'getFontFamily' | 'getForegroundColor' | 'replaceText' | 'getType'> {
  constructor(private h: Handle, private p: DocParagraph, private offset: number, private fixedLength: number | null) {}
  private get length(): number {
    return this.fixedLength ?? this.p.text.length - this.offset;
  }
  getText(): string {
    return this.p.text.slice(this.offset, this.offset + this.length);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }
  setText(text: string): this {
    editable(this.h);
    splice(this.p, this.offset, this.length, text);
    if (this.fixedLength !== null) this.fixedLength = text.length;
    return this;
  }
  appendText(text: string): this {
    editable(this.h);
    splice(this.p, this.offset + this.length, 0, text);
    if (this.fixedLength !== null) this.fixedLength += text.length;
    return this;
  }
  insertText(offset: number, text: string): this {
    editable(this.h);
    splice(this.p, this.offset + offset, 0, text);
    if (this.fixedLength !== null) this.fixedLength += text.length;
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): this {
    editable(this.h);
    const n = endOffsetInclusive - startOffset + 1;
    splice(this.p, this.offset + startOffset, n, '');
    if (this.fixedLength !== null) this.fixedLength -= n;
    return this;
  }
  /** `setX(value)` for the whole text, `setX(start, endInclusive, value)` for part of it. */
  private style(key: keyof TextAttrs, args: unknown[]): this {
    editable(this.h);
    let start = 0;
    let end = this.length;
    let value = args[0];
    if (args.length >= 3) {
      start = Number(args[0]);
      end = Number(args[1]) + 1;
      value = args[2];
      if (start < 0 || end > this.length || start >= end) throw gasError('Exception: Invalid argument: startOffset / endOffsetInclusive');
    }
    this.p.spans.push({ start: this.offset + start, end: this.offset + end, attrs: { [key]: value ?? undefined } });
    return this;
  }
  setBold(...a: unknown[]): this {
    return this.style('bold', a);
  }
  setItalic(...a: unknown[]): this {
    return this.style('italic', a);
  }
  setUnderline(...a: unknown[]): this {
    return this.style('underline', a);
  }
  setStrikethrough(...a: unknown[]): this {
    return this.style('strikethrough', a);
  }
  setFontSize(...a: unknown[]): this {
    return this.style('fontSize', a);
  }
  setFontFamily(...a: unknown[]): this {
    return this.style('fontFamily', a);
  }
  setForegroundColor(...a: unknown[]): this {
    return this.style('foregroundColor', a);
  }
  setBackgroundColor(...a: unknown[]): this {
    return this.style('backgroundColor', a);
  }
  setLinkUrl(...a: unknown[]): this {
    return this.style('linkUrl', a);
  }
  setAttributes(...a: unknown[]): this {
    editable(this.h);
    const [start, end, attrs] = a.length >= 3 ? [Number(a[0]), Number(a[1]) + 1, a[2]] : [0, this.length, a[0]];
    this.p.spans.push({ start: this.offset + start, end: this.offset + end, attrs: attrsFromGoogle(attrs as Record<string, unknown>) });
    return this;
  }
  private at(offset?: number | null): TextAttrs {
    return attrsAt(this.p, this.offset + (offset ?? 0));
  }
  isBold(offset?: number | null): boolean {
    return !!this.at(offset).bold;
  }
  isItalic(offset?: number | null): boolean {
    return !!this.at(offset).italic;
  }
  isUnderline(offset?: number | null): boolean {
    return !!this.at(offset).underline;
  }
  getFontSize(offset?: number | null): number {
    return this.at(offset).fontSize ?? 11;
  }
  getFontFamily(offset?: number | null): string {
    return this.at(offset).fontFamily ?? 'Arial';
  }
  getForegroundColor(offset?: number | null): string {
    return this.at(offset).foregroundColor ?? '#000000';
  }
  replaceText(searchPattern: string, replacement: string): this {
    editable(this.h);
    replaceIn(this.p, searchPattern, replacement);
    return this;
  }
}

/**
 * "The search pattern is passed as a string, not a JavaScript regular expression object";
 * matches never cross paragraphs. https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 */
function replaceIn(p: DocParagraph, pattern: string, replacement: string): void {
  const re = new RegExp(pattern, 'g');
  const hits: Array<[number, number]> = [];
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    hits.push([m.index, m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  for (let i = hits.length - 1; i >= 0; i--) splice(p, hits[i][0], hits[i][1], replacement);
}

class FakeParagraph extends FakeElement<DocParagraph> implements Impl<GoogleAppsScript.Document.Paragraph,
  | 'getText' | 'setText' | 'appendText' | 'editAsText' | 'setHeading' | 'getHeading' | 'setAlignment' | 'getAlignment'
  | 'setIndentFirstLine' | 'setIndentStart' | 'setIndentEnd' | 'getIndentFirstLine' | 'getIndentStart' | 'setSpacingBefore' | 'setSpacingAfter'
  | 'getSpacingBefore' | 'getSpacingAfter' | 'setLineSpacing' | 'getLineSpacing' | 'setAttributes' | 'getAttributes' | 'replaceText'
  | 'getType' | 'removeFromParent' | 'clear' | 'appendPageBreak' | 'appendHorizontalRule' | 'setLinkUrl' | 'getNumChildren' | 'isAtDocumentEnd'> {
  getType(): GoogleAppsScript.Document.ElementType {
    return (this.model.kind === 'listItem' ? 'LIST_ITEM' : 'PARAGRAPH') as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText(): string {
    return this.model.text;
  }
  setText(text: string): this {
    editable(this.h);
    this.model.text = text;
    this.model.spans = [];
    return this;
  }
  appendText(text: unknown): GoogleAppsScript.Document.Text {
    editable(this.h);
    const s = typeof text === 'string' ? text : String((raw(text) as unknown as FakeText).getText());
    const at = this.model.text.length;
    splice(this.model, at, 0, s);
    return this.h.ctx.w(new FakeText(this.h, this.model, at, s.length), 'Text') as unknown as GoogleAppsScript.Document.Text;
  }
  editAsText(): GoogleAppsScript.Document.Text {
    return this.h.ctx.w(new FakeText(this.h, this.model, 0, null), 'Text') as unknown as GoogleAppsScript.Document.Text;
  }
  setHeading(heading: unknown): this {
    editable(this.h);
    this.model.heading = String(heading);
    return this;
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return this.model.heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }
  setAlignment(alignment: unknown): this {
    editable(this.h);
    this.model.alignment = alignment === null ? null : String(alignment);
    return this;
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return (this.model.alignment ?? 'LEFT') as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  private setNum(key: 'indentFirstLine' | 'indentStart' | 'indentEnd' | 'spacingBefore' | 'spacingAfter' | 'lineSpacing', v: number): this {
    editable(this.h);
    if (typeof v !== 'number' || !Number.isFinite(v)) throw gasError(`Exception: Invalid argument: ${key}`);
    this.model[key] = v;
    return this;
  }
  setIndentFirstLine(indentFirstLine: number): this {
    return this.setNum('indentFirstLine', indentFirstLine);
  }
  setIndentStart(indentStart: number): this {
    return this.setNum('indentStart', indentStart);
  }
  setIndentEnd(indentEnd: number): this {
    return this.setNum('indentEnd', indentEnd);
  }
  getIndentFirstLine(): number {
    return this.model.indentFirstLine ?? 0;
  }
  getIndentStart(): number {
    return this.model.indentStart ?? 0;
  }
  setSpacingBefore(spacingBefore: number): this {
    return this.setNum('spacingBefore', spacingBefore);
  }
  setSpacingAfter(spacingAfter: number): this {
    return this.setNum('spacingAfter', spacingAfter);
  }
  getSpacingBefore(): number {
    return this.model.spacingBefore ?? 0;
  }
  getSpacingAfter(): number {
    return this.model.spacingAfter ?? 0;
  }
  setLineSpacing(multiplier: number): this {
    return this.setNum('lineSpacing', multiplier);
  }
  getLineSpacing(): number {
    return this.model.lineSpacing ?? 1;
  }
  setGlyphType(glyphType: unknown): this {
    editable(this.h);
    this.model.glyphType = String(glyphType);
    return this;
  }
  setNestingLevel(nestingLevel: number): this {
    editable(this.h);
    this.model.nestingLevel = nestingLevel;
    return this;
  }
  getNestingLevel(): number {
    return this.model.nestingLevel ?? 0;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    editable(this.h);
    Object.assign(this.model.attrs, attrsFromGoogle(attributes));
    if ('HORIZONTAL_ALIGNMENT' in attributes) this.model.alignment = String(attributes.HORIZONTAL_ALIGNMENT);
    if ('HEADING' in attributes) this.model.heading = String(attributes.HEADING);
    for (const [k, key] of [['INDENT_FIRST_LINE', 'indentFirstLine'], ['INDENT_START', 'indentStart'], ['INDENT_END', 'indentEnd'], ['SPACING_BEFORE', 'spacingBefore'], ['SPACING_AFTER', 'spacingAfter'], ['LINE_SPACING', 'lineSpacing']] as const) {
      if (k in attributes) this.model[key] = Number(attributes[k]);
    }
    return this;
  }
  getAttributes(): Record<string, unknown> {
    const a = this.model.attrs;
    return { BOLD: a.bold ?? null, ITALIC: a.italic ?? null, FONT_SIZE: a.fontSize ?? null, FONT_FAMILY: a.fontFamily ?? null, HEADING: this.model.heading, HORIZONTAL_ALIGNMENT: this.model.alignment };
  }
  setLinkUrl(url: string | null): this {
    editable(this.h);
    this.model.spans.push({ start: 0, end: this.model.text.length, attrs: { linkUrl: url ?? undefined } });
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    editable(this.h);
    replaceIn(this.model, searchPattern, replacement);
    return this;
  }
  clear(): this {
    return this.setText('');
  }
  getNumChildren(): number {
    return this.model.text ? 1 : 0;
  }
  /** A paragraph can hold a page break; the fakes place it after the paragraph. */
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    return this.after({ kind: 'pageBreak' }) as GoogleAppsScript.Document.PageBreak;
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.after({ kind: 'horizontalRule' }) as GoogleAppsScript.Document.HorizontalRule;
  }
  private after(e: DocElement): unknown {
    editable(this.h);
    const s = this.parentSection;
    if (!s) throw gasError('Exception: Element must be attached to a document.');
    s.children.splice(s.children.indexOf(this.model) + 1, 0, e);
    return wrapElement(this.h, e, s);
  }

}

class FakeSimpleElement extends FakeElement<DocElement> {
  constructor(h: Handle, model: DocElement, parent: DocSection | null, private type: string) {
    super(h, model, parent);
  }
  getType(): string {
    return this.type;
  }
}

class FakeTableCell implements Impl<GoogleAppsScript.Document.TableCell,
  'getText' | 'setText' | 'editAsText' | 'appendParagraph' | 'getNumChildren' | 'getChild' | 'clear' | 'setBackgroundColor' | 'setVerticalAlignment'
  | 'setWidth' | 'setPaddingTop' | 'setPaddingBottom' | 'setPaddingLeft' | 'setPaddingRight' | 'replaceText' | 'getType' | 'setAttributes'> {
  private container: FakeContainer;
  constructor(private h: Handle, readonly model: DocCell) {
    this.container = new FakeContainer(h, model);
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE_CELL' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText(): string {
    return sectionText(this.model);
  }
  setText(text: string): this {
    editable(this.h);
    const p = emptyParagraph();
    p.text = text;
    this.model.children = [p];
    return this;
  }
  editAsText(): GoogleAppsScript.Document.Text {
    const first = this.model.children.find((e): e is DocParagraph => e.kind === 'paragraph' || e.kind === 'listItem');
    return this.h.ctx.w(new FakeText(this.h, first ?? emptyParagraph(), 0, null), 'Text') as unknown as GoogleAppsScript.Document.Text;
  }
  appendParagraph(text: unknown): GoogleAppsScript.Document.Paragraph {
    return this.container.appendParagraph(text) as GoogleAppsScript.Document.Paragraph;
  }
  getNumChildren(): number {
    return this.model.children.length;
  }
  getChild(childIndex: number): GoogleAppsScript.Document.Element {
    return this.container.getChild(childIndex) as GoogleAppsScript.Document.Element;
  }
  clear(): this {
    editable(this.h);
    this.model.children = [emptyParagraph()];
    return this;
  }
  setBackgroundColor(color: string): this {
    editable(this.h);
    this.model.background = color;
    return this;
  }
  setVerticalAlignment(alignment: unknown): this {
    editable(this.h);
    this.model.verticalAlignment = String(alignment);
    return this;
  }
  setWidth(width: number): this {
    editable(this.h);
    this.model.width = width;
    return this;
  }
  setPaddingTop(v: number): this {
    this.model.padding.top = v;
    return this;
  }
  setPaddingBottom(v: number): this {
    this.model.padding.bottom = v;
    return this;
  }
  setPaddingLeft(v: number): this {
    this.model.padding.left = v;
    return this;
  }
  setPaddingRight(v: number): this {
    this.model.padding.right = v;
    return this;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    for (const p of paragraphsOf(this.model)) Object.assign(p.attrs, attrsFromGoogle(attributes));
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    editable(this.h);
    for (const p of paragraphsOf(this.model)) replaceIn(p, searchPattern, replacement);
    return this;
  }
}

function newCell(text: string): DocCell {
  const p = emptyParagraph();
  p.text = text;
  return { children: [p], padding: {} };
}

class FakeTableRow implements Impl<GoogleAppsScript.Document.TableRow, 'getNumCells' | 'getCell' | 'appendTableCell' | 'getText' | 'setMinimumHeight' | 'getType'> {
  constructor(private h: Handle, private row: DocTable['rows'][number]) {}
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE_ROW' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getNumCells(): number {
    return this.row.cells.length;
  }
  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    const c = this.row.cells[cellIndex];
    if (!c) throw gasError(`Exception: Child index (${cellIndex}) must be less than the number of child elements (${this.row.cells.length}).`);
    return this.h.ctx.w(new FakeTableCell(this.h, c), 'TableCell') as unknown as GoogleAppsScript.Document.TableCell;
  }
  appendTableCell(textContents?: unknown): GoogleAppsScript.Document.TableCell {
    editable(this.h);
    const c = newCell(typeof textContents === 'string' ? textContents : '');
    this.row.cells.push(c);
    return this.h.ctx.w(new FakeTableCell(this.h, c), 'TableCell') as unknown as GoogleAppsScript.Document.TableCell;
  }
  getText(): string {
    return this.row.cells.map((c) => sectionText(c)).join('\t');
  }
  setMinimumHeight(minHeight: number): this {
    this.row.minHeight = minHeight;
    return this;
  }
}

class FakeTable extends FakeElement<DocTable> implements Impl<GoogleAppsScript.Document.Table,
  'getNumRows' | 'getRow' | 'getCell' | 'appendTableRow' | 'removeRow' | 'setBorderWidth' | 'getBorderWidth' | 'setBorderColor' | 'getBorderColor'
  | 'setColumnWidth' | 'getColumnWidth' | 'getText' | 'getType' | 'removeFromParent' | 'setAttributes' | 'replaceText'> {
  getType(): GoogleAppsScript.Document.ElementType {
    return 'TABLE' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getNumRows(): number {
    return this.model.rows.length;
  }
  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    const r = this.model.rows[rowIndex];
    if (!r) throw gasError(`Exception: Child index (${rowIndex}) must be less than the number of child elements (${this.model.rows.length}).`);
    return this.h.ctx.w(new FakeTableRow(this.h, r), 'TableRow') as unknown as GoogleAppsScript.Document.TableRow;
  }
  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    return (raw(this.getRow(rowIndex)) as unknown as FakeTableRow).getCell(cellIndex);
  }
  appendTableRow(): GoogleAppsScript.Document.TableRow {
    editable(this.h);
    const r = { cells: [] as DocCell[] };
    this.model.rows.push(r);
    return this.h.ctx.w(new FakeTableRow(this.h, r), 'TableRow') as unknown as GoogleAppsScript.Document.TableRow;
  }
  removeRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    editable(this.h);
    const [r] = this.model.rows.splice(rowIndex, 1);
    return this.h.ctx.w(new FakeTableRow(this.h, r), 'TableRow') as unknown as GoogleAppsScript.Document.TableRow;
  }
  setBorderWidth(width: number): this {
    editable(this.h);
    this.model.borderWidth = width;
    return this;
  }
  getBorderWidth(): number {
    return this.model.borderWidth ?? 1;
  }
  setBorderColor(color: string): this {
    editable(this.h);
    this.model.borderColor = color;
    return this;
  }
  getBorderColor(): string {
    return this.model.borderColor ?? '#000000';
  }
  setColumnWidth(columnIndex: number, width: number): this {
    editable(this.h);
    this.model.columnWidths[columnIndex] = width;
    return this;
  }
  getColumnWidth(columnIndex: number): number {
    return this.model.columnWidths[columnIndex] ?? 0;
  }
  getText(): string {
    return elementText(this.model);
  }
  setAttributes(attributes: Record<string, unknown>): this {
    for (const r of this.model.rows) for (const c of r.cells) for (const p of paragraphsOf(c)) Object.assign(p.attrs, attrsFromGoogle(attributes));
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    editable(this.h);
    for (const r of this.model.rows) for (const c of r.cells) for (const p of paragraphsOf(c)) replaceIn(p, searchPattern, replacement);
    return this;
  }

}

/** Body, header, footer and table cells share these container methods. */
class FakeContainer {
  constructor(protected h: Handle, readonly section: DocSection) {}
  private add(e: DocElement, index?: number): void {
    editable(this.h);
    if (index === undefined) this.section.children.push(e);
    else {
      if (index < 0 || index > this.section.children.length) throw gasError(`Exception: Index (${index}) must be less than or equal to the number of child elements (${this.section.children.length}).`);
      this.section.children.splice(index, 0, e);
    }
  }
  private paragraphFrom(x: unknown, kind: 'paragraph' | 'listItem'): DocParagraph {
    if (typeof x === 'string' || x === undefined) {
      const p = emptyParagraph();
      p.kind = kind;
      p.text = x ?? '';
      return p;
    }
    const other = raw(x) as unknown as FakeParagraph;
    if (other.parentSection) throw gasError('Exception: Element must be detached.');
    other.parentSection = this.section;
    other.model.kind = kind;
    return other.model;
  }
  appendParagraph(x: unknown): unknown {
    const p = this.paragraphFrom(x, 'paragraph');
    this.add(p);
    return wrapElement(this.h, p, this.section);
  }
  insertParagraph(childIndex: number, x: unknown): unknown {
    const p = this.paragraphFrom(x, 'paragraph');
    this.add(p, childIndex);
    return wrapElement(this.h, p, this.section);
  }
  appendListItem(x: unknown): unknown {
    const p = this.paragraphFrom(x, 'listItem');
    this.add(p);
    return wrapElement(this.h, p, this.section);
  }
  private tableFrom(cells: unknown): DocTable {
    if (cells !== undefined && !Array.isArray(cells)) {
      const other = raw(cells) as unknown as FakeTable;
      if (other.parentSection) throw gasError('Exception: Element must be detached.');
      other.parentSection = this.section;
      return other.model;
    }
    const rows = ((cells as unknown[][] | undefined) ?? []).map((r) => ({ cells: r.map((c) => newCell(String(c))) }));
    return { kind: 'table', rows, columnWidths: {} };
  }
  /** https://developers.google.com/apps-script/reference/document/body#appendTable(String) */
  appendTable(cells?: unknown): unknown {
    const t = this.tableFrom(cells);
    this.add(t);
    return wrapElement(this.h, t, this.section);
  }
  insertTable(childIndex: number, cells?: unknown): unknown {
    const t = this.tableFrom(cells);
    this.add(t, childIndex);
    return wrapElement(this.h, t, this.section);
  }
  appendHorizontalRule(): unknown {
    const e = { kind: 'horizontalRule' as const };
    this.add(e);
    return wrapElement(this.h, e, this.section);
  }
  getText(): string {
    return sectionText(this.section);
  }
  setText(text: string): this {
    editable(this.h);
    const p = emptyParagraph();
    p.text = text;
    this.section.children = [p];
    return this;
  }
  getNumChildren(): number {
    return this.section.children.length;
  }
  getChild(childIndex: number): unknown {
    const e = this.section.children[childIndex];
    if (!e) throw gasError(`Exception: Child index (${childIndex}) must be less than the number of child elements (${this.section.children.length}).`);
    return wrapElement(this.h, e, this.section);
  }
  getChildIndex(child: unknown): number {
    const m = (raw(child) as { model?: DocElement }).model;
    return this.section.children.indexOf(m as DocElement);
  }
  getParagraphs(): unknown[] {
    return this.section.children.filter((e) => e.kind === 'paragraph' || e.kind === 'listItem').map((e) => wrapElement(this.h, e, this.section));
  }
  getTables(): unknown[] {
    return this.section.children.filter((e) => e.kind === 'table').map((e) => wrapElement(this.h, e, this.section));
  }
  getListItems(): unknown[] {
    return this.section.children.filter((e) => e.kind === 'listItem').map((e) => wrapElement(this.h, e, this.section));
  }
  /** Clearing leaves the one empty paragraph a section always has. */
  clear(): this {
    editable(this.h);
    this.section.children = [emptyParagraph()];
    return this;
  }
  removeChild(child: unknown): this {
    editable(this.h);
    const m = (raw(child) as { model?: DocElement }).model;
    this.section.children = this.section.children.filter((e) => e !== m);
    if (!this.section.children.some((e) => e.kind === 'paragraph' || e.kind === 'listItem')) throw gasError("Exception: Can't remove the last paragraph in a document section.");
    return this;
  }
  replaceText(searchPattern: string, replacement: string): this {
    editable(this.h);
    for (const p of paragraphsOf(this.section)) replaceIn(p, searchPattern, replacement);
    return this;
  }
  editAsText(): unknown {
    const first = paragraphsOf(this.section)[0] ?? emptyParagraph();
    return this.h.ctx.w(new FakeText(this.h, first, 0, null), 'Text');
  }
  setAttributes(attributes: Record<string, unknown>): this {
    editable(this.h);
    for (const p of paragraphsOf(this.section)) Object.assign(p.attrs, attrsFromGoogle(attributes));
    return this;
  }
}

class FakeBody extends FakeContainer implements Impl<GoogleAppsScript.Document.Body,
  | 'appendParagraph' | 'insertParagraph' | 'appendListItem' | 'appendTable' | 'insertTable' | 'appendHorizontalRule' | 'appendPageBreak'
  | 'getText' | 'setText' | 'getNumChildren' | 'getChild' | 'getChildIndex' | 'getParagraphs' | 'getTables' | 'getListItems' | 'clear'
  | 'removeChild' | 'replaceText' | 'editAsText' | 'setAttributes' | 'getType' | 'setMarginTop' | 'setMarginBottom' | 'setMarginLeft'
  | 'setMarginRight' | 'setPageWidth' | 'setPageHeight' | 'getMarginTop' | 'getMarginBottom' | 'getMarginLeft' | 'getMarginRight'
  | 'getPageWidth' | 'getPageHeight'> {
  getType(): string {
    return 'BODY_SECTION';
  }
  appendPageBreak(): unknown {
    editable(this.h);
    const e = { kind: 'pageBreak' as const };
    this.section.children.push(e);
    return wrapElement(this.h, e, this.section);
  }
  private page(key: keyof PageSetup, v: number): this {
    editable(this.h);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw gasError(`Exception: Invalid argument: ${key}`);
    this.h.rec.page[key] = v;
    return this;
  }
  setMarginTop(v: number): this {
    return this.page('marginTop', v);
  }
  setMarginBottom(v: number): this {
    return this.page('marginBottom', v);
  }
  setMarginLeft(v: number): this {
    return this.page('marginLeft', v);
  }
  setMarginRight(v: number): this {
    return this.page('marginRight', v);
  }
  setPageWidth(v: number): this {
    return this.page('pageWidth', v);
  }
  setPageHeight(v: number): this {
    return this.page('pageHeight', v);
  }
  getMarginTop(): number {
    return this.h.rec.page.marginTop;
  }
  getMarginBottom(): number {
    return this.h.rec.page.marginBottom;
  }
  getMarginLeft(): number {
    return this.h.rec.page.marginLeft;
  }
  getMarginRight(): number {
    return this.h.rec.page.marginRight;
  }
  getPageWidth(): number {
    return this.h.rec.page.pageWidth;
  }
  getPageHeight(): number {
    return this.h.rec.page.pageHeight;
  }
}

class FakeSection extends FakeContainer implements Impl<GoogleAppsScript.Document.HeaderSection,
  | 'appendParagraph' | 'insertParagraph' | 'appendListItem' | 'appendTable' | 'insertTable' | 'appendHorizontalRule' | 'getText' | 'setText'
  | 'getNumChildren' | 'getChild' | 'getChildIndex' | 'getParagraphs' | 'getTables' | 'getListItems' | 'clear' | 'removeChild' | 'replaceText'
  | 'editAsText' | 'setAttributes' | 'getType'> {
  constructor(h: Handle, section: DocSection, private type: string) {
    super(h, section);
  }
  getType(): string {
    return this.type;
  }
}

function pdfBytes(rec: FakeDocRecord, state: FakeDocRecord['saved']): Uint8Array {
  // Not a renderer: a PDF header, then the saved text, so tests can check what was exported.
  const parts = [state.header ? sectionText(state.header) : '', sectionText(state.body), state.footer ? sectionText(state.footer) : ''];
  return new Uint8Array(Buffer.from(`%PDF-1.4\n% ${rec.name}\n${parts.filter(Boolean).join('\n')}\n%%EOF\n`, 'utf8'));
}

class FakeDocument implements Impl<GoogleAppsScript.Document.Document,
  'getBody' | 'getHeader' | 'addHeader' | 'getFooter' | 'addFooter' | 'getId' | 'getName' | 'setName' | 'getUrl' | 'saveAndClose' | 'getAs' | 'getBlob'> {
  constructor(private h: Handle) {}
  getBody(): GoogleAppsScript.Document.Body {
    return this.h.ctx.w(new FakeBody(this.h, this.h.rec.body), 'Body') as unknown as GoogleAppsScript.Document.Body;
  }
  /** null until addHeader(). https://developers.google.com/apps-script/reference/document/document#getHeader() */
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    const s = this.h.rec.header;
    return (s ? this.h.ctx.w(new FakeSection(this.h, s, 'HEADER_SECTION'), 'HeaderSection') : null) as unknown as GoogleAppsScript.Document.HeaderSection;
  }
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    editable(this.h);
    if (this.h.rec.header) throw gasError('Exception: Document tab already contains a header.');
    this.h.rec.header = { children: [emptyParagraph()] };
    return this.getHeader();
  }
  getFooter(): GoogleAppsScript.Document.FooterSection {
    const s = this.h.rec.footer;
    return (s ? this.h.ctx.w(new FakeSection(this.h, s, 'FOOTER_SECTION'), 'FooterSection') : null) as unknown as GoogleAppsScript.Document.FooterSection;
  }
  addFooter(): GoogleAppsScript.Document.FooterSection {
    editable(this.h);
    if (this.h.rec.footer) throw gasError('Exception: Document tab already contains a footer.');
    this.h.rec.footer = { children: [emptyParagraph()] };
    return this.getFooter();
  }
  getId(): string {
    return this.h.rec.id;
  }
  getName(): string {
    return this.h.rec.name;
  }
  setName(name: string): this {
    this.h.rec.name = name;
    return this;
  }
  getUrl(): string {
    return this.h.rec.url;
  }
  saveAndClose(): void {
    const r = this.h.rec;
    r.saved = { body: cloneSection(r.body), header: r.header && cloneSection(r.header), footer: r.footer && cloneSection(r.footer), page: { ...r.page } };
    r.saveCount++;
    this.h.closed = true;
  }
  /** The document's current contents. https://developers.google.com/apps-script/reference/document/document#getAs(String) */
  getAs(contentType: string): Blob {
    const r = this.h.rec;
    if (contentType !== 'application/pdf') throw gasError(`Exception: Converting from ${DOC_MIME} to ${contentType} is not supported.`);
    const live = { body: r.body, header: r.header, footer: r.footer, page: r.page };
    return newBlob(this.h.ctx, Array.from(pdfBytes(r, live)), 'application/pdf', `${r.name}.pdf`);
  }
  getBlob(): Blob {
    return this.getAs('application/pdf');
  }
}

const docEnum = (...xs: string[]) => Object.freeze(Object.fromEntries(xs.map((x) => [x, x])));

export const DOCUMENT_ENUMS = {
  ParagraphHeading: docEnum('NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'),
  HorizontalAlignment: docEnum('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'),
  VerticalAlignment: docEnum('BOTTOM', 'CENTER', 'TOP'),
  TextAlignment: docEnum('NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'),
  Attribute: docEnum(
    'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR', 'HEADING',
    'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT',
    'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL',
    'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
    'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
  ),
  GlyphType: docEnum('BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'),
  ElementType: docEnum('BODY_SECTION', 'FOOTER_SECTION', 'HEADER_SECTION', 'HORIZONTAL_RULE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'TABLE', 'TABLE_CELL', 'TABLE_ROW', 'TEXT'),
};

export interface DocsOptions {
  locale: string;
  /** "Docs created: 250 / day" for consumer accounts. https://developers.google.com/apps-script/guides/services/quotas */
  docsQuota: number;
}

/** The store's maps, for the advanced services' fakes (tests/fakes/advanced.ts). */
export interface DocStoreInternals {
  docs: Map<string, FakeDocRecord>;
  files: Map<string, FakeFileRecord>;
  folders: Map<string, FakeFolderRecord>;
  rootFolderId: string;
  newDocRecord(name: string, parent: string, accessible: boolean): FakeDocRecord;
  copyDoc(src: FakeDocRecord, name: string, parent: string): FakeDocRecord;
}

export function createDocStore(ctx: FakeContext, opts: DocsOptions): {
  store: FakeDocStore;
  DocumentApp: unknown;
  DriveApp: unknown;
  internals: DocStoreInternals;
} {
  // Google Docs uses Letter in the US and A4 elsewhere, 1 inch (72 pt) margins.
  const page = (): PageSetup => (/^en(_US)?$/i.test(opts.locale)
    ? { marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72, pageWidth: 612, pageHeight: 792 }
    : { marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72, pageWidth: 595.276, pageHeight: 841.89 });
  const rootFolderId = ctx.nextId('root');
  const docs = new Map<string, FakeDocRecord>();
  const files = new Map<string, FakeFileRecord>();
  const folders = new Map<string, FakeFolderRecord>([[rootFolderId, { id: rootFolderId, name: 'My Drive', parents: [], accessible: true }]]);

  const resolve = (d: FakeDocRecord | string) => (typeof d === 'string' ? docs.get(d) : d);
  const section = (d: FakeDocRecord | string, s: 'body' | 'header' | 'footer' = 'body'): DocSection => {
    const rec = resolve(d);
    if (!rec) throw new Error(`no document ${String(d)}`);
    return rec[s] ?? { children: [] };
  };

  const newDocRecord = (name: string, parent: string, accessible: boolean): FakeDocRecord => {
    const id = ctx.nextId('doc');
    const body = { children: [emptyParagraph()] as DocElement[] };
    const p = page();
    const rec: FakeDocRecord = {
      id, name, url: `https://docs.google.com/document/d/${id}/edit`, body, header: null, footer: null, page: p,
      saved: { body: cloneSection(body), header: null, footer: null, page: { ...p } }, saveCount: 0,
    };
    docs.set(id, rec);
    files.set(id, { id, name, mimeType: DOC_MIME, bytes: new Uint8Array(), docId: id, parents: [parent], trashed: false, accessible });
    return rec;
  };

  const store: FakeDocStore = {
    get documents() { return [...docs.values()]; },
    get files() { return [...files.values()]; },
    get folders() { return [...folders.values()]; },
    createdToday: 0,
    rootFolderId,
    byId: (id) => docs.get(id),
    file: (id) => files.get(id),
    text: (d, s) => sectionText(section(d, s)),
    paragraphs: (d, s) => paragraphsOf(section(d, s)),
    tables: (d, s) => tablesOf(section(d, s)),
    runs: runsOf,
    seedDocument(name, paragraphs, o) {
      const rec = newDocRecord(name, o?.folderId ?? rootFolderId, o?.accessible ?? true);
      if (o?.userCanOpen === false) (files.get(rec.id) as FakeFileRecord).userCanOpen = false;
      rec.body.children = paragraphs.map((t) => ({ ...emptyParagraph(), text: t }));
      if (!rec.body.children.length) rec.body.children = [emptyParagraph()];
      rec.saved = { body: cloneSection(rec.body), header: null, footer: null, page: { ...rec.page } };
      return rec.id;
    },
    seedFolder(name, o) {
      const id = ctx.nextId('fld');
      folders.set(id, { id, name, parents: [rootFolderId], accessible: o?.accessible ?? true });
      return id;
    },
  };

  /**
   * With the narrow `drive.file` scope Drive answers only for files the script created or the user
   * opened with it; for others it fails as if the file did not exist.
   * https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
   */
  const notFound = () => gasError('Exception: No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.');

  const fileApi = (f: FakeFileRecord) => ctx.w(new FakeFile(f), 'File');
  const folderApi = (f: FakeFolderRecord) => ctx.w(new FakeFolder(f), 'Folder');

  class FakeIterator<T> {
    private i = 0;
    constructor(private items: T[]) {}
    hasNext(): boolean {
      return this.i < this.items.length;
    }
    next(): T {
      if (this.i >= this.items.length) throw gasError('Exception: Cannot retrieve the next object: iterator has reached the end.');
      return this.items[this.i++];
    }
    getContinuationToken(): string {
      return String(this.i);
    }
  }

  const copyDoc = (src: FakeDocRecord, name: string, parent: string): FakeDocRecord => {
    const rec = newDocRecord(name, parent, true);
    rec.body = cloneSection(src.saved.body);
    rec.header = src.saved.header && cloneSection(src.saved.header);
    rec.footer = src.saved.footer && cloneSection(src.saved.footer);
    rec.page = { ...src.saved.page };
    rec.saved = { body: cloneSection(rec.body), header: rec.header && cloneSection(rec.header), footer: rec.footer && cloneSection(rec.footer), page: { ...rec.page } };
    return rec;
  };

  const createIn = (parent: string, a: unknown, content?: string, mimeType?: string) => {
    let name: string;
    let bytes: Uint8Array;
    let mime: string;
    if (typeof a === 'string') {
      name = a;
      bytes = new Uint8Array(Buffer.from(content ?? '', 'utf8'));
      mime = mimeType ?? 'text/plain';
    } else {
      const b = raw(a) as unknown as FakeBlob;
      name = b.name ?? 'Untitled';
      bytes = new Uint8Array(b.bytes);
      mime = b.contentType ?? 'application/octet-stream';
    }
    const id = ctx.nextId('fil');
    const f: FakeFileRecord = { id, name, mimeType: mime, bytes, parents: [parent], trashed: false, accessible: true };
    files.set(id, f);
    return fileApi(f);
  };

  class FakeFile implements Impl<GoogleAppsScript.Drive.File,
    'getId' | 'getName' | 'setName' | 'getMimeType' | 'getUrl' | 'getSize' | 'getAs' | 'getBlob' | 'makeCopy' | 'moveTo' | 'getParents' | 'setTrashed' | 'isTrashed'> {
    constructor(readonly f: FakeFileRecord) {}
    getId(): string {
      return this.f.id;
    }
    getName(): string {
      return this.f.name;
    }
    setName(name: string): this {
      this.f.name = name;
      const d = this.f.docId && docs.get(this.f.docId);
      if (d) d.name = name;
      return this;
    }
    getMimeType(): string {
      return this.f.mimeType;
    }
    getUrl(): string {
      return this.f.docId ? (docs.get(this.f.docId) as FakeDocRecord).url : `https://drive.google.com/file/d/${this.f.id}/view`;
    }
    getSize(): number {
      return this.f.bytes.length;
    }
    /** A Google Doc exports what was last saved. https://developers.google.com/apps-script/reference/drive/file#getAs(String) */
    getAs(contentType: string): Blob {
      if (this.f.docId) {
        const d = docs.get(this.f.docId) as FakeDocRecord;
        if (contentType !== 'application/pdf') throw gasError(`Exception: Converting from ${DOC_MIME} to ${contentType} is not supported.`);
        return newBlob(ctx, Array.from(pdfBytes(d, d.saved)), 'application/pdf', `${this.f.name}.pdf`);
      }
      if (contentType !== this.f.mimeType) throw gasError(`Exception: Converting from ${this.f.mimeType} to ${contentType} is not supported.`);
      return newBlob(ctx, Array.from(this.f.bytes), this.f.mimeType, this.f.name);
    }
    getBlob(): Blob {
      return this.f.docId ? this.getAs('application/pdf') : newBlob(ctx, Array.from(this.f.bytes), this.f.mimeType, this.f.name);
    }
    /** https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder) */
    makeCopy(name?: unknown, destination?: unknown): unknown {
      let n = typeof name === 'string' ? name : `Copy of ${this.f.name}`;
      let folder = typeof name === 'object' && name !== null ? name : destination;
      if (typeof name !== 'string' && name !== undefined && destination === undefined) {
        folder = name;
        n = `Copy of ${this.f.name}`;
      }
      const parent = folder ? (raw(folder) as unknown as FakeFolder).f.id : this.f.parents[0] ?? rootFolderId;
      if (this.f.docId) return fileApi(files.get(copyDoc(docs.get(this.f.docId) as FakeDocRecord, n, parent).id) as FakeFileRecord);
      const id = ctx.nextId('fil');
      const copy: FakeFileRecord = { ...this.f, id, name: n, parents: [parent], bytes: new Uint8Array(this.f.bytes), accessible: true };
      files.set(id, copy);
      return fileApi(copy);
    }
    moveTo(destination: unknown): this {
      this.f.parents = [(raw(destination) as unknown as FakeFolder).f.id];
      return this;
    }
    getParents(): unknown {
      return ctx.w(new FakeIterator(this.f.parents.map((id) => folders.get(id)).filter((x): x is FakeFolderRecord => !!x).map(folderApi)), 'FolderIterator');
    }
    setTrashed(trashed: boolean): this {
      this.f.trashed = trashed;
      return this;
    }
    isTrashed(): boolean {
      return this.f.trashed;
    }
  }

  class FakeFolder implements Impl<GoogleAppsScript.Drive.Folder, 'getId' | 'getName' | 'setName' | 'getUrl' | 'createFile' | 'createFolder' | 'getFiles' | 'getFolders'> {
    constructor(readonly f: FakeFolderRecord) {}
    getId(): string {
      return this.f.id;
    }
    getName(): string {
      return this.f.name;
    }
    setName(name: string): this {
      this.f.name = name;
      return this;
    }
    getUrl(): string {
      return FOLDER_URL(this.f.id);
    }
    createFile(a: unknown, content?: string, mimeType?: string): unknown {
      return createIn(this.f.id, a, content, mimeType);
    }
    createFolder(name: string): unknown {
      const id = ctx.nextId('fld');
      const f = { id, name, parents: [this.f.id], accessible: true };
      folders.set(id, f);
      return folderApi(f);
    }
    getFiles(): unknown {
      return ctx.w(new FakeIterator([...files.values()].filter((x) => x.parents.includes(this.f.id) && !x.trashed && x.accessible).map(fileApi)), 'FileIterator');
    }
    getFolders(): unknown {
      return ctx.w(new FakeIterator([...folders.values()].filter((x) => x.parents.includes(this.f.id) && x.accessible).map(folderApi)), 'FolderIterator');
    }
  }

  const DriveApp: Impl<GoogleAppsScript.Drive.DriveApp, 'getFileById' | 'getFolderById' | 'getRootFolder' | 'createFile' | 'createFolder'> = {
    getFileById(id: string): unknown {
      const f = files.get(id);
      if (!f || !f.accessible) throw notFound();
      return fileApi(f);
    },
    getFolderById(id: string): unknown {
      const f = folders.get(id);
      if (!f || !f.accessible) throw notFound();
      return folderApi(f);
    },
    getRootFolder(): unknown {
      return folderApi(folders.get(rootFolderId) as FakeFolderRecord);
    },
    createFile(a: unknown, content?: string, mimeType?: string): unknown {
      return createIn(rootFolderId, a, content, mimeType);
    },
    createFolder(name: string): unknown {
      return (raw(DriveApp.getRootFolder()) as FakeFolder).createFolder(name);
    },
  };

  // The documents scope opens any Doc the user can open, whether or not the add-on created it
  // (drive.file visibility is a Drive matter). https://developers.google.com/apps-script/reference/document/document-app#openById(String)
  const open = (rec: FakeDocRecord | undefined) => {
    if (!rec || files.get(rec.id)?.trashed || files.get(rec.id)?.userCanOpen === false) throw gasError("Exception: Document is missing (perhaps it was deleted, or you don't have read access?)");
    return ctx.w(new FakeDocument({ ctx, rec, closed: false }), 'Document');
  };

  const DocumentApp: Impl<GoogleAppsScript.Document.DocumentApp, 'create' | 'openById' | 'openByUrl' | 'getActiveDocument'> & typeof DOCUMENT_ENUMS = {
    ...DOCUMENT_ENUMS,
    create(name: string): unknown {
      if (store.createdToday >= opts.docsQuota) throw gasError('Exception: Service invoked too many times for one day: docs create.');
      store.createdToday++;
      return open(newDocRecord(String(name), rootFolderId, true));
    },
    openById(id: string): unknown {
      return open(docs.get(id));
    },
    openByUrl(url: string): unknown {
      const m = /\/document\/d\/([^/]+)/.exec(url);
      return open(m ? docs.get(m[1]) : undefined);
    },
    /** A spreadsheet add-on has no active document. */
    getActiveDocument(): null {
      return null;
    },
  };

  return { store, DocumentApp, DriveApp, internals: { docs, files, folders, rootFolderId, newDocRecord, copyDoc } };
}

export type { DA };
