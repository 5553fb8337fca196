/**
 * Words several messages say alike, in both languages: defined once here and referred to by each
 * catalogue entry that says them (`'status.overdue': words.overdue.vi`), so one change reaches every
 * place. Not a catalogue itself: it has no keys. Each is written `Vietnamese | English`.
 */
const PAIRS = {
  setUp: 'Thiết lập bảng theo dõi | Set up the tracker',
  ganttChart: 'Biểu đồ Gantt | Gantt chart',
  plan: 'Kế hoạch | Plan',
  content: 'Nội dung | Task',
  lead: 'Chủ trì | Lead',
  support: 'Phối hợp | Support',
  section: 'Phần | Section',
  overdue: 'Quá hạn | Overdue',
  status: 'Tình trạng | Status',
  share: 'Tỉ lệ | Share',
  none: 'Không có. | None.',
  dueToday: 'Đến hạn hôm nay | Due today',
  dueSoon: 'Sắp đến hạn | Due soon',
  inProgress: 'Đang thực hiện | In progress',
  notStarted: 'Chưa bắt đầu | Not started',
  paused: 'Tạm dừng | Paused',
  cancelled: 'Hủy | Cancelled',
  alsoPdf: 'Lưu thêm bản PDF | Also save as PDF',
  notes: 'Lưu ý | Notes',
  close: 'Đóng | Close',
  result: 'Kết quả | Result',
  id: 'Mã | ID',
  due: 'Hạn | Due',
  critical: 'Găng | Crit.',
  reminders: 'Nhắc việc | Reminders',
  readingSheets: 'Đang đọc bảng tính… | Reading the spreadsheet…',
  leadRole: 'chủ trì | lead',
  supportRole: 'phối hợp | support',
  doneLate: 'Hoàn thành trễ | Done late',
  tasks: 'Số việc | Tasks',
  taskTitle: 'Nội dung công việc | Task',
  baselineDue: 'Hạn gốc | Baseline due',
  currentDue: 'Hạn hiện tại | Current due',
  extensions: 'Số lần gia hạn | Extensions',
  days: 'ngày | days',
  start: 'Bắt đầu | Start',
  needText: 'Hãy dán nội dung kế hoạch hoặc nhập đường liên kết Google Tài liệu. | Paste the plan’s text or enter a Google Doc link.',
  proposals: 'Đề xuất, kiến nghị | Proposals',
  weekly: 'Hằng tuần | Weekly',
} as const;

export const words = Object.fromEntries(Object.entries(PAIRS).map(([name, pair]) => {
  const [vi, en] = pair.split(' | ');
  return [name, { vi, en }];
})) as { [K in keyof typeof PAIRS]: { vi: string; en: string } };
