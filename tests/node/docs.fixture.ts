/** Seed 000's tracker as an .xlsx file (dates and percentages formatted as the template does). */
import type { SheetGrid } from '../../src/core/sheet/grid';
import { isDateCell } from '../../src/core/sheet/cells';
import { XlsxWorkbook } from '../../src/node/xlsx-workbook';
import { seed000Grids } from '../core/docs/seed000.fixture';

export async function writeSeed000Xlsx(file: string, grids: SheetGrid[] = seed000Grids()): Promise<void> {
  const wb = XlsxWorkbook.create(file);
  for (const g of grids) {
    const header = g.values[0] as string[];
    const pct = header.indexOf('% hoàn thành');
    wb.write({
      sheet: g.name,
      mode: 'replace',
      blocks: [{
        row: 1, col: 1,
        values: g.values.map((r) => header.map((_, c) => (r[c] ?? null) as never)),
        numberFormats: g.values.map((r, ri) => header.map((_, c) => (ri > 0 && isDateCell(r[c]) ? 'dd/mm/yyyy' : ri > 0 && c === pct ? '0%' : null))),
      }],
    });
  }
  await wb.save(file);
}
