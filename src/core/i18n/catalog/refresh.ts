/** Refreshing the schedule: progress, result, the computed columns' note, the baseline, and what `tiendo refresh` prints (`refresh.*`). */
import { words } from './words';

export const vi = {
  'refresh.columnNote': 'Cột do Tiến độ tính lại mỗi lần cập nhật: đừng gõ vào đây. Ghi chú này cho Tiến độ biết cột là của nó; đừng xóa ghi chú.',
  'refresh.lockBusy': 'Đang có một lần cập nhật tiến độ khác chạy trên bảng tính này. Vui lòng thử lại sau ít phút.',
  'refresh.reading': words.readingSheets.vi,
  'refresh.computing': 'Đang tính tiến độ {count} công việc…',
  'refresh.writing': 'Đang ghi kết quả…',
  'refresh.done': 'Đã cập nhật tiến độ {count} công việc: {overdue} quá hạn, {dueSoon} sắp đến hạn, {problems} vấn đề cần kiểm tra.',
  'refresh.noTasks': 'Không có công việc nào để cập nhật (trang «Công việc» trống hoặc thiếu).',
  'refresh.baselineDone': 'Đã chốt kế hoạch gốc cho {count} công việc ngày {date}.',
  'refresh.baselineConfirm': 'Đã có kế hoạch gốc (chốt ngày {date}). Chốt lại sẽ thay hạn gốc bằng hạn hiện tại và đặt lại số lần gia hạn. Tiếp tục?',
  'refresh.cli.summary': 'Cập nhật tiến độ trên tệp .xlsx: hạn tính toán, tình trạng, đường găng, trang Tổng quan.',
  'refresh.cli.noTasks': 'Bảng tính không có trang «Công việc» (hoặc trang đó không có dòng tiêu đề Mã, Nội dung công việc, Hạn hoàn thành…): không có gì để cập nhật, tệp không bị thay đổi. Chạy “tiendo check” để xem chi tiết, hoặc “tiendo init” để tạo bảng theo dõi mẫu.',
  'refresh.cli.saved': 'Đã ghi {path}.',
  'refresh.cli.schedule': 'Tiến độ ngày {date}:',
  'refresh.cli.overview': 'Trang Tổng quan:',
  'refresh.cli.demo': 'Cập nhật tiến độ và trang Tổng quan',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'refresh.columnNote': 'Column computed by Tiến độ at each refresh: do not type here. This note tells Tiến độ the column is its own; do not delete it.',
  'refresh.lockBusy': 'Another progress refresh is running on this spreadsheet. Please try again in a few minutes.',
  'refresh.reading': words.readingSheets.en,
  'refresh.computing': 'Computing the schedule of {count} tasks…',
  'refresh.writing': 'Writing the results…',
  'refresh.done': 'Refreshed {count} tasks: {overdue} overdue, {dueSoon} due soon, {problems} problem(s) to check.',
  'refresh.noTasks': 'No tasks to refresh (the “Công việc” sheet is empty or missing).',
  'refresh.baselineDone': 'Baseline frozen for {count} tasks on {date}.',
  'refresh.baselineConfirm': 'A baseline already exists (frozen on {date}). Freezing again replaces the baseline dates with the current ones and resets the extension counts. Continue?',
  'refresh.cli.summary': 'Refresh progress in an .xlsx file: computed due dates, statuses, critical path, the Overview sheet.',
  'refresh.cli.noTasks': 'The workbook has no “Công việc” sheet (or that sheet has no header row with Mã, Nội dung công việc, Hạn hoàn thành…): nothing to refresh, and the file is unchanged. Run “tiendo check” for details, or “tiendo init” to create a sample tracker.',
  'refresh.cli.saved': 'Saved {path}.',
  'refresh.cli.schedule': 'Schedule as of {date}:',
  'refresh.cli.overview': 'Overview sheet:',
  'refresh.cli.demo': 'Progress refreshed, with the Overview sheet',
};
