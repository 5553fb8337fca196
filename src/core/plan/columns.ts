/**
 * The workbook's sheets and columns: canonical Vietnamese names, English aliases.
 * Headers are matched on `headerKey` (case, diacritics, spaces and punctuation ignored),
 * so `Hạn hoàn thành`, `han hoan thanh` and `Due` find the same column, in any order.
 */
import { headerKey } from '../text/normalize';

export interface ColumnDef<K extends string = string> {
  key: K;
  vi: string;
  en: string;
  aliases?: string[];
  kind: 'text' | 'id' | 'names' | 'date' | 'percent' | 'status' | 'yesno' | 'number' | 'email';
  width?: number;
}

export interface SheetDef<K extends string = string> {
  key: string;
  vi: string;
  en: string;
  aliases?: string[];
  columns: ReadonlyArray<ColumnDef<K>>;
}

export type TaskColumn =
  | 'id' | 'section' | 'title' | 'deliverable' | 'lead' | 'support' | 'start' | 'due'
  | 'dependsOn' | 'status' | 'percent' | 'doneOn' | 'remind' | 'document' | 'notes';

export const TASKS_SHEET: SheetDef<TaskColumn> = {
  key: 'tasks', vi: 'Công việc', en: 'Tasks', aliases: ['Task', 'Cong viec'],
  columns: [
    { key: 'id', vi: 'Mã', en: 'ID', aliases: ['Ma so', 'STT', 'No', 'Code'], kind: 'id', width: 60 },
    { key: 'section', vi: 'Phần', en: 'Section', aliases: ['Nhóm việc', 'Group'], kind: 'text', width: 110 },
    { key: 'title', vi: 'Nội dung công việc', en: 'Task', aliases: ['Nội dung', 'Công việc', 'Task name', 'Title', 'Name'], kind: 'text', width: 300 },
    { key: 'deliverable', vi: 'Sản phẩm', en: 'Deliverable', aliases: ['Output', 'Kết quả'], kind: 'text', width: 120 },
    { key: 'lead', vi: 'Chủ trì', en: 'Lead', aliases: ['Owner', 'Đơn vị chủ trì', 'Responsible'], kind: 'names', width: 140 },
    { key: 'support', vi: 'Phối hợp', en: 'Support', aliases: ['Đơn vị phối hợp', 'Supporting'], kind: 'names', width: 140 },
    { key: 'start', vi: 'Bắt đầu', en: 'Start', aliases: ['Ngày bắt đầu', 'Start date', 'Từ ngày'], kind: 'date', width: 95 },
    { key: 'due', vi: 'Hạn hoàn thành', en: 'Due', aliases: ['Hạn', 'Hạn chót', 'Thời hạn', 'Due date', 'Deadline', 'End', 'Đến ngày'], kind: 'date', width: 95 },
    { key: 'dependsOn', vi: 'Phụ thuộc', en: 'Depends on', aliases: ['Dependencies', 'Predecessors', 'Sau việc'], kind: 'text', width: 90 },
    { key: 'status', vi: 'Trạng thái', en: 'Status', kind: 'status', width: 110 },
    { key: 'percent', vi: '% hoàn thành', en: '% done', aliases: ['Tiến độ %', 'Progress', 'Percent complete', '%'], kind: 'percent', width: 70 },
    { key: 'doneOn', vi: 'Ngày hoàn thành', en: 'Done on', aliases: ['Completed on', 'Completion date', 'Ngày xong'], kind: 'date', width: 95 },
    { key: 'remind', vi: 'Nhắc việc', en: 'Remind', aliases: ['Reminders', 'Nhắc'], kind: 'yesno', width: 70 },
    { key: 'document', vi: 'Văn bản', en: 'Document', aliases: ['Doc', 'Link'], kind: 'text', width: 110 },
    { key: 'notes', vi: 'Ghi chú', en: 'Notes', aliases: ['Note', 'Comments'], kind: 'text', width: 160 },
  ],
};

/** Columns the add-on computes and owns; every other column belongs to the user and is never written. */
export type ComputedColumn = 'computedDue' | 'scheduleStatus' | 'workdaysLeft' | 'critical' | 'problems';

export const COMPUTED_COLUMNS: ReadonlyArray<ColumnDef<ComputedColumn>> = [
  { key: 'computedDue', vi: 'Hạn tính toán', en: 'Computed due', kind: 'date', width: 100 },
  { key: 'scheduleStatus', vi: 'Tình trạng', en: 'Schedule status', kind: 'text', width: 120 },
  { key: 'workdaysLeft', vi: 'Còn lại (ngày làm việc)', en: 'Working days left', kind: 'number', width: 90 },
  { key: 'critical', vi: 'Đường găng', en: 'Critical', kind: 'text', width: 70 },
  { key: 'problems', vi: 'Kiểm tra', en: 'Problems', kind: 'text', width: 220 },
];

/**
 * How the add-on knows its own columns: a note on their header cell ending in `[tiendo:<key>]`.
 * A header text alone is not enough: a user may name a column of their own `Tình trạng` or
 * `Kiểm tra`, and must never see it overwritten. A cell note travels with its cell when columns
 * are moved, survives copying the file, exists in Sheets and in .xlsx alike and needs no scope
 * beyond the spreadsheet itself.
 */
const COLUMN_MARK = /\[tiendo:([A-Za-z]+)\]\s*$/;

export function columnMarker(key: ComputedColumn): string {
  return `[tiendo:${key}]`;
}

