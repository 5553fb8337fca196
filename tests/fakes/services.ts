/** PropertiesService, LockService, MailApp, ScriptApp, Session, Utilities, CacheService, Logger, console. */
import { createHash, randomUUID } from 'node:crypto';
import { raw } from './counting';
import { type FakeContext, gasError } from './context';
import { formatJavaDate, isDateObject } from './time';
import type { Impl } from './types';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

// ---------- Blob ----------

export class FakeBlob implements Impl<GoogleAppsScript.Base.Blob,
  'getBytes' | 'getDataAsString' | 'getContentType' | 'setContentType' | 'getName' | 'setName' | 'copyBlob' | 'getAs' | 'isGoogleType' | 'setDataFromString' | 'setBytes'> {
  constructor(private ctx: FakeContext, public bytes: Uint8Array, public contentType: string | null, public name: string | null) {}
  /** Java bytes are signed. https://developers.google.com/apps-script/reference/base/blob#getBytes() */
  getBytes(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }
  setBytes(data: number[]): this {
    this.bytes = Uint8Array.from(data, (b) => b & 255);
    return this;
  }
  getDataAsString(_charset?: string): string {
    return Buffer.from(this.bytes).toString('utf8');
  }
  setDataFromString(string: string): this {
    this.bytes = new Uint8Array(Buffer.from(string, 'utf8'));
    return this;
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string | null): this {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
  isGoogleType(): boolean {
    return false;
  }
  copyBlob(): GoogleAppsScript.Base.Blob {
    return this.ctx.w(new FakeBlob(this.ctx, new Uint8Array(this.bytes), this.contentType, this.name), 'Blob') as unknown as GoogleAppsScript.Base.Blob;
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== this.contentType) throw gasError(`Exception: Converting from ${this.contentType} to ${contentType} is not supported.`);
    return this.copyBlob();
  }
}

export function newBlob(ctx: FakeContext, data: unknown, contentType?: string | null, name?: string | null): GoogleAppsScript.Base.Blob {
  const bytes = typeof data === 'string' ? new Uint8Array(Buffer.from(data, 'utf8')) : data === undefined ? new Uint8Array() : Uint8Array.from(data as number[], (b) => b & 255);
  return ctx.w(new FakeBlob(ctx, bytes, contentType ?? (typeof data === 'string' ? 'text/plain' : null), name ?? null), 'Blob') as unknown as GoogleAppsScript.Base.Blob;
}

// ---------- PropertiesService ----------

/**
 * Quotas: "Properties value size 9 KB / val", "Properties total storage 500 KB / property store".
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

export class FakeProperties implements Impl<GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties' | 'setProperties' | 'getKeys' | 'deleteAllProperties'> {
  constructor(readonly data: Map<string, string>) {}
  /** "the value associated with the specified key … or null" https://developers.google.com/apps-script/reference/properties/properties#getProperty(String) */
  getProperty(key: string): string | null {
    return this.data.has(String(key)) ? (this.data.get(String(key)) as string) : null;
  }
  private check(next: Map<string, string>): void {
    for (const v of next.values()) if (utf8(v) > PROPERTY_VALUE_LIMIT) throw gasError('Exception: Argument too large: value');
    let total = 0;
    for (const [k, v] of next) total += utf8(k) + utf8(v);
    if (total > PROPERTY_STORE_LIMIT) throw gasError('Exception: You have exceeded the property storage quota. Please remove some properties and try again.');
  }
  setProperty(key: string, value: string): this {
    const next = new Map(this.data);
    next.set(String(key), String(value));
    this.check(next);
    this.data.set(String(key), String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.data.delete(String(key));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): this {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.data);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this.check(next);
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    return this;
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
  deleteAllProperties(): this {
    this.data.clear();
    return this;
  }
}

export class FakePropertiesService implements Impl<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'> {
  constructor(private ctx: FakeContext, private stores: { script: Map<string, string>; user: Map<string, string>; document: Map<string, string> }) {}
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    return this.ctx.w(new FakeProperties(this.stores.script), 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    return this.ctx.w(new FakeProperties(this.stores.user), 'Properties') as unknown as GoogleAppsScript.Properties.Properties;
  }
  /** null outside a document. https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties() */
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    return (this.ctx.container ? this.ctx.w(new FakeProperties(this.stores.document), 'Properties') : null) as unknown as GoogleAppsScript.Properties.Properties;
  }
}

