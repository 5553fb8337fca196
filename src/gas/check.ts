/**
 * "Kiểm tra cài đặt" (Check the installation): for an office's IT person, in a real spreadsheet.
 * Each permission and service the add-on needs is tried the way the commands use it, and the
 * answer says in Vietnamese, then in English, what works and what to grant or change:
 * - the sheets: read through spreadsheets.currentonly;
 * - documents: a test Google Doc created in the output folder (Drive v3, drive.file), written
 *   (Docs API), opened as the PDF export opens it (DocumentApp, documents), then put in the trash;
 * - mail: the day's remaining quota (script.send_mail);
 * - triggers: the project's triggers listed (script.scriptapp).
 * Nothing else is changed (the output folder is made if it does not exist yet, as the first
 * document would make it).
 */
import { type Lang, type MsgKey, t } from '../core/i18n';
import { SETTINGS_SHEET } from '../core/plan/columns';
import { pickSheets } from '../core/plan/sheets';
import { readTracker } from '../core/plan/read';
import { docsDocuments, driveFiles } from './advanced';
import { createDoc, outputFolder } from './docs-drive';
import { UserError, isPermissionError } from './errors';
import { userLang } from './menu';
import { type GasPorts, activePorts } from './ports';
import { GasStore } from './services';

export interface CheckItem {
  key: 'sheets' | 'docs' | 'mail' | 'triggers';
  ok: boolean;
  /** What was found (sheet count, quota, trigger count), when it worked. */
  found?: string;
  /** The scopes Google named as missing, when it said. */
  missing: string[];
}

/** Only the scope addresses are shown from Google's refusal, never its raw text. */
function scopesIn(e: unknown): string[] {
  const text = e instanceof Error ? e.message : String(e);
  return [...new Set(text.match(/https:\/\/www\.googleapis\.com\/auth\/[\w.]+/g) ?? [])];
}

function attempt(key: CheckItem['key'], run: () => string | undefined): CheckItem {
  try {
    return { key, ok: true, found: run(), missing: [] };
  } catch (e) {
    return { key, ok: false, missing: scopesIn(e) };
  }
}

/** Runs every check; never throws. */
export function checkInstallation(lang: Lang): CheckItem[] {
  let ports: GasPorts | null = null;
  const items: CheckItem[] = [];
  items.push(attempt('sheets', () => {
    ports = activePorts(lang);
    return String(ports.workbook.sheetNames().length);
  }));
  items.push(attempt('docs', () => {
    let folderSetting = '';
    // Without a spreadsheet the properties are the user's (GasStore), as for the documents.
    const store = ports?.store ?? new GasStore(lang);
    if (ports) {
      // The folder the settings name, as the documents use it.
      const wb = ports.workbook;
      const names = pickSheets(wb.sheetNames(), [SETTINGS_SHEET]);
      folderSetting = readTracker(names.length ? wb.readGrids(names) : []).settings.outputFolder;
    }
    const folder = outputFolder(folderSetting, store, lang);
    const id = createDoc(`${t(lang, 'workspace.check.title')} - Tiến độ`, folder);
    try {
      docsDocuments().batchUpdate({ requests: [{ insertText: { text: t(lang, 'workspace.check.title'), location: { index: 1 } } }] }, id);
      DocumentApp.openById(id).getName();
    } finally {
      try {
        driveFiles().update({ trashed: true }, id);
      } catch {
        // Reported by the check itself when Drive refuses.
      }
    }
    return undefined;
  }));
  items.push(attempt('mail', () => {
    const n = MailApp.getRemainingDailyQuota();
    if (n <= 0) throw new Error('quota');
    return String(n);
  }));
  items.push(attempt('triggers', () => String(ScriptApp.getProjectTriggers().length)));
  return items;
}

const LABEL: Record<CheckItem['key'], MsgKey> = {
  sheets: 'workspace.check.sheets', docs: 'workspace.check.docs', mail: 'workspace.check.mail', triggers: 'workspace.check.triggers',
};
const FIX: Record<CheckItem['key'], MsgKey> = {
  sheets: 'workspace.check.sheetsFix', docs: 'workspace.check.docsFix', mail: 'workspace.check.mailFix', triggers: 'workspace.check.triggersFix',
};

function found(lang: Lang, item: CheckItem): string {
  if (!item.found) return '';
  if (item.key === 'mail') return ` (${t(lang, 'workspace.check.mailQuota', { n: item.found })})`;
  if (item.key === 'triggers') return ` (${t(lang, 'workspace.check.triggersCount', { n: item.found })})`;
  return '';
}

/** The report in one language. */
export function checkReport(items: CheckItem[], lang: Lang): string {
  const lines = [t(lang, 'workspace.check.intro')];
  for (const item of items) {
    lines.push(`${item.ok ? '✓' : '✗'} ${t(lang, item.ok ? 'workspace.check.ok' : 'workspace.check.fail')}: ${t(lang, LABEL[item.key])}${found(lang, item)}`);
    if (!item.ok) {
      lines.push(`   ${t(lang, 'workspace.check.grant', { fix: t(lang, FIX[item.key]) })}`);
      if (item.missing.length) lines.push(`   ${item.missing.join(', ')}`);
    }
  }
  const failed = items.filter((i) => !i.ok).length;
  lines.push(failed ? t(lang, 'workspace.check.someMissing', { n: failed }) : t(lang, 'workspace.check.allGood'));
  return lines.join('\n');
}

/** Menu › Kiểm tra cài đặt: Vietnamese first, then English (an IT person may read either). */
export function menuCheckInstall(): void {
  const lang = userLang();
  const items = checkInstallation(lang);
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const text = `${checkReport(items, lang)}\n\n— ${t(other, 'workspace.check.title')} —\n${checkReport(items, other)}`;
  try {
    SpreadsheetApp.getUi().alert(t(lang, 'workspace.check.title'), text, SpreadsheetApp.getUi().ButtonSet.OK);
  } catch (e) {
    // Without script.container.ui no dialog can open: the execution log keeps the report.
    console.error(isPermissionError(e) ? text : e instanceof UserError ? e.message : text);
  }
}
