/**
 * Tables pasted from Word arrive as tab-separated rows: `STT | Nội dung | Chủ trì | Phối hợp |
 * Thời gian`. The header row (matched like sheet headers: case, accents and spaces ignored)
 * says which cell is which; a row holding only a numeral and a title (`I | CÔNG TÁC TỔ CHỨC`) is
 * a section of the table.
 */
import { headerKey } from '../text/normalize';

export type TableColumn = 'no' | 'title' | 'lead' | 'support' | 'time' | 'other';

const HEADERS: Record<Exclude<TableColumn, 'other'>, string[]> = {
  no: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No'],
  title: ['Nội dung', 'Nội dung công việc', 'Nhiệm vụ', 'Công việc', 'Nội dung nhiệm vụ', 'Tên nhiệm vụ', 'Nhiệm vụ, giải pháp', 'Task'],
  lead: ['Chủ trì', 'Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì thực hiện', 'Người chủ trì', 'Cơ quan, đơn vị chủ trì', 'Phụ trách', 'Lead',
    // `Thực hiện`, `Trách nhiệm`: the column of whoever does the step (procedures, school and office plans).
    'Thực hiện', 'Đơn vị thực hiện', 'Cơ quan thực hiện', 'Người thực hiện', 'Bộ phận thực hiện', 'Trách nhiệm', 'Trách nhiệm thực hiện',
    'Đơn vị chịu trách nhiệm', 'GV chỉ đạo', 'Giáo viên chỉ đạo', 'GV phụ trách', 'Giáo viên phụ trách', 'Người phụ trách', 'Cán bộ phụ trách'],
  support: ['Phối hợp', 'Cơ quan phối hợp', 'Đơn vị phối hợp', 'Phối hợp thực hiện', 'Cơ quan, đơn vị phối hợp', 'Support'],
  time: ['Thời gian', 'Thời hạn', 'Thời gian thực hiện', 'Thời gian hoàn thành', 'Tiến độ', 'Thời hạn hoàn thành', 'Hạn', 'Due'],
};

const KEYS = new Map<string, TableColumn>();
for (const [col, names] of Object.entries(HEADERS)) for (const n of names) KEYS.set(headerKey(n), col as TableColumn);

/** Header words that name no column the importer reads, but still mark a table's header. */
const OTHER_HEADERS = new Set(['Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả', 'Kết quả, sản phẩm', 'Ghi chú', 'Kinh phí', 'Nguồn kinh phí', 'Biểu mẫu', 'Hồ sơ', 'Tài liệu', 'Căn cứ', 'Lớp', 'Dụng cụ', 'Địa điểm', 'Phương tiện', 'Thành phần'].map(headerKey));

/** The column a header cell names, `other` for a known header that is not read, null for text. */
export function headerCell(cell: string): TableColumn | null {
  const k = headerKey(cell);
  return KEYS.get(k) ?? (OTHER_HEADERS.has(k) ? 'other' : null);
}

/** The column of each cell when the row is a header (at least a title column and one more), else null. */
export function tableHeader(cells: string[]): TableColumn[] | null {
  const cols = cells.map((c) => KEYS.get(headerKey(c)) ?? 'other');
  const known = cols.filter((c) => c !== 'other');
  return cols.includes('title') && known.length >= 2 ? cols : null;
}

/** Without a header, five cells are read in the usual order of plans. */
export const DEFAULT_COLUMNS: TableColumn[] = ['no', 'title', 'lead', 'support', 'time'];

export interface TableRow {
  no: string;
  title: string;
  lead: string;
  support: string;
  time: string;
}

export function readRow(cells: string[], cols: TableColumn[]): TableRow {
  const row: TableRow = { no: '', title: '', lead: '', support: '', time: '' };
  const notes: string[] = [];
  cells.forEach((c, i) => {
    const k = cols[i];
    if (k && k !== 'other') row[k] = row[k] ? `${row[k]} ${c}` : c;
    else if (k === 'other') notes.push(c);
  });
  // A table without a support column writes who helps in its notes: `Phối hợp P. TC-HC, P. HTĐN`.
  if (!row.support) {
    const helped = notes.map((c) => /^phối hợp(?:\s+với)?\s+(\S.*)$/i.exec(c.trim())).find(Boolean);
    if (helped) row.support = helped[1].replace(/[.;]+$/, '');
  }
  return row;
}

/** `I | CÔNG TÁC TỔ CHỨC | | |`: a row that opens a part of the table. */
export function isSectionRow(row: TableRow, cells: string[] = []): boolean {
  // A merged group row exported cell by cell repeats its title in every cell.
  const filled = cells.filter((c) => c.trim() && c.trim() !== row.no);
  if (filled.length >= 2 && filled.every((c) => c.trim() === row.title.trim())) return true;
  if (!row.title || row.lead || row.support || row.time) return false;
  const letters = row.title.replace(/[^A-Za-zÀ-ỹĐđ]/g, '');
  return /^[IVXLC]+\.?$|^[A-ZĐ]\.?$/.test(row.no) || (letters.length > 3 && letters === letters.toUpperCase());
}