// ---------- LockService ----------

export type LockKind = 'document' | 'script' | 'user';

export interface LockState {
  holder: Record<LockKind, 'me' | 'other' | null>;
  /** Milliseconds this execution spent waiting for locks held by others. */
  waitedMs: number;
  /** Advances the execution clock by a wait. */
  wait?: (ms: number) => void;
}

class FakeLock implements Impl<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(private state: LockState, private kind: LockKind) {}
  /** false when another execution keeps the lock past the timeout. https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer) */
  tryLock(timeoutInMillis: number): boolean {
    if (this.state.holder[this.kind] === 'other') {
      this.state.waitedMs += Math.max(0, timeoutInMillis);
      this.state.wait?.(Math.max(0, timeoutInMillis));
      return false;
    }
    this.state.holder[this.kind] = 'me';
    return true;
  }
  /** Throws on timeout. https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) */
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw gasError('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  releaseLock(): void {
    if (this.state.holder[this.kind] === 'me') this.state.holder[this.kind] = null;
  }
  hasLock(): boolean {
    return this.state.holder[this.kind] === 'me';
  }
}

export class FakeLockService implements Impl<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  constructor(private ctx: FakeContext, private state: LockState) {}
  /** null when the script has no containing document. https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock() */
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return (this.ctx.container ? this.ctx.w(new FakeLock(this.state, 'document'), 'Lock') : null) as unknown as GoogleAppsScript.Lock.Lock;
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.ctx.w(new FakeLock(this.state, 'script'), 'Lock') as unknown as GoogleAppsScript.Lock.Lock;
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.ctx.w(new FakeLock(this.state, 'user'), 'Lock') as unknown as GoogleAppsScript.Lock.Lock;
  }
}

// ---------- MailApp ----------

export interface SentMail {
  to: string;
  cc?: string;
  bcc?: string;
  replyTo?: string;
  name?: string;
  subject: string;
  body: string;
  htmlBody?: string;
}

export interface MailState {
  sent: SentMail[];
  remaining: number;
  failures: string[];
}

/** https://developers.google.com/apps-script/guides/services/quotas — "Email recipients per message: 50", "Email body size: 200 KB / msg". */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * 1024;

const splitAddresses = (s: unknown) => (s ? String(s).split(',').map((x) => x.trim()).filter(Boolean) : []);
const ADDRESS = /^(?:[^<>@\s,]+@[^<>@\s,]+\.[^<>@\s,]+|[^<>]*<[^<>@\s,]+@[^<>@\s,]+\.[^<>@\s,]+>)$/;

export class FakeMailApp implements Impl<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  constructor(private state: MailState) {}

  /** "recipients", not messages: each of to, cc and bcc counts. https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() */
  getRemainingDailyQuota(): number {
    return this.state.remaining;
  }

  /**
   * sendEmail(message) | (recipient, subject, body[, options]) | (to, replyTo, subject, body).
   * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
   */
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    let m: Record<string, unknown>;
    if (typeof a === 'object' && a !== null) m = { ...(a as Record<string, unknown>) };
    else if (typeof d === 'string') m = { to: a, replyTo: b, subject: c, body: d };
    else m = { ...((d as Record<string, unknown>) ?? {}), to: a, subject: b, body: c };
    const to = splitAddresses(m.to);
    const cc = splitAddresses(m.cc);
    const bcc = splitAddresses(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw gasError('Exception: Failed to send email: no recipient');
    for (const addr of all) if (!ADDRESS.test(addr)) throw gasError(`Exception: Invalid email: ${addr}`);
    if (m.subject === undefined || m.subject === null) throw gasError('Exception: Invalid argument: subject');
    if (all.length > MAX_RECIPIENTS_PER_MESSAGE) throw gasError('Exception: Limit Exceeded: Email Recipients Per Message.');
    // The body limit of sendEmail (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object),
    // size in https://developers.google.com/apps-script/guides/services/quotas): the text and the HTML
    // counted together, at least as strict as Google.
    const bodyBytes = utf8(String(m.body ?? '')) + utf8(String(m.htmlBody ?? ''));
    if (bodyBytes > MAX_BODY_BYTES) throw gasError('Exception: Limit Exceeded: Email Body Size.');
    if (all.length > this.state.remaining) throw gasError('Exception: Service invoked too many times for one day: email.');
    const failure = this.state.failures.shift();
    if (failure !== undefined) throw gasError(failure);
    this.state.remaining -= all.length;
    const sent: SentMail = { to: to.join(','), subject: String(m.subject), body: String(m.body ?? '') };
    if (cc.length) sent.cc = cc.join(',');
    if (bcc.length) sent.bcc = bcc.join(',');
    if (m.replyTo) sent.replyTo = String(m.replyTo);
    if (m.name) sent.name = String(m.name);
    if (m.htmlBody) sent.htmlBody = String(m.htmlBody);
    this.state.sent.push(sent);
  }
}

