/**
 * Settings live as key/value rows in `Cài đặt`. Each has a Vietnamese label (what the sheet
 * shows), an English label, a default, and a zod/mini schema: the same schema validates the
 * sheet, the settings sidebar on the server and in the page.
 */
import * as z from 'zod/mini';
import { headerKey } from '../text/normalize';

const bool = z.boolean();
const text = z.string();
const hour = z.number().check(z.int(), z.gte(0), z.lte(23));
const days = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));

export interface SettingDef {
  key: string;
  vi: string;
  en: string;
  help_vi: string;
  help_en: string;
  kind: 'text' | 'longtext' | 'bool' | 'int' | 'choice';
  choices?: ReadonlyArray<{ value: string; vi: string; en: string }>;
}

export const SettingsSchema = z.object({
  planName: text,
  planNumber: text,
  parentBody: text,
  issuingBody: text,
  place: text,
  issueDate: text,
  coordinator: text,
  reminderHour: hour,
  timeZone: text,
  horizonDays: days(60),
  escalationDays: days(365),
  remindOnDaysOff: bool,
  unitRecipients: z.enum(['all', 'contacts']),
  summaryFrequency: z.enum(['daily', 'weekly', 'off']),
  language: z.enum(['vi', 'en']),
  docFormat: z.enum(['party', 'state']),
  outputFolder: text,
  purposeText: text,
  organisationText: text,
  recipients: text,
  signatureAuthority: text,
  signatureTitle: text,
  signatureName: text,
  moveDueOffDays: bool,
  ganttScale: z.enum(['auto', 'day', 'week', 'month']),
  mergeTemplate: text,
  mergeNamePattern: text,
  // Unit reports (src/core/reports).
  reportApproval: z.enum(['approve', 'auto']),
  reportForm: text,
  reportStaleDays: days(60),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  planName: 'Kế hoạch công tác',
  planNumber: '',
  parentBody: '',
  issuingBody: '',
  place: '',
  issueDate: '',
  coordinator: '',
  reminderHour: 7,
  timeZone: 'Asia/Ho_Chi_Minh',
  horizonDays: 3,
  escalationDays: 3,
  remindOnDaysOff: false,
  unitRecipients: 'all',
  summaryFrequency: 'daily',
  language: 'vi',
  docFormat: 'party',
  outputFolder: '',
  purposeText: '',
  organisationText: '',
  recipients: '',
  signatureAuthority: '',
  signatureTitle: '',
  signatureName: '',
  moveDueOffDays: false,
  ganttScale: 'auto',
  mergeTemplate: '',
  mergeNamePattern: '{{Mã}} - {{Nội dung công việc}}',
  reportApproval: 'approve',
  reportForm: '',
  reportStaleDays: 5,
};

const yn = [{ value: 'true', vi: 'Có', en: 'Yes' }, { value: 'false', vi: 'Không', en: 'No' }];

export const SETTING_DEFS: ReadonlyArray<SettingDef> = [
  { key: 'planName', vi: 'Tên kế hoạch', en: 'Plan name', kind: 'text', help_vi: 'Tên hiển thị trong e-mail và văn bản.', help_en: 'Shown in e-mails and documents.' },
  { key: 'planNumber', vi: 'Số kế hoạch', en: 'Plan number', kind: 'text', help_vi: 'Ví dụ 07-KH/TBVKĐH.', help_en: 'For example 07-KH/TBVKĐH.' },
  { key: 'parentBody', vi: 'Cơ quan cấp trên', en: 'Parent body', kind: 'text', help_vi: 'Dòng đầu góc trái văn bản, ví dụ ĐẢNG BỘ TỈNH ĐẮK LẮK.', help_en: 'First line of the document header, top left.' },
  { key: 'issuingBody', vi: 'Cơ quan ban hành', en: 'Issuing body', kind: 'text', help_vi: 'Ví dụ TIỂU BAN VĂN KIỆN.', help_en: 'For example TIỂU BAN VĂN KIỆN.' },
  { key: 'place', vi: 'Địa danh', en: 'Place', kind: 'text', help_vi: 'Nơi ban hành, ví dụ Buôn Ma Thuột.', help_en: 'Place of issue.' },
  { key: 'issueDate', vi: 'Ngày ban hành', en: 'Issue date', kind: 'text', help_vi: 'dd/mm/yyyy; để trống thì dùng ngày tạo văn bản.', help_en: 'dd/mm/yyyy; empty means the day the document is made.' },
  { key: 'coordinator', vi: 'Người điều phối', en: 'Coordinator', kind: 'text', help_vi: 'Họ tên (trong trang Nhân sự) người nhận báo cáo tổng hợp và được trả lời e-mail.', help_en: 'Name (in People) who gets the summary and replies.' },
  { key: 'reminderHour', vi: 'Giờ gửi nhắc việc', en: 'Reminder hour', kind: 'int', help_vi: 'Từ 0 đến 23.', help_en: '0 to 23.' },
  { key: 'timeZone', vi: 'Múi giờ', en: 'Time zone', kind: 'text', help_vi: 'Múi giờ của kế hoạch cho công cụ dòng lệnh (mặc định Asia/Ho_Chi_Minh): “hôm nay” là ngày ở múi giờ này, dù máy tính đặt múi giờ nào. Google Trang tính dùng múi giờ của bảng tính.', help_en: 'The plan’s time zone for the command line (default Asia/Ho_Chi_Minh): “today” is the day there, whatever the computer’s zone. Google Sheets uses the spreadsheet’s zone.' },
  { key: 'horizonDays', vi: 'Báo trước (ngày làm việc)', en: 'Warn ahead (working days)', kind: 'int', help_vi: 'Việc đến hạn trong số ngày làm việc này được coi là sắp đến hạn.', help_en: 'Tasks due within this many working days are “due soon”.' },
  { key: 'escalationDays', vi: 'Báo cấp trên khi quá hạn (ngày làm việc)', en: 'Escalate after (working days late)', kind: 'int', help_vi: 'Quá hạn từ số ngày này thì báo cấp trên của người chủ trì.', help_en: 'Overdue this long: the lead’s supervisor is told.' },
  { key: 'remindOnDaysOff', vi: 'Nhắc cả ngày nghỉ', en: 'Remind on days off', kind: 'choice', choices: yn, help_vi: 'Có: gửi cả thứ Bảy, Chủ nhật, ngày lễ.', help_en: 'Yes: send on weekends and holidays too.' },
  { key: 'unitRecipients', vi: 'Gửi cho đơn vị', en: 'Unit recipients', kind: 'choice', choices: [{ value: 'all', vi: 'Tất cả', en: 'Everyone' }, { value: 'contacts', vi: 'Đầu mối', en: 'Contacts only' }], help_vi: 'Khi chủ trì là một đơn vị: gửi cho mọi người của đơn vị hay chỉ người đầu mối.', help_en: 'When the lead is a unit: mail all its people or its contacts.' },
  { key: 'summaryFrequency', vi: 'Báo cáo cho người điều phối', en: 'Coordinator summary', kind: 'choice', choices: [{ value: 'daily', vi: 'Hằng ngày', en: 'Daily' }, { value: 'weekly', vi: 'Hằng tuần', en: 'Weekly' }, { value: 'off', vi: 'Không gửi', en: 'Off' }], help_vi: 'Tần suất gửi báo cáo tổng hợp.', help_en: 'How often the summary is sent.' },
  { key: 'language', vi: 'Ngôn ngữ', en: 'Language', kind: 'choice', choices: [{ value: 'vi', vi: 'Tiếng Việt', en: 'Vietnamese' }, { value: 'en', vi: 'Tiếng Anh', en: 'English' }], help_vi: 'Ngôn ngữ mặc định của e-mail và văn bản.', help_en: 'Default language of e-mails and documents.' },
  { key: 'docFormat', vi: 'Thể thức văn bản', en: 'Document format', kind: 'choice', choices: [{ value: 'party', vi: 'Văn bản của Đảng', en: 'Party' }, { value: 'state', vi: 'Văn bản hành chính (NĐ 30/2020)', en: 'State (Decree 30/2020)' }], help_vi: 'Hướng dẫn 36-HD/VPTW hoặc Nghị định 30/2020/NĐ-CP.', help_en: 'Party guidance 36-HD/VPTW or Decree 30/2020.' },
  { key: 'outputFolder', vi: 'Thư mục lưu văn bản', en: 'Output folder', kind: 'text', help_vi: 'Đường dẫn hoặc mã thư mục Google Drive.', help_en: 'Google Drive folder link or id.' },
  { key: 'purposeText', vi: 'Mục đích, yêu cầu', en: 'Purpose', kind: 'longtext', help_vi: 'Phần I của kế hoạch.', help_en: 'Section I of the plan.' },
  { key: 'organisationText', vi: 'Tổ chức thực hiện', en: 'Organisation', kind: 'longtext', help_vi: 'Phần III của kế hoạch.', help_en: 'Section III of the plan.' },
  { key: 'recipients', vi: 'Nơi nhận', en: 'Recipients', kind: 'longtext', help_vi: 'Mỗi nơi nhận một dòng.', help_en: 'One recipient per line.' },
  { key: 'signatureAuthority', vi: 'Thẩm quyền ký', en: 'Signing authority', kind: 'text', help_vi: 'Ví dụ T/M BAN THƯỜNG VỤ.', help_en: 'For example T/M BAN THƯỜNG VỤ.' },
  { key: 'signatureTitle', vi: 'Chức vụ người ký', en: 'Signer title', kind: 'text', help_vi: 'Ví dụ PHÓ BÍ THƯ.', help_en: 'For example PHÓ BÍ THƯ.' },
  { key: 'signatureName', vi: 'Họ tên người ký', en: 'Signer name', kind: 'text', help_vi: '', help_en: '' },
  { key: 'moveDueOffDays', vi: 'Dời hạn rơi vào ngày nghỉ', en: 'Move deadlines off days off', kind: 'choice', choices: yn, help_vi: 'Có: hạn rơi vào ngày nghỉ được dời sang ngày làm việc kế tiếp (Điều 148 Bộ luật Dân sự).', help_en: 'Yes: a deadline on a day off moves to the next working day (Civil Code art. 148).' },
  { key: 'ganttScale', vi: 'Thang thời gian Gantt', en: 'Gantt scale', kind: 'choice', choices: [{ value: 'auto', vi: 'Tự động', en: 'Automatic' }, { value: 'day', vi: 'Ngày', en: 'Days' }, { value: 'week', vi: 'Tuần', en: 'Weeks' }, { value: 'month', vi: 'Tháng', en: 'Months' }], help_vi: '', help_en: '' },
  { key: 'mergeTemplate', vi: 'Mẫu trộn văn bản', en: 'Merge template', kind: 'text', help_vi: 'Đường dẫn Google Docs chứa {{Tên cột}}.', help_en: 'Google Doc link with {{Column name}} placeholders.' },
  { key: 'mergeNamePattern', vi: 'Tên văn bản trộn', en: 'Merged document name', kind: 'text', help_vi: 'Ví dụ {{Mã}} - {{Nội dung công việc}}.', help_en: 'For example {{Mã}} - {{Nội dung công việc}}.' },
  { key: 'reportApproval', vi: 'Áp dụng báo cáo của đơn vị', en: 'Apply unit reports', kind: 'choice', choices: [{ value: 'approve', vi: 'Chờ duyệt', en: 'After approval' }, { value: 'auto', vi: 'Ngay', en: 'At once' }], help_vi: 'Chờ duyệt: báo cáo hợp lệ chỉ ghi vào Trạng thái, % hoàn thành, Ngày hoàn thành khi người điều phối duyệt (Duyệt báo cáo).', help_en: 'After approval: a valid report changes Status, % done, Done on only once the coordinator approves it.' },
  { key: 'reportForm', vi: 'Biểu mẫu báo cáo', en: 'Report form', kind: 'text', help_vi: 'Đường dẫn điền sẵn của biểu mẫu, có {{Mã}} ở chỗ mã việc; Tạo biểu mẫu báo cáo tiến độ tự điền mục này.', help_en: 'The form’s pre-filled link with {{Mã}} where the task ID goes; “Create the progress report form” fills it in.' },
  { key: 'reportStaleDays', vi: 'Chưa báo cáo quá (ngày làm việc)', en: 'No report for (working days)', kind: 'int', help_vi: 'Báo cáo tổng hợp nêu việc quá hạn chưa có báo cáo trong số ngày làm việc này.', help_en: 'The summary lists overdue tasks with no report for this many working days.' },
];

export function findSettingDef(label: string): SettingDef | undefined {
  const k = headerKey(label);
  return SETTING_DEFS.find((d) => headerKey(d.key) === k || headerKey(d.vi) === k || headerKey(d.en) === k);
}

/** Turns one cell's text into the setting's value type; null when it cannot. */
export function coerceSetting(def: SettingDef, raw: string | number | boolean): unknown {
  const dflt = (DEFAULT_SETTINGS as Record<string, unknown>)[def.key];
  if (typeof dflt === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    const k = headerKey(String(raw));
    if (['co', 'yes', 'true', 'x', '1'].includes(k)) return true;
    if (['khong', 'no', 'false', '0'].includes(k)) return false;
    return null;
  }
  if (typeof dflt === 'number') {
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  const s = String(raw).trim();
  if (def.choices) {
    const k = headerKey(s);
    const c = def.choices.find((c) => headerKey(c.value) === k || headerKey(c.vi) === k || headerKey(c.en) === k);
    return c ? c.value : null;
  }
  return s;
}

/** The value as the Settings sheet shows it (choices in Vietnamese). */
export function displaySetting(def: SettingDef, value: unknown, lang: 'vi' | 'en' = 'vi'): string {
  if (def.choices) {
    const c = def.choices.find((c) => c.value === String(value));
    if (c) return lang === 'en' ? c.en : c.vi;
  }
  return String(value ?? '');
}
