/**
 * The five real plans (tests/fixtures/seeds), imported as an office would: every expectation
 * below, and the timelines of seeds 000 and 001 in tests/fixtures/seeds/timelines.json, was
 * written by reading the plan, not by running the importer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import';
import type { ImportResult, ImportedTask } from '../../../src/core/import/types';

const SEEDS = path.resolve(__dirname, '../../fixtures/seeds');
const seed = (name: string): ImportResult => importPlan(readFileSync(path.join(SEEDS, name), 'utf8'));

const S000 = seed('000_0e1a84babf161da4.txt');
const S001 = seed('001_d9362ba7d2fb1038.txt');
const S002 = seed('002_d11aae4ed57567b5.txt');
const S003 = seed('003_17deee1f513ea228.txt');
const S004 = seed('004_c494398f8f5dd475.txt');

/** The dated steps of the timelines of seeds 000 and 001, each `[words, start, due]`, written by reading the plans. */
const TIMELINES = JSON.parse(readFileSync(path.join(SEEDS, 'timelines.json'), 'utf8')) as Record<string, Array<[string, string | null, string]>>;

/** The one task whose title (or source) holds `words`. */
function task(r: ImportResult, words: string, where: 'title' | 'source' = 'title'): ImportedTask {
  const found = r.tasks.filter((t) => t[where].includes(words));
  expect(found.map((t) => t.title), `tasks with “${words}” in ${where}`).toHaveLength(1);
  return found[0];
}

const dates = (t: ImportedTask) => [t.start, t.due];

/** Every date any task carries. */
const allDates = (r: ImportResult) => new Set(r.tasks.flatMap((t) => [t.start, t.due]).filter(Boolean));