// ---------- ScriptApp ----------

export interface FakeTrigger {
  uniqueId: string;
  handler: string;
  /** ScriptApp.EventType name. */
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  /** ScriptApp.TriggerSource name. */
  source: 'CLOCK' | 'SPREADSHEETS';
  /** getTriggerSourceId(): the spreadsheet's id; null for time-driven triggers. */
  sourceId: string | null;
  /**
   * The document an add-on's trigger was created in (add-ons keep triggers per user per document;
   * getUserTriggers(doc) lists them). null in a bound script: there a time-driven trigger belongs to
   * the project, and getUserTriggers(ss) does not return it.
   * https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
   */
  documentId: string | null;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  weekDay?: string;
  atHour?: number;
  nearMinute?: number;
  timeZone?: string;
  at?: Date;
}

export interface ScriptState {
  triggers: FakeTrigger[];
  scriptId: string;
  /** Add-ons may keep one time-driven trigger per user per document. */
  addon: boolean;
  documentId: string;
}

/** https://developers.google.com/apps-script/guides/services/quotas — "Triggers: 20 / user / script". */
export const MAX_TRIGGERS = 20;

const enumOf = (...xs: string[]) => Object.freeze(Object.fromEntries(xs.map((x) => [x, x])));
export const SCRIPT_ENUMS = {
  AuthMode: enumOf('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'),
  AuthorizationStatus: enumOf('REQUIRED', 'NOT_REQUIRED'),
  TriggerSource: enumOf('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'),
  EventType: enumOf('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'),
  WeekDay: enumOf('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'),
  InstallationSource: enumOf('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'),
};

class FakeTriggerApi implements Impl<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId' | 'getTriggerSource' | 'getTriggerSourceId' | 'getEventType'> {
  constructor(readonly t: FakeTrigger) {}
  getHandlerFunction(): string {
    return this.t.handler;
  }
  getUniqueId(): string {
    return this.t.uniqueId;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.t.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  /** null for time-driven triggers. https://developers.google.com/apps-script/reference/script/trigger#getTriggerSourceId() */
  getTriggerSourceId(): string {
    return this.t.sourceId as string;
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.t.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
}

function install(ctx: FakeContext, state: ScriptState, t: FakeTrigger): GoogleAppsScript.Script.Trigger {
  if (state.triggers.length >= MAX_TRIGGERS) {
    throw gasError('Exception: This script has too many triggers. Triggers must be deleted from the script before more can be added.');
  }
  // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
  // "Each add-on can only have one trigger of each type, per user, per document."
  if (state.addon && t.source === 'CLOCK' && state.triggers.some((x) => x.source === 'CLOCK' && x.documentId === t.documentId)) {
    throw gasError('Exception: This add-on has created too many time-based triggers in this document for this Google user account.');
  }
  state.triggers.push(t);
  return ctx.w(new FakeTriggerApi(t), 'Trigger') as unknown as GoogleAppsScript.Script.Trigger;
}

class FakeClockTriggerBuilder implements Impl<GoogleAppsScript.Script.ClockTriggerBuilder,
  'everyMinutes' | 'everyHours' | 'everyDays' | 'everyWeeks' | 'onWeekDay' | 'atHour' | 'nearMinute' | 'inTimezone' | 'at' | 'after' | 'create'> {
  constructor(private ctx: FakeContext, private state: ScriptState, private t: FakeTrigger) {}
  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer) — 1, 5, 10, 15 or 30. */
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) throw gasError('Exception: The value you passed to everyMinutes must be one of 1, 5, 10, 15, or 30.');
    // Editor add-ons run time-driven triggers at most once an hour (the refusal's wording is approximated).
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
    if (this.state.addon) throw gasError('Exception: Add-ons cannot create time-based triggers that run more than once per hour.');
    this.t.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw gasError('Exception: The value you passed to everyHours must be one of 1, 2, 4, 6, 8, or 12.');
    this.t.everyHours = n;
    return this;
  }
  everyDays(n: number): this {
    this.t.everyDays = n;
    return this;
  }
  everyWeeks(n: number): this {
    this.t.everyWeeks = n;
    return this;
  }
  onWeekDay(day: unknown): this {
    this.t.weekDay = String(day);
    return this;
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw gasError('Exception: Invalid argument: hour');
    this.t.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    this.t.nearMinute = minute;
    return this;
  }
  inTimezone(timezone: string): this {
    this.t.timeZone = timezone;
    return this;
  }
  at(date: unknown): this {
    if (!isDateObject(date)) throw gasError('Exception: Invalid argument: date');
    this.t.at = date;
    return this;
  }
  after(durationMilliseconds: number): this {
    this.t.at = new Date(this.ctx.now().getTime() + durationMilliseconds);
    return this;
  }
  /** A clock trigger needs a schedule (wording of these refusals approximated). */
  create(): GoogleAppsScript.Script.Trigger {
    const t = this.t;
    if (!t.everyMinutes && !t.everyHours && !t.everyDays && !t.everyWeeks && !t.at) throw gasError('Exception: A clock trigger needs a recurrence (everyDays, everyHours, …) or a time (at, after).');
    if (t.atHour !== undefined && !t.everyDays && !t.everyWeeks) throw gasError('Exception: atHour can only be used with everyDays or everyWeeks.');
    return install(this.ctx, this.state, { ...t });
  }
}

