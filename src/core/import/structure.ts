/**
 * The outline of a plan: headings `A.`, `I-`/`I.`, `1.`, `4.2.`, `a)`, items `(1)`, bullets `-`
 * and `+`, month headings (`Tháng 7/2019:`), paragraphs and pasted table rows, as a tree.
 *
 * Levels are not fixed: the first marker kind met opens a level, a kind already open closes
 * everything below it (the way readers follow a document). `I`, `V`, `X`, `C`, `D` are read as
 * letters or Roman numerals from their neighbours (`D.` after `C.` is a letter, `V.` after `IV.`
 * a numeral). Lines broken in the middle of a sentence (page breaks in Word) are joined again.
 */
import { parseWindowHeading } from '../dates/deadlines';
import { civil, type CivilDate } from '../dates/civil';
import { foldKey } from '../text/normalize';

export type MarkerKind =
  | 'root' | 'upper' | 'roman' | 'num' | 'multi2' | 'multi3' | 'multi4' | 'lower' | 'window'
  | 'paren' | 'dash' | 'plus' | 'para' | 'table';

export interface PlanNode {
  kind: MarkerKind;
  /** The marker's label: `II`, `4.2`, `a`, `3`; empty for paragraphs and bullets. */
  label: string;
  /** The text after the marker; continuation paragraphs are appended after a new line. */
  text: string;
  /** The node's lines as written (cleaned), for `source`. */
  lines: string[];
  /** 1-based line of the cleaned text. */
  line: number;
  children: PlanNode[];
  parent: PlanNode | null;
  /** Table rows: the cells. */
  cells?: string[];
  /** The text is only a period (`Tháng 7/2019:`): a window for the items below. */
  isWindow: boolean;
  /** Before the plan's first heading (title, legal basis), or after `Nơi nhận`. */
  outside: boolean;
}

export interface PlanOutline {
  root: PlanNode;
  /** The document's own date (`Hạ Long, ngày 20 tháng 02 năm 2018`, `Ngày đăng 20/02/2020`). */
  documentDate: CivilDate | null;
  /** Line numbers (1-based) of the document's own date, so it is never read as a deadline. */
  documentDateLines: number[];
}

/** Levels that structure the plan (headings), as opposed to items of a list. */
export const HEADING_KINDS: ReadonlySet<MarkerKind> = new Set(['upper', 'roman', 'num', 'multi2', 'multi3', 'multi4', 'lower', 'window']);

interface Marker {
  kind: MarkerKind | 'letterOrRoman';
  label: string;
  text: string;
}

const ROMAN = /^(?:M{0,3})(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = v[s[i + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return n;
}

function isRoman(s: string): boolean {
  return s.length > 0 && ROMAN.test(s);
}

/** The marker at the start of a line, if any. */
export function markerOf(line: string): Marker | null {
  let m = /^(?:[-+]\s*)?\((\d{1,3})\)\s*(.*)$/.exec(line);
  if (m) return { kind: 'paren', label: m[1], text: m[2] };
  m = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/.exec(line);
  if (m) {
    const depth = m[1].split('.').length;
    return { kind: depth === 2 ? 'multi2' : depth === 3 ? 'multi3' : 'multi4', label: m[1], text: m[2] };
  }
  m = /^(\d{1,3})\s*[.)](?![\d/])\s*(\S.*)$/.exec(line);
  if (m) return { kind: 'num', label: m[1], text: m[2] };
  m = /^([IVXLCDM]{1,7}|[A-ZĐ])\s*[.\-)](?:\s+|(?=[A-ZĐÀ-Ỹ]))(\S.*)$/.exec(line);
  if (m) {
    const label = m[1];
    if (label.length > 1 && !isRoman(label)) return null;
    if (label.length === 1 && isRoman(label)) return { kind: 'letterOrRoman', label, text: m[2] };
    return { kind: label.length > 1 ? 'roman' : 'upper', label, text: m[2] };
  }
  m = /^([a-zđ])\s*[).]\s+(\S.*)$/.exec(line);
  if (m) return { kind: 'lower', label: m[1], text: m[2] };
  m = /^-\s*(\S.*)$/.exec(line);
  if (m) return { kind: 'dash', label: '', text: m[1] };
  m = /^\+\s*(\S.*)$/.exec(line);
  if (m) return { kind: 'plus', label: '', text: m[1] };
  return null;
}

interface LogicalLine {
  text: string;
  line: number;
}

