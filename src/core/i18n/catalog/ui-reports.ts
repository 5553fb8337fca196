/** The report approval dialog, Duyệt báo cáo (`ui.reports.*`). */
import { words } from './words';

export const vi = {
  'ui.reports.intro': 'Các báo cáo hợp lệ đang chờ duyệt. Duyệt thì Trạng thái, % hoàn thành, Ngày hoàn thành (và Hạn hoàn thành khi đề nghị gia hạn) được ghi vào trang Công việc, kèm ghi chú nguồn báo cáo.',
  'ui.reports.approve': 'Duyệt',
  'ui.reports.reject': 'Từ chối',
  'ui.reports.approved': 'Đã duyệt',
  'ui.reports.rejectedDone': 'Đã từ chối',
  'ui.reports.none': 'Không có báo cáo nào đang chờ duyệt.',
  'ui.reports.newDue': 'Đề nghị hạn mới: {to} (hạn hiện nay: {from})',
  'ui.reports.close': words.close.vi,
  'ui.reports.result': 'Kết quả: {text}',
  'ui.reports.difficulties': 'Khó khăn, vướng mắc: {text}',
  'ui.reports.proposals': 'Đề xuất, kiến nghị: {text}',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'ui.reports.intro': 'Valid reports awaiting approval. Approving writes Status, % done, Done on (and Due, for an extension request) into the Tasks sheet, with a note naming the report.',
  'ui.reports.approve': 'Approve',
  'ui.reports.reject': 'Refuse',
  'ui.reports.approved': 'Approved',
  'ui.reports.rejectedDone': 'Refused',
  'ui.reports.none': 'No report is awaiting approval.',
  'ui.reports.newDue': 'Proposed new deadline: {to} (now: {from})',
  'ui.reports.close': words.close.en,
  'ui.reports.result': 'Result: {text}',
  'ui.reports.difficulties': 'Difficulties: {text}',
  'ui.reports.proposals': 'Proposals: {text}',
};
