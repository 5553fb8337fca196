/**
 * A document model as Docs API requests: the whole plan or report in a few batchUpdate calls,
 * however many tasks it lists (DocumentApp would need several calls per paragraph and per cell).
 *
 * Indexes (https://developers.google.com/docs/api/concepts/structure#start_and_end_index): the body
 * starts with a section break, its first paragraph at 1; a header's or footer's at 0. The content
 * is built from the LAST block to the first, always inserting at the segment's first index, so an
 * index never depends on what was written before it, only on the block being written:
 * - a paragraph's text goes in at the start (with a "\n" after it when a block already follows);
 * - a table goes in at the start, which puts an empty paragraph before it (the Docs API inserts a
 *   newline before a table, https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest);
 *   the block before the table then fills that paragraph;
 * - a fresh table of R rows and C columns starting at T has cell (r, c)'s empty paragraph at
 *   T + 3 + r·(2C + 1) + 2c (one index for the table, each row and each cell); cells are filled
 *   from the last, so the earlier cells keep their indexes;
 * - each block is styled right after it is written, before anything goes in front of it.
 *
 * What the Docs API cannot do either: a page-number field. The dialog tells the user how to add
 * page numbers (docs.pageNumbersHint).
 */
import type { Align, Block, DocModel, Paragraph, Run, Table } from '../core/docs/model';
import type { DocsRequest } from './advanced';

export const PT_PER_MM = 72 / 25.4;
export const pt = (mm: number) => Math.round(mm * PT_PER_MM * 100) / 100;
const dim = (magnitude: number) => ({ magnitude, unit: 'PT' });

const ALIGN: Record<Align, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };

const textOf = (p: Paragraph) => p.runs.map((r) => r.text).join('');

const same = (a: Run, b: Run) => !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && a.size === b.size;

interface Segment {
  /** The segment's first index: 1 in the body, 0 in a header or footer. */
  base: number;
  segmentId?: string;
}

function range(seg: Segment, startIndex: number, endIndex: number) {
  return seg.segmentId ? { startIndex, endIndex, segmentId: seg.segmentId } : { startIndex, endIndex };
}

function location(seg: Segment, index: number) {
  return seg.segmentId ? { index, segmentId: seg.segmentId } : { index };
}

function textStyle(r: Run, doc: DocModel) {
  return {
    bold: !!r.bold, italic: !!r.italic, underline: !!r.underline,
    fontSize: dim(r.size ?? doc.size), weightedFontFamily: { fontFamily: doc.font },
  };
}
const TEXT_FIELDS = 'bold,italic,underline,fontSize,weightedFontFamily';

function paragraphStyle(p: Paragraph) {
  return {
    alignment: ALIGN[p.align ?? 'left'],
    indentFirstLine: dim(pt(p.indent?.firstLineMm ?? 0) + pt(p.indent?.leftMm ?? 0)),
    indentStart: dim(pt(p.indent?.leftMm ?? 0)),
    spaceAbove: dim(p.spacing?.beforePt ?? 0),
    spaceBelow: dim(p.spacing?.afterPt ?? 0),
    lineSpacing: Math.round((p.spacing?.line ?? 1) * 100),
    keepWithNext: !!p.keepWithNext,
  };
}
const PARAGRAPH_FIELDS = 'alignment,indentFirstLine,indentStart,spaceAbove,spaceBelow,lineSpacing,keepWithNext';

/** Styles a paragraph written at `start`: its paragraph style, the most common run style, then runs that differ. */
function styleParagraph(out: DocsRequest[], seg: Segment, p: Paragraph, start: number, doc: DocModel): void {
  const text = textOf(p);
  out.push({ updateParagraphStyle: { range: range(seg, start, start + text.length + 1), paragraphStyle: paragraphStyle(p), fields: PARAGRAPH_FIELDS } });
  if (!text.length) return;
  const runs = p.runs.filter((r) => r.text.length > 0);
  const base = runs[0] ?? { text: '' };
  out.push({ updateTextStyle: { range: range(seg, start, start + text.length), textStyle: textStyle(base, doc), fields: TEXT_FIELDS } });
  let at = start;
  for (const r of runs) {
    if (!same(r, base)) out.push({ updateTextStyle: { range: range(seg, at, at + r.text.length), textStyle: textStyle(r, doc), fields: TEXT_FIELDS } });
    at += r.text.length;
  }
}

function isPlainRun(r: Run, doc: DocModel, size = doc.size): boolean {
  return !r.bold && !r.italic && !r.underline && (r.size ?? size) === size;
}

