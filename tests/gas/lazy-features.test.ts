/**
 * The importer and the document makers are not in build/Code.js: they are a second bundle kept in
 * the project file build/features.html, read and evaluated only by the executions that call them
 * (src/gas/lazy.ts). Shown through the built bundle: they still work, a refresh, the daily
 * trigger and opening the spreadsheet never read that file, and without it the user reads one
 * sentence saying what is missing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type FakeEnv, createFakes, seedSheet } from '../fakes/index';
import { FEATURES, FEATURES_FILE, ROOT, loadBundle } from '../fakes/vm';
import { SEED000_HEADER, SEED000_SETTINGS, SEED000_TASKS, typedInSheets } from '../core/docs/seed000.fixture';

type Fn = (...a: unknown[]) => unknown;
const seed001 = readFileSync(path.join(ROOT, 'tests/fixtures/seeds/001_d9362ba7d2fb1038.txt'), 'utf8');

/** A tracker, its pages, and a count of the reads of build/features.html. */
function setup(o: { withoutFeatures?: boolean } = {}) {
  const env = createFakes({ now: () => new Date('2019-08-10T02:00:00Z') });
  seedSheet(env, 'Công việc', [SEED000_HEADER, ...SEED000_TASKS.map((r) => r.map(typedInSheets))]);
  seedSheet(env, 'Nhân sự', [['Họ tên', 'Email'], ['Trần Thanh Tiến', 'tien@example.org']]);
  seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ...SEED000_SETTINGS]);
  for (const page of ['doc-result', 'merge', 'import']) env.htmlFiles[page] = readFileSync(path.join(ROOT, `build/${page}.html`), 'utf8');
  const reads = { n: 0 };
  if (!o.withoutFeatures) {
    const code = readFileSync(FEATURES, 'utf8');
    // The fakes' HtmlService looks the file up by name in this table: each look-up is one read.
    Object.defineProperty(env.htmlFiles, FEATURES_FILE, { enumerable: true, get: () => { reads.n++; return code; } });
  }
  const gas = loadBundle(env, { withoutFeatures: o.withoutFeatures }) as unknown as Record<string, Fn>;
  return { env, gas, reads };
}

const fromFile = (env: FakeEnv) => env.calls.byMethod()['HtmlService.createHtmlOutputFromFile'] ?? 0;

describe('the rarely used features, loaded when used', () => {
  it('are not in Code.js', () => {
    const code = readFileSync(path.join(ROOT, 'build/Code.js'), 'utf8');
    const features = readFileSync(FEATURES, 'utf8');
    // Text only the importer and the documents say: in the second bundle, not in the first.
    for (const s of ['không phải là đường liên kết tới một Google Tài liệu', 'Hãy dán nội dung kế hoạch hoặc nhập đường liên kết Google Tài liệu']) {
      expect(features).toContain(s);
      expect(code).not.toContain(s);
    }
  });

  it('a refresh, the daily trigger and opening the spreadsheet never read the second bundle', () => {
    const { env, gas, reads } = setup();
    gas.onOpen();
    gas.menuRefresh();
    gas.menuRefresh();
    gas.dailyReminders();
    expect(env.ui.alerts.filter((a) => /lỗi|thiếu tệp/.test(a))).toEqual([]);
    expect(reads.n).toBe(0);
    expect(fromFile(env)).toBe(0);
  });

  it('the import reads it once per call, and previews and adds the tasks', () => {
    const { env, gas, reads } = setup();
    gas.menuImport();
    expect(env.ui.dialogs.at(-1)?.title).toBe('Nhập kế hoạch từ văn bản');
    expect(reads.n).toBe(1);
    env.calls.reset();
    const p = gas.importPreview(seed001, '') as { rows: Array<Record<string, unknown>>; people: unknown[] };
    expect(reads.n).toBe(2);
    // A local call, no round trip, as in Google's cost of HtmlService (tests/fakes/costs.ts).
    expect(fromFile(env)).toBe(1);
    expect(env.calls.byClass().local?.calls).toBeGreaterThanOrEqual(1);
    expect(p.rows.length).toBeGreaterThan(20);
    expect(p.rows.find((r) => r.section === 'Xây dựng đề cương các báo cáo')).toMatchObject({ start: '2019-08-01', due: '2019-08-31' });
    const r = gas.importApply(p.rows.slice(0, 3), []) as { added: number };
    expect(r.added).toBe(3);
    expect(reads.n).toBe(3);
  });

  it('the documents read it once per call and make the plan', () => {
    const { env, gas, reads } = setup();
    gas.menuDocPlan();
    expect(env.ui.alerts).toEqual([]);
    expect(env.docs.documents).toHaveLength(1);
    expect(env.docs.documents[0].name).toMatch(/^Kế hoạch - /);
    expect(reads.n).toBe(1);
  });

  it('a failure inside a feature reaches the page as its own sentence, not wrapped twice', () => {
    const { gas } = setup();
    expect(() => gas.importPreview('  ', '')).toThrow(/^Hãy dán nội dung kế hoạch hoặc nhập đường liên kết Google Tài liệu\.$/);
  });

  it('without the file, says what is missing in the user’s language, and changes nothing', () => {
    const { env, gas } = setup({ withoutFeatures: true });
    gas.menuImport();
    expect(env.ui.alerts.at(-1)).toBe('Bản cài đặt này thiếu tệp features.html nên chưa làm được thao tác này. Hãy báo cho người cài tiện ích.');
    expect(env.ui.dialogs).toEqual([]);
    expect(() => gas.importPreview(seed001, '')).toThrow(/^Bản cài đặt này thiếu tệp features\.html/);
    gas.menuDocPlan();
    expect(env.docs.documents).toHaveLength(0);
  });
});
