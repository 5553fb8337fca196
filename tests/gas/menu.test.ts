/**
 * The add-on menu as the user sees it (Tiện ích mở rộng › Tiến độ): the entries of the issue, in
 * order, in Vietnamese by default and in English for an English locale. (That every entry calls
 * an exported function is checked by tests/gas/contract.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { t, type Lang } from '../../src/core/i18n';
import { MENU } from '../../src/gas/menu';

function labels(lang: Lang): string[] {
  return MENU.flatMap((item): string[] => {
    if (item === null) return ['—'];
    if ('sub' in item) return [`${t(lang, item.sub)} › (${item.items.map(([k]) => t(lang, k)).join(' · ')})`];
    return [t(lang, item[0])];
  });
}

/** Each entry in Vietnamese and in English, in menu order; `—` is a separator. */
const ENTRIES: Array<[vi: string, en: string]> = [
  ['Thiết lập bảng theo dõi', 'Set up the tracker'],
  ['Nhập kế hoạch từ văn bản…', 'Import a plan from text…'],
  ['Cập nhật tiến độ', 'Refresh progress'],
  ['Biểu đồ Gantt', 'Gantt chart'],
  ['Chốt kế hoạch', 'Freeze the plan (baseline)'],
  ['—', '—'],
  ['Xem trước nhắc việc…', 'Preview reminders…'],
  ['Bật nhắc việc tự động', 'Turn on daily reminders'],
  ['Tắt nhắc việc tự động', 'Turn off daily reminders'],
  ['—', '—'],
  ['Tạo biểu mẫu báo cáo tiến độ', 'Create the progress report form'],
  ['Duyệt báo cáo…', 'Approve reports…'],
  ['—', '—'],
  ['Tạo văn bản › (Kế hoạch · Báo cáo tiến độ · Trộn theo mẫu…)', 'Create document › (Plan · Progress report · Merge from template…)'],
  ['—', '—'],
  ['Cài đặt…', 'Settings…'],
  ['Hướng dẫn', 'Help'],
  ['Kiểm tra cài đặt', 'Check the installation'],
];

describe('menu', () => {
  it.each([['Vietnamese', 'vi', 0], ['English', 'en', 1]] as const)('lists the entries in %s', (_, lang, column) => {
    expect(labels(lang)).toEqual(ENTRIES.map((entry) => entry[column]));
  });
});
