/** The add-on menu's items (`menu.*`). */
import { words } from './words';

export const vi = {
  'menu.setup': words.setUp.vi,
  'menu.import': 'Nhập kế hoạch từ văn bản…',
  'menu.refresh': 'Cập nhật tiến độ',
  'menu.gantt': words.ganttChart.vi,
  'menu.baseline': 'Chốt kế hoạch',
  'menu.previewReminders': 'Xem trước nhắc việc…',
  'menu.enableReminders': 'Bật nhắc việc tự động',
  'menu.disableReminders': 'Tắt nhắc việc tự động',
  'menu.docs': 'Tạo văn bản',
  'menu.docPlan': words.plan.vi,
  'menu.docReport': 'Báo cáo tiến độ',
  'menu.docMerge': 'Trộn theo mẫu…',
  'menu.settings': 'Cài đặt…',
  'menu.help': 'Hướng dẫn',
  'menu.reportForm': 'Tạo biểu mẫu báo cáo tiến độ',
  'menu.approveReports': 'Duyệt báo cáo…',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'menu.setup': words.setUp.en,
  'menu.import': 'Import a plan from text…',
  'menu.refresh': 'Refresh progress',
  'menu.gantt': words.ganttChart.en,
  'menu.baseline': 'Freeze the plan (baseline)',
  'menu.previewReminders': 'Preview reminders…',
  'menu.enableReminders': 'Turn on daily reminders',
  'menu.disableReminders': 'Turn off daily reminders',
  'menu.docs': 'Create document',
  'menu.docPlan': words.plan.en,
  'menu.docReport': 'Progress report',
  'menu.docMerge': 'Merge from template…',
  'menu.settings': 'Settings…',
  'menu.help': 'Help',
  'menu.reportForm': 'Create the progress report form',
  'menu.approveReports': 'Approve reports…',
};
