/**
 * The text of a PDF plan, for `tiendo import plan.pdf`: pdfjs-dist (Mozilla's PDF.js, pure
 * JavaScript, no native build) gives each page's text pieces with their positions; pieces on one
 * baseline make a line, read left to right, and a wide gap (a table's columns) becomes a tab, the
 * way the importer reads cells. Lines keep the PDF's width: the importer's
 * layout stage joins lines broken in the middle of a sentence.
 *
 * A PDF with no text layer (a scan) gives no text: the caller says so; nothing is guessed.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Glyph {
  ch: string;
  x0: number;
  x1: number;
  piece: number;
}

/**
 * One line's text from its pieces. Office PDFs draw a line in runs: the letters of the main font
 * with blanks where the Vietnamese letters it lacks go (`UBND T NH Đ`), then those letters from a
 * fallback font at their places (`Ỉ`, `Ắ`). So the line is rebuilt from its letters alone, placed
 * across their pieces' widths and read left to right: a space where two letters stand apart, a tab
 * where the gap is wide (a table's columns).
 */
function lineText(pieces: Piece[]): string {
  const letters: Glyph[] = [];
  pieces.forEach((p, k) => {
    const chars = [...p.str];
    const w = chars.length ? p.width / chars.length : 0;
    chars.forEach((ch, i) => { if (!/\s/.test(ch)) letters.push({ ch, x0: p.x + w * i, x1: p.x + w * (i + 1), piece: k }); });
  });
  letters.sort((a, b) => a.x0 - b.x0);
  const size = Math.max(...pieces.map((p) => p.height || 10));
  let out = '';
  let last: Glyph | null = null;
  for (const g of letters) {
    if (last) {
      const gap = g.x0 - last.x1;
      // Letters of one piece are placed evenly, so across pieces the estimate is rougher: a word
      // space is a quarter of the font size, a narrow letter's misplacement less.
      if (gap > size * 2.5) out += '\t';
      else if (gap > size * (g.piece === last.piece ? 0.15 : 0.3)) out += ' ';
    }
    out += g.ch;
    last = g;
  }
  return out;
}

/** Pieces grouped by baseline (top to bottom), each line read left to right. */
function pageLines(pieces: Piece[]): string[] {
  const lines: Piece[][] = [];
  for (const p of [...pieces].sort((a, b) => b.y - a.y)) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].y - p.y) <= Math.max(2, (p.height || 10) / 3)) line.push(p);
    else lines.push([p]);
  }
  return lines.map(lineText);
}

/** The PDF's text, page after page; empty when it has no text layer. Throws on a file that is not a readable PDF. */
export async function pdfText(data: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        pieces.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
      }
      pages.push(pageLines(pieces).join('\n'));
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await doc.destroy();
  }
}
