/**
 * Plans written for these tests in the style of the seeds but with other phrasings: a state
 * (UBND) plan with lettered items, form-like roles, a pasted Word table and deadlines counted from
 * a meeting; a party plan with yearless month headings and a team; a meeting's conclusions in
 * prose. Then the same text as it really arrives (decomposed, Windows line ends, NBSP, zero-width
 * characters, Markdown emphasis, every kind of dash), and legacy-font text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import';
import type { ImportResult, ImportedTask } from '../../../src/core/import/types';

const PLANS = path.resolve(__dirname, '../../fixtures/plans');
const text = (name: string) => readFileSync(path.join(PLANS, name), 'utf8');

function task(r: ImportResult, title: string): ImportedTask {
  const found = r.tasks.filter((t) => t.title === title);
  expect(found.map((t) => t.id), title).toHaveLength(1);
  return found[0];
}

const brief = (t: ImportedTask) => ({ lead: t.lead, support: t.support, start: t.start, due: t.due, recurrence: t.recurrence, after: t.after });

describe('a district People’s Committee plan (UBND)', () => {
  const r = importPlan(text('ubnd-chuyen-doi-so.txt'));

  it('reads lettered items with `Giao … chủ trì, phối hợp với … và …`, `do … thực hiện`, and a quarter', () => {
    expect(brief(task(r, 'Ban hành Quy chế quản lý, vận hành hệ thống thông tin của huyện'))).toEqual({
      lead: ['Văn phòng HĐND và UBND huyện'], support: ['Phòng Văn hóa và Thông tin', 'Phòng Nội vụ'],
      start: '2025-01-01', due: '2025-03-31', recurrence: null, after: null,
    });
    expect(brief(task(r, 'Rà soát thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình'))).toMatchObject({
      lead: ['Phòng Tư pháp'], due: '2025-03-15',
    });
    expect(task(r, 'Phòng Nội vụ tổng hợp, báo cáo kết quả triển khai định kỳ hằng quý').recurrence).toBe('quarterly');
  });

  it('reads halves, the middle and the end of a month, and `Chủ trì: …; Phối hợp: …` lines', () => {
    expect(brief(task(r, 'Triển khai phần mềm quản lý văn bản cho UBND các xã, thị trấn'))).toMatchObject({ start: '2025-01-01', due: '2025-06-30' });
    expect(brief(task(r, 'Tập huấn kỹ năng số cho cán bộ, công chức cấp xã'))).toMatchObject({ start: '2025-05-15', due: '2025-05-15' });
    expect(brief(task(r, 'Nâng cấp đường truyền số liệu chuyên dùng'))).toMatchObject({
      lead: ['Phòng Văn hóa và Thông tin'], support: ['Viettel Krông Pắc', 'VNPT Krông Pắc'], due: '2025-09-30',
    });
  });

  it('links deadlines counted from the mid-year meeting to that meeting’s task', () => {
    const meeting = task(r, 'Tổ chức Hội nghị sơ kết 6 tháng');
    expect([meeting.start, meeting.due]).toEqual(['2025-07-15', '2025-07-15']);
    expect(task(r, 'Kiểm tra việc thực hiện tại các xã, thị trấn').after).toEqual({ ref: meeting.id, offsetDays: -7 });
    expect(task(r, 'Báo cáo kết quả kiểm tra').after).toEqual({ ref: meeting.id, offsetDays: 5, workdays: true });
  });

  it('reads the table pasted from Word: STT | Nội dung | Chủ trì | Phối hợp | Thời gian', () => {
    const rows = r.tasks.filter((t) => t.section === 'Tiến độ thực hiện').map((t) => [t.title, t.lead, t.support, t.start, t.due, t.recurrence]);
    expect(rows).toEqual([
      ['Xây dựng Kho dữ liệu dùng chung của huyện', ['Phòng Văn hóa và Thông tin'], ['Các phòng, ban chuyên môn'], '2025-07-01', '2025-09-30', null],
      ['Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', ['Bộ phận Một cửa huyện'], ['UBND các xã, thị trấn'], '2025-03-01', '2025-09-30', null],
      ['Cập nhật, làm sạch dữ liệu dân cư', ['Công an huyện'], [], null, null, 'ongoing'],
      ['Sơ kết, đánh giá kết quả năm', ['Phòng Nội vụ'], ['Văn phòng HĐND và UBND huyện', 'Phòng Tài chính - Kế hoạch'], '2025-07-01', '2025-12-31', null],
    ]);
  });

  it('keeps the purpose part, the legal basis and the document’s own date out', () => {
    expect(r.documentDate).toBe('2025-01-10');
    expect(r.tasks.some((t) => /chỉ tiêu|rõ người/.test(t.source))).toBe(false);
    const dates = new Set(r.tasks.flatMap((t) => [t.start, t.due]));
    for (const d of ['2020-06-03', '2024-12-15', '2025-01-10']) expect(dates.has(d), d).toBe(false);
    expect(task(r, 'Theo dõi, đôn đốc, định kỳ 6 tháng, hằng năm báo cáo UBND huyện')).toMatchObject({ lead: ['Phòng Văn hóa và Thông tin'], recurrence: 'semiannual' });
  });
});

describe('a party committee plan with yearless month headings and a team', () => {
  const r = importPlan(text('huyen-uy-tong-ket.txt'));

  it('dates `Tháng 12:` by the document (05/12/2024) and says so; `từ 06/01 – 10/01` by its heading', () => {
    const draft = task(r, 'Ban Tổ chức Huyện ủy xây dựng dự thảo báo cáo tổng kết');
    expect([draft.due, draft.lead]).toEqual(['2024-12-20', ['Ban Tổ chức Huyện ủy']]);
    expect(r.warnings.find((w) => w.task === draft.id)).toMatchObject({ code: 'yearFromDocument', params: { year: '2024' } });
    expect(task(r, 'Các chi bộ, đảng bộ cơ sở gửi báo cáo về Huyện ủy (qua Ban Tổ chức)').due).toBe('2024-12-25');
    expect(brief(task(r, 'Trình Ban Thường vụ Huyện ủy cho ý kiến vào dự thảo báo cáo'))).toMatchObject({ start: '2025-01-06', due: '2025-01-10' });
    expect(brief(task(r, 'Ban Dân vận Huyện ủy tổng hợp ý kiến của Mặt trận và các đoàn thể'))).toMatchObject({
      lead: ['Ban Dân vận Huyện ủy'], start: '2025-01-01', due: '2025-01-31',
    });
    expect(brief(task(r, 'Tổ chức Hội nghị tổng kết'))).toMatchObject({ start: '2025-01-15', due: '2025-01-15' });
  });

  it('takes the roles out of the title, and the team’s Tổ trưởng as the lead of what `đồng chí Tổ trưởng` does', () => {
    expect(brief(task(r, 'Chuẩn bị cơ sở vật chất, tài liệu hội nghị'))).toMatchObject({ lead: ['Văn phòng Huyện ủy'], support: ['Ban Tổ chức Huyện ủy'] });
    expect(brief(task(r, 'Chuẩn bị nội dung, phục vụ Hội nghị tổng kết'))).toMatchObject({
      lead: ['Nguyễn Văn An'], support: ['Trần Thị Bình', 'Chỉ huy trưởng Ban CHQS huyện'],
    });
    expect(brief(task(r, 'Đồng chí Tổ trưởng báo cáo Thường trực Huyện ủy kết quả chuẩn bị'))).toMatchObject({ lead: ['Nguyễn Văn An'], due: '2025-01-12' });
    expect(task(r, 'Ban Tuyên giáo Huyện ủy thường xuyên theo dõi, định hướng công tác tuyên truyền').recurrence).toBe('ongoing');
  });

  it('proposes the team’s members, one known only by position', () => {
    expect(r.people).toEqual([
      { name: 'Nguyễn Văn An', position: 'Chánh Văn phòng Huyện ủy', unit: 'Văn phòng Huyện ủy', groups: ['Tổ Giúp việc'] },
      { name: 'Trần Thị Bình', position: 'Phó Trưởng Ban Tổ chức Huyện ủy', unit: 'Ban Tổ chức Huyện ủy', groups: ['Tổ Giúp việc'] },
      { name: '', position: 'Chỉ huy trưởng Ban CHQS huyện', unit: 'Ban CHQS huyện', groups: ['Tổ Giúp việc'] },
    ]);
  });
});

describe('conclusions of a working session, in prose', () => {
  const r = importPlan(text('ket-luan-lam-viec.txt'));

  it('makes a task of each sentence with a deadline, the meeting’s own day not being one', () => {
    expect(r.tasks.map((t) => [t.title, t.lead, t.start, t.due])).toEqual([
      ['Tham mưu bố trí vốn cho dự án', ['Phòng Tài chính - Kế hoạch huyện'], null, '2025-03-31'],
      ['UBND xã Ea Kênh khẩn trương hoàn thiện hồ sơ giải phóng mặt bằng', ['UBND xã Ea Kênh'], null, '2025-03-20'],
      ['Ban Quản lý dự án huyện phối hợp với UBND xã tổ chức bàn giao mặt bằng cho nhà thầu', ['Ban Quản lý dự án huyện'], '2025-04-01', '2025-04-30'],
    ]);
    expect(r.warnings.filter((w) => w.code === 'yearFromNearby').map((w) => w.task)).toEqual(['2', '3']);
  });

  it('uses `--year` for dates that have no year and nothing to take one from', () => {
    const alone = importPlan('UBND xã hoàn thiện hồ sơ, chậm nhất ngày 20/3.', { year: 2026 });
    expect(alone.tasks.map((t) => t.due)).toEqual(['2026-03-20']);
    expect(alone.warnings.map((w) => w.code)).toEqual(['yearFromOption']);
    const none = importPlan('UBND xã hoàn thiện hồ sơ, chậm nhất ngày 20/3.');
    expect(none.tasks.map((t) => t.due)).toEqual([null]);
    expect(none.warnings.map((w) => w.code)).toContain('yearUnknown');
  });
});

/** Text as Word, web pages and Windows keyboards deliver it. */
function mangle(s: string): string {
  return s
    .normalize('NFD')
    .replace(/ - /g, ' – ')
    .replace(/(\d)-(\d)/g, '$1‑$2')
    .replace(/trước ngày/g, '***trước\u00A0ngày***')
    .replace(/Giao /g, '**Giao** ')
    .replace(/Huyện/g, 'Huy\u200Bện')
    .replace(/^- /gm, '• ')
    .replace(/\n/g, '\r\n');
}

