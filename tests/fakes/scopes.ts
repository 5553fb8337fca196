/**
 * The OAuth scopes each faked method needs: ONE table, each row citing the reference page whose
 * "Authorization" section lists them. A call needs one of `anyOf` (Google lists alternatives;
 * any one granted is enough). A row `Type.*` covers every method of that type without a row of
 * its own. A method with no row needs no scope (Utilities, Logger, PropertiesService, LockService,
 * CacheService, HtmlService, builders that build values without reaching a document).
 *
 * Two kinds of Drive access, on purpose kept apart:
 * - DriveApp (the built-in Drive service) needs the FULL `drive` scope to change anything and
 *   `drive.readonly` (or `drive`) to read; it does NOT honour `drive.file`, whatever file it is.
 * - The Drive advanced service (Drive API v3) and the Docs advanced service (Docs API v1) honour
 *   `drive.file`, but only on files the script created or the user opened with it: the fakes
 *   answer "File not found" for other files (tests/fakes/advanced.ts).
 */

const AUTH = 'https://www.googleapis.com/auth/';
export const SCOPE = {
  sheetsCurrent: `${AUTH}spreadsheets.currentonly`,
  sheets: `${AUTH}spreadsheets`,
  ui: `${AUTH}script.container.ui`,
  mail: `${AUTH}script.send_mail`,
  scriptapp: `${AUTH}script.scriptapp`,
  documents: `${AUTH}documents`,
  documentsReadonly: `${AUTH}documents.readonly`,
  drive: `${AUTH}drive`,
  driveReadonly: `${AUTH}drive.readonly`,
  driveFile: `${AUTH}drive.file`,
  driveAppdata: `${AUTH}drive.appdata`,
  forms: `${AUTH}forms`,
  formsCurrent: `${AUTH}forms.currentonly`,
} as const;

export interface ScopeRow {
  /** `Type.method` or `Type.*`, Type being the fake's wrapped type name (e.g. `Drive.Files`). */
  call: string;
  anyOf: readonly string[];
  ref: string;
}

const REF = 'https://developers.google.com/apps-script/reference/';
const SHEETS = [SCOPE.sheetsCurrent, SCOPE.sheets];
const DOCS = [SCOPE.documents];
const DRIVEAPP_WRITE = [SCOPE.drive];
const DRIVEAPP_READ = [SCOPE.driveReadonly, SCOPE.drive];

const rows: ScopeRow[] = [];
function row(call: string, anyOf: readonly string[], ref: string): void {
  rows.push({ call, anyOf, ref });
}

// ---- Spreadsheet service ----------------------------------------------------------------------
for (const m of ['getActiveSpreadsheet()', 'getActive()', 'getActiveSheet()', 'getActiveRange()']) {
  row(`SpreadsheetApp.${m.replace(/\(.*/, '')}`, SHEETS, `${REF}spreadsheet/spreadsheet-app#${m}`);
}
row('SpreadsheetApp.openById', [SCOPE.sheets], `${REF}spreadsheet/spreadsheet-app#openById(String)`);
row('SpreadsheetApp.openByUrl', [SCOPE.sheets], `${REF}spreadsheet/spreadsheet-app#openByUrl(String)`);
for (const [type, page] of [
  ['Spreadsheet', 'spreadsheet'], ['Sheet', 'sheet'], ['Range', 'range'], ['RangeList', 'range-list'],
  ['ConditionalFormatRule', 'conditional-format-rule'], ['BooleanCondition', 'boolean-condition'],
  ['DataValidation', 'data-validation'], ['Protection', 'protection'],
] as const) row(`${type}.*`, SHEETS, `${REF}spreadsheet/${page}`);

// ---- Base: the container's UI ------------------------------------------------------------------
// Building the add-on menu needs no scope (it runs in AuthMode.NONE); dialogs, alerts and prompts do.
row('Ui.*', [SCOPE.ui], `${REF}base/ui#alert(String)`);
row('Ui.createAddonMenu', [], `${REF}base/ui#createAddonMenu()`);
row('Ui.createMenu', [], `${REF}base/ui#createMenu(String)`);

// ---- Mail ----------------------------------------------------------------------------------------
row('MailApp.sendEmail', [SCOPE.mail], `${REF}mail/mail-app#sendEmail(Object)`);
row('MailApp.getRemainingDailyQuota', [SCOPE.mail], `${REF}mail/mail-app#getRemainingDailyQuota()`);

// ---- Script: triggers ------------------------------------------------------------------------------
for (const m of ['newTrigger(String)', 'getProjectTriggers()', 'getUserTriggers(Spreadsheet)', 'deleteTrigger(Trigger)']) {
  row(`ScriptApp.${m.replace(/\(.*/, '')}`, [SCOPE.scriptapp], `${REF}script/script-app#${m}`);
}
for (const [type, page] of [['TriggerBuilder', 'trigger-builder'], ['ClockTriggerBuilder', 'clock-trigger-builder'], ['SpreadsheetTriggerBuilder', 'spreadsheet-trigger-builder'], ['Trigger', 'trigger']] as const) {
  row(`${type}.*`, [SCOPE.scriptapp], `${REF}script/${page}`);
}

