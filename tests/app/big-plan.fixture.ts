/**
 * A plan of any size shaped like real ones: sections of chained tasks (every dependency form),
 * leads from the People sheet, every status, a few problems. Used by the refresh tests and the bench.
 */
import { addDays } from '../../src/core/dates/civil';

export const BIG_PLAN_TODAY = '2025-03-12';

export const PLAN_HEADER = [
  'Mã', 'Phần', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc',
  'Trạng thái', '% hoàn thành', 'Ngày hoàn thành', 'Nhắc việc', 'Ghi chú',
];

const UNITS = ['Văn phòng Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Ủy ban MTTQ tỉnh', 'Ban Dân vận Tỉnh ủy'];

/** Rows as civil-date strings (`YYYY-MM-DD`) in the date columns; `dateCell` turns them into what a host gives. */
export function bigPlanRows<D>(n: number, dateCell: (iso: string) => D): unknown[][] {
  const rows: unknown[][] = [PLAN_HEADER];
  let prevDue = '';
  for (let i = 1; i <= n; i++) {
    const section = Math.ceil(i / 50);
    const k = (i - 1) % 50;
    // Sections start a week apart from late 2024, so some are done, some running, some ahead.
    const form = k === 0 ? 'none' : (['fs', 'after', 'afterWd', 'none', 'fs'] as const)[i % 5];
    const dep = form === 'fs' ? `T${i - 1}` : form === 'after' ? `T${i - 1}+3` : form === 'afterWd' ? `T${i - 1}+2nlv` : '';
    const start = form === 'none' ? addDays('2024-11-04', section * 7 + k) : addDays(prevDue, 1);
    const due = form === 'after' ? addDays(prevDue, 3) : form === 'afterWd' ? addDays(prevDue, 2 + (i % 2)) : addDays(start, 2 + (i % 5));
    prevDue = due;
    const past = due < BIG_PLAN_TODAY;
    const status = past ? ['Hoàn thành', 'Hoàn thành', '', 'Tạm dừng', 'Đang thực hiện'][i % 5] : ['Đang thực hiện', '', '', 'Hủy', ''][i % 5];
    const done = status === 'Hoàn thành';
    rows.push([
      `T${i}`, `Phần ${section}`, `Công việc số ${i}`, UNITS[i % UNITS.length], i % 97 === 0 ? 'Không có trong danh sách' : UNITS[(i + 1) % UNITS.length],
      form === 'none' ? dateCell(start) : '', form === 'none' || form === 'fs' ? dateCell(due) : '', dep, status,
      done ? 1 : (i % 4) / 4, done && i % 10 !== 0 ? dateCell(addDays(due, (i % 3) - 1)) : '', i % 2 ? 'Có' : 'Không', '',
    ]);
  }
  return rows;
}

export function bigPlanPeople(): unknown[][] {
  return [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Nhóm'], ...UNITS.map((u, i) => [`Người ${i + 1}`, 'Chuyên viên', u, `nguoi${i + 1}@example.org`, ''])];
}
