/**
 * The `Báo cáo từ đơn vị` sheet: one row per report a unit sent through the form (or a CSV the
 * form exported). Its first ten columns are the form's questions in the form's order; the add-on
 * owns one more column, `Xử lý`, where it says what became of each report (applied, awaiting
 * approval, approved, refused and why), so a report is never applied twice.
 *
 * Defined with the tracker's other sheets, so a problem anywhere in the workbook can name it;
 * what the reports mean is in core/reports.
 */
import type { SheetDef } from './columns';

export type ReportColumn =
  | 'timestamp' | 'email' | 'taskId' | 'status' | 'percent' | 'doneOn' | 'result' | 'difficulties' | 'proposals' | 'newDue' | 'handling';

export const REPORTS_SHEET: SheetDef<ReportColumn> = {
  key: 'reports', vi: 'Báo cáo từ đơn vị', en: 'Unit reports', aliases: ['Bao cao tu don vi', 'Reports from units', 'Reports'],
  columns: [
    { key: 'timestamp', vi: 'Dấu thời gian', en: 'Timestamp', aliases: ['Thời gian', 'Time', 'Ngày báo cáo'], kind: 'text', width: 140 },
    { key: 'email', vi: 'Email', en: 'Email', aliases: ['Địa chỉ email', 'Email Address', 'E-mail', 'Người báo cáo', 'Reporter'], kind: 'email', width: 200 },
    { key: 'taskId', vi: 'Mã việc', en: 'Task ID', aliases: ['Mã', 'ID', 'Task'], kind: 'id', width: 70 },
    { key: 'status', vi: 'Tình trạng', en: 'Status', aliases: ['Trạng thái'], kind: 'text', width: 130 },
    { key: 'percent', vi: '% hoàn thành', en: '% done', aliases: ['Progress', 'Percent complete', '%'], kind: 'percent', width: 90 },
    { key: 'doneOn', vi: 'Ngày hoàn thành', en: 'Completion date', aliases: ['Done on', 'Completed on'], kind: 'date', width: 110 },
    { key: 'result', vi: 'Kết quả', en: 'Result', aliases: ['Kết quả thực hiện', 'Sản phẩm', 'Outcome'], kind: 'text', width: 260 },
    { key: 'difficulties', vi: 'Khó khăn, vướng mắc', en: 'Difficulties', aliases: ['Khó khăn', 'Vướng mắc', 'Problems', 'Obstacles'], kind: 'text', width: 240 },
    { key: 'proposals', vi: 'Đề xuất, kiến nghị', en: 'Proposals', aliases: ['Đề xuất', 'Kiến nghị', 'Recommendations', 'Requests'], kind: 'text', width: 240 },
    { key: 'newDue', vi: 'Đề nghị hạn mới', en: 'Proposed new deadline', aliases: ['Hạn mới', 'New deadline', 'Requested deadline'], kind: 'date', width: 110 },
    { key: 'handling', vi: 'Xử lý', en: 'Handling', aliases: ['Processing'], kind: 'text', width: 260 },
  ],
};
