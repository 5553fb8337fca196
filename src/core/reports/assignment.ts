/**
 * Who may report on a task: the people its `Chủ trì` and `Phối hợp` name (a unit or group
 * reaches all its people, a person brings the people of their own `Đơn vị`), by e-mail address
 * as `Nhân sự` lists them. Anyone else's report is refused, never applied: a form link can be
 * forwarded, and the plan must not change on the word of someone with no part in the task.
 */
import type { Person, Task } from '../plan/model';
import { Directory } from '../remind/directory';
import { foldKey } from '../text/normalize';

export class Assignment {
  private readonly dir: Directory;
  private readonly byUnit = new Map<string, Person[]>();
  /** Plans repeat the same few names on thousands of rows: each is resolved once. */
  private readonly cache = new Map<string, string[]>();

  constructor(people: readonly Person[]) {
    this.dir = new Directory(people);
    for (const p of people) {
      if (!p.unit) continue;
      const k = foldKey(p.unit);
      const list = this.byUnit.get(k) ?? [];
      list.push(p);
      this.byUnit.set(k, list);
    }
  }

  /** Lower-case addresses one `Chủ trì`/`Phối hợp` entry stands for. */
  private addressesOf(name: string): string[] {
    const hit = this.cache.get(name);
    if (hit) return hit;
    const r = this.dir.resolve(name);
    const people: Person[] = [];
    const out: string[] = [];
    if (r.kind === 'address') out.push(r.email.toLowerCase());
    else if (r.kind === 'person' || r.kind === 'position') {
      for (const p of r.people) {
        people.push(p);
        if (p.unit) people.push(...(this.byUnit.get(foldKey(p.unit)) ?? []));
      }
    } else if (r.kind === 'unit' || r.kind === 'group') people.push(...r.people);
    // An ambiguous or unknown name stands for nobody: guessing would let the wrong person in.
    for (const p of people) if (p.email) out.push(p.email.toLowerCase());
    const unique = [...new Set(out)];
    this.cache.set(name, unique);
    return unique;
  }

  mayReport(task: Pick<Task, 'lead' | 'support'>, email: string): boolean {
    const e = email.trim().toLowerCase();
    if (!e) return false;
    for (const name of [...task.lead, ...task.support]) if (this.addressesOf(name).includes(e)) return true;
    return false;
  }
}
