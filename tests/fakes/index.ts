/**
 * In-memory Apps Script services for tests: faithful where it matters (value types, shape errors,
 * typed-text conversion, quotas, locks, authorization), counting every service call.
 *
 *   const env = createFakes({ timeZone: 'Asia/Ho_Chi_Minh' });
 *   seedSheet(env, 'Công việc', [['Mã', 'Nội dung công việc'], ['T1', 'Việc một']]);
 *   const undo = env.install();          // or loadBundle(env) for build/Code.js in node:vm
 *   … run code …
 *   sheetState(env, 'Công việc').values; env.calls.byMethod(); env.mail.sent; env.ui.alerts
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { a1Of, parseRef, type Rect } from './a1';
import { type DriveUploads, createDocsV1, createDriveV3 } from './advanced';
import { makeGuard } from './auth';
import { displayText, isDateFormat, parseTyped } from './cellformat';
import { type AuthModeName, type FakeContext, makeContext } from './context';
import type { CallClass } from './costs';
import { createDocStore, type FakeDocStore } from './docs';
import { createFormStore, type FakeFormStore } from './forms';
import { BookModel, type CellData, SheetModel } from './model';
import {
  AUTOMATIC_FORMAT, type BookApi, FakeRange, FakeSheet, FakeSpreadsheet as FakeSpreadsheetImpl, FakeSpreadsheetApp,
} from './sheets';
import {
  FakeCacheService, FakeConsole, FakeLockService, FakeLogger, FakeMailApp, FakePropertiesService, FakeScriptApp, FakeSession,
  FakeUtilities, type FakeTrigger, type LockKind, type LockState, type MailState, type ScriptState, type SentMail,
} from './services';
import { instantOf, isDateObject, serialOfWall, wallAt, wallOfSerial } from './time';
import { FakeHtmlService, FakeUi, newUiState, type UiState } from './ui';

export type { FakeTrigger, FakeDocStore, SentMail };
export type { DocParagraph, DocTable, FakeDocRecord, FakeFileRecord, FakeFolderRecord, TextAttrs } from './docs';

/** The active spreadsheet as the code under test sees it (calls on it are counted). */
export type FakeSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface FakeOptions {
  locale?: string /* default 'vi' */;
  timeZone?: string /* spreadsheet tz, default 'Asia/Ho_Chi_Minh' */;
  mailQuota?: number /* default 100 */;
  now?: () => Date;
  spreadsheetName?: string;
  authMode?: 'NONE' | 'LIMITED' | 'FULL';
  userEmail?: string;
  /** The manifest's time zone (Session.getScriptTimeZone); default: appsscript.json's. */
  scriptTimeZone?: string;
  /** The spreadsheet's own locale (getSpreadsheetLocale); default: `locale`. */
  spreadsheetLocale?: string;
  /** Scopes the user granted; default: every scope of appsscript.json. */
  grantedScopes?: string[];
  /** Script runs in a document (bound or add-on). false: no document lock/properties, no active spreadsheet. */
  container?: boolean;
  /** Language of Google's own error messages (the user's account language). Default 'en'. */
  errorLanguage?: 'en' | 'vi';
  /** Title of the add-on menu (Extensions › NAME). Default: the manifest's add-on name. */
  addonName?: string;
  /** Docs a user may create per day. Default 250 (consumer account). */
  docsQuota?: number;
  /** Add-ons may keep one time-driven trigger per document and run them at most hourly. Default true. */
  addon?: boolean;
  /** false for a run without a user in front of the sheet (time-driven trigger): getUi() fails. Default true. */
  ui?: boolean;
}