describe('seed 000: Tổ Biên tập, văn kiện Đại hội thành phố (assignments, then a timeline by month)', () => {
  it('gives every dated step of part D its dates, undated steps their month heading’s window', () => {
    const steps = TIMELINES['000_0e1a84babf161da4.txt'];
    expect(steps).toHaveLength(29);
    for (const [words, start, due] of steps) {
      const t = S000.tasks.filter((x) => x.title.toLowerCase().includes(words.toLowerCase()) || x.source.includes(words));
      // The sentence with two deadlines gives two tasks; the first holds the words in its title.
      const one = t.length > 1 ? t.filter((x) => x.title.toLowerCase().includes(words.toLowerCase())) : t;
      expect(one.map((x) => x.title), words).toHaveLength(1);
      expect(dates(one[0]), words).toEqual([start, due]);
    }
  });

  it('splits the sentence with two deadlines of July into two steps, and says so', () => {
    const a = task(S000, 'Các thành viên Tổ Biên tập nghiên cứu, cho ý kiến trực tiếp vào văn bản');
    const b = task(S000, 'Chỉ đạo tổng hợp, biên tập, hoàn chỉnh các phương án');
    expect(a.lead).toEqual(['Các thành viên Tổ Biên tập']);
    expect(a.section).toBe('Tháng 7/2019');
    for (const t of [a, b]) expect(S000.warnings.filter((w) => w.task === t.id).map((w) => w.code)).toContain('splitSentence');
  });

  it('reads the assignment blocks: deliverable → Chủ trì and members, groups → Nhóm trưởng', () => {
    const review = task(S000, 'Báo cáo kiểm điểm của ban chấp Đảng bộ thành phố khóa XIII');
    expect(review.lead).toEqual(['Trần Thanh Tiến']);
    expect(review.support).toEqual(['Lê Văn Phúc', 'Nguyễn Đông Bình', 'Nguyễn Chí Sơn', 'Nguyễn Thị Cẩm Ly']);
    const defence = S000.tasks.filter((t) => t.title === 'Xây dựng nội dung báo cáo về lĩnh vực quốc phòng, an ninh');
    expect(defence).toHaveLength(1);
    expect([defence[0].lead, defence[0].support, defence[0].section]).toEqual([['Chính trị viên Ban CHQS thành phố'], ['Nguyễn Minh Đông'], 'Báo cáo chính trị']);
    const group1 = task(S000, 'Xây dựng nội dung báo cáo về lĩnh vực kinh tế - xã hội');
    expect(group1.lead).toEqual(['Lê Văn Phúc']);
    expect(group1.support).toHaveLength(8);
    const duty = task(S000, 'Chỉ đạo chung công tác biên tập, xây dựng đề cương sơ bộ');
    expect(duty.lead).toEqual(['Trần Thanh Tiến']);
    // Parts with a separate plan are deliverables still waiting for their people.
    const meetings = task(S000, 'Tổ chức các hội nghị, hội thảo lấy ý kiến');
    expect(meetings.lead).toEqual([]);
    expect(S000.warnings.find((w) => w.task === meetings.id)?.code).toBe('noPeople');
  });

  it('proposes each person once, with position, unit and groups; one by position only', () => {
    expect(S000.people).toHaveLength(19);
    const tien = S000.people.find((p) => p.name === 'Trần Thanh Tiến');
    expect(tien).toMatchObject({ position: 'Chánh Văn phòng Thành ủy', unit: 'Văn phòng Thành ủy' });
    expect(tien?.groups).toEqual(expect.arrayContaining(['Tổ Biên tập', 'Tiểu ban Văn kiện', 'Nhóm Tổng hợp']));
    expect(S000.people.find((p) => p.name === 'Lê Văn Phúc')?.groups).toEqual(['Nhóm I', 'Nhóm Tổng hợp']);
    expect(S000.people.find((p) => p.name === 'Nguyễn Việt Hùng')).toEqual({
      name: 'Nguyễn Việt Hùng', position: 'Trưởng phòng Tài nguyên - Môi trường thành phố', unit: 'Phòng Tài nguyên - Môi trường thành phố', groups: ['Nhóm I', 'Nhóm Tổng hợp'],
    });
    expect(S000.people.filter((p) => !p.name)).toEqual([{ name: '', position: 'Chính trị viên Ban CHQS thành phố', unit: 'Ban CHQS thành phố', groups: ['Nhóm II'] }]);
  });

  it('takes no cited document’s date and nothing from the purpose part', () => {
    for (const d of ['2019-06-21', '2019-06-24']) expect(allDates(S000).has(d), d).toBe(false);
    expect(S000.tasks.some((t) => /ưu điểm, khuyết điểm|Tham mưu giúp Tiểu ban Văn kiện xây dựng các dự thảo/.test(t.source))).toBe(false);
    expect(S000.tasks.some((t) => /Nơi nhận|Lưu VPTU/.test(t.source))).toBe(false);
  });
});

describe('seed 001: Tiểu ban Văn kiện tỉnh (a timeline with `Giao … chủ trì` steps)', () => {
  it('gives every dated step its dates', () => {
    const steps = TIMELINES['001_d9362ba7d2fb1038.txt'];
    expect(steps).toHaveLength(26);
    for (const [words, start, due] of steps) expect(dates(task(S001, words, 'source')), words).toEqual([start, due]);
  });

  it('reads the lead and supports of every `Giao … chủ trì` step', () => {
    const roles = (words: string) => { const t = task(S001, words, 'source'); return [t.lead, t.support]; };
    expect(roles('Tổ chức Hội nghị lấy ý kiến của các nhân sỹ')).toEqual([['Ban Tuyên giáo Tỉnh ủy'], ['Liên hiệp các Hội khoa học Kỹ thuật tỉnh']]);
    expect(roles('Tổ chức phản biện dự thảo Báo cáo chính trị lần 2')).toEqual([['Ủy ban MTTQ tỉnh'], ['Ban Dân vận Tỉnh ủy', 'Các đoàn thể của tỉnh']]);
    expect(roles('cán bộ lão thành cách mạng')).toEqual([['Văn phòng Tỉnh ủy'], ['Ban Tổ chức Tỉnh ủy']]);
    expect(roles('Lấy ý kiến góp ý của một số ban, bộ, ngành Trung ương')).toEqual([['Văn phòng Tỉnh ủy'], []]);
    expect(roles('Đăng toàn văn nội dung')).toEqual([['Ban Tuyên giáo Tỉnh ủy'], ['Báo Đắk Lắk', 'Đài Phát thanh và Truyền hình tỉnh']]);
    // The step is titled by what is done; who does it goes to the role columns.
    expect(task(S001, 'Tổ chức phản biện dự thảo Báo cáo chính trị lần 2', 'source').title).toBe('Tổ chức phản biện dự thảo Báo cáo chính trị lần 2');
  });

  it('takes the subject of the sentence as lead when it is a unit', () => {
    expect(task(S001, 'Tiểu ban Văn kiện họp thảo luận', 'source').lead).toEqual(['Tiểu ban Văn kiện']);
    expect(task(S001, 'Tổ biên tập xây dựng dự thảo các đề cương', 'source').lead).toEqual(['Tổ biên tập']);
  });

  it('takes no cited document’s date, and no term (`nhiệm kỳ 2020-2025`, `giai đoạn 2015-2020`)', () => {
    for (const d of ['2019-05-30', '2019-08-23', '2019-08-22']) expect(allDates(S001).has(d), d).toBe(false);
    for (const d of allDates(S001)) expect((d as string) >= '2019-08-01' && (d as string) <= '2020-08-31', String(d)).toBe(true);
  });
});

