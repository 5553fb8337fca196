/**
 * One small document model for every document the add-on writes. Builders (plan.ts, report.ts)
 * produce it; writers (Google Docs in src/gas/docs-writer.ts, .docx in src/node/docx-writer.ts)
 * render it. Units are what the format guidance speaks in: font sizes in points, page and indent
 * lengths in millimetres, paragraph spacing in points, line spacing as a multiple.
 */
import { type DocFormat, type TextStyle, textWidthMm } from './format';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; the document's body size when absent. */
  size?: number;
}

export interface Paragraph {
  type: 'paragraph';
  runs: Run[];
  align?: Align;
  indent?: { firstLineMm?: number; leftMm?: number };
  spacing?: { beforePt?: number; afterPt?: number; line?: number };
  /** Keep on the same page as the next paragraph (headings). */
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
}

export interface Cell {
  paragraphs: Paragraph[];
  /** Number of grid columns this cell spans. */
  span?: number;
  /** Background colour `#rrggbb`. */
  shade?: string;
}

export interface Row {
  cells: Cell[];
  /** Repeated at the top of every page the table runs onto. */
  header?: boolean;
}

export interface Table {
  type: 'table';
  /** Column widths in mm; they add up to the table's width. */
  columnsMm: number[];
  rows: Row[];
  borders: boolean;
  pageBreakBefore?: boolean;
}

export type Block = Paragraph | Table;

export interface PageSetup {
  widthMm: number;
  heightMm: number;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface DocModel {
  /** The document's name (file name without extension). */
  title: string;
  page: PageSetup;
  font: string;
  /** Body size in points: the default of every run. */
  size: number;
  /** Page numbers centred in the header, from this page on (official documents: 2); null for none. */
  pageNumbers: { fromPage: number; size: number } | null;
  header: Paragraph[];
  footer: Paragraph[];
  body: Block[];
}

/** A document a writer made: what the user opens. */
export interface WrittenDocument {
  name: string;
  /** Google Docs URL, or the .docx path offline. */
  link: string;
  /** The PDF saved next to it, when asked for. */
  pdfLink: string | null;
}

export interface WriteOptions {
  /** Also save a PDF next to the document. */
  pdf: boolean;
  /** The settings' `Thư mục lưu văn bản` (Google Drive link or id); hosts without Drive ignore it. */
  folder?: string;
}

/** The host side of documents: renders a model as a Google Doc or a .docx file. */
export interface DocumentWriter {
  write(doc: DocModel, options: WriteOptions): WrittenDocument;
}

// ---- builders -------------------------------------------------------------------------------

export function run(text: string, style: Partial<TextStyle> = {}): Run {
  const r: Run = { text: style.caps ? text.toLocaleUpperCase('vi') : text };
  if (style.bold) r.bold = true;
  if (style.italic) r.italic = true;
  if (style.underline) r.underline = true;
  if (style.size) r.size = style.size;
  return r;
}

export function para(runs: Run[] | Run | string, opts: Omit<Paragraph, 'type' | 'runs'> = {}): Paragraph {
  const list = typeof runs === 'string' ? [{ text: runs }] : Array.isArray(runs) ? runs : [runs];
  return { type: 'paragraph', runs: list, ...opts };
}

export function centred(runs: Run[] | Run | string, opts: Omit<Paragraph, 'type' | 'runs' | 'align'> = {}): Paragraph {
  return para(runs, { ...opts, align: 'center' });
}

/** A body paragraph: justified, first-line indent and spacing of the format. */
export function bodyPara(f: DocFormat, runs: Run[] | Run | string, opts: Omit<Paragraph, 'type' | 'runs'> = {}): Paragraph {
  return para(runs, {
    align: 'justify',
    indent: { firstLineMm: f.body.firstLineIndentMm },
    spacing: { beforePt: f.body.beforePt, line: f.body.line },
    ...opts,
  });
}

/** A heading: like a body paragraph, kept with what follows. */
export function headingPara(f: DocFormat, text: string, style: TextStyle): Paragraph {
  return bodyPara(f, run(text, style), { keepWithNext: true, align: 'left' });
}

/**
 * A short horizontal rule, as the state format draws under the issuer and the motto. Written as
 * underscores so every writer (and a PDF's text) renders it the same way without drawing objects.
 */
export function ruleLine(lengthMm: number, size: number): Paragraph {
  // An underscore in Times New Roman is half an em wide.
  const charMm = (size * 0.5 * 25.4) / 72;
  const n = Math.max(3, Math.round(lengthMm / charMm));
  return centred(run('_'.repeat(n), { size }), { spacing: { beforePt: 0, afterPt: 0, line: 0.6 } });
}

export function cell(paragraphs: Paragraph[] | Paragraph, extra: Omit<Cell, 'paragraphs'> = {}): Cell {
  return { paragraphs: Array.isArray(paragraphs) ? paragraphs : [paragraphs], ...extra };
}

export function emptyDoc(f: DocFormat, title: string): DocModel {
  return {
    title,
    page: { widthMm: f.page.widthMm, heightMm: f.page.heightMm, margins: { ...f.page.margins } },
    font: f.font,
    size: f.body.size,
    pageNumbers: { fromPage: f.pageNumbers.fromPage, size: f.pageNumbers.size },
    header: [],
    footer: [],
    body: [],
  };
}

export { textWidthMm };

// ---- reading a model back ---------------------------------------------------------------------

export function paragraphText(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** The document as plain lines (table cells joined by ` | `): for tests, previews and logs. */
export function docLines(doc: Pick<DocModel, 'body'>): string[] {
  const out: string[] = [];
  for (const b of doc.body) {
    if (b.type === 'paragraph') out.push(paragraphText(b));
    else for (const r of b.rows) out.push(r.cells.map((c) => c.paragraphs.map(paragraphText).join('\n')).join(' | '));
  }
  return out;
}
