/**
 * What build/Code.js carries: every trigger parses all of it. The sample plan is a project file
 * read only when the user asks for it (src/gas/sample.ts), shown here through the bundle; the
 * offline CLI's strings are not in it (scripts/build.mjs). `npm run bench` reports bundle_bytes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { vi as cliHelp } from '../../src/core/i18n/catalog/cli-help';
import { vi as cli } from '../../src/core/i18n/catalog/cli';
import { allCatalogs } from '../../src/core/i18n';
import { SAMPLE_TASKS } from '../../src/core/sample/data';
import { createFakes, sheetState } from '../fakes/index';
import { BUNDLE, ROOT, loadBundle } from '../fakes/vm';

let code = '';
beforeAll(() => {
  code = readFileSync(BUNDLE, 'utf8');
});

describe('the Apps Script bundle', () => {
  it('carries neither the sample plan nor the CLI\'s own strings', () => {
    expect(code).not.toContain(String(SAMPLE_TASKS[0].title));
    // Texts the CLI shares word for word with another catalogue may rightly be there.
    const shared = new Set(Object.entries(allCatalogs().vi).filter(([k]) => !(k in cli) && !(k in cliHelp)).map(([, v]) => v));
    const cliTexts = [...Object.values(cli), ...Object.values(cliHelp)].filter((s) => s.length > 25 && !shared.has(s));
    expect(cliTexts.length).toBeGreaterThan(10);
    expect(cliTexts.filter((s) => code.includes(s))).toEqual([]);
  });

  it('fills the sample plan from its data file when the user asks for it', () => {
    const env = createFakes({ now: () => new Date('2025-10-06T02:00:00Z') });
    env.htmlFiles['sample-data'] = readFileSync(path.join(ROOT, 'build', 'sample-data.html'), 'utf8');
    const gas = loadBundle(env) as unknown as { menuSetup(): void };
    env.ui.alertResponses.push('YES');
    gas.menuSetup();
    const tasks = sheetState(env, 'Công việc').values;
    expect(tasks.flat()).toContain(SAMPLE_TASKS[0].title);
    expect(tasks.length).toBeGreaterThan(SAMPLE_TASKS.length);
    expect(env.ui.alerts.at(-1)).toMatch(/Đã điền kế hoạch mẫu: \d+ công việc, \d+ người\./);
  });

  it('without the data file, says so in the user\'s language and fills nothing', () => {
    const env = createFakes({ now: () => new Date('2025-10-06T02:00:00Z') });
    const gas = loadBundle(env) as unknown as { menuSetup(): void };
    env.ui.alertResponses.push('YES');
    gas.menuSetup();
    expect(env.ui.alerts.at(-1)).toMatch(/^Bản cài đặt này thiếu tệp kế hoạch mẫu \(sample-data\.html\)/);
    expect(env.spreadsheet.getSheetByName('Công việc')).toBeNull();
  });
});
