/**
 * What the add-on last wrote to each sheet, as short fingerprints kept in ONE document property,
 * so a refresh that would write the same structure (conditional-format rules, validations,
 * merges, widths, frozen rows) or the same contents of a sheet it owns skips the write: in Apps
 * Script every write is a round trip, and a second refresh of an unchanged plan should cost
 * reads only.
 *
 * A fingerprint belongs to one sheet id: a sheet deleted and made again under the same name gets
 * a new id, so its fingerprints no longer count and everything is written again. Users who
 * change a structure by hand change what the add-on would compare against only when the plan
 * changes too; deleting the add-on's own sheet (or "Cập nhật tiến độ" after a layout change)
 * writes it whole again.
 * https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
 */
import type { KeyValueStore } from '../ports';

export const FINGERPRINT_KEY = 'tiendo.written';

type SheetPrints = { id: number; parts: Record<string, string> };

/** Two 32-bit FNV-1a hashes of the JSON text (different seeds) and its length: collisions are not a practical concern. */
export function fingerprint(value: unknown): string {
  const s = JSON.stringify(value) ?? '';
  // Looked up once: a global looked up per character is slow where globals are not plain
  // (as in a node:vm context), and free everywhere else.
  const imul = Math.imul;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = imul(a ^ c, 0x01000193) >>> 0;
    b = imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(36)}.${b.toString(36)}.${s.length.toString(36)}`;
}

export class Fingerprints {
  private prints: Record<string, SheetPrints> | null = null;
  private dirty = false;

  constructor(private readonly store: KeyValueStore) {}

  private all(): Record<string, SheetPrints> {
    if (this.prints === null) {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(this.store.get(FINGERPRINT_KEY) ?? 'null');
      } catch {
        parsed = null; // A damaged value only costs one full write.
      }
      this.prints = parsed && typeof parsed === 'object' ? (parsed as Record<string, SheetPrints>) : {};
    }
    return this.prints;
  }

  /** Whether `part` of sheet `name` (id `id`) was last written with this fingerprint. */
  same(name: string, id: number, part: string, print: string): boolean {
    const p = this.all()[name];
    return !!p && p.id === id && p.parts[part] === print;
  }

  note(name: string, id: number, part: string, print: string): void {
    const all = this.all();
    let p = all[name];
    if (!p || p.id !== id) p = all[name] = { id, parts: {} };
    if (p.parts[part] === print) return;
    p.parts[part] = print;
    this.dirty = true;
  }

  forget(name: string, part: string): void {
    const p = this.all()[name];
    if (p && part in p.parts) {
      delete p.parts[part];
      this.dirty = true;
    }
  }

  /** One property write, only when something changed. */
  save(): void {
    if (!this.dirty || this.prints === null) return;
    this.store.set(FINGERPRINT_KEY, JSON.stringify(this.prints));
    this.dirty = false;
  }
}
