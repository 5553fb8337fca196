/**
 * The reminder run's Apps Script service calls when it mails 200 people (200 digests and the
 * coordinator's summary, sends included), through the built bundle on the fakes. Each mail
 * costs the same few calls (quota check, send, one log append, its row link); the reads and the
 * log sheet's creation are paid once.
 */
import { createFakes, seedSheet } from '../../tests/fakes';
import { loadBundle } from '../../tests/fakes/vm';
import { tripsOf } from '../../tests/fakes/costs';

const PEOPLE = 200;

function plan(): { tasks: unknown[][]; people: unknown[][]; settings: unknown[][] } {
  const tasks: unknown[][] = [['Mã', 'Phần', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Hạn hoàn thành', 'Trạng thái']];
  const people: unknown[][] = [['Họ tên', 'Chức vụ', 'Đơn vị', 'Email', 'Cấp trên']];
  for (let i = 1; i <= PEOPLE; i++) {
    people.push([`Cán bộ số ${i}`, 'Chuyên viên', `Ban ${1 + (i % 8)}`, `canbo${i}@example.org`, i > 10 ? `Cán bộ số ${1 + (i % 10)}` : '']);
    // Each person leads one task and supports another: overdue, due today or due soon.
    const due = ['28/06/2019', '05/07/2019', '09/07/2019'][i % 3];
    tasks.push([`T${i}`, `Phần ${1 + (i % 5)}`, `Công việc số ${i}`, `Cán bộ số ${i}`, `Cán bộ số ${1 + (i % PEOPLE)}`, due, 'Đang thực hiện']);
  }
  people.push(['Điều phối viên', 'Chánh Văn phòng', 'Văn phòng', 'dieuphoi@example.org', '']);
  const settings = [['Mục', 'Giá trị'], ['Tên kế hoạch', 'Kế hoạch thử tải'], ['Người điều phối', 'Điều phối viên']];
  return { tasks, people, settings };
}

export async function figures(): Promise<Record<string, number>> {
  const env = createFakes({ now: () => new Date('2019-07-05T00:30:00Z'), mailQuota: 1500 });
  const p = plan();
  seedSheet(env, 'Công việc', p.tasks);
  seedSheet(env, 'Nhân sự', p.people);
  seedSheet(env, 'Cài đặt', p.settings);
  const gas = loadBundle(env) as unknown as Record<string, () => { totals: { sent: number } }>;
  env.calls.reset();
  const report = gas.remindersSendNow();
  if (report.totals.sent !== PEOPLE + 1) throw new Error(`expected ${PEOPLE + 1} mails, sent ${report.totals.sent}`);
  const out = { calls_remind_200: env.calls.total(), trips_remind_200: tripsOf(env.calls.byClass()) };
  // The daily trigger on the same plan: refresh, then the reminders (their log already says who
  // was told today, so a fresh copy of the plan is used). The plan was refreshed once before, as
  // every plan is by the time a daily trigger runs: the figure is a morning's steady cost.
  const daily = createFakes({ now: () => new Date('2019-07-05T00:30:00Z'), mailQuota: 1500 });
  seedSheet(daily, 'Công việc', p.tasks);
  seedSheet(daily, 'Nhân sự', p.people);
  seedSheet(daily, 'Cài đặt', p.settings);
  const dgas = loadBundle(daily) as unknown as Record<string, (e?: unknown) => { totals: { sent: number } } | null>;
  dgas.menuRefresh();
  daily.calls.reset();
  const dreport = dgas.dailyReminders({});
  if (dreport?.totals.sent !== PEOPLE + 1) throw new Error(`daily: expected ${PEOPLE + 1} mails, sent ${dreport?.totals.sent}`);
  return { ...out, trips_daily_200: tripsOf(daily.calls.byClass()) };
}
