/**
 * Who a name in `Chủ trì`, `Phối hợp`, `Cấp trên` or the coordinator setting stands for.
 *
 * Order of the search (domain.md, "Vietnamese text"): a person's name by `nameKey` (NFC, lower
 * case, old/new tone placement folded), then by `foldKey` (no diacritics); then a unit
 * (`Đơn vị`), a group (`Nhóm`) and a position (`Chức vụ`), the same two ways. Plans write people
 * as `Đồng chí Trần Thanh Tiến - ThUV, Chánh Văn phòng`, so the honorific and what follows ` - `
 * are tried off when the whole text matches nothing. A name that two people share is ambiguous:
 * guessing would mail the wrong person, so it is reported instead.
 */
import type { Person } from '../plan/model';
import { cleanText, foldKey, nameKey, normalizeDashes } from '../text/normalize';

export type Resolution =
  | { kind: 'person'; people: Person[] }
  | { kind: 'unit' | 'group' | 'position'; label: string; people: Person[] }
  | { kind: 'address'; email: string }
  | { kind: 'ambiguous'; candidates: Person[] }
  | { kind: 'unknown' };

type Index = Map<string, Person[]>;

function add(index: Index, key: string, p: Person): void {
  if (!key) return;
  const list = index.get(key);
  if (!list) index.set(key, [p]);
  else if (!list.includes(p)) list.push(p);
}

const HONORIFIC = /^(?:đồng chí|đ\/c|đc|ông|bà|anh|chị|comrade|mr\.?|mrs\.?|ms\.?)\s+/i;
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}$/i;

/** The texts to try for one name, most literal first. */
function variants(raw: string): string[] {
  const whole = cleanText(raw);
  const bare = whole.replace(HONORIFIC, '');
  const beforeDash = normalizeDashes(bare).split(/\s+-\s+|,/)[0].trim();
  return [whole, bare, beforeDash].filter((v, i, all) => v && all.indexOf(v) === i);
}

export class Directory {
  private readonly byName: Index = new Map();
  private readonly byNameFold: Index = new Map();
  private readonly units: Index = new Map();
  private readonly unitsFold: Index = new Map();
  private readonly groups: Index = new Map();
  private readonly groupsFold: Index = new Map();
  private readonly positions: Index = new Map();
  private readonly positionsFold: Index = new Map();
  private readonly labels = new Map<string, string>();

  constructor(readonly people: readonly Person[]) {
    for (const p of people) {
      add(this.byName, nameKey(p.name), p);
      add(this.byNameFold, foldKey(p.name), p);
      if (p.unit) this.addNamed(this.units, this.unitsFold, p.unit, p);
      for (const g of p.groups) this.addNamed(this.groups, this.groupsFold, g, p);
      if (p.position) this.addNamed(this.positions, this.positionsFold, p.position, p);
    }
  }

  private addNamed(exact: Index, folded: Index, label: string, p: Person): void {
    add(exact, nameKey(label), p);
    add(folded, foldKey(label), p);
    if (!this.labels.has(foldKey(label))) this.labels.set(foldKey(label), label);
  }

  resolve(raw: string): Resolution {
    const whole = cleanText(raw);
    if (!whole) return { kind: 'unknown' };
    if (EMAIL.test(whole)) return { kind: 'address', email: whole };
    for (const v of variants(whole)) {
      const person = this.pick(this.byName.get(nameKey(v))) ?? this.pick(this.byNameFold.get(foldKey(v)));
      if (person) return person;
      for (const [kind, exact, folded] of [
        ['unit', this.units, this.unitsFold],
        ['group', this.groups, this.groupsFold],
        ['position', this.positions, this.positionsFold],
      ] as const) {
        const members = exact.get(nameKey(v)) ?? folded.get(foldKey(v));
        if (!members) continue;
        // One holder of a position is that person; several share it and are all told (like a unit).
        const label = this.labels.get(foldKey(v)) ?? v;
        return { kind, label, people: members };
      }
    }
    return { kind: 'unknown' };
  }

  private pick(list: Person[] | undefined): Resolution | null {
    if (!list || list.length === 0) return null;
    if (list.length === 1) return { kind: 'person', people: list };
    // The same person entered twice (same address) is one person; different addresses are not.
    const addresses = new Set(list.map((p) => (p.email ?? '').toLowerCase()));
    if (addresses.size === 1 && !addresses.has('')) return { kind: 'person', people: [list[0]] };
    return { kind: 'ambiguous', candidates: list };
  }
}

/**
 * The people a unit or group reaches: its contacts when the setting asks for them and the unit
 * has marked any; otherwise everyone in it (a reminder that reaches the unit beats none).
 */
export function unitMembers(members: readonly Person[], mode: 'all' | 'contacts'): Person[] {
  if (mode === 'contacts') {
    const contacts = members.filter((p) => p.contact);
    if (contacts.length > 0) return contacts;
  }
  return [...members];
}
