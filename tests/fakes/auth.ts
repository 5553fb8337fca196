/**
 * Authorization as a simulated execution sees it: the mode the trigger runs in and the scopes the
 * user has granted (users may grant scopes one by one).
 *
 * - AuthMode.NONE (onOpen of an add-on not yet used in this file): menus and the user's locale only.
 * - AuthMode.LIMITED: the current file, its UI and properties; no mail, triggers, Docs or Drive.
 * - FULL: whatever the granted scopes allow.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 * A call without its scope fails with "You do not have permission to call X. Required permissions: …".
 */
import { type FakeContext, gasError } from './context';
import { FORM_SCOPES, FORM_TYPES } from './forms';

const AUTH = 'https://www.googleapis.com/auth/';
const SHEETS = [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`];
const UI = [`${AUTH}script.container.ui`];
const MAIL = [`${AUTH}script.send_mail`, 'https://mail.google.com/'];
const TRIGGERS = [`${AUTH}script.scriptapp`];
const DOCS = [`${AUTH}documents`];
const DRIVE = [`${AUTH}drive.file`, `${AUTH}drive`];

const SHEET_TYPES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'ConditionalFormatRule', 'BooleanCondition', 'DataValidation']);
const DOC_TYPES = new Set(['Document', 'Body', 'HeaderSection', 'FooterSection', 'Paragraph', 'ListItem', 'Text', 'Table', 'TableRow', 'TableCell', 'PageBreak', 'HorizontalRule']);
const DRIVE_TYPES = new Set(['DriveApp', 'File', 'Folder', 'FileIterator', 'FolderIterator']);

/** Scopes of which one is needed, or null when the call needs none. */
export function scopesFor(type: string, method: string): string[] | null {
  if (type === 'SpreadsheetApp') {
    if (['getActiveSpreadsheet', 'getActive', 'getActiveSheet', 'getActiveRange'].includes(method)) return SHEETS;
    if (['openById', 'openByUrl'].includes(method)) return [`${AUTH}spreadsheets`];
    return null;
  }
  if (SHEET_TYPES.has(type)) return SHEETS;
  if (type === 'Ui') return ['createAddonMenu', 'createMenu'].includes(method) ? null : UI;
  if (type === 'MailApp') return MAIL;
  if (type === 'ScriptApp') return ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger'].includes(method) ? TRIGGERS : null;
  if (['TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder', 'Trigger'].includes(type)) return TRIGGERS;
  if (type === 'DocumentApp' || DOC_TYPES.has(type)) return DOCS;
  if (DRIVE_TYPES.has(type)) return DRIVE;
  if (FORM_TYPES.has(type)) return FORM_SCOPES;
  return null;
}

const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Session.getActiveUserLocale']);
const NONE_ALLOWED_TYPES = new Set(['Menu', 'Utilities', 'Logger', 'console']);
const LIMITED_DENIED_TYPES = new Set(['MailApp', 'DocumentApp', 'DriveApp', 'FormApp', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder']);

export function permissionError(ctx: FakeContext, call: string, scopes: string[]): Error {
  const list = scopes.length > 1 ? `(${scopes.join(' || ')})` : scopes[0] ?? '';
  return ctx.errorLanguage === 'vi'
    ? gasError(`Exception: Bạn không có quyền gọi ${call}. Quyền bắt buộc: ${list}`)
    : gasError(`Exception: You do not have permission to call ${call}. Required permissions: ${list}`);
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
    if (scopes && !scopes.some((s) => ctx.auth.granted.has(s))) throw permissionError(ctx, call, scopes);
  };
}
