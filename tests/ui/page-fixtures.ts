/**
 * What each page is opened with in the browser tests: the size it is shown at in Sheets and the
 * stub's boot data and server answers. A page without an entry opens with the Vietnamese strings,
 * no data and no server answers, and must still load cleanly. Add your page here when it needs data.
 */
import { SETTINGS_PAGE_STRINGS, type SettingsView } from '../../src/app/settings';
import type { Lang } from '../../src/core/i18n';
import { type PageBoot, pageStrings } from '../../src/core/i18n/boot';
import { HELP_STRINGS, helpData } from '../../src/core/plan/help';
import { DEFAULT_SETTINGS } from '../../src/core/plan/settings';
import { toForm } from '../../src/core/plan/settings-form';
import { defaultBoot } from './browser';
import type { StubOptions } from './stub-run';
import { remindersReport } from './reminders-fixture';
import { sampleLayout } from '../core/gantt/fixtures';

export interface PageFixture {
  size: { width: number; height: number };
  options: () => StubOptions;
}

/** Sheets shows sidebars 300 px wide. */
export const SIDEBAR = { width: 300, height: 760 };
export const DIALOG = { width: 760, height: 560 };

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
  return { lang, strings: pageStrings(lang, ['ui.common.', ...SETTINGS_PAGE_STRINGS]), data };
}

export function helpBoot(lang: Lang): PageBoot {
  return { lang, strings: pageStrings(lang, ['ui.common.', ...HELP_STRINGS]), data: helpData(lang) };
}

export const PAGE_FIXTURES: Record<string, PageFixture> = {
  settings: { size: SIDEBAR, options: () => ({ boot: settingsBoot('vi', settingsView()) }) },
  help: { size: DIALOG, options: () => ({ boot: helpBoot('vi') }) },
  reminders: { size: DIALOG, options: () => ({ boot: defaultBoot('vi', remindersReport()) }) },
  gantt: { size: { width: 1200, height: 700 }, options: () => ({ boot: { lang: 'vi', strings: pageStrings('vi', ['ui.common.', 'ui.gantt.']) }, responses: { ganttData: { value: sampleLayout() } } }) },
};

export function fixtureFor(page: string): PageFixture {
  return PAGE_FIXTURES[page] ?? { size: DIALOG, options: () => ({ boot: defaultBoot('vi') }) };
}
