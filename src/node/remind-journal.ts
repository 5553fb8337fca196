/**
 * The journal of a reminder run on an .xlsx workbook. The workbook is saved once, at the end of
 * the run; until then every log row (and every sheet written) is also appended to a journal file
 * next to it, synchronously, before the next mail is sent. A run killed half-way (power cut,
 * Ctrl-C) so loses no log row: the next run (and a preview) replays the journal first and sends
 * only what is missing. The journal is removed once the workbook holding it all is saved.
 */
import { appendFileSync, existsSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import type { OutCell, SheetOutput } from '../core/sheet/output';
import type { WorkbookPort } from '../ports';

type JournalLine = { write: SheetOutput } | { append: { sheet: string; rows: OutCell[][] } };

/** `.ke-hoach.xlsx.nhac-viec.journal` beside the workbook. */
export function journalFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.nhac-viec.journal`);
}

/**
 * Writes through to the workbook and to the journal file (synchronously, before the send that
 * follows). `changed` tells whether anything was written; `onAppend` runs after each log row.
 */
export function journaled(book: WorkbookPort, journal: string, onAppend: () => void = () => undefined): WorkbookPort & { changed: boolean } {
  const note = (line: JournalLine) => appendFileSync(journal, `${JSON.stringify(line)}\n`);
  const port = {
    changed: false,
    sheetNames: () => book.sheetNames(),
    readGrids: (names: string[]) => book.readGrids(names),
    rowLink: (sheet: string, row: number) => book.rowLink(sheet, row),
    title: () => book.title(),
    write(out: SheetOutput) {
      book.write(out);
      port.changed = true;
      note({ write: out });
    },
    appendRows(sheet: string, rows: OutCell[][]) {
      book.appendRows(sheet, rows);
      port.changed = true;
      note({ append: { sheet, rows } });
      onAppend();
    },
  };
  return port;
}

/** Applies the journal of an interrupted run; returns the number of log rows recovered. */
export function replayJournal(book: WorkbookPort, journal: string): number {
  if (!existsSync(journal)) return 0;
  let rows = 0;
  for (const line of readFileSync(journal, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let entry: JournalLine;
    try {
      entry = JSON.parse(line) as JournalLine;
    } catch {
      continue; // a line cut by the crash: its send may be repeated, nothing worse
    }
    if ('write' in entry) book.write(entry.write);
    else {
      book.appendRows(entry.append.sheet, entry.append.rows);
      rows += entry.append.rows.length;
    }
  }
  return rows;
}

/** The journal is done with once the workbook holding all it says is saved. */
export function dropJournal(journal: string): void {
  if (existsSync(journal)) unlinkSync(journal);
}
