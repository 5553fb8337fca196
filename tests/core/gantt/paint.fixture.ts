/**
 * What a spreadsheet shows of a SheetOutput's conditional formats: each cell of the rules' ranges
 * gets the background of the FIRST rule whose formula is true there (Sheets' order of precedence).
 * The formulas are evaluated here with a small evaluator of the subset the Gantt sheet uses
 * (AND, OR, IF, MIN, N, DATE, EOMONTH, EDATE, + - * /, comparisons, relative and $absolute refs),
 * so the tests can ask "is T2's bar dark on 12/11?" instead of comparing formula strings.
 */
import { civil, daysInMonth, fromSerial, parts, toSerial } from '../../../src/core/dates/civil';
import type { CellBlock, ConditionalRule, OutCell, SheetOutput } from '../../../src/core/sheet/output';
import { TODAY as FIXTURE_TODAY } from './gantt.fixture';

type V = number | string | boolean;
type Cell = V | '';

function colNumber(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  return c;
}

export function parseRange(a1: string): { r1: number; c1: number; r2: number; c2: number } {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) throw new Error(`bad range ${a1}`);
  const r1 = Number(m[2]);
  const c1 = colNumber(m[1]);
  return { r1, c1, r2: m[4] ? Number(m[4]) : r1, c2: m[3] ? colNumber(m[3]) : c1 };
}

/** Cell values as a sheet holds them: dates as serial numbers, empty as ''. Later blocks win. */
export function cellsOf(out: SheetOutput): (row: number, col: number) => Cell {
  const map = new Map<string, Cell>();
  const put = (b: CellBlock) => b.values.forEach((rv, i) => rv.forEach((v, j) => {
    const o = v as OutCell;
    let c: Cell = '';
    if (o === null) c = '';
    else if (typeof o === 'object' && 'date' in o) c = toSerial(o.date);
    else if (typeof o === 'object') throw new Error('formula cell');
    else c = o;
    map.set(`${b.row + i},${b.col + j}`, c);
  }));
  out.blocks.forEach(put);
  return (r, c) => map.get(`${r},${c}`) ?? '';
}

type Tok = { k: 'num' | 'str' | 'ref' | 'id' | 'op'; v: string };

function lex(f: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(\$?[A-Z]+\$?\d+)|([A-Z]+)(?=\()|(<>|<=|>=|[-+*/=<>(),]))/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  const s = f.replace(/^=/, '');
  re.lastIndex = 0;
  while (pos < s.length && (m = re.exec(s))) {
    if (m[1] !== undefined) out.push({ k: 'num', v: m[1] });
    else if (m[2] !== undefined) out.push({ k: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ k: 'ref', v: m[3] });
    else if (m[4] !== undefined) out.push({ k: 'id', v: m[4] });
    else out.push({ k: 'op', v: m[5] });
    pos = re.lastIndex;
  }
  if (pos < s.trimEnd().length) throw new Error(`cannot read formula at ${pos}: ${s}`);
  return out;
}

const num = (v: Cell): number => (v === '' ? 0 : typeof v === 'boolean' ? (v ? 1 : 0) : typeof v === 'number' ? v : Number.NaN);

function compare(a: Cell, b: Cell): number {
  // Blank takes the other side's type; text compares without case; numbers sort before text.
  if (a === '' && typeof b === 'string') a = '';
  else if (a === '') a = 0;
  if (b === '' && typeof a === 'string') b = '';
  else if (b === '') b = 0;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;
  if (typeof a === 'string') return 1;
  if (typeof b === 'string') return -1;
  return num(a) - num(b);
}

function shiftMonths(serial: number, n: number): { y: number; m: number; d: number } {
  const date = fromSerial(serial) as string;
  const { y, m, d } = parts(date);
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1, d };
}