describe('seed 002: a news item whose deadline has no year', () => {
  it('dates `Chậm nhất ngày 22/02` by the article (20/02/2020), with its lead, and says where the year came from', () => {
    expect(S002.documentDate).toBe('2020-02-20');
    expect(S002.tasks).toHaveLength(1);
    const [t] = S002.tasks;
    expect([t.start, t.due, t.lead]).toEqual([null, '2020-02-22', ['Các khối ngành, lĩnh vực']]);
    expect(t.title).toBe('Các khối ngành, lĩnh vực phải hoàn thiện việc tổng hợp các số liệu, bảng biểu liên quan đến báo cáo chính trị');
    expect(S002.warnings.find((w) => w.task === t.id)).toMatchObject({ code: 'yearFromDocument', params: { year: '2020' } });
  });
});

describe('seed 003: Thành ủy Hà Nội (units and their numbered tasks)', () => {
  const unitTasks = S003.tasks.filter((t) => /^\(\d+\)/.test(t.source));

  it('finds the 35 tasks `(1)`, `(2)` … each led by the unit of its heading', () => {
    const byUnit = new Map<string, number>();
    for (const t of unitTasks) {
      expect(t.lead, t.source.slice(0, 60)).toEqual([t.section]);
      byUnit.set(t.section, (byUnit.get(t.section) ?? 0) + 1);
    }
    expect(Object.fromEntries(byUnit)).toEqual({
      'Đảng đoàn Hội đồng nhân dân Thành phố': 2,
      'Ban Cán sự đảng Ủy ban nhân dân Thành phố': 11,
      'Đảng đoàn Mặt trận Tổ quốc, các tổ chức chính trị - xã hội Thành phố': 2,
      'Ban Tuyên giáo Thành ủy': 3,
      'Ban Tổ chức Thành ủy': 5,
      'Ủy ban Kiểm tra Thành ủy': 2,
      'Ban Dân vận Thành ủy': 2,
      'Ban Nội chính Thành ủy': 2,
      'Văn phòng Thành ủy': 3,
      'Ban thường vụ quận, huyện, thị ủy và đảng ủy trực thuộc Thành ủy': 3,
    });
    expect(unitTasks).toHaveLength(35);
  });

  it('makes them standing duties (no date in the plan), keeps a task’s second paragraph in its source', () => {
    for (const t of unitTasks) expect([t.start, t.due, t.recurrence], t.title).toEqual([null, null, 'ongoing']);
    const tthc = task(S003, 'Khẩn trương đánh giá kết quả thực hiện ủy quyền giải quyết TTHC');
    expect(tthc.source).toContain('Quyết liệt trong chỉ đạo đơn giản hóa');
  });

  it('reads `X chủ trì, phối hợp với Y` in Tổ chức thực hiện, and nothing from the purpose part', () => {
    const t = task(S003, 'Ban Tổ chức Thành ủy - cơ quan thường trực', 'source');
    expect([t.lead, t.support]).toEqual([['Ban Tổ chức Thành ủy'], ['Các ban Đảng', 'Văn phòng Thành ủy', 'Các cơ quan liên quan']]);
    expect(S003.tasks.some((t) => t.source.includes('rõ người, rõ việc, rõ quy trình'))).toBe(false);
    // Cited documents (Nghị quyết 13-NQ/TU ngày 30/6/2022 …) give no dates at all.
    expect(allDates(S003).size).toBe(0);
  });
});