export interface FakeEnv {
  /** The services to expose as globals: SpreadsheetApp, PropertiesService, LockService, MailApp, ScriptApp, Session,
   *  Utilities, HtmlService, DocumentApp, DriveApp, CacheService, Logger, console, and the advanced services
   *  appsscript.json enables (Drive v3, Docs v1). */
  globals: Record<string, unknown>;
  spreadsheet: FakeSpreadsheet;
  /** Service calls since the last reset: per `Type.method`, and per class with simulated ms (tests/fakes/costs.ts). */
  calls: { total(): number; byMethod(): Record<string, number>; byClass(): Partial<Record<CallClass, { calls: number; ms: number }>>; simulatedMs(): number; reset(): void };
  /**
   * The simulated execution clock: `begin(entry)` starts an execution (loadBundle does it for each
   * top-level call); `elapsedMs()` is what it has spent; passing its limit throws Google's error.
   */
  execution: {
    begin(entry?: string): void; elapsedMs(): number; limitMs(): number; timedOut(): boolean; history(): Array<{ entry: string; ms: number }>;
    /** Every later execution stops after `ms` simulated ms (null: Google's limits again). */
    limitTo(ms: number | null): void;
  };
  mail: { sent: SentMail[]; failNext(n?: number, err?: string): void; remaining(): number };
  triggers: FakeTrigger[];
  ui: UiState;
  docs: FakeDocStore;
  /** Uploads Drive converts into Google Docs: set how bytes become paragraphs; see what was asked and made. */
  drive: { convertUploads(fn: DriveUploads['convert']): void; uploads: DriveUploads['calls']; converted: string[] };
  /** Forms made with FormApp (tests/fakes/forms.ts). */
  forms: FakeFormStore;
  htmlFiles: Record<string, string>;
  install(target?: object): () => void;
  /** Another execution holding a lock: tryLock then times out (false), waitLock throws. */
  lock: { holdByOther(on?: boolean, kind?: LockKind | 'all'): void; waitedMs(): number; held(kind?: LockKind): 'me' | 'other' | null };
  /** Authorization of this execution: mode and granted scopes (change between simulated runs). */
  auth: { mode: AuthModeName; grant(...scopes: string[]): void; revoke(...scopes: string[]): void; granted(): string[] };
  properties: { script: Map<string, string>; user: Map<string, string>; document: Map<string, string> };
  /** Lines written with Logger.log and console.*. */
  logs: string[];
  /** Milliseconds "slept" with Utilities.sleep. */
  sleptMs(): number;
  /** The active sheet and range, as the user would see the selection. */
  active(): { sheet: string; range: string | null };
  /** The fakes' clock (the test's `now`, or the real clock, plus simulated execution time): loadBundle makes `new Date()` in the bundle use it. */
  now: () => Date;
  /** @internal */
  _book: BookApi;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * An editor add-on's menu is titled with the add-on's name (its store listing, or the project's
 * title in a bound script); appsscript.json does not hold it.
 * https://developers.google.com/workspace/add-ons/editors/gsao/building-editor-interfaces#menus
 */
const PROJECT_TITLE = 'Tiến độ';

interface Manifest { timeZone: string; oauthScopes: string[]; addonName: string; advanced: Set<string> }

function manifest(): Manifest {
  try {
    const m = JSON.parse(readFileSync(path.join(ROOT, 'appsscript.json'), 'utf8')) as { timeZone?: string; oauthScopes?: string[]; dependencies?: { enabledAdvancedServices?: Array<{ userSymbol: string; serviceId: string; version: string }> } };
    const advanced = new Set((m.dependencies?.enabledAdvancedServices ?? []).map((x) => `${x.userSymbol}:${x.serviceId}:${x.version}`));
    return { timeZone: m.timeZone ?? 'America/New_York', oauthScopes: m.oauthScopes ?? [], addonName: PROJECT_TITLE, advanced };
  } catch {
    return { timeZone: 'America/New_York', oauthScopes: [], addonName: PROJECT_TITLE, advanced: new Set() };
  }
}

export function createFakes(opts: FakeOptions = {}): FakeEnv {
  const m = manifest();
  const locale = opts.locale ?? 'vi';
  let ctxRef: FakeContext | null = null;
  const ctx = makeContext({
    guard: makeGuard(() => ctxRef as FakeContext),
    now: opts.now ?? (() => new Date()),
    locale,
    scriptTimeZone: opts.scriptTimeZone ?? m.timeZone,
    userEmail: opts.userEmail ?? 'chuyenvien@example.org',
    container: opts.container ?? true,
    errorLanguage: opts.errorLanguage ?? 'en',
    auth: { mode: opts.authMode ?? 'FULL', granted: new Set(opts.grantedScopes ?? m.oauthScopes), required: m.oauthScopes },
    logs: [],
    sleptMs: 0,
  });
  ctxRef = ctx;

  const ui = newUiState();
  ui.available = opts.ui ?? true;
  const model = new BookModel(ctx.nextId('ss'), opts.spreadsheetName ?? (locale.startsWith('vi') ? 'Bảng tính không có tiêu đề' : 'Untitled spreadsheet'), opts.timeZone ?? 'Asia/Ho_Chi_Minh', opts.spreadsheetLocale ?? locale);
  model.activeSheet = model.addSheet(/^vi/i.test(model.locale) ? 'Trang tính1' : 'Sheet1');

  const sheetApis = new WeakMap<SheetModel, GoogleAppsScript.Spreadsheet.Sheet>();
  let ssApi: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  const book: BookApi = {
    ctx,
    model,
    ui,
    spreadsheet: () => (ssApi ??= ctx.w(new FakeSpreadsheetImpl(book), 'Spreadsheet') as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet),
    sheet: (s) => {
      let api = sheetApis.get(s);
      if (!api) {
        api = ctx.w(new FakeSheet(book, s), 'Sheet') as unknown as GoogleAppsScript.Spreadsheet.Sheet;
        sheetApis.set(s, api);
      }
      return api;
    },
    range: (s, rect) => ctx.w(new FakeRange(book, s, rect), 'Range') as unknown as GoogleAppsScript.Spreadsheet.Range,
  };

  const htmlFiles: Record<string, string> = {};
  const uiApi = () => ctx.w(new FakeUi(ctx, ui, opts.addonName ?? m.addonName), 'Ui');
  const properties = { script: new Map<string, string>(), user: new Map<string, string>(), document: new Map<string, string>() };
  const lockState: LockState = { holder: { document: null, script: null, user: null }, waitedMs: 0, wait: (ms) => ctx.clock.advance(ms) };
  const mailState: MailState = { sent: [], remaining: opts.mailQuota ?? 100, failures: [] };
  const scriptState: ScriptState = { triggers: [], scriptId: ctx.nextId('script'), addon: opts.addon ?? true, documentId: model.id };
  const docs = createDocStore(ctx, { locale, docsQuota: opts.docsQuota ?? 250 });
  const forms = createFormStore(ctx, () => model);
  const uploads: DriveUploads = {
    convert: null, calls: [], created: [],
    seed: (name, paragraphs, parent) => docs.store.seedDocument(name, paragraphs, { folderId: parent, accessible: true }),
  };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: ctx.w(new FakeSpreadsheetApp(book, uiApi, ctx.container), 'SpreadsheetApp'),
    PropertiesService: ctx.w(new FakePropertiesService(ctx, properties), 'PropertiesService'),
    LockService: ctx.w(new FakeLockService(ctx, lockState), 'LockService'),
    MailApp: ctx.w(new FakeMailApp(mailState), 'MailApp'),
    ScriptApp: ctx.w(new FakeScriptApp(ctx, scriptState), 'ScriptApp'),
    Session: ctx.w(new FakeSession(ctx), 'Session'),
    Utilities: ctx.w(new FakeUtilities(ctx), 'Utilities'),
    HtmlService: ctx.w(new FakeHtmlService(ctx, htmlFiles), 'HtmlService'),
    DocumentApp: ctx.w(docs.DocumentApp as object, 'DocumentApp'),
    DriveApp: ctx.w(docs.DriveApp as object, 'DriveApp'),
    FormApp: ctx.w(forms.FormApp, 'FormApp'),
    // Advanced services exist only when the manifest enables them, under the symbol it names.
    ...(m.advanced.has('Drive:drive:v3') ? { Drive: createDriveV3(ctx, docs.internals, uploads) } : {}),
    ...(m.advanced.has('Docs:docs:v1') ? { Docs: createDocsV1(ctx, docs.internals) } : {}),
    CacheService: ctx.w(new FakeCacheService(ctx), 'CacheService'),
    Logger: ctx.w(new FakeLogger(ctx), 'Logger'),
    console: ctx.w(new FakeConsole(ctx), 'console'),
  };

