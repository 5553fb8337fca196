/**
 * The corpus of published plans (tests/fixtures/plans/real): every expectation in expected.json was
 * written by reading the text. For each file the scorer reports the share of expected facts found
 * (the task itself, found by its words; its lead; its support; its start; its due; its recurrence),
 * how many dates of cited documents, signatures and targets became deadlines, and the dates no
 * expected task carries. Held-out files are scored the same way and reported apart.
 *
 * How the split is kept: a published text enters as `heldout` with its expectations written from
 * the text before the importer is run on it; its first score is written down in the corpus README
 * (per set, with the date-precision checks) and is the blind figure. After that its misses may be
 * fixed only by a rule of the genre, with a test of its own in layouts.test.ts written on other
 * sentences; it is never tuned for one sentence. Texts written for the corpus in a published
 * layout (`genre-…`) and texts the importer was changed while looking at are `dev`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import';
import type { ImportedTask } from '../../../src/core/import/types';
import { foldKey } from '../../../src/core/text/normalize';

const DIR = path.resolve(__dirname, '../../fixtures/plans/real');

interface ExpectedTask {
  words: string;
  lead: string[];
  support: string[];
  start: string | null;
  due: string | null;
  recurrence: string | null;
}
interface ExpectedFile {
  split: 'dev' | 'heldout';
  tasks: ExpectedTask[];
  notDeadlines: string[];
}

const EXPECTED = JSON.parse(readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, ExpectedFile>;
const fold = (s: string) => foldKey(s).replace(/[^a-z0-9]+/g, ' ').trim();
const hasName = (names: string[], want: string) => names.some((n) => fold(n) === fold(want));

export interface FileScore {
  file: string;
  split: string;
  facts: number;
  found: number;
  citedAsDeadline: string[];
  unexpectedDates: string[];
  tasks: number;
  missing: string[];
}

export function scoreFile(file: string, exp: ExpectedFile): FileScore {
  const r = importPlan(readFileSync(path.join(DIR, file), 'utf8'));
  let facts = 0;
  let found = 0;
  const missing: string[] = [];
  for (const e of exp.tasks) {
    const t: ImportedTask | undefined = r.tasks.find((x) => fold(x.title).includes(fold(e.words)))
      ?? r.tasks.find((x) => fold(x.source).includes(fold(e.words)) && fold(x.title).length > 0);
    const checks: Array<[string, boolean]> = [
      ['task', !!t],
      ['lead', !!t && e.lead.every((l) => hasName(t.lead, l)) && t.lead.length === e.lead.length],
      ['support', !!t && e.support.every((s) => hasName(t.support, s))],
      ['start', !!t && t.start === e.start],
      ['due', !!t && t.due === e.due],
      ['recurrence', !!t && t.recurrence === e.recurrence],
    ];
    for (const [what, ok] of checks) {
      facts++;
      if (ok) found++;
      else missing.push(`${e.words}: ${what}${t ? ` (got ${JSON.stringify(what === 'task' ? t.title : (t as unknown as Record<string, unknown>)[what])})` : ''}`);
    }
  }
  const taken = r.tasks.flatMap((t) => [t.start, t.due]).filter((d): d is string => !!d);
  const expectedDates = new Set(exp.tasks.flatMap((t) => [t.start, t.due]).filter(Boolean));
  return {
    file, split: exp.split, facts, found, tasks: r.tasks.length, missing,
    citedAsDeadline: [...new Set(taken.filter((d) => exp.notDeadlines.includes(d)))],
    unexpectedDates: [...new Set(taken.filter((d) => !expectedDates.has(d)))],
  };
}

const scores = Object.entries(EXPECTED).map(([file, exp]) => scoreFile(file, exp));

function report(split: string): { facts: number; found: number } {
  const rows = scores.filter((s) => s.split === split);
  const facts = rows.reduce((a, s) => a + s.facts, 0);
  const found = rows.reduce((a, s) => a + s.found, 0);
  const lines = rows.map((s) => `  ${s.file}: ${s.facts ? `${s.found}/${s.facts}` : 'no task expected'}, ${s.tasks} task(s), cited dates as deadlines ${s.citedAsDeadline.length}, unexpected dates ${s.unexpectedDates.length}${s.missing.length ? `\n    missing: ${s.missing.join('; ')}` : ''}`);
  console.log(`${split}: ${found}/${facts} expected facts (${facts ? Math.round((100 * found) / facts) : 100}%)\n${lines.join('\n')}`);
  return { facts, found };
}

describe('published plans (tests/fixtures/plans/real)', () => {
  it('finds at least 90% of the expected facts of the development files', () => {
    const { facts, found } = report('dev');
    expect(found / facts).toBeGreaterThanOrEqual(0.9);
  });

  // Text the importer was not tuned on one by one. The aim is 90%; it stands at 168/168 after the
  // general rules its blind runs called for (first runs: README), so the floor is where it stands.
  // A new blind set is added with its first score written down, then held to this floor.
  it('scores the held-out files too (reported; kept from falling below where it stands)', () => {
    const { facts, found } = report('heldout');
    expect(found / facts).toBeGreaterThanOrEqual(1);
  });

  it('takes no date of a cited document, a signature or a target as a deadline', () => {
    expect(scores.filter((s) => s.citedAsDeadline.length).map((s) => `${s.file}: ${s.citedAsDeadline.join(', ')}`)).toEqual([]);
    expect(scores.filter((s) => s.unexpectedDates.length).map((s) => `${s.file}: ${s.unexpectedDates.join(', ')}`)).toEqual([]);
  });

  it('leaves no file that holds tasks without any, and invents none where there are none', () => {
    expect(scores.filter((s) => EXPECTED[s.file].tasks.length > 0 && s.tasks === 0).map((s) => s.file)).toEqual([]);
    expect(scores.filter((s) => EXPECTED[s.file].tasks.length === 0 && s.tasks > 0).map((s) => s.file)).toEqual([]);
  });
});
