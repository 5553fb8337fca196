/**
 * The bundle contract: build/Code.js is what clasp pushes, so it is tested as Apps Script runs
 * it — one plain script in node:vm with only the Apps Script services in scope.
 *
 * Data-driven on purpose: menu entries (MENU in src/gas/menu.ts), exports of src/gas/main.ts,
 * google.script.run targets in the pages and installed triggers are discovered, not listed here.
 * A menu entry whose function does not exist yet makes this test fail and name it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n';
import { MENU } from '../../src/gas/menu';
import { type FakeEnv, type FakeOptions, createFakes, seedSheet } from '../fakes/index';
import { BUNDLE, ROOT, loadBundle } from '../fakes/vm';

type Ctx = Record<string, unknown>;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds unless build/Code.js is newer than every source the build reads. */
function ensureBuilt(): void {
  const inputs = Math.max(newestMtime(path.join(ROOT, 'src')), statSync(path.join(ROOT, 'appsscript.json')).mtimeMs, statSync(path.join(ROOT, 'scripts/build.mjs')).mtimeMs);
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= inputs) return;
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'pipe' });
}

let code = '';
let pages: Record<string, string> = {};

beforeAll(() => {
  ensureBuilt();
  code = readFileSync(BUNDLE, 'utf8');
  pages = {};
  for (const f of readdirSync(path.join(ROOT, 'build')).filter((f) => f.endsWith('.html'))) {
    pages[f.replace(/\.html$/, '')] = readFileSync(path.join(ROOT, 'build', f), 'utf8');
  }
});

const NOW = new Date('2026-03-02T02:00:00Z'); // Monday 09:00 in Hà Nội

function environment(opts: FakeOptions = {}): FakeEnv {
  const env = createFakes({ now: () => NOW, spreadsheetName: 'Kế hoạch 07-KH/TBVKĐH', ...opts });
  Object.assign(env.htmlFiles, pages);
  return env;
}