function startsLower(s: string): boolean {
  const c = s.charAt(0);
  return c.toLowerCase() === c && c.toUpperCase() !== c;
}

/** Words a sentence does not end with: a line ending with one was broken (`Bình Định, ngày` / `29 tháng 4 …`). */
const OPEN_END = /(?:[,(–-]|\s(?:ngày|tháng|năm|số|của|và|với|các|những|về|tại|theo|cho|trong|đến|từ|hoặc|được|thuộc|là|để|nhằm|gồm|như|do|bởi|trên|dưới|giữa|sau|trước|khi|nếu))$/i;
const PERSON_LINE = /^(?:đồng chí|đ\/c)\s/i;

/** All in capitals (a title, a heading): such lines are not joined to their neighbours on length alone. */
function isCapsLine(s: string): boolean {
  const letters = s.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/**
 * Lines broken mid-sentence (a page break, a soft return, a PDF's or a web page's line width)
 * joined back: a line that starts in lower case, or follows a line ending with a word no
 * sentence ends with, or follows a long line without a final stop (the width of a copied column),
 * continues the line before, unless it opens an item or a heading of its own.
 */
function logicalLines(text: string, origin?: number[]): LogicalLine[] {
  const out: LogicalLine[] = [];
  const raw = text.split('\n');
  let lastPhysical = '';
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i];
    if (!s.trim()) { lastPhysical = ''; continue; }
    const prev = out[out.length - 1];
    const joinable = prev && lastPhysical
      && !s.includes('\t') && !prev.text.includes('\t')
      && !markerOf(s)
      && !/[.;:!?]$/.test(prev.text)
      && !PERSON_LINE.test(s)
      && (startsLower(s)
        || OPEN_END.test(lastPhysical)
        || (lastPhysical.length >= 45 && !isCapsLine(s) && !isCapsLine(lastPhysical) && !parseWindowHeading(s, { year: 2000 })));
    if (joinable) prev.text = `${prev.text} ${s.trim()}`;
    else out.push({ text: s, line: origin?.[i] ?? i + 1 });
    lastPhysical = s.trim();
  }
  return out;
}

