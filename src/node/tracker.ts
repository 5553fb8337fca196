/** A new tracker workbook in memory: the shared template (src/core/plan/template.ts) written through the xlsx port. */
import path from 'node:path';
import type { Lang } from '../core/i18n';
import { trackerTemplate } from '../core/plan/template';
import { XlsxWorkbook } from './xlsx-workbook';

export function newTracker(lang: Lang = 'vi', fileName = 'Tiến độ.xlsx'): XlsxWorkbook {
  const wb = XlsxWorkbook.create(path.basename(fileName));
  for (const sheet of trackerTemplate(lang)) wb.write(sheet);
  return wb;
}
