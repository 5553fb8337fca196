/**
 * The Apps Script ports of a run come from one factory (src/gas/ports.ts): whatever the entry
 * point, the spreadsheet's time zone is asked once (the clock asks it through the workbook) and
 * the document properties are opened once (the state and the fingerprints share one handle).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED000_HEADER, SEED000_SETTINGS, SEED000_TASKS, typedInSheets } from '../core/docs/seed000.fixture';
import { createFakes, seedSheet } from '../fakes/index';
import { ROOT, loadBundle } from '../fakes/vm';

const ENTRIES = ['menuRefresh', 'menuGantt', 'menuDocPlan', 'menuDocReport', 'menuApproveReports', 'menuPreviewReminders', 'menuSetup'];

describe('the ports of one run', () => {
  it.each(ENTRIES)('%s asks the time zone and opens the document properties once at most', (entry) => {
    const env = createFakes({ now: () => new Date('2019-08-10T02:00:00Z') });
    seedSheet(env, 'Công việc', [SEED000_HEADER, ...SEED000_TASKS.map((r) => r.map(typedInSheets))]);
    seedSheet(env, 'Nhân sự', [['Họ tên', 'Email'], ['Trần Thanh Tiến', 'tien@example.org']]);
    seedSheet(env, 'Cài đặt', [['Mục', 'Giá trị'], ...SEED000_SETTINGS]);
    for (const page of ['doc-result', 'gantt', 'approve-reports', 'reminders']) env.htmlFiles[page] = readFileSync(path.join(ROOT, `build/${page}.html`), 'utf8');
    const gas = loadBundle(env) as unknown as Record<string, () => void>;
    env.calls.reset();
    gas[entry]();
    const calls = env.calls.byMethod();
    expect(calls['Spreadsheet.getSpreadsheetTimeZone'] ?? 0).toBeLessThanOrEqual(1);
    expect(calls['PropertiesService.getDocumentProperties'] ?? 0).toBeLessThanOrEqual(1);
    // It ran: a dialog, a toast or an alert the user sees, never a raw error.
    expect(env.ui.dialogs.length + env.ui.alerts.length + env.ui.toasts.length).toBeGreaterThan(0);
  });
});