/** A left-aligned paragraph of plain runs in the table's size needs no request of its own. */
function isPlain(p: Paragraph, size: number, doc: DocModel): boolean {
  return (p.align ?? 'left') === 'left' && p.runs.every((x) => isPlainRun(x, doc, size));
}

/** The run size most cells use: set once on the whole table. */
function dominantSize(table: Table, doc: DocModel): number {
  const count = new Map<number, number>();
  for (const r of table.rows) for (const c of r.cells) for (const p of c.paragraphs) for (const x of p.runs) {
    const k = x.size ?? doc.size;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  let best = doc.size;
  let most = 0;
  for (const [k, v] of count) if (v > most) { best = k; most = v; }
  return best;
}

function rgb(hex: string) {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return { color: { rgbColor: { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 } } };
}

/** Grid columns of the table: cells spanning columns leave the columns they cover empty (as the .docx has them merged). */
function grid(table: Table): Array<Array<Table['rows'][number]['cells'][number] | null>> {
  const cols = Math.max(table.columnsMm.length, ...table.rows.map((r) => r.cells.reduce((a, c) => a + (c.span ?? 1), 0)));
  return table.rows.map((r) => {
    const out: Array<Table['rows'][number]['cells'][number] | null> = [];
    for (const c of r.cells) {
      out.push(c);
      for (let i = 1; i < (c.span ?? 1); i++) out.push(null);
    }
    while (out.length < cols) out.push(null);
    return out;
  });
}

/** A table inserted at the segment's start `at`: it starts at `at + 1`. */
function tableRequests(out: DocsRequest[], seg: Segment, table: Table, at: number, doc: DocModel): void {
  const cells = grid(table);
  const R = cells.length;
  const C = cells[0]?.length ?? 0;
  if (!R || !C) return;
  out.push({ insertTable: { rows: R, columns: C, location: location(seg, at) } });
  const T = at + 1;
  const tableStartLocation = location(seg, T);
  // Text first, from the last cell (earlier cells keep their indexes).
  const texts = cells.map((row) => row.map((c) => (c ? c.paragraphs.map(textOf).join('\n') : '')));
  for (let r = R - 1; r >= 0; r--) {
    for (let c = C - 1; c >= 0; c--) {
      if (texts[r][c]) out.push({ insertText: { text: texts[r][c], location: location(seg, T + 3 + r * (2 * C + 1) + 2 * c) } });
    }
  }
  // The filled table's layout: where each cell's text starts now.
  const starts: number[][] = [];
  let pos = T + 1;
  for (let r = 0; r < R; r++) {
    pos += 1;
    const row: number[] = [];
    for (let c = 0; c < C; c++) {
      pos += 1;
      row.push(pos);
      pos += texts[r][c].length + 1;
    }
    starts.push(row);
  }
  const size = dominantSize(table, doc);
  // One text style for the whole table, from the first cell's text to the last cell's end, then
  // only the cells that differ from it.
  out.push({ updateTextStyle: { range: range(seg, T + 3, pos), textStyle: { fontSize: dim(size), weightedFontFamily: { fontFamily: doc.font } }, fields: 'fontSize,weightedFontFamily' } });
  const border = { width: dim(table.borders ? 0.5 : 0), dashStyle: 'SOLID', color: rgb('#000000') };
  out.push({ updateTableCellStyle: { tableStartLocation, tableCellStyle: { borderLeft: border, borderRight: border, borderTop: border, borderBottom: border }, fields: 'borderLeft,borderRight,borderTop,borderBottom' } });
  table.columnsMm.forEach((w, i) => {
    if (i < C) out.push({ updateTableColumnProperties: { tableStartLocation, columnIndices: [i], tableColumnProperties: { widthType: 'FIXED_WIDTH', width: dim(pt(w)) }, fields: 'widthType,width' } });
  });
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const cell = cells[r][c];
      if (!cell) continue;
      if (cell.shade) {
        out.push({ updateTableCellStyle: { tableRange: { tableCellLocation: { tableStartLocation, rowIndex: r, columnIndex: c }, rowSpan: 1, columnSpan: 1 }, tableCellStyle: { backgroundColor: rgb(cell.shade) }, fields: 'backgroundColor' } });
      }
      const first = cell.paragraphs[0];
      const plain = cell.paragraphs.length <= 1 && (!first || isPlain(first, size, doc));
      if (plain) continue;
      let at2 = starts[r][c];
      for (const p of cell.paragraphs) {
        styleParagraph(out, seg, { ...p, runs: p.runs.map((x) => ({ ...x, size: x.size ?? size })) }, at2, doc);
        at2 += textOf(p).length + 1;
      }
    }
  }
}

