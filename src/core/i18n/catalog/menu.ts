/** Menu labels (Tiện ích mở rộng › Tiến độ). */
export const vi = {
  'menu.setup': 'Thiết lập bảng theo dõi',
  'menu.import': 'Nhập kế hoạch từ văn bản…',
  'menu.refresh': 'Cập nhật tiến độ',
  'menu.gantt': 'Biểu đồ Gantt',
  'menu.baseline': 'Chốt kế hoạch',
  'menu.previewReminders': 'Xem trước nhắc việc…',
  'menu.enableReminders': 'Bật nhắc việc tự động',
  'menu.disableReminders': 'Tắt nhắc việc tự động',
  'menu.docs': 'Tạo văn bản',
  'menu.docPlan': 'Kế hoạch',
  'menu.docReport': 'Báo cáo tiến độ',
  'menu.docMerge': 'Trộn theo mẫu…',
  'menu.settings': 'Cài đặt…',
  'menu.help': 'Hướng dẫn',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'menu.setup': 'Set up the tracker',
  'menu.import': 'Import a plan from text…',
  'menu.refresh': 'Refresh progress',
  'menu.gantt': 'Gantt chart',
  'menu.baseline': 'Freeze the plan (baseline)',
  'menu.previewReminders': 'Preview reminders…',
  'menu.enableReminders': 'Turn on daily reminders',
  'menu.disableReminders': 'Turn off daily reminders',
  'menu.docs': 'Create document',
  'menu.docPlan': 'Plan',
  'menu.docReport': 'Progress report',
  'menu.docMerge': 'Merge from template…',
  'menu.settings': 'Settings…',
  'menu.help': 'Help',
};
