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

describe('menu', () => {
  it('lists the entries in Vietnamese', () => {
    expect(labels('vi')).toEqual([
      'Thiết lập bảng theo dõi', 'Nhập kế hoạch từ văn bản…', 'Cập nhật tiến độ', 'Biểu đồ Gantt', 'Chốt kế hoạch', '—',
      'Xem trước nhắc việc…', 'Bật nhắc việc tự động', 'Tắt nhắc việc tự động', '—',
      'Tạo biểu mẫu báo cáo tiến độ', 'Duyệt báo cáo…', '—',
      'Tạo văn bản › (Kế hoạch · Báo cáo tiến độ · Trộn theo mẫu…)', '—',
      'Cài đặt…', 'Hướng dẫn', 'Kiểm tra cài đặt',
    ]);
  });

  it('lists the same entries in English', () => {
    expect(labels('en')).toEqual([
      'Set up the tracker', 'Import a plan from text…', 'Refresh progress', 'Gantt chart', 'Freeze the plan (baseline)', '—',
      'Preview reminders…', 'Turn on daily reminders', 'Turn off daily reminders', '—',
      'Create the progress report form', 'Approve reports…', '—',
      'Create document › (Plan · Progress report · Merge from template…)', '—',
      'Settings…', 'Help', 'Check the installation',
    ]);
  });
});
