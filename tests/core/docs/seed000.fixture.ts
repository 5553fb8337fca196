/**
 * A tracker workbook filled the way an office would type seed 000's plan ("Tham mưu xây dựng các
 * Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII"): its timeline (part D) as tasks grouped by
 * month, with the plan's own leads, supports and deadlines.
 */
import type { SheetGrid } from '../../../src/core/sheet/grid';

const d = (s: string) => ({ date: s });

export const SEED000_HEADER = ['Mã', 'Phần', 'Nội dung công việc', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc', 'Trạng thái', '% hoàn thành', 'Ngày hoàn thành', 'Văn bản', 'Ghi chú'];

/** [id, section, title, deliverable, lead, support, start, due, depends, status, percent, doneOn, document, notes] */
export const SEED000_TASKS: unknown[][] = [
  ['1', 'Tháng 6/2019', 'Xây dựng Quy chế làm việc của Tiểu ban Văn kiện, Kế hoạch xây dựng văn kiện, dự thảo sơ bộ Đề cương tổng quát Báo cáo chính trị', 'Quy chế, Kế hoạch', 'Văn phòng Thành ủy', '', d('2019-06-01'), d('2019-06-30'), '', 'Hoàn thành', 1, d('2019-06-28'), '', ''],
  ['2', 'Tháng 7/2019', 'Cho ý kiến trực tiếp vào dự thảo sơ bộ Đề cương tổng quát các Báo cáo, gửi đồng chí Tổ trưởng Tổ Biên tập', '', 'Các thành viên Tổ Biên tập', '', '', d('2019-07-05'), '', 'Hoàn thành', 1, d('2019-07-04'), '', ''],
  ['3', 'Tháng 7/2019', 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo', 'Dự thảo Đề cương tổng quát', 'Trần Thanh Tiến', 'Lê Văn Phúc; Nguyễn Thị Cẩm Ly', d('2019-07-10'), d('2019-07-19'), '2', 'Hoàn thành', 1, d('2019-07-22'), '', ''],
  ['4', 'Tháng 7/2019', 'Trình BTV Thành ủy thông qua dự thảo Đề cương tổng quát các báo cáo để tiến hành xây dựng Đề cương chi tiết', '', 'Trần Thanh Tiến', '', d('2019-07-19'), d('2019-07-26'), '3', 'Đang thực hiện', 0.5, '', '', 'Chờ lịch họp của Ban Thường vụ'],
  ['5', 'Tháng 8/2019', 'Các Nhóm gửi dự thảo Đề cương chi tiết các báo cáo về đồng chí Tổ trưởng Tổ Biên tập', '', 'Lê Văn Phúc; Nguyễn Thị Cẩm Ly', 'Nhóm II', '', d('2019-08-05'), '', 'Đang thực hiện', 0.3, '', '', ''],
  ['6', 'Tháng 8/2019', 'Hoàn chỉnh dự thảo đề cương chi tiết các báo cáo', '', 'Trần Thanh Tiến', 'Nhóm Tổng hợp', '', d('2019-08-15'), '', '', '', '', '', ''],
  ['7', 'Tháng 8/2019', 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương chi tiết các báo cáo', '', 'Trần Thanh Tiến', '', d('2019-08-20'), d('2019-08-24'), '', '', '', '', '', ''],
  ['8', 'Tháng 8/2019', 'Trình BTV Thành ủy, BCH Đảng bộ thành phố thông qua dự thảo Đề cương chi tiết các báo cáo', '', 'Trần Thanh Tiến', '', d('2019-08-26'), d('2019-08-30'), '', 'Tạm dừng', '', '', '', 'Lùi theo lịch hội nghị Ban Chấp hành'],
  ['9', 'Tháng 9/2019', 'Đề xuất nội dung yêu cầu các ban, ngành, địa phương báo cáo tình hình, số liệu', '', 'Lê Văn Phúc', 'Nguyễn Thị Cẩm Ly', '', d('2019-09-05'), '', '', '', '', '', ''],
  ['10', 'Tháng 9/2019', 'Tổng hợp, biên tập thành dự thảo các Báo cáo lần 01', 'Dự thảo các Báo cáo lần 01', 'Trần Thanh Tiến', 'Các Nhóm', '', d('2019-10-10'), '', '', '', '', '', ''],
  ['11', 'Từ tháng 01/2020 đến tháng 3/2020', 'Tổng hợp ý kiến phản biện của MTTQ và đại hội cơ sở, hoàn thiện dự thảo các báo cáo lần 4', 'Dự thảo lần 4', 'Các thành viên Tổ Biên tập', '', d('2020-01-01'), d('2020-03-31'), '', '', '', '', '', ''],
  ['12', 'Trong tháng 4,5,6,7/2020', 'Tiếp tục hoàn chỉnh Chương trình hành động thực hiện Nghị quyết Đại hội khóa XIII', '', '', '', d('2020-04-01'), d('2020-07-31'), '', '', '', '', '', ''],
  ['13', 'Tháng 8/2019', 'Xây dựng kế hoạch hội nghị lấy ý kiến (đã bỏ)', '', 'Lê Văn Phúc', '', '', d('2019-08-10'), '', 'Hủy', '', '', '', ''],
  ['14', 'Tháng 8/2019', 'Thu thập số liệu kinh tế - xã hội', '', 'Nguyễn Việt Hùng', '', d('2019-08-01'), d('2019-08-31'), '', '', '', '', '', ''],
];

export const SEED000_SETTINGS: Array<[string, string]> = [
  ['Tên kế hoạch', 'Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025'],
  ['Số kế hoạch', '02-KH/TBT'],
  ['Cơ quan cấp trên', 'Tiểu ban Văn kiện Đại hội XIII'],
  ['Cơ quan ban hành', 'Tổ Biên tập Văn kiện'],
  ['Địa danh', 'Buôn Ma Thuột'],
  ['Ngày ban hành', '24/06/2019'],
  ['Mục đích, yêu cầu', 'Tham mưu giúp Tiểu ban Văn kiện xây dựng các dự thảo văn kiện trình Đại hội Đảng bộ thành phố lần thứ XIII đảm bảo yêu cầu chất lượng và đúng tiến độ đề ra.\nCác thành viên Tổ Biên tập phát huy cao tinh thần, trách nhiệm, thực hiện tốt công tác phối hợp.'],
  ['Tổ chức thực hiện', 'Tổ Biên tập làm việc theo chế độ kiêm nhiệm; các thành viên được phân công nhiệm vụ cụ thể theo sự điều hành chung của đồng chí Tổ trưởng.\nCơ quan thường trực của Tổ giúp việc là Văn phòng Thành ủy.'],
  ['Nơi nhận', 'Thường trực Thành ủy (b/c),\nCác đ/c thành viên Tiểu ban Văn kiện,\nCác thành viên Tổ Biên tập,\nLưu VPTU.'],
  ['Thẩm quyền ký', ''],
  ['Chức vụ người ký', 'CHÁNH VĂN PHÒNG\nkiêm\nTỔ TRƯỞNG'],
  ['Họ tên người ký', 'Trần Thanh Tiến'],
];

export function seed000Grids(over: { settings?: Array<[string, string]>; tasks?: unknown[][] } = {}): SheetGrid[] {
  const settings = [...SEED000_SETTINGS, ...(over.settings ?? [])];
  return [
    { name: 'Công việc', values: [SEED000_HEADER, ...(over.tasks ?? SEED000_TASKS)] as SheetGrid['values'] },
    { name: 'Nhân sự', values: [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email'], ['Trần Thanh Tiến', 'Chánh Văn phòng Thành ủy', 'Văn phòng Thành ủy', 'tien@example.org']] },
    { name: 'Cài đặt', values: [['Mục', 'Giá trị'], ...settings] },
  ];
}

/** Seed 000's tracker typed into Sheets the way a user types it (dates day first, percentages). */
export function typedInSheets(v: unknown): unknown {
  if (v && typeof v === 'object' && 'date' in (v as object)) {
    const d = (v as { date: string }).date;
    return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  }
  if (typeof v === 'number' && v <= 1) return `${Math.round(v * 100)}%`;
  return v;
}