describe('seed 004: đại hội chi bộ (month windows, deadlines counted from the congress)', () => {
  it('gives the three congresses their months', () => {
    expect(dates(task(S004, 'Tổ chức đại hội chi bộ điểm'))).toEqual(['2020-03-01', '2020-03-31']);
    expect(dates(task(S004, 'Tổ chức đại hội của các chi bộ còn lại'))).toEqual(['2020-04-01', '2020-04-30']);
    expect(dates(task(S004, 'Tổ chức Đại hội Đảng bộ Văn phòng'))).toEqual(['2020-06-01', '2020-06-30']);
  });

  it('reads the deadlines counted from an event as `after` links with a signed offset', () => {
    const review = task(S004, 'Đảng ủy Văn phòng tiến hành duyệt các nội dung trên');
    expect(review.after).toEqual({ ref: 'tổ chức đại hội của các chi bộ trực thuộc', offsetDays: -5 });
    expect(review.lead).toEqual(['Đảng ủy Văn phòng']);
    expect([review.start, review.due]).toEqual([null, null]);
    const report = task(S004, 'báo cáo kết quả đại hội về Thường trực Đảng ủy');
    expect(report.after).toEqual({ ref: 'đại hội', offsetDays: 3 });
    expect(report.source).toContain('Thời gian báo cáo chậm nhất 03 ngày sau khi kết thúc đại hội');
    expect(S004.warnings.filter((w) => w.code === 'eventUnresolved').map((w) => w.task).sort()).toEqual([review.id, report.id].sort());
  });

  it('takes no cited document’s date, no birth or age cut-off', () => {
    const all = allDates(S004);
    for (const d of ['2019-05-30', '2019-08-15', '2019-10-02', '2019-07-02', '2019-09-12', '2018-10-17']) expect(all.has(d), d).toBe(false);
    for (const d of all) expect(String(d) >= '2020-03-01', String(d)).toBe(true);
    // `Thời gian tính độ tuổi …: đến tháng 4/2020` is an age rule, not a task.
    expect(S004.tasks.filter((t) => t.due === '2020-04-30').map((t) => t.title)).toEqual(['Tổ chức đại hội của các chi bộ còn lại']);
    expect(S004.tasks.some((t) => /sinh từ|độ tuổi/.test(t.source))).toBe(false);
  });
});

describe('every seed: a task keeps all of its duty', () => {
  it('keeps the words after a long first clause in the title (what the tracker, reminders and documents carry)', () => {
    // Read from the plans: the second half of each sentence is part of what the unit must do.
    expect(task(S001, 'Ban Thường vụ Tỉnh ủy yêu cầu các sở').title).toContain('đề án của Tỉnh ủy, Ban Thường vụ Tỉnh ủy giai đoạn 2015-2020 có liên quan; gửi báo cáo về Tiểu ban Văn kiện và Tổ Biên tập');
    expect(task(S000, 'Các đồng chí Trưởng nhóm chủ động xây dựng Kế hoạch').title).toContain('có trách nhiệm tham gia các dự thảo báo cáo trước khi trình Tiểu ban');
    expect(task(S003, 'Nghiên cứu xây dựng cơ chế bảo vệ, khen thưởng').title).toMatch(/người lao động của Thành phố$/);
    // No title ends cut short.
    for (const r of [S000, S001, S002, S003, S004]) expect(r.tasks.filter((t) => t.title.endsWith('…')).map((t) => t.title)).toEqual([]);
  });
});
