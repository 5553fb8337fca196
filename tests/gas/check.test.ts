/**
 * Menu › Kiểm tra cài đặt through the built bundle: with every scope of the manifest granted, and
 * with each one missing in turn (users may grant scopes one by one; an administrator may block some).
 */
import { describe, expect, it } from 'vitest';
import { createFakes, seedSheet } from '../fakes/index';
import { SCOPE } from '../fakes/scopes';
import { loadBundle } from '../fakes/vm';

function run(revoke: string[] = []) {
  const env = createFakes({ now: () => new Date('2026-03-02T02:00:00Z') });
  seedSheet(env, 'Công việc', [['Mã', 'Nội dung công việc', 'Chủ trì', 'Hạn hoàn thành'], ['1', 'Việc một', 'Văn phòng', '20/03/2026']]);
  env.auth.revoke(...revoke);
  const gas = loadBundle(env) as unknown as { menuCheckInstall(): void };
  gas.menuCheckInstall();
  const report = env.ui.alerts.at(-1) ?? '';
  const [vi, en] = report.split(/\n\n— /);
  return { env, report, vi, en };
}

describe('Kiểm tra cài đặt', () => {
  it('with every scope of the manifest: each item works, said in Vietnamese then English, and the test document is in the trash', () => {
    const { env, vi, en } = run();
    expect(vi).toMatch(/^Kiểm tra cài đặt\n/);
    for (const line of [
      '✓ Đạt: Đọc các trang của bảng tính',
      '✓ Đạt: Tạo văn bản Google Docs',
      '✓ Đạt: Gửi e-mail nhắc việc (còn gửi được 100 người nhận hôm nay)',
      '✓ Đạt: Nhắc việc tự động hằng ngày (trình kích hoạt) (0 trình kích hoạt của tài khoản này)',
      'Mọi quyền và dịch vụ đều hoạt động.',
    ]) expect(vi).toContain(line);
    expect(en).toContain('✓ OK: Create Google Docs documents');
    expect(en).toContain('Every permission and service works.');
    const docs = env.docs.files.filter((f) => f.mimeType === 'application/vnd.google-apps.document');
    expect(docs.map((f) => f.trashed)).toEqual([true]);
  });

  it.each([
    [SCOPE.documents, 'Tạo văn bản Google Docs', 'documents'],
    [SCOPE.driveFile, 'Tạo văn bản Google Docs', 'drive.file'],
    [SCOPE.mail, 'Gửi e-mail nhắc việc', 'script.send_mail'],
    [SCOPE.scriptapp, 'Nhắc việc tự động hằng ngày', 'script.scriptapp'],
    [SCOPE.sheetsCurrent, 'Đọc các trang của bảng tính', 'spreadsheets.currentonly'],
  ])('without %s: that item fails and says what to grant, the others still work', (scope, label, short) => {
    const { vi, en } = run([scope]);
    const lines = vi.split('\n');
    const at = lines.findIndex((l) => l.includes(label));
    expect(lines[at]).toMatch(/^✗ Chưa đạt: /);
    expect(lines[at + 1]).toContain(`(${short})`);
    expect(lines[at + 2]).toContain(scope);
    expect(lines.filter((l) => l.startsWith('✗'))).toHaveLength(1);
    expect(vi).toContain('Còn 1 mục chưa đạt.');
    expect(en).toMatch(/✗ Not working: /);
  });

  it('with a daily quota used up, the mail item says so', () => {
    const env = createFakes({ mailQuota: 0 });
    const gas = loadBundle(env) as unknown as { menuCheckInstall(): void };
    gas.menuCheckInstall();
    expect(env.ui.alerts.at(-1)).toContain('✗ Chưa đạt: Gửi e-mail nhắc việc');
  });
});
