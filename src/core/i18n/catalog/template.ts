/** The help a new tracker's drop-down lists and date cells show (data validation help text), in Google Sheets and in the .xlsx the CLI writes (`template.*`). */
export const vi = {
  'template.status.help': 'Chọn trạng thái; để trống nếu chưa rõ.',
  'template.remind.help': 'Có: gửi nhắc việc cho việc này; Không: không nhắc.',
  'template.date.help': 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/07/2019.',
  'template.percent.help': 'Tỉ lệ hoàn thành, từ 0% đến 100%.',
  'template.contact.help': 'Có: người đầu mối của đơn vị, nhận nhắc việc thay cả đơn vị.',
  'template.language.help': 'vi: e-mail tiếng Việt; en: e-mail tiếng Anh.',
  'template.kind.help': 'Nghỉ: ngày nghỉ lễ, nghỉ bù; Làm bù: ngày đi làm bù (thứ Bảy, Chủ nhật).',
  'template.setting.help': 'Chọn một giá trị trong danh sách.',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'template.status.help': 'Pick a status; leave empty when unknown.',
  'template.remind.help': 'Có (yes): send reminders for this task; Không (no): do not.',
  'template.date.help': 'Type the date day/month/year, e.g. 05/07/2019.',
  'template.percent.help': 'Share done, from 0% to 100%.',
  'template.contact.help': 'Có (yes): the unit’s contact person, reminded on behalf of the unit.',
  'template.language.help': 'vi: e-mails in Vietnamese; en: e-mails in English.',
  'template.kind.help': 'Nghỉ: a day off; Làm bù: a make-up working day (Saturday, Sunday).',
  'template.setting.help': 'Pick a value from the list.',
};
