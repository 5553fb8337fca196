/**
 * Who a `Chủ trì` / `Phối hợp` entry can be: a person (by name, or by position when the plan
 * names only the post), a unit (a person's `Đơn vị`) or a group (`Nhóm`). Matched on `nameKey`
 * first (tone placement folded), then `foldKey` (no diacritics) for names typed without marks.
 */
import { foldKey, nameKey } from '../text/normalize';
import type { Person } from '../plan/model';

const HONORIFIC = /^(đồng chí|đ\/c|đc|ông|bà|anh|chị|comrade|mr\.?|mrs\.?|ms\.?)\s+/i;

/** The forms an entry may take: `Đồng chí Trần Văn A - ThUV, Chánh Văn phòng` → name alone, etc. */
function candidates(entry: string): string[] {
  const bare = entry.replace(HONORIFIC, '').trim();
  const out = [entry, bare];
  const dash = bare.split(/\s+-\s+/)[0];
  if (dash !== bare) out.push(dash);
  const comma = bare.split(',')[0];
  if (comma !== bare) out.push(comma);
  return out.filter(Boolean);
}

export class Directory {
  private readonly exact = new Set<string>();
  private readonly folded = new Set<string>();
  /** Plans repeat the same few units on thousands of rows: each entry is matched once. */
  private readonly seen = new Map<string, boolean>();

  constructor(people: ReadonlyArray<Person>) {
    for (const p of people) {
      for (const s of [p.name, p.position, p.unit, ...p.groups]) this.add(s);
    }
  }

  private add(s: string): void {
    if (!s) return;
    const bare = s.replace(HONORIFIC, '').trim();
    for (const x of [s, bare]) {
      if (!x) continue;
      this.exact.add(nameKey(x));
      this.folded.add(foldKey(x));
    }
  }

  /** True when the directory has nobody: then nothing can be called unknown. */
  get isEmpty(): boolean {
    return this.exact.size === 0;
  }

  knows(entry: string): boolean {
    const hit = this.seen.get(entry);
    if (hit !== undefined) return hit;
    const forms = candidates(entry);
    const known = forms.some((f) => this.exact.has(nameKey(f))) || forms.some((f) => this.folded.has(foldKey(f)));
    this.seen.set(entry, known);
    return known;
  }
}
