/** Small workbooks for the schedule tests: one header, rows as objects. */
import type { CellValue } from '../../../src/core/sheet/cells';
import { readTracker } from '../../../src/core/plan/read';
import type { SheetGrid } from '../../../src/core/sheet/grid';
import { computeSchedule } from '../../../src/core/schedule/compute';

export const TASK_HEADER = [
  'Mã', 'Phần', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Bắt đầu', 'Hạn hoàn thành', 'Phụ thuộc',
  'Trạng thái', '% hoàn thành', 'Ngày hoàn thành', 'Nhắc việc', 'Ghi chú',
];

export interface Row {
  id?: string; section?: string; title?: string; lead?: string; support?: string; start?: CellValue; due?: CellValue;
  deps?: string; status?: string; pct?: CellValue; doneOn?: CellValue; remind?: string; notes?: string;
}

export const d = (iso: string) => ({ date: iso });

export function taskRow(r: Row): CellValue[] {
  return [
    r.id ?? '', r.section ?? '', r.title ?? `Việc ${r.id ?? ''}`, r.lead ?? 'Văn phòng', r.support ?? '', r.start ?? '', r.due ?? '',
    r.deps ?? '', r.status ?? '', r.pct ?? '', r.doneOn ?? '', r.remind ?? '', r.notes ?? '',
  ];
}

export function grids(rows: Row[], extra: { people?: CellValue[][]; holidays?: CellValue[][]; settings?: CellValue[][] } = {}): SheetGrid[] {
  const out: SheetGrid[] = [{ name: 'Công việc', values: [TASK_HEADER, ...rows.map(taskRow)] }];
  if (extra.people) out.push({ name: 'Nhân sự', values: [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Nhóm'], ...extra.people] });
  if (extra.holidays) out.push({ name: 'Ngày nghỉ', values: [['Ngày', 'Loại', 'Ghi chú'], ...extra.holidays] });
  if (extra.settings) out.push({ name: 'Cài đặt', values: [['Mục', 'Giá trị'], ...extra.settings] });
  return out;
}

export function schedule(rows: Row[], today: string, extra: Parameters<typeof grids>[1] = {}) {
  return computeSchedule(readTracker(grids(rows, extra)), today);
}
