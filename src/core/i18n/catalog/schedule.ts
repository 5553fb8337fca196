/** Refreshing the schedule: progress, result, the computed columns' note, the baseline (`schedule.*`). */
import { words } from './words';

export const vi = {
  'schedule.columnNote': 'Cột do Tiến độ tính lại mỗi lần cập nhật: đừng gõ vào đây. Ghi chú này cho Tiến độ biết cột là của nó; đừng xóa ghi chú.',
  'schedule.lockBusy': 'Đang có một lần cập nhật tiến độ khác chạy trên bảng tính này. Vui lòng thử lại sau ít phút.',
  'schedule.reading': words.readingSheets.vi,
  'schedule.computing': 'Đang tính tiến độ {count} công việc…',
  'schedule.writing': 'Đang ghi kết quả…',
  'schedule.done': 'Đã cập nhật tiến độ {count} công việc: {overdue} quá hạn, {dueSoon} sắp đến hạn, {problems} vấn đề cần kiểm tra.',
  'schedule.noTasks': 'Không có công việc nào để cập nhật (trang «Công việc» trống hoặc thiếu).',
  'schedule.baselineDone': 'Đã chốt kế hoạch gốc cho {count} công việc ngày {date}.',
  'schedule.baselineConfirm': 'Đã có kế hoạch gốc (chốt ngày {date}). Chốt lại sẽ thay hạn gốc bằng hạn hiện tại và đặt lại số lần gia hạn. Tiếp tục?',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'schedule.columnNote': 'Column computed by Tiến độ at each refresh: do not type here. This note tells Tiến độ the column is its own; do not delete it.',
  'schedule.lockBusy': 'Another progress refresh is running on this spreadsheet. Please try again in a few minutes.',
  'schedule.reading': words.readingSheets.en,
  'schedule.computing': 'Computing the schedule of {count} tasks…',
  'schedule.writing': 'Writing the results…',
  'schedule.done': 'Refreshed {count} tasks: {overdue} overdue, {dueSoon} due soon, {problems} problem(s) to check.',
  'schedule.noTasks': 'No tasks to refresh (the “Công việc” sheet is empty or missing).',
  'schedule.baselineDone': 'Baseline frozen for {count} tasks on {date}.',
  'schedule.baselineConfirm': 'A baseline already exists (frozen on {date}). Freezing again replaces the baseline dates with the current ones and resets the extension counts. Continue?',
};
