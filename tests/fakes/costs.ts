/**
 * What each faked call costs in an Apps Script execution: ONE table of call classes and their
 * simulated milliseconds, and one function that puts every `Type.method` in a class. The fakes
 * advance the execution clock by the cost (tests/fakes/context.ts), the counting layer records
 * per-class counts and milliseconds (env.calls.byClass()), and `npm run bench` reports the
 * simulated seconds of one execution.
 *
 * The figures are typical latencies of the backends Apps Script calls (each server read or write is
 * a round trip; builders and handles mostly stay inside the script's runtime):
 * https://developers.google.com/apps-script/guides/support/best-practices#minimize_calls_to_other_services
 */

export type CallClass =
  | 'read' /* a spreadsheet read that reaches the server: getValues, getLastRow, getConditionalFormatRules… */
  | 'write' /* a spreadsheet write: setValues, setBackgrounds, appendRow, insertSheet… */
  | 'handle' /* a handle look-up: getRange, getSheetByName, getName… */
  | 'builder' /* a value built or inspected in the runtime: newConditionalFormatRule, build, rule getters, menus */
  | 'send' /* MailApp.sendEmail */
  | 'document' /* one DocumentApp element or text operation */
  | 'advanced' /* one advanced-service request (Docs API, Drive API) or one DriveApp request */
  | 'properties' /* PropertiesService, CacheService */
  | 'lock' /* LockService */
  | 'ui' /* toast, alert, dialogs */
  | 'script' /* ScriptApp: triggers, authorization info; MailApp quota */
  | 'local' /* Utilities, Logger, console, Session, HtmlService templates, Blobs: no round trip */;

/** Simulated milliseconds per call of each class. */
export const COST_MS: Record<CallClass, number> = {
  read: 60,
  write: 30,
  handle: 5,
  builder: 1,
  send: 400,
  document: 30,
  advanced: 300,
  properties: 30,
  lock: 30,
  ui: 50,
  script: 50,
  local: 0,
};

/**
 * Round trips: the calls that leave the script's runtime for a Google server. Reads, writes, sends
 * and advanced-service requests, plus properties, locks, UI (toasts, dialogs) and ScriptApp/quota
 * calls; builders, handle look-ups, document element edits and local calls are not counted (they
 * mostly stay in the runtime, or are batched into the document's save). The bench's `trips_*`
 * figures and the tests that pin a run's shape use this one definition.
 */
export const TRIP_CLASSES: readonly CallClass[] = ['read', 'write', 'send', 'advanced', 'properties', 'lock', 'ui', 'script'];

/** Round trips among per-class counts (env.calls.byClass()). */
export function tripsOf(byClass: Partial<Record<CallClass, { calls: number }>>): number {
  let n = 0;
  for (const c of TRIP_CLASSES) n += byClass[c]?.calls ?? 0;
  return n;
}

const SHEET_TYPES = new Set(['Spreadsheet', 'Sheet', 'Range', 'RangeList', 'Protection']);
const SHEET_VALUE_TYPES = new Set(['ConditionalFormatRule', 'BooleanCondition', 'DataValidation', 'ConditionalFormatRuleBuilder', 'DataValidationBuilder', 'GradientCondition', 'RichTextValue', 'RichTextValueBuilder', 'TextStyle', 'TextStyleBuilder', 'Color', 'RgbColor']);
const DOC_TYPES = new Set(['DocumentApp', 'Document', 'Body', 'HeaderSection', 'FooterSection', 'Paragraph', 'ListItem', 'Text', 'Table', 'TableRow', 'TableCell', 'PageBreak', 'HorizontalRule']);
const DRIVE_TYPES = new Set(['DriveApp', 'File', 'Folder', 'FileIterator', 'FolderIterator']);
const FORM_TYPES = new Set(['FormApp', 'Form', 'TextItem', 'ParagraphTextItem', 'MultipleChoiceItem', 'DateItem', 'Item', 'ItemResponse', 'FormResponse']);
/** Form calls that make or open a Drive file, or link a spreadsheet: a request to the Forms backend each. */
const FORM_REQUESTS = new Set(['create', 'openById', 'openByUrl', 'setDestination', 'removeDestination']);
const LOCAL_TYPES = new Set(['Utilities', 'Logger', 'console', 'Session', 'User', 'HtmlService', 'HtmlTemplate', 'HtmlOutput', 'Blob', 'Menu', 'AuthorizationInfo', 'Trigger']);