// ---- Document service (DocumentApp): `documents` opens any Doc the user can open --------------------
row('DocumentApp.*', DOCS, `${REF}document/document-app#openById(String)`);
for (const [type, page] of [
  ['Document', 'document'], ['Body', 'body'], ['HeaderSection', 'header-section'], ['FooterSection', 'footer-section'],
  ['Paragraph', 'paragraph'], ['ListItem', 'list-item'], ['Text', 'text'], ['Table', 'table'], ['TableRow', 'table-row'],
  ['TableCell', 'table-cell'], ['PageBreak', 'page-break'], ['HorizontalRule', 'horizontal-rule'],
] as const) row(`${type}.*`, DOCS, `${REF}document/${page}`);

// ---- Drive service (DriveApp): full `drive`, drive.file is not enough -----------------------------
for (const m of ['createFolder(String)', 'createFile(BlobSource)']) row(`DriveApp.${m.replace(/\(.*/, '')}`, DRIVEAPP_WRITE, `${REF}drive/drive-app#${m}`);
for (const m of ['getFileById(String)', 'getFolderById(String)', 'getRootFolder()', 'getFiles()', 'getFolders()']) row(`DriveApp.${m.replace(/\(.*/, '')}`, DRIVEAPP_READ, `${REF}drive/drive-app#${m}`);
for (const m of ['setName(String)', 'makeCopy(String,Folder)', 'moveTo(Folder)', 'setTrashed(Boolean)']) row(`File.${m.replace(/\(.*/, '')}`, DRIVEAPP_WRITE, `${REF}drive/file#${m}`);
row('File.*', DRIVEAPP_READ, `${REF}drive/file#getId()`);
for (const m of ['createFile(BlobSource)', 'createFolder(String)', 'setName(String)']) row(`Folder.${m.replace(/\(.*/, '')}`, DRIVEAPP_WRITE, `${REF}drive/folder#${m}`);
row('Folder.*', DRIVEAPP_READ, `${REF}drive/folder#getId()`);
row('FileIterator.*', DRIVEAPP_READ, `${REF}drive/file-iterator#next()`);
row('FolderIterator.*', DRIVEAPP_READ, `${REF}drive/folder-iterator#next()`);

// ---- Drive advanced service (Drive API v3) -----------------------------------------------------------
const DRIVE_API = 'https://developers.google.com/drive/api/reference/rest/v3/files/';
row('Drive.Files.create', [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile], `${DRIVE_API}create#authorization-scopes`);
row('Drive.Files.copy', [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile], `${DRIVE_API}copy#authorization-scopes`);
row('Drive.Files.update', [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile], `${DRIVE_API}update#authorization-scopes`);
row('Drive.Files.get', [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile, SCOPE.driveReadonly], `${DRIVE_API}get#authorization-scopes`);
row('Drive.Files.export', [SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly], `${DRIVE_API}export#authorization-scopes`);
row('Drive.Files.remove', [SCOPE.drive, SCOPE.driveAppdata, SCOPE.driveFile], `${DRIVE_API}delete#authorization-scopes`);

// ---- Docs advanced service (Docs API v1) ---------------------------------------------------------------
const DOCS_API = 'https://developers.google.com/docs/api/reference/rest/v1/documents/';
row('Docs.Documents.create', [SCOPE.documents, SCOPE.drive, SCOPE.driveFile], `${DOCS_API}create#authorization-scopes`);
row('Docs.Documents.batchUpdate', [SCOPE.documents, SCOPE.drive, SCOPE.driveFile], `${DOCS_API}batchUpdate#authorization-scopes`);
row('Docs.Documents.get', [SCOPE.documents, SCOPE.documentsReadonly, SCOPE.drive, SCOPE.driveFile, SCOPE.driveReadonly], `${DOCS_API}get#authorization-scopes`);

// ---- Forms service (FormApp): `forms` creates and opens any form; a form's own methods also accept
// `forms.currentonly`, which only a script bound to that form is given.
row('FormApp.*', [SCOPE.forms], `${REF}forms/form-app#create(String)`);
for (const [type, page] of [
  ['Form', 'form'], ['TextItem', 'text-item'], ['ParagraphTextItem', 'paragraph-text-item'], ['MultipleChoiceItem', 'multiple-choice-item'],
  ['DateItem', 'date-item'], ['Item', 'item'], ['ItemResponse', 'item-response'], ['FormResponse', 'form-response'],
] as const) row(`${type}.*`, [SCOPE.forms, SCOPE.formsCurrent], `${REF}forms/${page}`);

export const SCOPE_TABLE: readonly ScopeRow[] = rows;

const byCall = new Map<string, ScopeRow>();
for (const r of rows) byCall.set(r.call, r);

/** The row governing `Type.method`, or null when the call needs no scope. */
export function scopeRow(type: string, method: string): ScopeRow | null {
  return byCall.get(`${type}.${method}`) ?? byCall.get(`${type}.*`) ?? null;
}

/** Scopes of which one is needed, or null when the call needs none. */
export function scopesFor(type: string, method: string): readonly string[] | null {
  const r = scopeRow(type, method);
  return r && r.anyOf.length ? r.anyOf : null;
}
