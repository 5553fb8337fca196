/**
 * The text of a Word (.docx) plan as the importer reads it: one paragraph per line, table rows as
 * tab-separated cells (so tables keep their columns), and Word's automatic numbering written out
 * (`1.`, `a)`, `I.`, `-`), because in a .docx the numbers of numbered headings are not part of the
 * text but computed from word/numbering.xml.
 */
import PizZip from 'pizzip';
import { lowerLetter, roman, upperLetter } from '../core/text/numbering';

interface Level {
  fmt: string;
  text: string;
  start: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

/** numId → ilvl → how the level is numbered. */
function readNumbering(xml: string | null): Map<string, Level[]> {
  const out = new Map<string, Level[]>();
  if (!xml) return out;
  const abstract = new Map<string, Level[]>();
  for (const a of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const l of a[2].matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const body = l[2];
      levels[+l[1]] = {
        fmt: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
        text: decode(attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? ''),
        start: +(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '1'),
      };
    }
    abstract.set(a[1], levels);
  }
  for (const n of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(/<w:abstractNumId\b[^>]*>/.exec(n[2])?.[0] ?? '', 'w:val');
    if (id && abstract.has(id)) out.set(n[1], abstract.get(id) as Level[]);
  }
  return out;
}

function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerLetter': return lowerLetter(n);
    case 'upperLetter': return upperLetter(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperRoman': return roman(n);
    default: return String(n);
  }
}

class Numbering {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly levels: Map<string, Level[]>) {}

  /** The marker of the next paragraph of list `numId` at level `ilvl` (`2.`, `b)`, `-`). */
  next(numId: string, ilvl: number): string {
    const levels = this.levels.get(numId);
    const level = levels?.[ilvl];
    if (!levels || !level || numId === '0') return '';
    if (level.fmt === 'bullet') return '-';
    if (level.fmt === 'none') return '';
    const c = this.counters.get(numId) ?? [];
    c[ilvl] = (c[ilvl] ?? (level.start - 1)) + 1;
    c.length = ilvl + 1;
    this.counters.set(numId, c);
    return level.text.replace(/%(\d)/g, (_m, d: string) => {
      const i = +d - 1;
      const lv = levels[i];
      return formatNumber(c[i] ?? lv?.start ?? 1, lv?.fmt ?? 'decimal');
    });
  }
}

/** Plain text of a .docx file's body. Throws when the file is not a readable .docx. */
export function docxText(data: Buffer | Uint8Array): string {
  const zip = new PizZip(data);
  const doc = zip.file('word/document.xml')?.asText();
  if (!doc) throw new Error('word/document.xml is missing');
  const numbering = new Numbering(readNumbering(zip.file('word/numbering.xml')?.asText() ?? null));
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(doc)?.[1] ?? doc;
  const lines: string[] = [];
  // Open tables: rows of cells of paragraphs.
  const tables: Array<{ row: string[]; cell: string[]; mark: number }> = [];
  let para = '';
  let marker = '';
  let numId: string | null = null;
  let ilvl = 0;
  const tokens = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:numId|w:ilvl|w:pPr|w:instrText|w:delText)\b([^>]*?)(\/?)>|([^<]+)/g;
  let inText = false;
  let skipText = false;
  for (const m of body.matchAll(tokens)) {
    const [, close, tag, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (inText && !skipText) para += decode(text);
      continue;
    }
    if (tag === 'w:t') { inText = !close && !selfClose; continue; }
    if (tag === 'w:instrText' || tag === 'w:delText') { skipText = !close && !selfClose; continue; }
    if (close) {
      if (tag === 'w:pPr' && numId !== null) marker = numbering.next(numId, ilvl);
      else if (tag === 'w:p') {
        const line = `${marker ? `${marker} ` : ''}${para}`.replace(/[ \t]+/g, ' ').trim();
        const table = tables[tables.length - 1];
        if (table) table.cell.push(line);
        else lines.push(line);
        para = '';
        marker = '';
        numId = null;
        ilvl = 0;
      } else if (tag === 'w:tc') {
        const table = tables[tables.length - 1];
        if (table) { table.row.push(table.cell.filter(Boolean).join(' ')); table.cell = []; }
      } else if (tag === 'w:tr') {
        const table = tables[tables.length - 1];
        if (table) { lines.push(table.row.map((c) => c.replace(/\t/g, ' ')).join('\t')); table.row = []; }
      } else if (tag === 'w:tbl') {
        const done = tables.pop();
        // A table nested in a cell: its rows become text of the outer cell.
        const outer = tables[tables.length - 1];
        if (outer && done) outer.cell.push(lines.splice(done.mark).join(' ').replace(/\t/g, ' '));
      }
      continue;
    }
    if (tag === 'w:tbl') tables.push({ row: [], cell: [], mark: lines.length });
    else if (tag === 'w:tab') para += ' ';
    else if (tag === 'w:br' || tag === 'w:cr') para += '\n';
    else if (tag === 'w:numId') numId = attr(attrs, 'w:val');
    else if (tag === 'w:ilvl') ilvl = +(attr(attrs, 'w:val') ?? '0');
  }
  return lines.join('\n');
}