const DOC_DATE = [
  /^[^,\n]{2,50},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i,
  /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*\.?$/i,
  /(?:ngày đăng|đăng ngày|ngày ban hành)\s*:?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/i,
  // A web page's own date line, alone at its head, with or without the time: `09:10, 14/10/2021`,
  // `15/09/2021`, `20/03/2020 00:00`, `Thứ Năm, 8/6/2023 14:46'(GMT+7)`.
  /^(?:\d{1,2}:\d{2}\s*,?\s*)?(?:(?:thứ\s+\S+|chủ nhật)\s*,\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*'?\s*(?:\(GMT\s*\+\s*7\))?)?$/i,
];

function documentDate(lines: LogicalLine[]): { date: CivilDate | null; lines: number[] } {
  for (const l of lines.slice(0, 40)) {
    // The header is often a table: `Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022`.
    for (const re of DOC_DATE) for (const cell of l.text.split('\t')) {
      const m = re.exec(cell.trim());
      if (m) {
        const d = civil(+m[3], +m[2], +m[1]);
        if (d) return { date: d, lines: [l.line] };
      }
    }
  }
  return { date: null, lines: [] };
}

function node(kind: MarkerKind, label: string, text: string, l: LogicalLine, parent: PlanNode | null): PlanNode {
  return { kind, label, text, lines: [l.text], line: l.line, children: [], parent, isWindow: false, outside: false };
}

/** Headings of parts that hold no tasks: purpose and requirements, legal basis, principles. */
export function isNonTaskHeading(text: string): boolean {
  const k = foldKey(text).replace(/^[^a-z]+/, '');
  return /^(?:muc dich|yeu cau|can cu|quan diem|co so phap ly|su can thiet|muc tieu|chi tieu)/.test(k);
}

const END = /^(?:nơi nhận|noi nhan)\b/i;

export function parseOutline(text: string, origin?: number[]): PlanOutline {
  const lines = logicalLines(text, origin);
  const doc = documentDate(lines);
  const root: PlanNode = { kind: 'root', label: '', text: '', lines: [], line: 0, children: [], parent: null, isWindow: false, outside: false };
  // Open levels, outermost first.
  const stack: PlanNode[] = [];
  const lastLabel: Partial<Record<MarkerKind, string>> = {};
  // The preamble (title, `Căn cứ …`) ends at the first section heading; a plan with none has no preamble.
  let firstHeading = lines.findIndex((l) => {
    const m = markerOf(l.text);
    return !!m && (m.kind === 'upper' || m.kind === 'roman' || m.kind === 'letterOrRoman');
  });
  // A list that starts at `2.` before any heading: the text was copied from the middle of a plan's
  // body (its first lines are the end of item 1), so nothing before the heading is preamble.
  const firstItem = lines.slice(0, Math.max(firstHeading, 0)).map((l) => markerOf(l.text)).find((m) => !!m && /^\d+$/.test(m.label));
  if (firstItem && firstItem.label !== '1') firstHeading = -1;
  let ended = false;
  const top = () => (stack.length ? stack[stack.length - 1] : root);

  const openKind = (kind: MarkerKind) => {
    const i = stack.map((n) => n.kind).lastIndexOf(kind);
    if (i >= 0) stack.length = i;
  };

  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    const outside = ended || (firstHeading >= 0 && li < firstHeading);
    if (!ended && END.test(l.text)) ended = true;
    if (outside || ended) {
      const n = node('para', '', l.text, l, root);
      n.outside = true;
      root.children.push(n);
      continue;
    }
    if (l.text.includes('\t')) {
      const parent = top();
      const n = node('table', '', l.text.replace(/\t/g, ' | '), l, parent);
      n.cells = l.text.split('\t').map((c) => c.trim());
      parent.children.push(n);
      continue;
    }
    const mk = markerOf(l.text);
    if (!mk) {
      const w = parseWindowHeading(l.text, { year: 2000 });
      if (w) {
        openKind('window');
        const parent = top();
        const n = node('window', '', l.text.replace(/[:.]\s*$/, ''), l, parent);
        n.isWindow = true;
        parent.children.push(n);
        stack.push(n);
        continue;
      }
      placeParagraph(l);
      continue;
    }
    let kind = mk.kind;
    if (kind === 'letterOrRoman') kind = letterOrRoman(mk.label, lastLabel);
    openKind(kind as MarkerKind);
    const parent = top();
    const n = node(kind as MarkerKind, mk.label, mk.text, l, parent);
    n.isWindow = HEADING_KINDS.has(n.kind) && !!parseWindowHeading(mk.text, { year: 2000 });
    parent.children.push(n);
    stack.push(n);
    lastLabel[n.kind] = mk.label;
  }
  return { root, documentDate: doc.date, documentDateLines: doc.lines };

  /**
   * A paragraph without a marker: under an intro ending with `:` it is that intro's content; after
   * a bullet list it goes back to the list's parent; after a numbered item with no sub-items it
   * continues that item (items of several paragraphs are common).
   */
  function placeParagraph(l: LogicalLine): void {
    const t = top();
    const intro = /:\s*$/.test(t.text);
    if (t !== root && !intro && (t.kind === 'dash' || t.kind === 'plus')) {
      stack.pop();
      return placeParagraph(l);
    }
    const continues = t !== root && !intro && !t.isWindow
      && (t.kind === 'paren' || t.kind === 'num' || t.kind === 'multi2' || t.kind === 'multi3' || t.kind === 'multi4' || t.kind === 'lower')
      && t.children.length === 0 && !looksLikeHeadingText(t.text);
    if (continues) {
      t.text = `${t.text}\n${l.text}`;
      t.lines.push(l.text);
      return;
    }
    t.children.push(node('para', '', l.text, l, t));
  }
}

/** Short, capitalised, no final full stop: a heading's text rather than a sentence. */
export function looksLikeHeadingText(text: string): boolean {
  const t = text.trim();
  if (t.length > 160 || /[.;]$/.test(t)) return false;
  const letters = t.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  return letters.length > 0 && (letters === letters.toUpperCase() || t.length <= 100);
}

function letterOrRoman(label: string, last: Partial<Record<MarkerKind, string>>): MarkerKind {
  const prevLetter = last.upper;
  if (prevLetter && label.charCodeAt(0) === prevLetter.charCodeAt(0) + 1) return 'upper';
  const prevRoman = last.roman;
  const v = romanValue(label);
  if (v === 1 || (prevRoman && romanValue(prevRoman) + 1 === v)) return 'roman';
  if (label === 'A') return 'upper';
  return prevLetter ? 'upper' : 'roman';
}
