/**
 * What a write can skip: the parts of a sheet's output unchanged since the add-on last wrote them
 * (their fingerprints, src/gas/fingerprint.ts), and the blocks equal to the cells just read.
 */
import type { CellBlock, FormulaCell, OutCell } from '../core/sheet/output';
import type { CellValue } from '../core/sheet/cells';
import { type ZoneCalendar, toCell, toSheetValue } from './cells';
import { type Fingerprints, fingerprint } from './fingerprint';

/** One sheet's write: which parts changed since the add-on last wrote them. */
export class SheetWrite {
  private readonly notes: Array<[string, string]> = [];
  /** The grid's size once known (grown this run, or as last written). */
  size: { rows: number; cols: number } | null = null;

  /** `prints` null: nothing is remembered, everything is written (a run that only makes its own log sheet). */
  constructor(private readonly prints: Fingerprints | null, private readonly name: string, public id: number, existed: boolean) {
    this.isNew = !existed;
  }

  readonly isNew: boolean;

  same(part: string, print: string): boolean {
    return !this.isNew && !!this.prints && this.prints.same(this.name, this.id, part, print);
  }

  /** Whether `value` differs from what was last written as `part`; noted to be saved either way. */
  changed(part: string, value: unknown): boolean {
    const print = fingerprint(value);
    this.note(part, print);
    return !this.same(part, print);
  }

  unchanged(part: string, value: unknown): boolean {
    return !this.changed(part, value);
  }

  note(part: string, print: string): void {
    this.notes.push([part, print]);
  }

  /** After the whole output is written: its fingerprints replace the sheet's old ones, one property write. */
  commit(): void {
    if (!this.prints) return;
    for (const [part, print] of this.notes) this.prints.note(this.name, this.id, part, print);
    this.prints.save();
  }
}

/** Whether a block's cells equal the values just read (formulas cannot be compared: always written). */
export function sameAsRead(b: CellBlock, read: CellValue[][]): boolean {
  for (let i = 0; i < b.values.length; i++) {
    const row = read[b.row - 1 + i];
    for (let j = 0; j < b.values[i].length; j++) {
      const out = b.values[i][j];
      const cell = row ? row[b.col - 1 + j] : undefined;
      if (!sameCell(out, cell ?? '')) return false;
    }
  }
  return true;
}

/** What getValues gives back for a value written (Sheets drops the quote that keeps text as text). */
export function asRead(v: OutCell, cal: ZoneCalendar): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    const written = toSheetValue(v, cal) as string;
    return written.startsWith("'") && !v.startsWith("'") ? written.slice(1) : written;
  }
  return toCell(toSheetValue(v, cal), cal);
}

function sameCell(out: OutCell | FormulaCell, cell: CellValue): boolean {
  if (out === null || out === undefined || out === '') return cell === '' || cell === null;
  if (typeof out === 'object') return 'date' in out && cell !== null && typeof cell === 'object' && 'date' in cell && cell.date === out.date;
  if (typeof out === 'number') return Number.isFinite(out) ? cell === out : cell === '';
  if (typeof out === 'string') return out.length < 49_000 && cell === out;
  return cell === out;
}