/** The computed column a header note marks as the add-on's, or null. */
export function markedColumn(note: string | null | undefined): ComputedColumn | null {
  const m = note ? COLUMN_MARK.exec(note) : null;
  const key = m?.[1];
  return key && COMPUTED_COLUMNS.some((c) => c.key === key) ? (key as ComputedColumn) : null;
}

export type PersonColumn = 'name' | 'position' | 'unit' | 'email' | 'group' | 'supervisor' | 'contact' | 'language';

export const PEOPLE_SHEET: SheetDef<PersonColumn> = {
  key: 'people', vi: 'Nhân sự', en: 'People', aliases: ['Nhan su', 'Staff', 'Members'],
  columns: [
    { key: 'name', vi: 'Họ tên', en: 'Name', aliases: ['Họ và tên', 'Full name', 'Tên'], kind: 'text', width: 200 },
    { key: 'position', vi: 'Chức vụ', en: 'Position', aliases: ['Title', 'Chức danh'], kind: 'text', width: 240 },
    { key: 'unit', vi: 'Đơn vị', en: 'Unit', aliases: ['Cơ quan', 'Department', 'Organisation', 'Organization'], kind: 'text', width: 200 },
    { key: 'email', vi: 'Email', en: 'Email', aliases: ['E-mail', 'Thư điện tử', 'Mail'], kind: 'email', width: 200 },
    { key: 'group', vi: 'Nhóm', en: 'Group', aliases: ['Tổ', 'Team', 'Groups'], kind: 'names', width: 140 },
    { key: 'supervisor', vi: 'Cấp trên', en: 'Supervisor', aliases: ['Manager', 'Lãnh đạo'], kind: 'text', width: 180 },
    { key: 'contact', vi: 'Đầu mối', en: 'Contact', aliases: ['Contact person', 'Liên hệ'], kind: 'yesno', width: 80 },
    { key: 'language', vi: 'Ngôn ngữ', en: 'Language', aliases: ['Lang', 'Locale'], kind: 'text', width: 80 },
  ],
};

export type HolidayColumn = 'date' | 'kind' | 'note';

export const HOLIDAYS_SHEET: SheetDef<HolidayColumn> = {
  key: 'holidays', vi: 'Ngày nghỉ', en: 'Holidays', aliases: ['Ngay nghi', 'Days off', 'Calendar'],
  columns: [
    { key: 'date', vi: 'Ngày', en: 'Date', kind: 'date', width: 100 },
    { key: 'kind', vi: 'Loại', en: 'Kind', aliases: ['Type'], kind: 'text', width: 100 },
    { key: 'note', vi: 'Ghi chú', en: 'Note', aliases: ['Notes', 'Description', 'Mô tả'], kind: 'text', width: 260 },
  ],
};

export type SettingColumn = 'key' | 'value' | 'description';

export const SETTINGS_SHEET: SheetDef<SettingColumn> = {
  key: 'settings', vi: 'Cài đặt', en: 'Settings', aliases: ['Cai dat', 'Config', 'Options'],
  columns: [
    { key: 'key', vi: 'Mục', en: 'Setting', aliases: ['Khóa', 'Key', 'Tên'], kind: 'text', width: 240 },
    { key: 'value', vi: 'Giá trị', en: 'Value', kind: 'text', width: 360 },
    { key: 'description', vi: 'Giải thích', en: 'Description', aliases: ['Mô tả', 'Ghi chú', 'Note'], kind: 'text', width: 420 },
  ],
};

export const USER_STATUSES = ['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng', 'Hủy'] as const;
export type UserStatus = 'notStarted' | 'inProgress' | 'done' | 'paused' | 'cancelled';
export const USER_STATUS_KEYS: readonly UserStatus[] = ['notStarted', 'inProgress', 'done', 'paused', 'cancelled'];
const USER_STATUS_EN = ['Not started', 'In progress', 'Done', 'Paused', 'Cancelled'];
const USER_STATUS_EXTRA: Record<string, UserStatus> = {
  huybo: 'cancelled', dahuy: 'cancelled', canceled: 'cancelled', dunglai: 'paused', onhold: 'paused',
  daxong: 'done', xong: 'done', dahoanthanh: 'done', completed: 'done', complete: 'done',
  dangthuchien: 'inProgress', dang: 'inProgress', started: 'inProgress', todo: 'notStarted', chua: 'notStarted',
};

export function parseUserStatus(s: string): UserStatus | null {
  const k = headerKey(s);
  if (!k) return null;
  for (let i = 0; i < USER_STATUS_KEYS.length; i++) {
    if (headerKey(USER_STATUSES[i]) === k || headerKey(USER_STATUS_EN[i]) === k) return USER_STATUS_KEYS[i];
  }
  return USER_STATUS_EXTRA[k] ?? null;
}

export function userStatusLabel(s: UserStatus, lang: 'vi' | 'en' = 'vi'): string {
  const i = USER_STATUS_KEYS.indexOf(s);
  return lang === 'en' ? USER_STATUS_EN[i] : USER_STATUSES[i];
}

export function headerNames(def: { vi: string; en: string; aliases?: string[] }): string[] {
  return [def.vi, def.en, ...(def.aliases ?? [])];
}

/** Finds a sheet definition by a sheet's name (any alias, diacritics-insensitive). */
export function matchSheet<K extends string>(name: string, def: SheetDef<K>): boolean {
  const k = headerKey(name);
  return headerNames(def).some((n) => headerKey(n) === k);
}
