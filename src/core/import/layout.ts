/**
 * The layout stage: plan text copied from a PDF or a web page, given back the structure the
 * grammar reads, before anything else looks at it.
 *
 *  - rules and column bars of web copies (`|`, `-------`) are dropped, and a line whose cells are
 *    separated by bars (`TT | Nhiệm vụ | Cơ quan chủ trì | …`) becomes a table row;
 *  - headings, item numbers and labelled fields running inline are put back on lines of their
 *    own (`… đạt kết quả. II. NHIỆM VỤ 1. Công tác tuyên truyền (1) Tổ chức …`,
 *    `a) Cơ quan chủ trì: … b) Cơ quan phối hợp: …`, `- Đơn vị đầu mối: … - Thời gian thực hiện: …`);
 *  - a task table copied one cell per line (a PDF's table) is put back as rows.
 *
 * Lines broken in the middle of a sentence are joined later, by the outline (structure.ts), which
 * knows the markers. Pure text in, text out; linear in the length of the text.
 */
import { headerCell, tableHeader } from './tables';

const RULE = /^[\s|*_=~-]*$/;
const UPPER = 'A-ZĐÀ-ỸÂĂÊÔƠƯ';

/** Labels of the fields a task is described with, one per line or run together. */
export const FIELD_LABEL = '(?:(?:Cơ quan|Đơn vị)(?:\\s+(?:chủ trì|phối hợp|đầu mối|thực hiện))(?:\\s+thực hiện)?|Chủ trì|Phối hợp|Thời gian(?:\\s+(?:thực hiện|hoàn thành))?|Thời hạn(?:\\s+hoàn thành)?|Tiến độ(?:\\s+thực hiện)?|Sản phẩm|Kết quả(?:\\s+đầu ra)?|Nội dung(?:\\s+thực hiện)?|Trách nhiệm thực hiện)';

const INLINE = new RegExp([
  // `… kết quả. II. NHIỆM VỤ`: a Roman-numbered heading in capitals after a sentence.
  `(?<=[.;:!?…])\\s+(?=(?:[IVX]{1,5}|[A-E])[.\\-]\\s+[${UPPER}]{2})`,
  // `… kết quả. 1. Công tác …`, `: (1) Tổ chức …`, `. b) Cơ quan phối hợp: …`
  `(?<=[.;:!?…])\\s+(?=\\d{1,3}(?:\\.\\d{1,2}){0,3}\\.\\s+[${UPPER}])`,
  `(?<=[.;:!?…])\\s+(?=\\(\\d{1,3}\\)\\s)`,
  // `II. NHIỆM VỤ 1. Công tác tuyên truyền (1) Tổ chức …`: an item after a heading in capitals, and a
  // numbered item in parentheses starting with a capital, run on without a stop.
  `(?<=[${UPPER}]{2})\\s+(?=\\d{1,3}(?:\\.\\d{1,2}){0,3}\\.\\s+[${UPPER}][a-zà-ỹđ])`,
  `\\s+(?=\\(\\d{1,3}\\)\\s+[${UPPER}])`,
  `(?<=[.;!?…])\\s+(?=[a-zđ]\\)\\s)`,
  // `… của tỉnh a) Cơ quan chủ trì: …`: a lettered field even without a stop before it.
  `\\s+(?=[a-zđ]\\)\\s*${FIELD_LABEL}\\s*:)`,
  // `- Đơn vị đầu mối: … - Thời gian thực hiện: …`: a field after another field on the same line.
  `\\s+(?=-\\s+${FIELD_LABEL}\\s*:)`,
].join('|'), 'g');

function barCells(line: string): string[] | null {
  if (!line.includes('|')) return null;
  const cells = line.split('|').map((c) => c.trim());
  if (cells.length < 2) return null;
  while (cells.length && !cells[0]) cells.shift();
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  return cells;
}

/**
 * A table a web page gave as one line of bars, header and rows run together: `… CỤ THỂ: TT | Lớp |
 * GV chỉ đạo | Nội dung công việc | Dụng cụ | 1 | 9A | … | 2 | 9B | …`. The header says how many
 * cells a row has; each row starts with its number. Null when the line is one row (or not a table).
 */
function flatTable(cells: string[]): { before: string; rows: string[][]; after: string } | null {
  const c = [...cells];
  let before = '';
  // The text before the table ends in the first header cell: `… NỘI DUNG CÔNG VIỆC CỤ THỂ: TT`.
  const glued = /^(.*\S)\s+(S?TT)$/.exec(c[0] ?? '');
  if (glued && glued[1].length >= 10) {
    before = glued[1];
    c[0] = glued[2];
  }
  let n = 0;
  while (n < c.length && n < 10 && c[n].length <= 40 && headerCell(c[n]) !== null) n++;
  const cols = n >= 3 ? tableHeader(c.slice(0, n)) : null;
  if (!cols || !cols.includes('no') || c.length < 2 * n) return null;
  const rows: string[][] = [c.slice(0, n)];
  let i = n;
  while (i < c.length && /^\d{1,3}\.?$/.test(c[i])) {
    rows.push(c.slice(i, i + n));
    i += n;
  }
  if (rows.length < 2) return null;
  return { before, rows, after: c.slice(i).join(' ') };
}

/** The number of a row (or a group row's numeral) alone on its line. */
const ROW_START = /^\s*(?:\d{1,3}|[IVX]{1,5}|[A-E])\.?\s*$/;

/** Header cells of a task table, one per line: `TT`, `Nhiệm vụ`, `Cơ quan chủ trì` … */
function isHeaderCell(line: string): boolean {
  return line.length <= 40 && headerCell(line) !== null;
}