/** Evaluates `formula` (written for the range's top-left cell) at an offset of (dr, dc) from it. */
export function evaluate(formula: string, at: { row: number; col: number; dr: number; dc: number }, cell: (r: number, c: number) => Cell, today?: string): Cell {
  const toks = lex(formula);
  let i = 0;
  const peek = () => toks[i];
  const take = (v?: string) => {
    const t = toks[i++];
    if (v !== undefined && t?.v !== v) throw new Error(`expected ${v} in ${formula}`);
    return t;
  };
  const ref = (s: string): Cell => {
    const m = /^(\$?)([A-Z]+)(\$?)(\d+)$/.exec(s) as RegExpExecArray;
    const c = colNumber(m[2]) + (m[1] ? 0 : at.dc);
    const r = Number(m[4]) + (m[3] ? 0 : at.dr);
    return cell(r, c);
  };
  const call = (name: string, args: Cell[]): Cell => {
    switch (name) {
      case 'AND': return args.every((a) => num(a) !== 0 && a !== '');
      case 'OR': return args.some((a) => num(a) !== 0 && a !== '');
      case 'IF': return num(args[0]) !== 0 ? args[1] : args[2];
      case 'MIN': return Math.min(...args.map(num));
      case 'MAX': return Math.max(...args.map(num));
      case 'N': return typeof args[0] === 'number' ? args[0] : 0;
      case 'TODAY': {
        if (!today) throw new Error(`TODAY() in ${formula} needs the day the sheet is looked at`);
        return toSerial(today);
      }
      case 'DATE': return toSerial(civil(num(args[0]), num(args[1]), num(args[2])) as string);
      case 'EOMONTH': {
        const { y, m } = shiftMonths(num(args[0]), num(args[1]));
        return toSerial(civil(y, m, daysInMonth(y, m)) as string);
      }
      case 'EDATE': {
        const { y, m, d } = shiftMonths(num(args[0]), num(args[1]));
        return toSerial(civil(y, m, Math.min(d, daysInMonth(y, m))) as string);
      }
      default: throw new Error(`function ${name} not supported`);
    }
  };
  const primary = (): Cell => {
    const t = take();
    if (t.k === 'num') return Number(t.v);
    if (t.k === 'str') return t.v;
    if (t.k === 'ref') return ref(t.v);
    if (t.k === 'id') {
      take('(');
      const args: Cell[] = [];
      if (peek()?.v !== ')') {
        args.push(expr());
        while (peek()?.v === ',') { take(','); args.push(expr()); }
      }
      take(')');
      return call(t.v, args);
    }
    if (t.v === '(') { const v = expr(); take(')'); return v; }
    if (t.v === '-') return -num(primary());
    throw new Error(`unexpected ${t.v} in ${formula}`);
  };
  const term = (): Cell => {
    let v = primary();
    while (peek()?.v === '*' || peek()?.v === '/') {
      const op = take().v;
      const w = primary();
      v = op === '*' ? num(v) * num(w) : num(v) / num(w);
    }
    return v;
  };
  const additive = (): Cell => {
    let v = term();
    while (peek()?.v === '+' || peek()?.v === '-') {
      const op = take().v;
      const w = term();
      v = op === '+' ? num(v) + num(w) : num(v) - num(w);
    }
    return v;
  };
  const expr = (): Cell => {
    const a = additive();
    const op = peek()?.v;
    if (op && ['=', '<>', '<', '<=', '>', '>='].includes(op)) {
      take();
      const c = compare(a, additive());
      return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
    }
    return a;
  };
  const v = expr();
  if (i !== toks.length) throw new Error(`left over in ${formula}`);
  return v;
}

/** The background the conditional formats give a cell (null: no rule applies). */
/** `today`: the day the sheet is looked at, for rules that use TODAY() (the fixtures' day unless given). */
export function painter(out: SheetOutput, today: string = FIXTURE_TODAY): (row: number, col: number) => string | null {
  const rules: ConditionalRule[] = out.conditionalRules?.rules ?? [];
  const ranges = rules.map((r) => parseRange(r.range));
  const cell = cellsOf(out);
  return (row, col) => {
    for (let k = 0; k < rules.length; k++) {
      const g = ranges[k];
      if (row < g.r1 || row > g.r2 || col < g.c1 || col > g.c2) continue;
      const v = evaluate(rules[k].formula, { row, col, dr: row - g.r1, dc: col - g.c1 }, cell, today);
      if (v === true || (typeof v === 'number' && v !== 0)) return rules[k].background ?? null;
    }
    return null;
  };
}

/** The timeline column of a date (by the header row 2's period starts). */
export function columnOfDate(out: SheetOutput, date: string, firstCol: number): number {
  const cell = cellsOf(out);
  const serial = toSerial(date);
  let col = -1;
  for (let c = firstCol; cell(2, c) !== ''; c++) if ((cell(2, c) as number) <= serial) col = c;
  return col;
}
