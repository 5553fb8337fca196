/**
 * What Sheets' getDisplayValues() gives, for an .xlsx sheet: each cell as text the way the sheet
 * shows it (dates dd/mm/yyyy, percentages with their format's decimals). Template merge fills
 * documents with these, so a document reads like the sheet.
 */
import { displayText } from '../core/docs/merge';
import type { Lang } from '../core/i18n';
import type { XlsxWorkbook } from './xlsx-workbook';

export function xlsxDisplayGrid(xlsx: XlsxWorkbook, sheet: string, lang: Lang = 'vi'): string[][] {
  const grid = xlsx.readGrids([sheet])[0];
  if (!grid) return [];
  const want = grid.name.normalize('NFC');
  const ws = xlsx.book.worksheets.find((w) => w.name.normalize('NFC') === want);
  return grid.values.map((row, r) => row.map((v, c) => displayText(v, ws?.getCell(r + 1, c + 1).numFmt, lang)));
}
