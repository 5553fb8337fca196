/**
 * Authorization as a simulated execution sees it: the mode the trigger runs in and the scopes the
 * user has granted (users may grant scopes one by one).
 *
 * - AuthMode.NONE (onOpen of an add-on not yet used in this file): menus and the user's locale only.
 * - AuthMode.LIMITED: the current file, its UI and properties; no mail, triggers, Docs or Drive.
 * - FULL: whatever the granted scopes allow.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 * Per-method scopes: tests/fakes/scopes.ts. A call whose scope was not granted fails as Google fails it:
 * - in FULL mode: "Specified permissions are not sufficient to call X. Required permissions: …"
 * - in AuthMode.NONE / LIMITED (simple triggers): "You do not have permission to call X. Required permissions: …"
 * https://developers.google.com/apps-script/guides/services/authorization#manual_authorization_scopes_for_sheets_docs_slides_and_forms
 */
import { type FakeContext, gasError } from './context';
import { scopesFor } from './scopes';

export { scopesFor } from './scopes';

const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Session.getActiveUserLocale']);
const NONE_ALLOWED_TYPES = new Set(['Menu', 'Utilities', 'Logger', 'console']);
const LIMITED_DENIED_TYPES = new Set(['MailApp', 'DocumentApp', 'DriveApp', 'FormApp', 'Drive.Files', 'Docs.Documents', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder']);

function scopeList(scopes: readonly string[]): string {
  return scopes.length > 1 ? `(${scopes.join(' || ')})` : scopes[0] ?? '';
}

/** The restricted-mode refusal (simple triggers, AuthMode.NONE / LIMITED). */
export function permissionError(ctx: FakeContext, call: string, scopes: readonly string[]): Error {
  const list = scopeList(scopes);
  return ctx.errorLanguage === 'vi'
    ? gasError(`Exception: Bạn không có quyền gọi ${call}. Quyền bắt buộc: ${list}`)
    : gasError(`Exception: You do not have permission to call ${call}. Required permissions: ${list}`);
}

/** FULL mode, scope neither declared nor granted (the Vietnamese wording is approximated). */
export function insufficientScopeError(ctx: FakeContext, call: string, scopes: readonly string[]): Error {
  const list = scopeList(scopes);
  return ctx.errorLanguage === 'vi'
    ? gasError(`Exception: Các quyền đã chỉ định không đủ để gọi ${call}. Quyền bắt buộc: ${list}`)
    : gasError(`Exception: Specified permissions are not sufficient to call ${call}. Required permissions: ${list}`);
}

export function makeGuard(getCtx: () => FakeContext): (type: string, method: string) => void {
  return (type, method) => {
    const ctx = getCtx();
    const call = `${type}.${method}`;
    const scopes = scopesFor(type, method);
    if (ctx.auth.mode === 'NONE' && !NONE_ALLOWED.has(call) && !NONE_ALLOWED_TYPES.has(type)) {
      throw permissionError(ctx, call, scopes ?? []);
    }
    if (ctx.auth.mode === 'LIMITED' && (LIMITED_DENIED_TYPES.has(type) || (type === 'ScriptApp' && scopes) || (type === 'SpreadsheetApp' && method.startsWith('open')))) {
      throw permissionError(ctx, call, scopes ?? []);
    }
    if (scopes && !scopes.some((s) => ctx.auth.granted.has(s))) throw insufficientScopeError(ctx, call, scopes);
  };
}
