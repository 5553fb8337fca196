/**
 * The offline DocumentWriter: the document model as a .docx file (the `docx` package). A4
 * (11906 × 16838 twips), margins from the format, Times New Roman everywhere, page numbers
 * centred in the header from page 2 (a different, empty first-page header).
 *
 * `write` is synchronous like every port: it decides the file name and queues the document;
 * `flush()` packs and saves everything queued (docx packs asynchronously), then makes the PDFs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType, BorderStyle, Document, Header, LineRuleType, Packer, PageNumber, Paragraph as DocxParagraph,
  ShadingType, Table as DocxTable, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, UnderlineType,
  VerticalAlignTable, WidthType,
} from 'docx';
import type { Align, Block, DocModel, DocumentWriter, Paragraph, Table, WriteOptions, WrittenDocument } from '../core/docs/model';
import { convertToPdf } from './pdf';

/** 1 mm in twentieths of a point. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (x: number): number => Math.round(x * TWIPS_PER_MM);
const pt = (x: number): number => Math.round(x * 20);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
};

function paragraph(p: Paragraph, doc: DocModel): DocxParagraph {
  const runs = p.runs.length ? p.runs : [{ text: '' }];
  return new DocxParagraph({
    alignment: ALIGN[p.align ?? 'left'],
    indent: p.indent ? { firstLine: p.indent.firstLineMm ? mm(p.indent.firstLineMm) : undefined, left: p.indent.leftMm ? mm(p.indent.leftMm) : undefined } : undefined,
    spacing: {
      before: pt(p.spacing?.beforePt ?? 0),
      after: pt(p.spacing?.afterPt ?? 0),
      line: Math.round(240 * (p.spacing?.line ?? 1)),
      lineRule: LineRuleType.AUTO,
    },
    keepNext: p.keepWithNext,
    pageBreakBefore: p.pageBreakBefore,
    children: runs.map((r) => new TextRun({
      text: r.text,
      bold: r.bold,
      italics: r.italic,
      underline: r.underline ? { type: UnderlineType.SINGLE } : undefined,
      size: Math.round((r.size ?? doc.size) * 2),
      font: doc.font,
    })),
  });
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

function table(t: Table, doc: DocModel): DocxTable {
  const widths = t.columnsMm.map(mm);
  const total = widths.reduce((a, b) => a + b, 0);
  return new DocxTable({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: t.borders ? ALL_LINES : TableBorders.NONE,
    rows: t.rows.map((r) => {
      let col = 0;
      return new TableRow({
        tableHeader: r.header,
        cantSplit: true,
        children: r.cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return new TableCell({
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            // Header and signature tables line up at the top; grid tables centre their cells.
            verticalAlign: t.borders ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
            margins: t.borders ? { left: mm(1.5), right: mm(1.5) } : { left: 0, right: 0 },
            shading: c.shade ? { fill: c.shade.replace('#', ''), type: ShadingType.CLEAR, color: 'auto' } : undefined,
            children: (c.paragraphs.length ? c.paragraphs : [{ type: 'paragraph' as const, runs: [] }]).map((p) => paragraph(p, doc)),
          });
        }),
      });
    }),
  });
}

function block(b: Block, doc: DocModel): Array<DocxParagraph | DocxTable> {
  if (b.type === 'paragraph') return [paragraph(b, doc)];
  // Word cannot break a page before a table: an empty paragraph carries the break.
  const before = b.pageBreakBefore ? [new DocxParagraph({ pageBreakBefore: true, children: [] })] : [];
  return [...before, table(b, doc)];
}

/** The model as a docx Document (exposed for tests that inspect the XML). */
export function toDocx(doc: DocModel): Document {
  const size = Math.round(doc.size * 2);
  const numbers = doc.pageNumbers;
  const pageNumberHeader = numbers
    ? new Header({
      children: [
        new DocxParagraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: Math.round(numbers.size * 2), font: doc.font })],
        }),
        ...doc.header.map((p) => paragraph(p, doc)),
      ],
    })
    : new Header({ children: doc.header.map((p) => paragraph(p, doc)) });
  const firstPageDiffers = !!numbers && numbers.fromPage > 1;
  return new Document({
    creator: 'Tiến độ',
    title: doc.title,
    styles: {
      default: {
        document: { run: { font: doc.font, size, language: { value: 'vi-VN' } } },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: mm(doc.page.widthMm), height: mm(doc.page.heightMm) },
          margin: {
            top: mm(doc.page.margins.top), bottom: mm(doc.page.margins.bottom),
            left: mm(doc.page.margins.left), right: mm(doc.page.margins.right),
            // The page number sits in the top margin, half-way.
            header: mm(doc.page.margins.top / 2), footer: mm(doc.page.margins.bottom / 2),
          },
        },
        titlePage: firstPageDiffers,
      },
      headers: firstPageDiffers
        ? { default: pageNumberHeader, first: new Header({ children: doc.header.map((p) => paragraph(p, doc)) }) }
        : { default: pageNumberHeader },
      children: doc.body.flatMap((b) => block(b, doc)),
    }],
  });
}

export async function docxBuffer(doc: DocModel): Promise<Buffer> {
  return Packer.toBuffer(toDocx(doc));
}

/** A name safe on every file system (Windows included); never empty. */
export function safeFileName(name: string): string {
  const s = name.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return (s || 'van-ban').slice(0, 150);
}

export class DocxWriter implements DocumentWriter {
  private queue: Array<{ doc: DocModel; file: string; pdf: boolean }> = [];

  /**
   * @param outDir folder for the files
   * @param o.fileName a fixed file name instead of the document's title (the demo writes `ke-hoach.docx`)
   */
  constructor(private readonly outDir: string, private readonly o: { fileName?: string } = {}) {}

  /** The folder is the command line's `--out`; the settings' Drive folder does not apply offline. */
  write(doc: DocModel, options: WriteOptions): WrittenDocument {
    const base = this.o.fileName ?? `${safeFileName(doc.title)}.docx`;
    const file = path.join(this.outDir, base);
    this.queue.push({ doc, file, pdf: options.pdf });
    return { name: doc.title, link: file, pdfLink: options.pdf ? file.replace(/\.docx$/i, '.pdf') : null };
  }

  /** Saves every queued document (and its PDF when asked); returns the paths written. */
  async flush(): Promise<string[]> {
    const written: string[] = [];
    const jobs = this.queue;
    this.queue = [];
    for (const j of jobs) {
      mkdirSync(path.dirname(j.file), { recursive: true });
      writeFileSync(j.file, await docxBuffer(j.doc));
      written.push(j.file);
      if (j.pdf) written.push(convertToPdf(j.file));
    }
    return written;
  }
}
