/**
 * The preview dialog's data, made the way the server makes it: a dry run of the reminder use-case
 * over the reminders test plan (held in an in-memory workbook), today Friday 05/07/2019.
 */
import { runReminders } from '../../../src/app/remind';
import type { RemindReport } from '../../../src/core/remind/report';
import { XlsxWorkbook } from '../../../src/node/xlsx-workbook';
import type { MailPort, OutgoingMail } from '../../../src/ports';
import { TODAY, grids } from '../../core/remind/reminders.fixture';

export function remindersReport(o: { dryRun?: boolean; quota?: number } = {}): RemindReport {
  const book = XlsxWorkbook.create('ke-hoach.xlsx');
  for (const g of grids()) book.write({ sheet: g.name, mode: 'replace', blocks: [{ row: 1, col: 1, values: g.values.map((r) => r.map((v) => v ?? '')) as never }] });
  const sent: OutgoingMail[] = [];
  let quota = o.quota ?? 100;
  const mail: MailPort = { remainingQuota: () => quota, send: (m) => { sent.push(m); quota -= m.to.length; } };
  let t = 0;
  return runReminders(
    { workbook: book, mail, lock: { tryLock: () => true, release: () => undefined }, clock: { today: () => TODAY, nowIso: () => '2019-07-05T07:00:00+07:00', elapsedMs: () => (t += 10) } },
    { dryRun: o.dryRun ?? true, timeBudgetMs: 60_000 },
  );
}