  const env: FakeEnv = {
    globals,
    spreadsheet: book.spreadsheet(),
    calls: { total: () => ctx.log.total(), byMethod: () => ctx.log.byMethod(), byClass: () => ctx.log.byClass(), simulatedMs: () => ctx.log.simulatedMs(), reset: () => ctx.log.reset() },
    execution: {
      begin: (entry) => ctx.clock.begin(entry),
      elapsedMs: () => ctx.clock.elapsedMs,
      limitMs: () => ctx.clock.limitMs,
      timedOut: () => ctx.clock.dead !== null,
      history: () => [...ctx.clock.history, { entry: ctx.clock.entry, ms: ctx.clock.elapsedMs }],
      limitTo: (ms) => { ctx.clock.override = ms; },
    },
    mail: {
      sent: mailState.sent,
      failNext: (n = 1, err = 'Exception: Service unavailable: Mail') => {
        for (let i = 0; i < n; i++) mailState.failures.push(err);
      },
      remaining: () => mailState.remaining,
    },
    triggers: scriptState.triggers,
    ui,
    docs: docs.store,
    drive: { convertUploads: (fn) => { uploads.convert = fn; }, uploads: uploads.calls, converted: uploads.created },
    forms: forms.store,
    htmlFiles,
    install(target: object = globalThis) {
      // vitest's own console stays in place in-process; the bundle in node:vm gets the fake one.
      const names = Object.keys(globals).filter((k) => !(target === globalThis && k === 'console'));
      const t = target as Record<string, unknown>;
      const before = names.map((k) => [k, Object.prototype.hasOwnProperty.call(t, k), t[k]] as const);
      for (const k of names) t[k] = globals[k];
      return () => {
        for (const [k, had, v] of before) {
          if (had) t[k] = v;
          else delete t[k];
        }
      };
    },
    lock: {
      holdByOther(on = true, kind: LockKind | 'all' = 'all') {
        for (const k of ['document', 'script', 'user'] as LockKind[]) if (kind === 'all' || kind === k) lockState.holder[k] = on ? 'other' : null;
      },
      waitedMs: () => lockState.waitedMs,
      held: (kind: LockKind = 'document') => lockState.holder[kind],
    },
    auth: {
      get mode() {
        return ctx.auth.mode;
      },
      set mode(v: AuthModeName) {
        ctx.auth.mode = v;
      },
      grant: (...scopes) => scopes.forEach((s) => ctx.auth.granted.add(s)),
      revoke: (...scopes) => scopes.forEach((s) => ctx.auth.granted.delete(s)),
      granted: () => [...ctx.auth.granted],
    },
    properties,
    logs: ctx.logs,
    sleptMs: () => ctx.sleptMs,
    active: () => {
      const sheet = model.activeSheet ?? model.sheets[0];
      return { sheet: sheet.name, range: model.activeRange && model.activeRange.sheet === sheet ? a1Of(model.activeRange.rect) : null };
    },
    now: () => ctx.now(),
    _book: book,
  };
  return env;
}