/** Handles: they name a part of the spreadsheet without reading its contents. */
const HANDLES = new Set([
  'getRange', 'getRangeList', 'getSheetByName', 'getName', 'getSheetName', 'getA1Notation', 'getRow', 'getColumn', 'getLastRowOf',
  'getNumRows', 'getNumColumns', 'getSheet', 'getSheetId', 'getId', 'getUrl', 'getParent', 'getDataRange', 'getActiveSheet',
  'getActiveSpreadsheet', 'getActive', 'getActiveRange', 'getActiveRangeList', 'getRanges', 'getUi', 'getIndex', 'getRowIndex',
  'getColumnIndex', 'getCell', 'offset', 'getGridId', 'getEditors', 'canEdit', 'getDescription', 'getRangeByName',
]);

/** Writes among methods whose names do not say so. */
const WRITE_VERBS = /^(set|insert|delete|clear|append|add|remove|merge|break|protect|hide|show|unhide|autoResize|sort|activate|copyTo|moveTo|flush|trim|create|duplicate|rename|expand|collapse|group|ungroup|randomize|check|uncheck|shift|refresh|apply)/;

/** The class of `Type.method`. */
export function classOf(type: string, method: string): CallClass {
  if (type === 'MailApp') return method === 'sendEmail' ? 'send' : 'script';
  if (type === 'ScriptApp' || type.endsWith('TriggerBuilder')) return type === 'ScriptApp' && method === 'getScriptId' ? 'local' : 'script';
  if (type.startsWith('Drive.') || type.startsWith('Docs.') || type.startsWith('Sheets.') || DRIVE_TYPES.has(type)) return 'advanced';
  if (FORM_TYPES.has(type)) {
    if (FORM_REQUESTS.has(method)) return 'advanced';
    if (method.startsWith('create') && type !== 'FormApp') return 'builder';
    return /^(get|is|has|to|can)/.test(method) ? 'read' : 'write';
  }
  if (DOC_TYPES.has(type)) return type === 'DocumentApp' && method === 'getActiveDocument' ? 'handle' : 'document';
  if (type === 'PropertiesService' || type === 'Properties' || type === 'CacheService' || type === 'Cache') return 'properties';
  if (type === 'LockService' || type === 'Lock') return 'lock';
  if (type === 'Ui') return method === 'createAddonMenu' || method === 'createMenu' ? 'builder' : 'ui';
  if (LOCAL_TYPES.has(type)) return type === 'Menu' ? 'builder' : type === 'Trigger' ? 'builder' : 'local';
  if (SHEET_VALUE_TYPES.has(type)) return 'builder';
  if (type === 'SpreadsheetApp') {
    if (method.startsWith('new')) return 'builder';
    if (method === 'flush') return 'write';
    return 'handle';
  }
  if (SHEET_TYPES.has(type)) {
    if (method === 'toast') return 'ui';
    if (HANDLES.has(method)) return 'handle';
    if (method.startsWith('get') || method.startsWith('is') || method.startsWith('has') || method === 'createTextFinder' || method.startsWith('find')) return 'read';
    if (WRITE_VERBS.test(method)) return 'write';
    return 'write';
  }
  return 'local';
}

/** Whether a rule of this table names the type (the fallback `local` is for the listed local types only). */
export function isClassified(type: string): boolean {
  return type === 'MailApp' || type === 'ScriptApp' || type.endsWith('TriggerBuilder') || type.startsWith('Drive.') || type.startsWith('Docs.')
    || type.startsWith('Sheets.') || DRIVE_TYPES.has(type) || DOC_TYPES.has(type) || LOCAL_TYPES.has(type) || SHEET_VALUE_TYPES.has(type)
    || SHEET_TYPES.has(type) || FORM_TYPES.has(type) || ['PropertiesService', 'Properties', 'CacheService', 'Cache', 'LockService', 'Lock', 'Ui', 'SpreadsheetApp'].includes(type);
}

export function costOf(type: string, method: string): { cls: CallClass; ms: number } {
  const cls = classOf(type, method);
  return { cls, ms: COST_MS[cls] };
}

/** The execution time limits. https://developers.google.com/apps-script/guides/services/quotas#current_limitations */
export const LIMIT_MS = { full: 6 * 60 * 1000, simpleTrigger: 30 * 1000 } as const;

/** Simple triggers get 30 seconds. https://developers.google.com/apps-script/guides/triggers#restrictions */
export const SIMPLE_TRIGGERS = new Set(['onOpen', 'onEdit', 'onInstall', 'onSelectionChange']);