class FakeSpreadsheetTriggerBuilder implements Impl<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'> {
  constructor(private ctx: FakeContext, private state: ScriptState, private t: FakeTrigger) {}
  onOpen(): this {
    this.t.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.t.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.t.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this.t.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (this.t.eventType === 'CLOCK') throw gasError('Exception: Choose an event (onOpen, onEdit, onChange, onFormSubmit) before create().');
    return install(this.ctx, this.state, { ...this.t });
  }
}

class FakeTriggerBuilder implements Impl<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'> {
  constructor(private ctx: FakeContext, private state: ScriptState, private handler: string) {}
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    const t: FakeTrigger = { uniqueId: this.ctx.nextId('trg'), handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, documentId: this.state.addon ? this.state.documentId : null };
    return this.ctx.w(new FakeClockTriggerBuilder(this.ctx, this.state, t), 'ClockTriggerBuilder') as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }
  forSpreadsheet(sheet: unknown): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const s = raw(sheet) as { getId?: () => string };
    const id = typeof sheet === 'string' ? sheet : String(s.getId?.());
    const t: FakeTrigger = { uniqueId: this.ctx.nextId('trg'), handler: this.handler, eventType: 'CLOCK', source: 'SPREADSHEETS', sourceId: id, documentId: this.state.addon ? this.state.documentId : id };
    return this.ctx.w(new FakeSpreadsheetTriggerBuilder(this.ctx, this.state, t), 'SpreadsheetTriggerBuilder') as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
}

class FakeAuthorizationInfo implements Impl<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus' | 'getAuthorizationUrl'> {
  constructor(private missing: string[], private scriptId: string) {}
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.missing.length ? 'REQUIRED' : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }
  /** null when nothing is missing. https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizationUrl() */
  getAuthorizationUrl(): string {
    return (this.missing.length ? `https://script.google.com/macros/d/${this.scriptId}/authorize` : null) as string;
  }
  getAuthorizedScopes(): string[] {
    return [];
  }
}