describe('text as it really arrives', () => {
  it('reads decomposed text, CRLF, NBSP, zero-width characters, Markdown emphasis and any dash as the clean text', () => {
    for (const name of ['ubnd-chuyen-doi-so.txt', 'huyen-uy-tong-ket.txt']) {
      const clean = importPlan(text(name));
      const messy = importPlan(mangle(text(name)));
      const view = (r: ImportResult) => r.tasks.map((t) => [t.section, t.title, t.lead, t.support, t.start, t.due, t.recurrence, t.after]);
      expect(view(messy), name).toEqual(view(clean));
      expect(messy.people).toEqual(clean.people);
    }
  });

  it('detects text typed in a TCVN3 or VNI font and imports nothing from it, saying why', () => {
    const tcvn3 = 'KÕ ho¹ch tæ chøc ®¹i héi chi bé\n1. Ban Tæ chøc x©y dùng dù th¶o b¸o c¸o (tr­íc ngµy 20/12/2024).\n2. V¨n phßng Huyön ñy chuÈn bÞ héi tr­êng.\n3. C¸c chi bé göi b¸o c¸o vÒ Huyön ñy.';
    const r = importPlan(tcvn3);
    expect([r.legacy, r.tasks, r.warnings.map((w) => w.code)]).toEqual([true, [], ['legacyFont']]);
    const vni = 'Keá hoaïch toå chöùc ñaïi hoäi\n1. Ban Toå chöùc xaây döïng döï thaûo baùo caùo.\n2. Vaên phoøng Huyeän uûy chuaån bò hoäi tröôøng.\n3. Caùc chi boä göûi baùo caùo.';
    expect(importPlan(vni).legacy).toBe(true);
    expect(importPlan(text('huyen-uy-tong-ket.txt')).legacy).toBe(false);
  });

  it('says so when there is nothing to import', () => {
    expect(importPlan('   \n\u00A0\n').warnings.map((w) => w.code)).toEqual(['empty']);
    expect(importPlan('Tin tức: trời hôm nay đẹp.').warnings.map((w) => w.code)).toEqual(['noTasks']);
  });
});
