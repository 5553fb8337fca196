/**
 * The offline KeyValueStore: what Sheets keeps in document properties (the last report's date…)
 * kept in a small JSON file beside the workbook (`.ke-hoach.xlsx.tiendo.json`), so it travels
 * with the workbook's folder and never touches the workbook itself.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KeyValueStore } from '../ports';

export function stateFileFor(workbook: string): string {
  return path.join(path.dirname(workbook), `.${path.basename(workbook)}.tiendo.json`);
}

export class JsonFileStore implements KeyValueStore {
  constructor(private readonly file: string) {}

  private load(): Record<string, string> {
    if (!existsSync(this.file)) return {};
    try {
      const v = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      return v && typeof v === 'object' ? (v as Record<string, string>) : {};
    } catch {
      // A damaged file is treated as empty; the next write replaces it.
      return {};
    }
  }

  get(key: string): string | null {
    const v = this.load()[key];
    return typeof v === 'string' ? v : null;
  }

  set(key: string, value: string): void {
    writeFileSync(this.file, `${JSON.stringify({ ...this.load(), [key]: value }, null, 2)}\n`);
  }

  delete(key: string): void {
    const all = this.load();
    delete all[key];
    writeFileSync(this.file, `${JSON.stringify(all, null, 2)}\n`);
  }
}