export class FakeScriptApp implements Impl<GoogleAppsScript.Script.ScriptApp,
  'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getAuthorizationInfo' | 'getScriptId' | 'getOAuthToken' | 'getInstallationSource'> {
  constructor(private ctx: FakeContext, private state: ScriptState) {
    Object.assign(this, SCRIPT_ENUMS);
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    if (typeof functionName !== 'string' || !functionName) throw gasError('Exception: Invalid argument: functionName');
    return this.ctx.w(new FakeTriggerBuilder(this.ctx, this.state, functionName), 'TriggerBuilder') as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.state.triggers.map((t) => this.ctx.w(new FakeTriggerApi(t), 'Trigger') as unknown as GoogleAppsScript.Script.Trigger);
  }
  /** This user's triggers for one document. https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet) */
  getUserTriggers(document: unknown): GoogleAppsScript.Script.Trigger[] {
    const id = String((raw(document) as { getId?: () => string }).getId?.());
    return this.state.triggers.filter((t) => t.documentId === id).map((t) => this.ctx.w(new FakeTriggerApi(t), 'Trigger') as unknown as GoogleAppsScript.Script.Trigger);
  }
  deleteTrigger(trigger: unknown): void {
    const t = (raw(trigger) as FakeTriggerApi).t;
    const at = this.state.triggers.findIndex((x) => x.uniqueId === t.uniqueId);
    if (at >= 0) this.state.triggers.splice(at, 1);
  }
  /**
   * REQUIRED when a scope of the manifest is not granted (e.g. after an update added one).
   * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode)
   */
  getAuthorizationInfo(_authMode: unknown): GoogleAppsScript.Script.AuthorizationInfo {
    const missing = this.ctx.auth.required.filter((s) => !this.ctx.auth.granted.has(s));
    return this.ctx.w(new FakeAuthorizationInfo(missing, this.state.scriptId), 'AuthorizationInfo') as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }
  getScriptId(): string {
    return this.state.scriptId;
  }
  getOAuthToken(): string {
    return 'fake-oauth-token';
  }
  /** NONE for a script bound to its sheet. https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource() */
  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return (this.state.addon ? 'WEB_STORE_ADD_ON' : 'NONE') as unknown as GoogleAppsScript.Script.InstallationSource;
  }
}

// ---------- Session ----------

class FakeUser implements Impl<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export class FakeSession implements Impl<GoogleAppsScript.Base.Session,
  'getActiveUserLocale' | 'getScriptTimeZone' | 'getActiveUser' | 'getEffectiveUser' | 'getTemporaryActiveUserKey'> {
  constructor(private ctx: FakeContext) {}
  /** e.g. `vi`, `en_US`. https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale() */
  getActiveUserLocale(): string {
    return this.ctx.locale;
  }
  /** The manifest's `timeZone`. https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone() */
  getScriptTimeZone(): string {
    return this.ctx.scriptTimeZone;
  }
  getActiveUser(): GoogleAppsScript.Base.User {
    return this.ctx.w(new FakeUser(this.ctx.userEmail), 'User') as unknown as GoogleAppsScript.Base.User;
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this.ctx.w(new FakeUser(this.ctx.userEmail), 'User') as unknown as GoogleAppsScript.Base.User;
  }
  getTemporaryActiveUserKey(): string {
    return `tmp-${createHash('sha1').update(this.ctx.userEmail).digest('hex').slice(0, 20)}`;
  }
}

// ---------- Utilities ----------