function sheetModel(env: FakeEnv, name: string, create: boolean): SheetModel {
  const book = env._book.model;
  let s = book.find(name);
  if (!s && create) s = book.addSheet(name);
  if (!s) throw new Error(`sheetState: no sheet named "${name}" (sheets: ${book.sheets.map((x) => x.name).join(', ')})`);
  return s;
}

function cellFromA1(s: SheetModel, a1: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/i.exec(a1);
  if (!m) throw new Error(`seedSheet: bad cell ${a1}`);
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + ch.charCodeAt(0) - 64;
  void s;
  return [Number(m[2]), c];
}

/**
 * Seeds a sheet's contents WITHOUT counting calls (test setup). values[r][c]: string | number |
 * boolean | Date | ''. Strings are stored as a user would type them (so `05/07/2019` becomes a date
 * and `50%` a percentage in a vi spreadsheet); prefix `'` for literal text. A Date is read as
 * setValues reads it (its wall clock in the spreadsheet's zone): build one with `sheetDate`.
 */
export function seedSheet(env: FakeEnv, name: string, values: unknown[][], opts: { formulas?: Record<string, string>; notes?: Record<string, string>; numberFormats?: Record<string, string> } = {}): void {
  const book = env._book.model;
  const s = sheetModel(env, name, true);
  const rows = values.length;
  const cols = Math.max(0, ...values.map((r) => r.length));
  if (rows > s.maxRows) s.maxRows = rows;
  if (cols > s.maxCols) s.maxCols = cols;
  const year = wallAt(env._book.ctx.now().getTime(), book.timeZone).y;
  const put = (r: number, c: number, v: unknown) => {
    const cell = s.ensure(r, c);
    if (v === '' || v === null || v === undefined) {
      cell.v = '';
      delete cell.f;
    } else if (isDateObject(v)) {
      // As setValues does: the instant's wall clock in the spreadsheet's zone (see `sheetDate`).
      const w = wallAt(v.getTime(), book.timeZone);
      cell.v = serialOfWall(w);
      if (!isDateFormat(cell.nf)) cell.nf = w.h || w.mi || w.s ? 'dd/mm/yyyy H:mm:ss' : 'dd/mm/yyyy';
    } else if (typeof v === 'string') {
      const p = parseTyped(v, book.locale, year);
      if (p.formula) {
        cell.f = p.formula;
        cell.v = '';
      } else {
        cell.v = p.value;
        if (p.format && !cell.nf) cell.nf = p.format;
      }
    } else cell.v = v as CellData['v'];
  };
  values.forEach((row, i) => row.forEach((v, j) => put(i + 1, j + 1, v)));
  for (const [a1, f] of Object.entries(opts.numberFormats ?? {})) {
    const [r, c] = cellFromA1(s, a1);
    s.ensure(r, c).nf = f === AUTOMATIC_FORMAT ? undefined : f;
  }
  for (const [a1, f] of Object.entries(opts.formulas ?? {})) {
    const [r, c] = cellFromA1(s, a1);
    const cell = s.ensure(r, c);
    // The value shown is whatever the seed's values put there (formula results are not computed).
    cell.f = f.startsWith('=') ? f : `=${f}`;
  }
  for (const [a1, n] of Object.entries(opts.notes ?? {})) {
    const [r, c] = cellFromA1(s, a1);
    s.ensure(r, c).note = n;
  }
}

