/** The reminder e-mail a test opens in a browser and `npm run screenshots` pictures for the README. */
import { renderDigest } from '../../../src/core/remind/render-digest';
import { digestOf, plan } from '../../core/remind/reminders.fixture';

const tasks = [
  ['1.1', 'I. Báo cáo chính trị', 'Hoàn chỉnh dự thảo Đề cương chi tiết Báo cáo chính trị', 'Nguyễn Văn Bình', 'Văn phòng Tỉnh ủy; Lê Thị Hoà', '01/07/2019', 'Đang thực hiện', 0.6, ''],
  ['1.2', 'I. Báo cáo chính trị', 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát', 'Nguyễn Văn Bình', 'Trần Thanh Tiến', '05/07/2019', '', '', ''],
  ['2.1', 'II. Báo cáo kiểm điểm', 'Gửi xin ý kiến các đồng chí Tỉnh ủy viên đối với dự thảo đề cương', 'Ban Tuyên giáo Tỉnh ủy', 'Nguyễn Văn Bình', '09/07/2019', 'Chưa bắt đầu', '', ''],
  ['3.1', 'III. Tổ chức thực hiện', 'Tổng hợp ý kiến góp ý của các sở, ban, ngành, gửi qua Văn phòng Tỉnh ủy', 'Trần Thanh Tiến', 'Phạm Minh Quý', '26/06/2019', 'Đang thực hiện', 0.3, ''],
];

export const REMINDER_SHEET_URL = 'https://docs.google.com/spreadsheets/d/1AbC/edit';

/** Nguyễn Văn Bình's digest of 05/07/2019: one task in each section. */
export function sampleReminderMail() {
  const p = plan({ tasks });
  const digest = digestOf(p, 'binh@example.org');
  const sheet = REMINDER_SHEET_URL;
  const mail = renderDigest(digest, {
    today: '2019-07-05', planName: p.planName, rowLink: (row) => `${sheet}#gid=0&range=A${row}`, sheetLink: `${sheet}#gid=0`,
    coordinatorName: p.coordinatorName, horizonDays: p.horizonDays, escalationDays: p.escalationDays, logSheet: 'Nhật ký nhắc việc',
  });
  return { digest, mail };
}
