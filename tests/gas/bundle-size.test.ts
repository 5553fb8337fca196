/**
 * What build/Code.js carries: every trigger parses all of it. The sample plan is a project file
 * read only when the user asks for it (src/gas/sample.ts), shown here through the bundle; the
 * offline CLI's strings are not in it, nor the pages' own text (scripts/build.mjs,
 * tests/gas/page-strings.test.ts), nor the features loaded when used (tests/gas/lazy-features.test.ts).
 * `npm run bench` reports bundle_bytes.
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

/** Issue 14 asks for at most 250 000 bytes (aim 150 000); this pin leaves a small margin over today's size. */
const MAX_BYTES = 246_000;

describe('the Apps Script bundle', () => {
  it(`is at most ${MAX_BYTES} bytes`, () => {
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('carries the help text of the drop-down lists and date cells a new tracker gets', () => {
    // These entries once sat in the CLI's catalogue, which the build left out: Sheets showed the keys.
    const env = createFakes({ now: () => new Date('2025-10-06T02:00:00Z') });
    const gas = loadBundle(env) as unknown as { menuSetup(): void };
    env.ui.alertResponses.push('NO');
    gas.menuSetup();
    const sheet = env.spreadsheet.getSheetByName('Công việc')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const help = (column: string) => sheet.getRange(2, header.indexOf(column) + 1).getDataValidation()?.getHelpText();
    expect(help('Trạng thái')).toBe('Chọn trạng thái; để trống nếu chưa rõ.');
    expect(help('Hạn hoàn thành')).toBe('Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/07/2019.');
    expect(help('% hoàn thành')).toBe('Tỉ lệ hoàn thành, từ 0% đến 100%.');
  });

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