/** Protects `a1` of a sheet against this user (another editor protected it), WITHOUT counting calls. */
export function seedProtection(env: FakeEnv, name: string, a1: string): void {
  const s = sheetModel(env, name, false);
  s.protectedRects.push(parseRef(a1, s.maxRows, s.maxCols) as Rect);
}

/** Merges `a1` of a sheet (a user's merge), WITHOUT counting calls. */
export function seedMerge(env: FakeEnv, name: string, a1: string): void {
  const s = sheetModel(env, name, false);
  s.merges.push(parseRef(a1, s.maxRows, s.maxCols) as Rect);
}

function groupValidations(s: SheetModel): Array<{ a1: string; kind: string; values?: string[] }> {
  // Cells sharing a rule object are reported as the bounding rectangles of their row runs, merged down.
  const out: Array<{ rect: Rect; dv: NonNullable<CellData['dv']> }> = [];
  for (let r = 1; r <= s.rows.length; r++) {
    const row = s.rows[r - 1];
    if (!row) continue;
    let c = 1;
    while (c <= row.length) {
      const dv = row[c - 1]?.dv;
      if (!dv) { c++; continue; }
      let e = c;
      while (row[e]?.dv === dv) e++;
      const prev = out.find((o) => o.dv === dv && o.rect.c1 === c && o.rect.c2 === e && o.rect.r2 === r - 1);
      if (prev) prev.rect.r2 = r;
      else out.push({ rect: { r1: r, c1: c, r2: r, c2: e }, dv });
      c = e + 1;
    }
  }
  const kind: Record<string, string> = {
    VALUE_IN_LIST: 'list', DATE_IS_VALID_DATE: 'date', NUMBER_BETWEEN: 'numberBetween', CHECKBOX: 'checkbox',
    TEXT_IS_VALID_EMAIL: 'email', VALUE_IN_RANGE: 'range', CUSTOM_FORMULA: 'formula',
  };
  return out.map(({ rect, dv }) => {
    const v: { a1: string; kind: string; values?: string[]; strict: boolean; help: string } = { a1: a1Of(rect), kind: kind[dv.criteria] ?? dv.criteria, strict: !dv.allowInvalid, help: dv.helpText };
    if (dv.criteria === 'VALUE_IN_LIST') v.values = (dv.args[0] as unknown[]).map(String);
    else if (dv.args.length) v.values = dv.args.filter((x) => typeof x !== 'boolean').map(String);
    return v;
  });
}

