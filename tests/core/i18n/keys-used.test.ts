/**
 * Every catalogue key is said somewhere: a key no code names is text nobody reads, and a
 * translator would keep it up to date for nothing. A key counts when src/ names it in quotes
 * (`t(lang, 'cli.usage')`, `data-i18n="ui.common.close"`), or belongs to a family whose key
 * the code builds from a value (listed below, each with the template that builds it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allCatalogs } from '../../../src/core/i18n';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));

/** Keys built at run time: a prefix + a value of a closed set the code owns, and where. */
const BUILT: Record<string, string> = {
  'problem.': 'one message per problem code: `problem.${p.code}` (core/plan/problems.ts, core/reports/plan.ts)',
  'status.': 'one word per schedule status: `status.${s}` (core/schedule/task-columns.ts, core/gantt/layout.ts, core/help/content.ts)',
  'docs.status.': 'the report table counts tasks per status: `docs.status.${s}` (core/docs/report.ts)',
  'import.warn.': 'one sentence per importer warning code: `import.warn.${w.code}` (app/import.ts, node/commands/import.ts)',
  'import.note.': 'why a task was read as it was: `import.note.${r}` (app/import.ts)',
  'ui.import.rec.': 'the recurrence choices: `ui.import.rec.${x}` (ui/pages/import.ts, node/commands/import.ts)',
  'ui.reminders.outcome.': 'one word per send outcome: `ui.reminders.outcome.${outcome}` (ui/pages/reminders.ts, node/commands/remind.ts)',
  'remind.unreachable.': 'why a person cannot be mailed, and in which role: `remind.unreachable.${u.reason}` (core/remind/render-summary.ts)',
  'remind.report.': 'why sending was deferred: `remind.report.${reason}` (core/remind/report.ts)',
  'ui.help.sheets.': 'the help page explains every sheet: `ui.help.sheets.${s.key}` (core/help/content.ts)',
  'ui.help.col.': 'and every column of Công việc: `ui.help.col.${c.key}` (core/help/content.ts)',
  'ui.help.computed.': 'and every computed column: `ui.help.computed.${c.key}` (core/help/content.ts)',
  'ui.help.people.': 'and every column of Nhân sự: `ui.help.people.${c.key}` (core/help/content.ts)',
  'setting.': 'each setting\'s label, help and choices: `setting.${key}.label` (core/plan/settings.ts)',
  'ui.help.status.': 'and every status: `ui.help.status.${s}` (core/help/content.ts)',
  'cli.help.opt.': 'what each command-line option does, one per key of OPT: `cli.help.opt.${key}` (node/commands/options.ts)',
};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (p !== path.join(SRC, 'core/i18n/catalog')) out.push(...sources(p));
    } else if (/\.(ts|mjs|html)$/.test(e.name)) out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

const text = sources(SRC).join('\n');
const keys = Object.keys(allCatalogs().vi);

describe('the i18n catalogue', () => {
  it('has no key that src/ never names', () => {
    const named = (k: string) => [`'${k}'`, `"${k}"`, `\`${k}\``].some((q) => text.includes(q));
    const unused = keys.filter((k) => !named(k) && !Object.keys(BUILT).some((prefix) => k.startsWith(prefix)));
    expect(unused, 'catalogue keys no code uses: remove them, or list the family that builds them in BUILT').toEqual([]);
  });

  it('lists only families the code still builds, each with keys', () => {
    for (const [prefix, why] of Object.entries(BUILT)) {
      expect(text.includes(`\`${prefix}\${`) || new RegExp(`\`${prefix.replace(/\./g, '\\.')}[\\w.]*\\$\\{`).test(text), `${prefix}: no template builds these keys any more (${why})`).toBe(true);
      expect(keys.some((k) => k.startsWith(prefix)), prefix).toBe(true);
    }
  });
});