/** A tracker as a user would have it: a few tasks (one late, one done), people, a holiday, settings. */
function seedTracker(env: FakeEnv): void {
  seedSheet(env, 'Công việc', [
    ['Mã', 'Phần', 'Nội dung công việc', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc', 'Trạng thái', '% hoàn thành', 'Ngày hoàn thành', 'Nhắc việc', 'Văn bản', 'Ghi chú'],
    ['1', 'I. Chuẩn bị', 'Xây dựng dự thảo Báo cáo chính trị', 'Dự thảo lần 1', 'Trần Thanh Tiến', 'Lê Văn Phúc', '01/02/2026', '20/02/2026', '', 'Đang thực hiện', '50%', '', 'Có', '', ''],
    ['2', 'I. Chuẩn bị', 'Gửi xin ý kiến các đồng chí Ủy viên', 'Công văn', 'Lê Văn Phúc', '', '23/02/2026', '06/03/2026', '1', 'Chưa bắt đầu', '', '', 'Có', '', ''],
    ['3', 'II. Tổ chức', 'Tổng hợp ý kiến, hoàn thiện dự thảo lần 2', 'Dự thảo lần 2', 'Trần Thanh Tiến', '', '09/03/2026', '20/03/2026', '2', 'Chưa bắt đầu', '', '', 'Có', '', ''],
    ['4', 'II. Tổ chức', 'Họp Ban Thường vụ thông qua kế hoạch', '', 'Văn phòng', '', '02/02/2026', '10/02/2026', '', 'Hoàn thành', '100%', '10/02/2026', 'Không', '', ''],
  ]);
  seedSheet(env, 'Nhân sự', [
    ['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Nhóm', 'Cấp trên'],
    ['Trần Thanh Tiến', 'Chánh Văn phòng', 'Văn phòng', 'tien@example.org', 'Nhóm I', ''],
    ['Lê Văn Phúc', 'Chuyên viên', 'Văn phòng', 'phuc@example.org', 'Nhóm I', 'Trần Thanh Tiến'],
  ]);
  seedSheet(env, 'Ngày nghỉ', [['Ngày', 'Loại', 'Ghi chú'], ['30/04/2026', 'Nghỉ', 'Giải phóng miền Nam']]);
}

type Item = { label: string; fn: string };

function menuItems(): Item[] {
  const out: Item[] = [];
  for (const item of MENU) {
    if (item === null) continue;
    if ('sub' in item) for (const [label, fn] of item.items) out.push({ label: t('vi', label), fn });
    else out.push({ label: t('vi', item[0]), fn: item[1] });
  }
  return out;
}

/** Functions pages call through `google.script.run`: `run('name', …)` in src/ui, and direct chains in build/*.html. */
function pageTargets(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|html)$/.test(e.name)) for (const m of readFileSync(p, 'utf8').matchAll(/\brun(?:<[^>]*>)?\(\s*['"]([A-Za-z_$][\w$]*)['"]/g)) names.add(m[1]);
    }
  };
  walk(path.join(ROOT, 'src/ui'));
  for (const html of Object.values(pages)) {
    for (const m of html.matchAll(/google\.script\.run((?:\s*\.\s*with(?:SuccessHandler|FailureHandler|UserObject)\((?:[^()]|\([^()]*\))*\))*)\s*\.\s*([A-Za-z_$][\w$]*)\s*\(/g)) {
      if (!/^with/.test(m[2])) names.add(m[2]);
    }
  }
  return [...names].sort();
}

describe('build/Code.js is a plain Apps Script file', () => {
  it('has no import/export and no require()', () => {
    expect(code.length).toBeGreaterThan(0);
    expect(code).not.toMatch(/^\s*(import|export)\b[\s{*]/m);
    expect(code).not.toMatch(/\bimport\s*\(/);
    expect(code).not.toMatch(/\brequire\s*\(/);
  });

  it('calls no service while loading (every trigger and google.script.run loads it first)', () => {
    const env = environment({ authMode: 'NONE' });
    loadBundle(env, { code });
    expect(env.calls.byMethod()).toEqual({});
  });
});

describe('onOpen', () => {
  const ALLOWED_IN_NONE = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addSubMenu', 'Menu.addToUi', 'Session.getActiveUserLocale']);

  it('in AuthMode.NONE builds the add-on menu with menu calls only, reading no data', () => {
    const env = environment({ authMode: 'NONE' });
    const ctx = loadBundle(env, { code }) as Ctx;
    (ctx.onOpen as (e: unknown) => void)({ authMode: 'NONE' });
    const used = Object.keys(env.calls.byMethod());
    expect(used.filter((k) => !ALLOWED_IN_NONE.has(k)), 'calls not allowed in AuthMode.NONE').toEqual([]);
    expect(used.some((k) => k.startsWith('SpreadsheetApp.getActive'))).toBe(false);
    expect(env.ui.menus).toHaveLength(1);
    const flat = env.ui.menus[0].items.flatMap((i) => (i === 'separator' ? [] : 'sub' in i ? i.items : [i]));
    expect(flat).toEqual(menuItems());
    expect(env.ui.menus[0].items.filter((i) => i === 'separator')).toHaveLength(MENU.filter((i) => i === null).length);
  });

  it('speaks English to an English-speaking user, and works in LIMITED and FULL modes', () => {
    const env = environment({ locale: 'en_US', authMode: 'LIMITED' });
    const ctx = loadBundle(env, { code }) as Ctx;
    (ctx.onOpen as (e: unknown) => void)({ authMode: 'LIMITED' });
    expect(env.ui.menus[0].items[0]).toEqual({ label: t('en', 'menu.setup'), fn: 'menuSetup' });
    const full = environment();
    (loadBundle(full, { code }).onInstall as (e: unknown) => void)({ authMode: 'FULL' });
    expect(full.ui.menus).toHaveLength(1);
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { runtimeVersion: string; timeZone: string; oauthScopes: string[] };
  const AUTH = 'https://www.googleapis.com/auth/';
  const ALLOWED = [
    'spreadsheets.currentonly', 'script.container.ui', 'script.send_mail', 'script.scriptapp', 'drive.file', 'documents.currentonly', 'documents',
    // "Tạo biểu mẫu báo cáo tiến độ": FormApp.create needs `forms` (forms.currentonly only serves a
    // script bound to a form). https://developers.google.com/apps-script/reference/forms/form-app#create(String)
    'forms',
  ].map((s) => AUTH + s);

  it('is V8 in Asia/Ho_Chi_Minh with narrow scopes only, and is what the build ships', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    for (const s of manifest.oauthScopes) expect(ALLOWED, `scope ${s} is not in the allow-list`).toContain(s);
    for (const broad of [`${AUTH}drive`, `${AUTH}spreadsheets`, 'https://mail.google.com/', `${AUTH}gmail.send`, `${AUTH}gmail.modify`]) expect(manifest.oauthScopes).not.toContain(broad);
    expect(manifest.oauthScopes.some((s) => /gmail|mail\.google/.test(s))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(ROOT, 'build/appsscript.json'), 'utf8'))).toEqual(manifest);
  });

  it('is an editor add-on\'s manifest (no Workspace add-on keys) enabling the Drive v3 and Docs v1 advanced services', () => {
    // Editor add-ons take their name and menu from the store listing; `addOns` (and card-based
    // keys) belong to Google Workspace add-ons. https://developers.google.com/apps-script/manifest
    const m = manifest as unknown as Record<string, unknown> & { dependencies?: { enabledAdvancedServices?: unknown[] } };
    for (const key of ['addOns', 'gmail', 'calendar', 'drive', 'docs', 'sheets', 'slides']) expect(m, key).not.toHaveProperty(key);
    expect(m.dependencies?.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
      { userSymbol: 'Docs', serviceId: 'docs', version: 'v1' },
    ]);
  });

  it('names each top-level key once (JSON.parse would silently keep the last of two)', () => {
    const raw = readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8');
    for (const key of Object.keys(manifest)) expect(raw.match(new RegExp(`^  "${key}":`, 'gm')), key).toHaveLength(1);
  });
});

describe('every function the add-on names exists as a top-level function', () => {
  it.each(menuItems())('menu “$label” → $fn', ({ label, fn }) => {
    const ctx = loadBundle(environment(), { code }) as Ctx;
    expect(fn.endsWith('_'), `menu “${label}” names ${fn}: names ending in _ are private and cannot be called from a menu`).toBe(false);
    expect(typeof ctx[fn], `menu “${label}” names ${fn}, but build/Code.js has no top-level function ${fn} (export it from src/gas/main.ts)`).toBe('function');
  });

  it('every export of src/gas/main.ts is a top-level function in the bundle', async () => {
    const main = (await import('../../src/gas/main')) as Record<string, unknown>;
    const ctx = loadBundle(environment(), { code }) as Ctx;
    const missing = Object.keys(main).filter((k) => typeof main[k] === 'function' && typeof ctx[k] !== 'function');
    expect(missing, 'exports of main.ts missing from build/Code.js').toEqual([]);
    for (const simple of ['onOpen', 'onInstall']) expect(typeof ctx[simple]).toBe('function');
  });

  it('Code.js declares exactly the named exports of src/gas/main.ts as top-level functions, no helper besides', async () => {
    const main = (await import('../../src/gas/main')) as Record<string, unknown>;
    const declared = [...code.matchAll(/^function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]).sort();
    expect(declared).toEqual(Object.keys(main).sort());
    expect(declared.filter((n) => n.endsWith('_')), 'private helpers exposed as entry points').toEqual([]);
  });

  it('every entry point of src/gas/main.ts is called: by the menu, a page, a simple trigger or an installed trigger', async () => {
    const main = (await import('../../src/gas/main')) as Record<string, unknown>;
    const simpleTriggers = ['onOpen', 'onInstall', 'onEdit'];
    // A page may pass the name on before calling run() (approve-reports: `decide('reportsApprove', …)`),
    // so a page names an entry point when its source quotes it; run()'s type allows only exports of main.ts.
    const pageSources: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(ts|html)$/.test(e.name)) pageSources.push(readFileSync(p, 'utf8'));
      }
    };
    walk(path.join(ROOT, 'src/ui'));
    const quoted = new Set(pageSources.flatMap((src) => [...src.matchAll(/['"]([A-Za-z_$][\w$]*)['"]/g)].map((m) => m[1])));
    // Triggers are found as a user installs them: every menu command run on a tracker.
    const installed = new Set<string>();
    for (const { fn } of menuItems()) {
      const env = environment();
      seedTracker(env);
      const ctx = loadBundle(env, { code }) as Ctx;
      (ctx[fn] as () => unknown)();
      for (const tr of env.triggers) installed.add(tr.handler);
    }
    expect(installed.size, 'no menu command installed a trigger').toBeGreaterThan(0);
    const used = new Set([...menuItems().map((m) => m.fn), ...pageTargets(), ...quoted, ...simpleTriggers, ...installed]);
    expect(Object.keys(main).filter((n) => !used.has(n)), 'entry points nothing calls').toEqual([]);
  });

  it('every google.script.run target of the pages exists and is public', () => {
    const ctx = loadBundle(environment(), { code }) as Ctx;
    const targets = pageTargets();
    const missing = targets.filter((n) => typeof ctx[n] !== 'function' || n.endsWith('_'));
    expect(missing, `google.script.run targets without a public top-level function (of ${targets.join(', ') || 'none'})`).toEqual([]);
  });
});

describe('menu commands on a real-looking tracker', () => {
  const scenarios: Array<[string, (env: FakeEnv) => void, FakeOptions]> = [
    ['a seeded tracker', seedTracker, {}],
    ['a blank spreadsheet', () => {}, {}],
    ['a user who granted only the spreadsheet and UI scopes', seedTracker, { grantedScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'] }],
  ];
  const cases = scenarios.flatMap(([name, seed, opts]) => menuItems().map((m) => ({ scenario: name, seed, opts, ...m })));

  it.each(cases)('$fn on $scenario does not throw out of the function; problems reach the user as a sentence', ({ fn, seed, opts, scenario }) => {
    const env = environment(opts);
    seed(env);
    const ctx = loadBundle(env, { code }) as Ctx;
    expect(typeof ctx[fn], `menu function ${fn} is missing from build/Code.js`).toBe('function');
    expect(() => (ctx[fn] as () => unknown)(), `${fn} threw on ${scenario}`).not.toThrow();
    for (const a of env.ui.alerts) {
      expect(a, `${fn} showed a raw error`).not.toMatch(/\n\s+at |^(?:Exception|Error|TypeError|ReferenceError):/);
      expect(a, `${fn} used an Apps Script method the fakes lack: extend tests/fakes`).not.toContain('is not reproduced by the Apps Script fakes');
    }
    for (const trigger of [...env.triggers]) {
      const handler = trigger.handler;
      expect(typeof ctx[handler], `${fn} installed a trigger for ${handler}, which is not a top-level function`).toBe('function');
      expect(handler.endsWith('_'), `trigger handler ${handler} must be public`).toBe(false);
      // The trigger fires later with nobody at the sheet: no UI, and it must not throw either.
      env.ui.available = false;
      const event = trigger.source === 'CLOCK' ? { authMode: 'FULL', triggerUid: trigger.uniqueId } : { authMode: 'FULL', source: env.spreadsheet, triggerUid: trigger.uniqueId };
      expect(() => (ctx[handler] as (e: unknown) => unknown)(event), `trigger handler ${handler} threw`).not.toThrow();
      env.ui.available = true;
    }
  });
});
