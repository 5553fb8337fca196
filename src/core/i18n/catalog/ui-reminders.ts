/** The reminder preview dialog, Xem trước nhắc việc (`ui.reminders.*`). */
import { words } from './words';

export const vi = {
  'ui.reminders.title': 'Xem trước nhắc việc',
  'ui.reminders.intro': 'Những e-mail dưới đây sẽ được gửi hôm nay, {date}. Chưa có e-mail nào được gửi.',
  'ui.reminders.mail': 'E-mail',
  'ui.reminders.summaryMail': 'Tổng hợp cho người điều phối',
  'ui.reminders.becameOverdue': 'Việc mới quá hạn',
  'ui.reminders.outcome.wouldSend': 'Sẽ gửi',
  'ui.reminders.outcome.alreadySent': 'Đã gửi hôm nay',
  'ui.reminders.outcome.sent': 'Đã gửi',
  'ui.reminders.outcome.deferred': 'Hoãn',
  'ui.reminders.outcome.failed': 'Lỗi',
  'ui.reminders.showText': 'Xem nội dung e-mail',
  'ui.reminders.unreachable': 'Không liên lạc được',
  'ui.reminders.none': 'Hôm nay không có e-mail nào cần gửi.',
  'ui.reminders.sendNow': 'Gửi ngay',
  'ui.reminders.sending': 'Đang gửi…',
  'ui.reminders.close': words.close.vi,
} as const;

export const en: Record<keyof typeof vi, string> = {
  'ui.reminders.title': 'Preview reminders',
  'ui.reminders.intro': 'These e-mails would be sent today, {date}. Nothing has been sent.',
  'ui.reminders.mail': 'E-mail',
  'ui.reminders.summaryMail': 'Summary for the coordinator',
  'ui.reminders.becameOverdue': 'Newly overdue',
  'ui.reminders.outcome.wouldSend': 'Will be sent',
  'ui.reminders.outcome.alreadySent': 'Sent earlier today',
  'ui.reminders.outcome.sent': 'Sent',
  'ui.reminders.outcome.deferred': 'Deferred',
  'ui.reminders.outcome.failed': 'Failed',
  'ui.reminders.showText': 'Show the e-mail text',
  'ui.reminders.unreachable': 'Cannot be reached',
  'ui.reminders.none': 'No e-mail needs to be sent today.',
  'ui.reminders.sendNow': 'Send now',
  'ui.reminders.sending': 'Sending…',
  'ui.reminders.close': words.close.en,
};
