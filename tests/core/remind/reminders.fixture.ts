/**
 * A small plan an office could have, read the way every host reads it (sheet grids → model →
 * schedule). Today is Friday 05/07/2019 unless a test says otherwise.
 */
import { type CivilDate } from '../../../src/core/dates/civil';
import { readTracker, type Tracker } from '../../../src/core/plan/read';
import type { SheetGrid } from '../../../src/core/sheet/grid';
import { emptyLog, type ReminderLog } from '../../../src/core/remind/log';
import { planReminders } from '../../../src/core/remind/plan';
import type { Digest, ReminderPlan } from '../../../src/core/remind/types';
import { computeSchedule } from '../../../src/core/schedule/compute';

export const TODAY = '2019-07-05';
export const XSS = '<img src=x onerror=alert(1)>';

export const TASK_HEADER = ['Mã', 'Phần', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Hạn hoàn thành', 'Trạng thái', '% hoàn thành', 'Nhắc việc'];

/** Rows under TASK_HEADER. */
export const TASKS: unknown[][] = [
  ['T1', 'I. Báo cáo chính trị', 'Xây dựng đề cương Báo cáo chính trị', 'Trần Thanh Tiến', 'Ban Tuyên giáo Tỉnh ủy', '28/06/2019', 'Đang thực hiện', 0.4, ''],
  ['T2', 'I. Báo cáo chính trị', 'Tổng hợp ý kiến các ban', 'Le Thi Hoa', '', '05/07/2019', '', '', ''],
  ['T3', 'II. Báo cáo kiểm điểm', 'Dự thảo lần 1 Báo cáo kiểm điểm', 'Ban Tuyên giáo Tỉnh ủy', 'Nguyễn Văn Bình', '09/07/2019', 'Chưa bắt đầu', '', 'Có'],
  ['T4', 'II. Báo cáo kiểm điểm', 'Dự thảo lần 2', 'Trần Thanh Tiến', '', '12/07/2019', '', '', ''],
  ['T5', 'III. Tổ chức', 'Việc đã xong', 'Trần Thanh Tiến', '', '01/07/2019', 'Hoàn thành', 1, ''],
  ['T6', 'III. Tổ chức', 'Việc không nhắc', 'Trần Thanh Tiến', '', '01/07/2019', '', '', 'Không'],
  ['T7', 'III. Tổ chức', 'Việc tạm dừng', 'Trần Thanh Tiến', '', '01/07/2019', 'Tạm dừng', '', ''],
  ['T8', 'III. Tổ chức', 'Chuẩn bị hội trường', 'Ông Không Ai', 'Đỗ Văn Nam', '04/07/2019', '', '', ''],
  ['T9', 'III. Tổ chức', XSS, 'Đồng chí Trần Thanh Tiến - ThUV, Chánh Văn phòng', '', '05/07/2019', '', '', ''],
];

export const PEOPLE: unknown[][] = [
  ['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Cấp trên', 'Đầu mối', 'Ngôn ngữ'],
  ['Trần Thanh Tiến', 'Chánh Văn phòng', 'Văn phòng Tỉnh ủy', 'tien@example.org', 'Nguyễn Văn Bình', '', ''],
  ['Nguyễn Văn Bình', 'Phó Bí thư', 'Thường trực Tỉnh ủy', 'binh@example.org', '', '', ''],
  // Old tone placement and a name typed without diacritics in the tasks must still find her.
  ['Lê Thị Hoà', 'Phó Trưởng ban', 'Ban Tuyên giáo Tỉnh ủy', 'hoa@example.org', 'Trần Thanh Tiến', 'Có', ''],
  ['Phạm Minh Quý', 'Chuyên viên', 'Ban Tuyên giáo Tỉnh ủy', 'quy@example.org', '', '', 'English'],
  ['Đỗ Văn Nam', 'Chuyên viên', 'Văn phòng Tỉnh ủy', '', '', '', ''],
  ['Vũ Thị Lan', 'Chuyên viên tổng hợp', 'Văn phòng Tỉnh ủy', 'lan@example.org', '', '', ''],
];

export const SETTINGS: unknown[][] = [
  ['Mục', 'Giá trị'],
  ['Tên kế hoạch', 'Kế hoạch xây dựng Văn kiện Đại hội'],
  ['Người điều phối', 'Vũ Thị Lan'],
];

export interface FixtureOptions {
  tasks?: unknown[][];
  people?: unknown[][];
  settings?: Array<[string, unknown]>;
  holidays?: unknown[][];
}

export function grids(o: FixtureOptions = {}): SheetGrid[] {
  const out: SheetGrid[] = [
    { name: 'Công việc', values: [TASK_HEADER, ...(o.tasks ?? TASKS)] as SheetGrid['values'] },
    { name: 'Nhân sự', values: (o.people ?? PEOPLE) as SheetGrid['values'] },
    { name: 'Cài đặt', values: [...SETTINGS, ...(o.settings ?? [])] as SheetGrid['values'] },
  ];
  if (o.holidays) out.push({ name: 'Ngày nghỉ', values: [['Ngày', 'Loại', 'Ghi chú'], ...o.holidays] as SheetGrid['values'] });
  return out;
}

export function workbook(o: FixtureOptions = {}): Tracker {
  return readTracker(grids(o));
}

export function plan(o: FixtureOptions & { today?: CivilDate; log?: ReminderLog } = {}): ReminderPlan {
  const wb = workbook(o);
  const today = o.today ?? TODAY;
  return planReminders(computeSchedule(wb, today), wb, today, wb.settings, o.log ?? emptyLog());
}

export function digestOf(p: ReminderPlan, email: string): Digest {
  const d = p.digests.find((x) => x.recipient.email === email);
  if (!d) throw new Error(`no digest for ${email}; got ${p.digests.map((x) => x.recipient.email).join(', ')}`);
  return d;
}

export const ids = (items: Array<{ id: string }>): string[] => items.map((i) => i.id);