/**
 * Consecutive paragraphs go in with ONE insertText; consecutive ones of the same paragraph style,
 * and of the same base run style, are styled with one request each; only runs that differ from
 * their paragraph's base get a request of their own.
 */
function paragraphGroupRequests(out: DocsRequest[], seg: Segment, group: Paragraph[], doc: DocModel, filled: boolean): void {
  const texts = group.map(textOf);
  const joined = texts.join('\n') + (filled ? '\n' : '');
  if (joined) out.push({ insertText: { text: joined, location: location(seg, seg.base) } });
  const starts: number[] = [];
  let at = seg.base;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  const runsOf = (p: Paragraph) => p.runs.filter((r) => r.text.length > 0);
  // Paragraph styles, one request per stretch of equal styles.
  for (let i = 0; i < group.length;) {
    const style = JSON.stringify(paragraphStyle(group[i]));
    let j = i;
    while (j + 1 < group.length && JSON.stringify(paragraphStyle(group[j + 1])) === style) j++;
    out.push({ updateParagraphStyle: { range: range(seg, starts[i], starts[j] + texts[j].length + 1), paragraphStyle: paragraphStyle(group[i]), fields: PARAGRAPH_FIELDS } });
    i = j + 1;
  }
  // Base run styles, one request per stretch of equal styles (empty paragraphs take their neighbours').
  const base = group.map((p) => runsOf(p)[0] ?? null);
  for (let i = 0; i < group.length;) {
    if (!base[i]) { i++; continue; }
    const style = JSON.stringify(textStyle(base[i] as Run, doc));
    let j = i;
    while (j + 1 < group.length && (!base[j + 1] || JSON.stringify(textStyle(base[j + 1] as Run, doc)) === style)) j++;
    let last = j;
    while (last > i && !base[last]) last--;
    out.push({ updateTextStyle: { range: range(seg, starts[i], starts[last] + texts[last].length), textStyle: textStyle(base[i] as Run, doc), fields: TEXT_FIELDS } });
    i = j + 1;
  }
  group.forEach((p, k) => {
    const b = base[k];
    if (!b) return;
    let pos = starts[k];
    for (const r of runsOf(p)) {
      if (!same(r, b)) out.push({ updateTextStyle: { range: range(seg, pos, pos + r.text.length), textStyle: textStyle(r, doc), fields: TEXT_FIELDS } });
      pos += r.text.length;
    }
  });
}

/**
 * Requests writing `blocks` into a segment holding one empty paragraph (a new document's body, a
 * new header or footer). Built from the last block to the first, see the top of this file.
 */
export function blockRequests(blocks: Block[], doc: DocModel, seg: Segment): DocsRequest[] {
  const out: DocsRequest[] = [];
  /** Whether the paragraph at the segment's start already holds a block. */
  let filled = false;
  const at = seg.base;
  let i = blocks.length - 1;
  while (i >= 0) {
    const b = blocks[i];
    if (b.type === 'table') {
      tableRequests(out, seg, b, at, doc);
      filled = false;
      i--;
    } else {
      // The paragraphs back to the previous table, or to one starting a page (it heads the group).
      let j = i;
      while (j > 0 && blocks[j - 1].type === 'paragraph' && !(blocks[j] as Paragraph).pageBreakBefore) j--;
      paragraphGroupRequests(out, seg, blocks.slice(j, i + 1) as Paragraph[], doc, filled);
      filled = true;
      i = j - 1;
    }
    const first = blocks[i + 1];
    if (first.pageBreakBefore && !seg.segmentId) {
      out.push({ insertPageBreak: { location: location(seg, at) } });
      filled = true;
    }
  }
  return out;
}

/** Page size and margins, and the header and footer the model has (their ids come back in the replies). */
export function setupRequests(model: DocModel): DocsRequest[] {
  const out: DocsRequest[] = [{
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: dim(pt(model.page.widthMm)), height: dim(pt(model.page.heightMm)) },
        marginTop: dim(pt(model.page.margins.top)), marginBottom: dim(pt(model.page.margins.bottom)),
        marginLeft: dim(pt(model.page.margins.left)), marginRight: dim(pt(model.page.margins.right)),
      },
      fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight',
    },
  }];
  if (model.header.length) out.push({ createHeader: { type: 'DEFAULT' } });
  if (model.footer.length) out.push({ createFooter: { type: 'DEFAULT' } });
  return out;
}

/**
 * Requests per batchUpdate call. Each call is one round trip (~0.3 s); a batch is applied whole or
 * not at all, so a document of 5 000 tasks takes a few dozen calls.
 */
export const REQUESTS_PER_BATCH = 2000;

export function chunks<T>(xs: T[], n = REQUESTS_PER_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
