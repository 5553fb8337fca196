/**
 * Builds examples/ke-hoach-mau.xlsx from src/core/sample/data.ts: a new tracker (the shared template)
 * with the sample's rows written through the same xlsx port the CLI uses.
 * `npm run sample` regenerates the committed file; tests/node/sample.test.ts checks they agree.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOLIDAYS_SHEET, PEOPLE_SHEET, SETTINGS_SHEET, TASKS_SHEET } from '../src/core/plan/columns';
import { SETTING_DEFS, displaySetting } from '../src/core/plan/settings';
import type { OutCell, SheetOutput } from '../src/core/sheet/output';
import { builtInHolidayRows } from '../src/core/plan/template';
import { newTracker } from '../src/node/tracker';
import type { XlsxWorkbook } from '../src/node/xlsx-workbook';
import { REPORTS_SHEET } from '../src/core/plan/reports-sheet';
import { SAMPLE_REPORTS, SAMPLE_SETTINGS, samplePlan } from '../src/core/sample/data';

export const SAMPLE_FILE = fileURLToPath(new URL('./ke-hoach-mau.xlsx', import.meta.url));

function rowsSheet(sheet: string, rows: OutCell[][], wrap = false, row = 2): SheetOutput {
  return { sheet, mode: 'update', blocks: [{ row, col: 1, values: rows, wrap }] };
}

export function buildSample(): XlsxWorkbook {
  const wb = newTracker('vi', 'ke-hoach-mau.xlsx');
  // Fixed document dates, so regenerating changes nothing a reader can see.
  wb.book.creator = 'Tiến độ';
  wb.book.created = new Date(Date.UTC(2019, 10, 12));
  wb.book.modified = new Date(Date.UTC(2019, 10, 12));

  const plan = samplePlan();
  wb.write(rowsSheet(TASKS_SHEET.vi, plan.tasks, true));
  wb.write(rowsSheet(PEOPLE_SHEET.vi, plan.people, true));
  // The office's own rows go below the built-in days the new tracker lists.
  wb.write(rowsSheet(HOLIDAYS_SHEET.vi, plan.holidays, false, 2 + builtInHolidayRows('vi').length));

  const settingsBlocks = Object.entries(SAMPLE_SETTINGS).map(([key, value]) => {
    const i = SETTING_DEFS.findIndex((d) => d.key === key);
    if (i < 0) throw new Error(`sample setting ${key} is not a setting`);
    const shown = typeof value === 'number' ? value : displaySetting(SETTING_DEFS[i], value);
    return { row: i + 2, col: 2, values: [[shown]], wrap: true };
  });
  wb.write({ sheet: SETTINGS_SHEET.vi, mode: 'update', blocks: settingsBlocks });

  // The units' answers as the form leaves them: its ten columns, no `Xử lý` yet (a refresh adds it).
  const header = REPORTS_SHEET.columns.filter((c) => c.key !== 'handling').map((c) => c.vi);
  wb.write({
    sheet: REPORTS_SHEET.vi, mode: 'update', frozenRows: 1,
    blocks: [{ row: 1, col: 1, values: [header], bold: [header.map(() => true)] }, { row: 2, col: 1, values: SAMPLE_REPORTS, wrap: true }],
    columnWidths: REPORTS_SHEET.columns.map((c, i) => [i + 1, c.width ?? 120] as [number, number]),
  });
  return wb;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wb = buildSample();
  await wb.save(SAMPLE_FILE);
  console.log(`${path.relative(process.cwd(), SAMPLE_FILE)}: ${wb.sheetNames().join(', ')}`);
}