/** Reads a sheet's contents without counting calls. */
export function sheetState(env: FakeEnv, name: string): {
  values: unknown[][]; formulas: string[][]; displayValues: string[][]; backgrounds: string[][]; numberFormats: string[][]; notes: string[][];
  fontColors: string[][]; bold: boolean[][];
  frozenRows: number; frozenColumns: number;
  conditionalRules: Array<{ ranges: string[]; formula: string; background?: string; fontColor?: string; bold?: boolean }>;
  validations: Array<{ a1: string; kind: string; values?: string[]; strict?: boolean; help?: string }>;
  merges: string[]; columnWidths: Record<number, number>; hidden: boolean; gridlines: boolean; maxRows: number; maxColumns: number;
} {
  const book = env._book;
  const s = sheetModel(env, name, false);
  const rows = Math.max(1, s.lastRow());
  const cols = Math.max(1, s.lastCol());
  const grid = <T>(fn: (c: CellData | undefined) => T): T[][] => {
    const out: T[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: T[] = [];
      for (let c = 1; c <= cols; c++) row.push(fn(s.get(r, c)));
      out.push(row);
    }
    return out;
  };
  const tz = book.model.timeZone;
  return {
    values: grid((c) => (c && typeof c.v === 'number' && isDateFormat(c.nf) ? new Date(instantOf(wallOfSerial(c.v), tz)) : (c?.v ?? ''))),
    formulas: grid((c) => c?.f ?? ''),
    displayValues: grid((c) => (c ? displayText(c.v, c.nf, book.model.locale) : '')),
    backgrounds: grid((c) => c?.bg ?? '#ffffff'),
    numberFormats: grid((c) => c?.nf ?? AUTOMATIC_FORMAT),
    notes: grid((c) => c?.note ?? ''),
    fontColors: grid((c) => c?.fc ?? '#000000'),
    bold: grid((c) => !!c?.bold),
    frozenRows: s.frozenRows,
    frozenColumns: s.frozenCols,
    conditionalRules: s.cfRules.map((r) => {
      const o: { ranges: string[]; formula: string; background?: string; fontColor?: string; bold?: boolean } = {
        ranges: r.ranges.map((x) => a1Of(x.rect)),
        formula: r.criteria === 'CUSTOM_FORMULA' ? String(r.values[0]) : `${r.criteria}(${r.values.map(String).join(',')})`,
      };
      if (r.background) o.background = r.background;
      if (r.fontColor) o.fontColor = r.fontColor;
      if (r.bold !== undefined && r.bold !== null) o.bold = r.bold;
      return o;
    }),
    validations: groupValidations(s),
    merges: s.merges.map(a1Of),
    columnWidths: Object.fromEntries(s.colWidths),
    hidden: s.hidden,
    gridlines: !s.gridlinesHidden,
    maxRows: s.maxRows,
    maxColumns: s.maxCols,
  };
}

/** A civil date `YYYY-MM-DD` of a value read back from a fake sheet (dates are in the spreadsheet's zone). */
export function civilOf(env: FakeEnv, v: unknown): string | null {
  if (!isDateObject(v)) return null;
  const w = wallAt(v.getTime(), env._book.model.timeZone);
  return `${String(w.y).padStart(4, '0')}-${String(w.m).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
}

/** The Date a date cell holding civil day `ymd` (`YYYY-MM-DD`) returns from getValues. */
export function sheetDate(env: FakeEnv, ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(instantOf({ y, m, d, h: 0, mi: 0, s: 0, ms: 0 }, env._book.model.timeZone));
}
