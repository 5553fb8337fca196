/**
 * What each page is opened with in the browser tests: the size it is shown at in Sheets and the
 * stub's boot data and server answers. A page without an entry opens in Vietnamese,
 * no data and no server answers, and must still load cleanly. Add your page here when it needs data.
 */
import type { SettingsView } from '../../../src/app/settings';
import type { Lang } from '../../../src/core/i18n';
import type { PageBoot } from '../../../src/core/i18n/boot';
import { helpData } from '../../../src/core/help/content';
import { DEFAULT_SETTINGS } from '../../../src/core/plan/settings';
import { toForm } from '../../../src/core/plan/settings-form';
import type { Browser } from 'playwright-core';
import type { GanttLayout } from '../../../src/core/gantt/model';
import { type Opened, defaultBoot, openPage } from '../browser.fixture';
import type { StubOptions } from './stub-run.fixture';
import { remindersReport } from './reminders.fixture';
import { sampleLayout } from '../../core/gantt/gantt.fixture';
import type { PendingReport } from '../../../src/app/reports';

export interface PageFixture {
  size: { width: number; height: number };
  options: () => StubOptions;
}

/** Sheets shows sidebars 300 px wide. */
export const SIDEBAR = { width: 300, height: 760 };
export const DIALOG = { width: 760, height: 560 };

/** The Gantt dialog's size, and what src/gas/gantt.ts sends with the page (no text: the page has its own). */
export const GANTT_SIZE = { width: 1200, height: 700 };
export const ganttServerBoot = (lang: Lang): PageBoot => ({ lang });

/** The Gantt dialog showing `layout`, once drawn; a bar click answers after 20 ms. */
export async function openGanttDialog(browser: Browser, layout: GanttLayout, lang: Lang = 'vi'): Promise<Opened> {
  const opened = await openPage(browser, 'gantt', {
    boot: ganttServerBoot(lang),
    responses: { ganttData: { value: layout }, ganttSelectRow: { value: null, delayMs: 20 } },
  }, GANTT_SIZE);
  await opened.page.waitForFunction(() => document.body.dataset.ready);
  return opened;
}

export function settingsView(): SettingsView {
  return {
    form: toForm({
      ...DEFAULT_SETTINGS,
      planName: 'Kế hoạch tổ chức Đại hội Đảng bộ',
      planNumber: '07-KH/TBVKĐH',
      parentBody: 'ĐẢNG BỘ TỈNH ĐẮK LẮK',
      issuingBody: 'TIỂU BAN VĂN KIỆN',
      place: 'Buôn Ma Thuột',
      coordinator: 'Trần Thị Bình',
    }),
    people: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu'],
    sheet: 'Cài đặt',
    sheetErrors: {},
  };
}

/** Exactly what the server injects (src/gas/setup.ts): a string the page needs but the server does not send shows up as a raw key. */
export function settingsBoot(lang: Lang, data?: SettingsView): PageBoot {
  return { lang, data };
}

export function helpBoot(lang: Lang): PageBoot {
  return { lang, data: helpData(lang) };
}

/** Two waiting reports as pendingReports() gives them for the sample: progress, and an extension request. */
export function pendingReportsFixture(): PendingReport[] {
  return [
    { row: 3, taskId: 'A.16', title: 'Tiếp tục tiếp thu, hoàn thiện thành dự thảo báo cáo lần 2', email: 'phuc.levan@example.org', date: '11/11/2019', status: 'Đang thực hiện', percent: '45%', result: 'Nhóm I đã tiếp thu ý kiến vào phần kinh tế', difficulties: '', proposals: '', newDue: '', dueBefore: '22/11/2019' },
    { row: 4, taskId: 'A.15', title: 'Tiếp thu ý kiến của Ban Thường vụ Thành ủy, trình Ban Chấp hành Đảng bộ thành phố cho ý kiến', email: 'tien.tranthanh@example.org', date: '11/11/2019', status: 'Đề nghị gia hạn', percent: '90%', result: 'Đã trình Ban Thường vụ', difficulties: 'Lịch họp Ban Chấp hành dời sang ngày 20/11/2019', proposals: 'Đề nghị lùi hạn đến ngày 22/11/2019', newDue: '22/11/2019', dueBefore: '09/11/2019' },
  ];
}

/** Exactly what the server injects (src/gas/reports.ts). */
export function approveBoot(lang: Lang, pending: PendingReport[] = pendingReportsFixture()): PageBoot {
  return { lang, data: { pending } };
}

export const PAGE_FIXTURES: Record<string, PageFixture> = {
  'approve-reports': { size: DIALOG, options: () => ({ boot: approveBoot('vi') }) },
  settings: { size: SIDEBAR, options: () => ({ boot: settingsBoot('vi', settingsView()) }) },
  help: { size: DIALOG, options: () => ({ boot: helpBoot('vi') }) },
  reminders: { size: DIALOG, options: () => ({ boot: defaultBoot('vi', remindersReport()) }) },
  gantt: { size: { width: 1200, height: 700 }, options: () => ({ boot: { lang: 'vi' }, responses: { ganttData: { value: sampleLayout() } } }) },
};

export function fixtureFor(page: string): PageFixture {
  return PAGE_FIXTURES[page] ?? { size: DIALOG, options: () => ({ boot: defaultBoot('vi') }) };
}
