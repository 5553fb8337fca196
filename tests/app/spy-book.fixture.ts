/** In-memory ports for the use-case tests: a workbook over grids that counts what it is asked, a clock, a free lock. */
import type { SheetGrid } from '../../src/core/sheet/grid';
import type { SheetOutput } from '../../src/core/sheet/output';
import type { ClockPort, LockPort, WorkbookPort } from '../../src/ports';

/** A WorkbookPort over grids in memory that counts its reads and keeps every write; appending rows is not expected. */
export function spyBook(grids: SheetGrid[]): WorkbookPort & { reads: number; writes: SheetOutput[] } {
  const book = {
    reads: 0,
    writes: [] as SheetOutput[],
    sheetNames: () => grids.map((g) => g.name),
    readGrids(names: string[]) { book.reads++; return grids.filter((g) => names.includes(g.name)); },
    write(out: SheetOutput) { book.writes.push(out); },
    appendRows: () => { throw new Error('not expected'); },
    rowLink: () => '',
    title: () => 'Kế hoạch',
  };
  return book;
}

export const clock = (today: string): ClockPort => ({ today: () => today, nowIso: () => `${today}T07:00:00+07:00`, elapsedMs: () => 0 });

export const free: LockPort = { tryLock: () => true, release: () => undefined };
