/** The mail-merge dialog, Trộn văn bản (`ui.merge.*`). */
import { words } from './words';

export const vi = {
  'ui.merge.title': 'Trộn văn bản theo mẫu',
  'ui.merge.template': 'Mẫu Google Docs (đường dẫn)',
  'ui.merge.templateHelp': 'Trong mẫu, viết {{Tên cột}} ở nơi cần điền, ví dụ {{Nội dung công việc}}, {{Hạn hoàn thành}}; dùng được cả trong bảng, đầu trang và chân trang.',
  'ui.merge.rows': 'Các dòng',
  'ui.merge.selected': 'Các dòng đang chọn ({count})',
  'ui.merge.filter': 'Các dòng có',
  'ui.merge.filterValue': 'giá trị',
  'ui.merge.namePattern': 'Tên văn bản',
  'ui.merge.pdf': words.alsoPdf.vi,
  'ui.merge.run': 'Trộn văn bản',
  'ui.merge.running': 'Đang trộn…',
  'ui.merge.cancel': 'Hủy',
  'ui.merge.result': words.result.vi,
  'ui.merge.created': 'mới tạo',
  'ui.merge.updated': 'đã cập nhật',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'ui.merge.title': 'Merge documents from a template',
  'ui.merge.template': 'Google Docs template (link)',
  'ui.merge.templateHelp': 'In the template, write {{Column name}} where a value goes, e.g. {{Task}}, {{Due}}; in tables, headers and footers too.',
  'ui.merge.rows': 'Rows',
  'ui.merge.selected': 'The selected rows ({count})',
  'ui.merge.filter': 'Rows where',
  'ui.merge.filterValue': 'is',
  'ui.merge.namePattern': 'Document name',
  'ui.merge.pdf': words.alsoPdf.en,
  'ui.merge.run': 'Merge',
  'ui.merge.running': 'Merging…',
  'ui.merge.cancel': 'Cancel',
  'ui.merge.result': words.result.en,
  'ui.merge.created': 'created',
  'ui.merge.updated': 'updated',
};
