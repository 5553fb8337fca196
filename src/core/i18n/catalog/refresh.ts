/** What `tiendo refresh` prints (`refresh.*`). */
export const vi = {
  'refresh.cli.summary': 'Cập nhật tiến độ trên tệp .xlsx: hạn tính toán, tình trạng, đường găng, trang Tổng quan.',
  'refresh.cli.noTasks': 'Bảng tính không có trang «Công việc» (hoặc trang đó không có dòng tiêu đề Mã, Nội dung công việc, Hạn hoàn thành…): không có gì để cập nhật, tệp không bị thay đổi. Chạy “tiendo check” để xem chi tiết, hoặc “tiendo init” để tạo bảng theo dõi mẫu.',
  'refresh.cli.saved': 'Đã ghi {path}.',
  'refresh.cli.schedule': 'Tiến độ ngày {date}:',
  'refresh.cli.overview': 'Trang Tổng quan:',
  'refresh.cli.demo': 'Cập nhật tiến độ và trang Tổng quan',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'refresh.cli.summary': 'Refresh progress in an .xlsx file: computed due dates, statuses, critical path, the Overview sheet.',
  'refresh.cli.noTasks': 'The workbook has no “Công việc” sheet (or that sheet has no header row with Mã, Nội dung công việc, Hạn hoàn thành…): nothing to refresh, and the file is unchanged. Run “tiendo check” for details, or “tiendo init” to create a sample tracker.',
  'refresh.cli.saved': 'Saved {path}.',
  'refresh.cli.schedule': 'Schedule as of {date}:',
  'refresh.cli.overview': 'Overview sheet:',
  'refresh.cli.demo': 'Progress refreshed, with the Overview sheet',
};
