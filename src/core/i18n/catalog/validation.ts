/** Data validation help on the refreshed Công việc sheet (`validation.*`). */
export const vi = {
  'validation.status': 'Chọn một trạng thái: Chưa bắt đầu, Đang thực hiện, Hoàn thành, Tạm dừng, Hủy.',
  'validation.remind': 'Có hoặc Không.',
  'validation.date': 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/07/2019.',
  'validation.percent': 'Nhập tỉ lệ từ 0% đến 100%.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'validation.status': 'Pick a status: Chưa bắt đầu, Đang thực hiện, Hoàn thành, Tạm dừng, Hủy.',
  'validation.remind': 'Có (yes) or Không (no).',
  'validation.date': 'Enter a date as day/month/year, e.g. 05/07/2019.',
  'validation.percent': 'Enter a percentage from 0% to 100%.',
};