/**
 * A table copied one cell per line: a run of header cells (`TT`, `Nhiệm vụ`, `Cơ quan chủ trì`,
 * `Cơ quan phối hợp`, `Thời gian hoàn thành`, `Sản phẩm`), then rows that each start with their
 * number on a line of its own. A row with more lines than columns had a cell wrapped over lines:
 * the extra lines go to the task's own cell.
 */
function cellPerLineTables(lines: string[], origin: number[]): Layout {
  const out: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && lines[j].trim() && isHeaderCell(lines[j].trim())) j++;
    const header = lines.slice(i, j).map((l) => l.trim());
    const cols = header.length >= 3 ? tableHeader(header) : null;
    if (!cols || !cols.includes('no')) {
      out.push(lines[i]);
      at.push(origin[i]);
      continue;
    }
    out.push(header.join('\t'));
    at.push(origin[i]);
    const titleAt = cols.indexOf('title');
    let k = j;
    for (;;) {
      while (k < lines.length && !lines[k].trim()) k++;
      // A group row: a Roman numeral or letter, then its title.
      const start = k < lines.length ? ROW_START.exec(lines[k]) : null;
      if (!start) break;
      let end = k + 1;
      while (end < lines.length && !ROW_START.test(lines[end]) && !/^\s*(?:[IVX]{1,5}|\d{1,2})[.)]\s+\S/.test(lines[end])) {
        if (!lines[end].trim()) {
          // An empty cell of a web copy is a blank line inside the row; blank lines after the row's
          // last cell (the next line that says something is a row number, or the row is full) end it.
          let next = end;
          while (next < lines.length && !lines[next].trim()) next++;
          if (end - k >= cols.length || next >= lines.length || ROW_START.test(lines[next])) break;
        }
        end++;
      }
      const cells = lines.slice(k, end).map((l) => l.trim());
      if (/^\s*(?:[IVX]{1,5}|[A-E])\.?\s*$/.test(cells[0]) || cells.length <= 2) {
        out.push(cells.join('\t'));
        at.push(origin[k]);
      } else {
        const extra = cells.length - cols.length;
        const row = extra > 0 && titleAt >= 0
          ? [...cells.slice(0, titleAt), cells.slice(titleAt, titleAt + extra + 1).join(' '), ...cells.slice(titleAt + extra + 1)]
          : cells;
        out.push(row.join('\t'));
        at.push(origin[k]);
      }
      k = end;
    }
    i = k - 1;
  }
  return { text: out.join('\n'), origin: at };
}

export interface Layout {
  text: string;
  /** For each line of `text`, the 1-based line of the text as given (messages name that line). */
  origin: number[];
}

const LABEL_AT = new RegExp(`(?:^|[\\s.;)])(${FIELD_LABEL})\\s*:`, 'i');
const LABEL_OPEN = new RegExp(`(?:^|[\\s.;)])${FIELD_LABEL}\\s*:\\s*$`, 'i');
/** A line that opens with an item's or a field's marker. */
const MARKED = /^\s*(?:[-+•*]\s|[a-zđ]\)\s|\(?\d{1,3}\)\s|\d{1,3}(?:\.\d{1,2}){0,3}\.\s|[IVX]{1,5}\.\s)/;

/**
 * A PDF wraps lines wherever the width ends, inside a field's label too (`a) Cơ quan chủ` / `trì:
 * Sở X`, `- Đơn vị phối` / `hợp: …`) or between a label and its value (`Thời gian thực hiện:` /
 * `Năm 2026.`): such lines are one line again, counted from the first.
 */
function joinBrokenLabels(raw: string[]): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i];
    const at = i + 1;
    while (i + 1 < raw.length && !/[|\t]/.test(line) && !/[|\t]/.test(raw[i + 1]) && raw[i + 1].trim()) {
      const next = raw[i + 1];
      const tail = line.trimEnd().split(/\s+/).slice(-4).join(' ');
      const head = next.trimStart().split(/\s+/).slice(0, 3).join(' ');
      const m = LABEL_AT.exec(`${tail} ${head}`);
      const labelAt = m ? m.index + m[0].indexOf(m[1]) : -1;
      const across = !!m && labelAt < tail.length && m.index + m[0].length > tail.length + 1;
      const open = LABEL_OPEN.test(line) && !MARKED.test(next);
      if (!across && !open) break;
      line = `${line.trimEnd()} ${next.trimStart()}`;
      i++;
    }
    out.push({ text: line, at });
  }
  return out;
}

export function restoreLayout(text: string): Layout {
  const lines: string[] = [];
  const origin: number[] = [];
  const push = (s: string, at: number) => { lines.push(s); origin.push(at); };
  joinBrokenLabels(text.split('\n')).forEach(({ text: raw, at }) => {
    const i = at - 1;
    if (RULE.test(raw) && raw.trim()) return;
    const cells = barCells(raw);
    const flat = cells ? flatTable(cells) : null;
    if (flat) {
      if (flat.before) for (const piece of flat.before.split(INLINE)) push(piece, i + 1);
      for (const row of flat.rows) push(row.join('\t'), i + 1);
      if (flat.after) push(flat.after, i + 1);
      return;
    }
    if (cells) {
      if (cells.length) push(cells.length === 1 ? cells[0] : cells.join('\t'), i + 1);
      return;
    }
    if (raw.includes('\t')) return push(raw, i + 1);
    for (const piece of raw.split(INLINE)) push(piece, i + 1);
  });
  return cellPerLineTables(lines, origin);
}