export class FakeUtilities implements Impl<GoogleAppsScript.Utilities.Utilities,
  'formatDate' | 'formatString' | 'sleep' | 'newBlob' | 'computeDigest' | 'base64Encode' | 'base64Decode' | 'base64EncodeWebSafe' | 'getUuid'> {
  readonly DigestAlgorithm = enumOf('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');
  readonly Charset = enumOf('US_ASCII', 'UTF_8');
  constructor(private ctx: FakeContext) {}
  /** https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String) */
  formatDate(date: unknown, timeZone: string, format: string): string {
    if (!isDateObject(date)) throw gasError("Exception: The parameters (" + typeof date + ",String,String) don't match the method signature for Utilities.formatDate.");
    return formatJavaDate(date, timeZone, format);
  }
  formatString(template: string, ...args: unknown[]): string {
    let i = 0;
    return template.replace(/%(\d*\.?\d*)([sdf%])/g, (_m, width: string, kind: string) => {
      if (kind === '%') return '%';
      const v = args[i++];
      if (kind === 'd') return String(Math.trunc(Number(v)));
      if (kind === 'f') return Number(v).toFixed(width.includes('.') ? Number(width.split('.')[1]) : 6);
      return String(v);
    });
  }
  /** No real wait: the time is added to `env.sleptMs` and to the execution clock. */
  sleep(milliseconds: number): void {
    this.ctx.sleptMs += milliseconds;
    this.ctx.clock.advance(milliseconds);
  }
  newBlob(data: unknown, contentType?: string | null, name?: string | null): GoogleAppsScript.Base.Blob {
    return newBlob(this.ctx, data, contentType, name);
  }
  /** Signed bytes, like Java. https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String) */
  computeDigest(algorithm: unknown, value: unknown, _charset?: unknown): number[] {
    const alg = ({ MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' } as Record<string, string>)[String(algorithm)];
    if (!alg) throw gasError(`Exception: Unsupported digest algorithm ${String(algorithm)}`);
    const data = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(Uint8Array.from(value as number[], (b) => b & 255));
    return Array.from(createHash(alg).update(data).digest(), (b) => (b > 127 ? b - 256 : b));
  }
  base64Encode(data: unknown, _charset?: unknown): string {
    return (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(Uint8Array.from(data as number[], (b) => b & 255))).toString('base64');
  }
  base64EncodeWebSafe(data: unknown, _charset?: unknown): string {
    return this.base64Encode(data).replace(/\+/g, '-').replace(/\//g, '_');
  }
  base64Decode(encoded: string, _charset?: unknown): number[] {
    return Array.from(Buffer.from(encoded, 'base64'), (b) => (b > 127 ? b - 256 : b));
  }
  getUuid(): string {
    return randomUUID();
  }
}

// ---------- CacheService ----------

/** https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer) — 100 KB values, 250-char keys, 6 h max. */
class FakeCache implements Impl<GoogleAppsScript.Cache.Cache, 'get' | 'put' | 'remove' | 'getAll' | 'putAll' | 'removeAll'> {
  constructor(private ctx: FakeContext, private data: Map<string, { value: string; expires: number }>) {}
  get(key: string): string | null {
    const e = this.data.get(key);
    if (!e || e.expires <= this.ctx.now().getTime()) return null;
    return e.value;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    if (key.length > 250) throw gasError('Exception: Argument too large: key');
    if (utf8(String(value)) > 100 * 1024) throw gasError('Exception: Argument too large: value');
    const ttl = Math.min(expirationInSeconds ?? 600, 21600);
    this.data.set(key, { value: String(value), expires: this.ctx.now().getTime() + ttl * 1000 });
  }
  remove(key: string): void {
    this.data.delete(key);
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
}

export class FakeCacheService implements Impl<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getUserCache' | 'getDocumentCache'> {
  private stores = { script: new Map(), user: new Map(), document: new Map() };
  constructor(private ctx: FakeContext) {}
  getScriptCache(): GoogleAppsScript.Cache.Cache {
    return this.ctx.w(new FakeCache(this.ctx, this.stores.script), 'Cache') as unknown as GoogleAppsScript.Cache.Cache;
  }
  getUserCache(): GoogleAppsScript.Cache.Cache {
    return this.ctx.w(new FakeCache(this.ctx, this.stores.user), 'Cache') as unknown as GoogleAppsScript.Cache.Cache;
  }
  getDocumentCache(): GoogleAppsScript.Cache.Cache | null {
    return this.ctx.container ? (this.ctx.w(new FakeCache(this.ctx, this.stores.document), 'Cache') as unknown as GoogleAppsScript.Cache.Cache) : null;
  }
}

// ---------- Logger and console ----------

function show(x: unknown): string {
  if (typeof x === 'string') return x;
  if (isDateObject(x)) return x.toISOString();
  try {
    return JSON.stringify(x);
  } catch {
    return String(x);
  }
}

export class FakeLogger implements Impl<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  constructor(private ctx: FakeContext) {}
  log(format: unknown, ...values: unknown[]): this {
    const text = typeof format === 'string' && values.length ? format.replace(/%s/g, () => show(values.shift())) : show(format);
    this.ctx.logs.push(text);
    return this;
  }
  getLog(): string {
    return this.ctx.logs.join('\n');
  }
  clear(): void {
    this.ctx.logs.length = 0;
  }
}

/** Apps Script's console writes to Cloud Logging; the fake keeps the lines in `env.logs`. */
export class FakeConsole {
  constructor(private ctx: FakeContext) {}
  private put(level: string, args: unknown[]): void {
    this.ctx.logs.push(`${level}: ${args.map(show).join(' ')}`);
  }
  log(...args: unknown[]): void {
    this.put('log', args);
  }
  info(...args: unknown[]): void {
    this.put('info', args);
  }
  warn(...args: unknown[]): void {
    this.put('warn', args);
  }
  error(...args: unknown[]): void {
    this.put('error', args);
  }
  time(_label?: string): void {}
  timeEnd(_label?: string): void {}
}
