/**
 * The shapes published plans take that the seeds do not (issue: labelled fields, text copied from a
 * PDF or a web page, task tables, windows and ranges, roles in sentences, things that are not tasks
 * or not deadlines). Each case is written the way such plans write it; the expectations are what a
 * reader of the plan would fill in.
 */
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import';
import type { ImportResult, ImportedTask } from '../../../src/core/import/types';

const brief = (t: ImportedTask | undefined) => t && { title: t.title, lead: t.lead, support: t.support, start: t.start, due: t.due, recurrence: t.recurrence };
const find = (r: ImportResult, words: string) => r.tasks.find((t) => t.title.toLowerCase().includes(words.toLowerCase()));

/**
 * A plan as it was copied, one line of the plan a line between the backticks: the line break after
 * the opening backtick, the indentation of this file and the closing line are not part of the text.
 */
function copied(text: TemplateStringsArray): string {
  const lines = text[0].split('\n').slice(1, -1);
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.search(/\S/)));
  return lines.map((l) => l.slice(indent)).join('\n');
}

describe('labelled fields per task', () => {
  it('reads `a) Cơ quan chủ trì … b) Cơ quan phối hợp … c) Thời gian thực hiện …` under the task, one per line or run together', () => {
    const r = importPlan(copied`
      II. NHIỆM VỤ
      1. Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở
      a) Cơ quan chủ trì: Sở Tư pháp.
      b) Cơ quan phối hợp: Các sở, ban, ngành tỉnh; Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh.
      c) Thời gian thực hiện: Quý IV năm 2024.
      2. Rà soát văn bản quy phạm pháp luật của tỉnh a) Cơ quan chủ trì: Sở Tư pháp. b) Cơ quan phối hợp: các sở, ngành. c) Thời gian thực hiện: Hằng năm.
    `);
    expect(r.tasks).toHaveLength(2);
    expect(brief(find(r, 'tập huấn'))).toEqual({
      title: 'Tổ chức tập huấn nghiệp vụ hòa giải ở cơ sở', lead: ['Sở Tư pháp'],
      support: ['Các sở, ban, ngành tỉnh', 'Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh'],
      start: '2024-10-01', due: '2024-12-31', recurrence: null,
    });
    expect(brief(find(r, 'Rà soát'))).toEqual({
      title: 'Rà soát văn bản quy phạm pháp luật của tỉnh', lead: ['Sở Tư pháp'], support: ['Các sở, ngành'],
      start: null, due: null, recurrence: 'yearly',
    });
  });

  it('reads `- Đơn vị đầu mối: … - Thời gian thực hiện: Quý I - II/2023 - Sản phẩm: …` on one line', () => {
    const r = importPlan(copied`
      III. NHIỆM VỤ CỤ THỂ
      1. Xây dựng cơ sở dữ liệu cán bộ, công chức
      - Đơn vị đầu mối: Sở Nội vụ - Đơn vị phối hợp: Sở Thông tin và Truyền thông - Thời gian thực hiện: Quý I - II/2023 - Sản phẩm: Cơ sở dữ liệu được vận hành.
    `);
    expect(r.tasks.map(brief)).toEqual([{
      title: 'Xây dựng cơ sở dữ liệu cán bộ, công chức', lead: ['Sở Nội vụ'], support: ['Sở Thông tin và Truyền thông'],
      start: '2023-01-01', due: '2023-06-30', recurrence: null,
    }]);
  });
});

describe('text copied from a PDF or a web page', () => {
  it('puts inline headings and items back, and joins lines broken in the middle of a sentence', () => {
    const r = importPlan(copied`
      I. MỤC ĐÍCH, YÊU CẦU Bảo đảm thực hiện đồng bộ, đạt kết quả. II. NHIỆM VỤ 1. Công tác tuyên truyền (1) Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt. Thời gian hoàn thành: Tháng 3/2023. (2) Biên soạn tài liệu hỏi - đáp về Nghị quyết,
      phát hành đến các chi bộ trước ngày 30/4/2023.
    `);
    expect(r.tasks.map((t) => [t.title, t.section, t.start, t.due])).toEqual([
      ['Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt', 'Công tác tuyên truyền', '2023-03-01', '2023-03-31'],
      ['Biên soạn tài liệu hỏi - đáp về Nghị quyết, phát hành đến các chi bộ', 'Công tác tuyên truyền', null, '2023-04-30'],
    ]);
  });
});

describe('task tables', () => {
  it('reads a table written with bars, with group rows and the time cells plans use', () => {
    const r = importPlan(copied`
      PHỤ LỤC
      TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm
      I | CÔNG TÁC TUYÊN TRUYỀN | CÔNG TÁC TUYÊN TRUYỀN | CÔNG TÁC TUYÊN TRUYỀN | CÔNG TÁC TUYÊN TRUYỀN | CÔNG TÁC TUYÊN TRUYỀN
      1 | Xây dựng chuyên mục trên Cổng thông tin điện tử | Sở Thông tin và Truyền thông | Các sở, ban, ngành | 2024 | Chuyên mục
      2 | Tổ chức cuộc thi tìm hiểu pháp luật | Sở Tư pháp | Tỉnh đoàn | 2024-2026 | Cuộc thi
      3 | Sơ kết việc thực hiện | Sở Nội vụ | | Quý II/2023 | Báo cáo
      4 | Báo cáo kết quả thực hiện | Sở Nội vụ | Các sở, ngành | Hằng năm | Báo cáo
    `);
    expect(r.tasks.map((t) => [t.section, t.title, t.lead, t.support, t.start, t.due, t.recurrence])).toEqual([
      ['Công tác tuyên truyền', 'Xây dựng chuyên mục trên Cổng thông tin điện tử', ['Sở Thông tin và Truyền thông'], ['Các sở, ban, ngành'], '2024-01-01', '2024-12-31', null],
      ['Công tác tuyên truyền', 'Tổ chức cuộc thi tìm hiểu pháp luật', ['Sở Tư pháp'], ['Tỉnh đoàn'], '2024-01-01', '2026-12-31', null],
      ['Công tác tuyên truyền', 'Sơ kết việc thực hiện', ['Sở Nội vụ'], [], '2023-04-01', '2023-06-30', null],
      ['Công tác tuyên truyền', 'Báo cáo kết quả thực hiện', ['Sở Nội vụ'], ['Các sở, ngành'], null, null, 'yearly'],
    ]);
  });

  it('puts back a table copied one cell per line', () => {
    const r = importPlan([
      'PHỤ LỤC NHIỆM VỤ',
      'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành',
      '1', 'Ban hành quy chế phối hợp', 'Công an tỉnh', 'Sở Tư pháp', 'Quý II/2023',
      '2', 'Kiểm tra việc thực hiện quy chế', 'tại các huyện, thị xã', 'Văn phòng UBND tỉnh', 'Công an tỉnh', 'Tháng 12/2023',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.title, t.lead, t.support, t.start, t.due])).toEqual([
      ['Ban hành quy chế phối hợp', ['Công an tỉnh'], ['Sở Tư pháp'], '2023-04-01', '2023-06-30'],
      ['Kiểm tra việc thực hiện quy chế tại các huyện, thị xã', ['Văn phòng UBND tỉnh'], ['Công an tỉnh'], '2023-12-01', '2023-12-31'],
    ]);
  });
});

describe('windows and ranges', () => {
  const one = (text: string) => {
    const r = importPlan(`II. NHIỆM VỤ\n1. ${text}`);
    expect(r.tasks, text).toHaveLength(1);
    return [r.tasks[0].start, r.tasks[0].due];
  };

  it('reads quarter ranges, month ranges with a dash or a dot before the year, and the first week of a month', () => {
    expect(one('Sở Tư pháp tổ chức tập huấn trong Quý II-III/2023.')).toEqual(['2023-04-01', '2023-09-30']);
    expect(one('Sở Tư pháp tổ chức tập huấn, thời gian Quý I - II/2023.')).toEqual(['2023-01-01', '2023-06-30']);
    expect(one('Các chi bộ tiến hành đại hội từ tháng 1 đến tháng 3-2020.')).toEqual(['2020-01-01', '2020-03-31']);
    expect(one('Ban Tổ chức Huyện ủy thẩm định hồ sơ trong tháng 4.2020.')).toEqual(['2020-04-01', '2020-04-30']);
    expect(one('Các chi bộ gửi báo cáo trước ngày 10.3.2020.')).toEqual([null, '2020-03-10']);
    expect(one('Văn phòng Tỉnh ủy tổng hợp kết quả trong tuần đầu tháng 8/2025.')).toEqual(['2025-08-01', '2025-08-07']);
  });

  it('takes a window written before its action', () => {
    expect(one('Từ tháng 7 đến tháng 12-2019 tiến hành đại hội các chi bộ trực thuộc.')).toEqual(['2019-07-01', '2019-12-31']);
  });

  it('gives each clause its own window when the windows come before their actions', () => {
    const r = importPlan('Ban Thường vụ Huyện ủy dự kiến: từ tháng 7 đến tháng 12-2019 triển khai quán triệt các chỉ thị, văn bản hướng dẫn của Trung ương, Tỉnh ủy, Huyện ủy về công tác tổ chức đại hội; từ tháng 1 đến tháng 3-2020 sẽ tiến hành đại hội các chi bộ trực thuộc Đảng bộ cơ sở; từ tháng 6 đến tháng 8-2020 tiến hành đại hội Đảng bộ huyện.');
    expect(r.tasks.map((t) => [t.title, t.lead, t.start, t.due])).toEqual([
      ['Triển khai quán triệt các chỉ thị, văn bản hướng dẫn của Trung ương, Tỉnh ủy, Huyện ủy về công tác tổ chức đại hội', [], '2019-07-01', '2019-12-31'],
      ['Tiến hành đại hội các chi bộ trực thuộc Đảng bộ cơ sở', [], '2020-01-01', '2020-03-31'],
      ['Tiến hành đại hội Đảng bộ huyện', [], '2020-06-01', '2020-08-31'],
    ]);
  });

  it('gives each clause of a sentence its own deadline', () => {
    const r = importPlan('II. NHIỆM VỤ\n1. Ban Tuyên giáo hoàn thành dự thảo đề cương trước ngày 15/5/2024, trình Ban Thường vụ cho ý kiến trong tháng 6/2024 và ban hành chính thức trước ngày 31/7/2024.');
    expect(r.tasks.map((t) => [t.start, t.due])).toEqual([[null, '2024-05-15'], ['2024-06-01', '2024-06-30'], [null, '2024-07-31']]);
  });
});

describe('roles in sentences', () => {
  it('reads `Giao X chủ trì, phối hợp Y …`, `X chủ trì, tham mưu UBND tỉnh …` and a lead after a colon', () => {
    const r = importPlan(copied`
      IV. TỔ CHỨC THỰC HIỆN
      1. Giao Công an tỉnh chủ trì, phối hợp Văn phòng UBND tỉnh xây dựng quy chế vận hành, hoàn thành trong tháng 9/2024.
      2. Sở Nội vụ chủ trì, tham mưu UBND tỉnh sơ kết việc thực hiện Kế hoạch trước ngày 15/12/2024.
      3. Về công tác kiểm tra: Thanh tra tỉnh chủ trì, phối hợp với các sở, ban, ngành tỉnh kiểm tra việc thực hiện trong Quý III/2024.
    `);
    expect(r.tasks.map((t) => [t.lead, t.support])).toEqual([
      [['Công an tỉnh'], ['Văn phòng UBND tỉnh']],
      [['Sở Nội vụ'], []],
      [['Thanh tra tỉnh'], ['Các sở, ban, ngành tỉnh']],
    ]);
  });
});

describe('what is not a task and not a deadline', () => {
  it('keeps signing dates, targets, requirements, done items, cited documents and effective dates out, and says so', () => {
    const r = importPlan(copied`
      UBND TỈNH ĐẮK LẮK
      Đắk Lắk, ngày 24 tháng 10 năm 2024
      KẾ HOẠCH
      I. MỤC ĐÍCH, YÊU CẦU
      1. Yêu cầu: các cơ quan báo cáo đúng thời hạn trước ngày 15 hằng tháng.
      II. MỤC TIÊU
      1. Đến hết năm 2026 đạt ít nhất 50% hồ sơ được số hóa.
      III. NHIỆM VỤ
      1. Việc rà soát thủ tục hành chính đã hoàn thành trong tháng 4/2026.
      2. Sở Tư pháp triển khai Luật Phổ biến, giáo dục pháp luật có hiệu lực từ ngày 01/7/2025, hoàn thành trước ngày 30/11/2026.
      3. Thực hiện Quyết định số 1521/QĐ-TTg ngày 06/10/2020, Sở Nội vụ tổng hợp báo cáo trước ngày 20/12/2026.
    `);
    expect(r.documentDate).toBe('2024-10-24');
    expect(r.tasks.map((t) => [t.title, t.start, t.due])).toEqual([
      ['Sở Tư pháp triển khai Luật Phổ biến, giáo dục pháp luật có hiệu lực từ ngày 01/7/2025', null, '2026-11-30'],
      ['Sở Nội vụ tổng hợp báo cáo', null, '2026-12-20'],
    ]);
    expect(r.warnings.map((w) => w.code)).toContain('alreadyDone');
  });

  it('keeps `Thường xuyên`, `Định kỳ 6 tháng` and `Hằng năm` as recurrences without inventing a date', () => {
    const r = importPlan(copied`
      II. NHIỆM VỤ
      1. Sở Tư pháp theo dõi tình hình thi hành pháp luật. Thời gian thực hiện: Thường xuyên.
      2. Các sở, ngành báo cáo kết quả thực hiện. Thời gian thực hiện: Định kỳ 6 tháng.
      3. Sở Nội vụ tổng kết công tác thi đua. Thời gian: Hằng năm.
    `);
    expect(r.tasks.map((t) => [t.recurrence, t.start, t.due])).toEqual([['ongoing', null, null], ['semiannual', null, null], ['yearly', null, null]]);
  });
});

describe('directives and procedures as offices publish them', () => {
  it('dates a task by the sentence after it that only says by when (`Yêu cầu … trước ngày …`)', () => {
    const r = importPlan(copied`
      Sau khi xem xét, Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:
      Giao Sở Tài chính chủ trì phối hợp với các đơn vị liên quan tổng hợp chung báo cáo. Yêu cầu hoàn thiện gửi Văn phòng Ủy ban nhân dân trước ngày 24/5/2019.
    `);
    expect(r.tasks.map(brief)).toEqual([{
      title: 'Tổng hợp chung báo cáo', lead: ['Sở Tài chính'], support: ['Các đơn vị liên quan'], start: null, due: '2019-05-24', recurrence: null,
    }]);
    expect(r.tasks[0].evidence.due).toContain('24/5/2019');
  });

  it('does not give that deadline to a task that already has one, nor take a sentence with its own subject as a follow-up', () => {
    const r = importPlan('Giao Sở Tài chính chủ trì tổng hợp báo cáo trước ngày 20/5/2019. Hoàn thành việc giải ngân trước ngày 30/6/2019.');
    expect(find(r, 'tổng hợp báo cáo')?.due).toBe('2019-05-20');
  });

  it('reads `Giao A; B; C báo cáo …` as three leads, and keeps `báo cáo …` in the title', () => {
    const r = importPlan('Giao các sở, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo tình hình giải ngân vốn đầu tư công trước ngày 23/5/2019.');
    expect(brief(r.tasks[0])).toMatchObject({
      lead: ['Các sở, ngành tỉnh', 'Ủy ban nhân dân các huyện, thành phố', 'Các Ban QLDA chuyên ngành tỉnh'], due: '2019-05-23',
    });
    expect(r.tasks[0].title).toMatch(/^Báo cáo tình hình giải ngân/);
  });

  it('gives the items under `1. X tham mưu … thực hiện:` to X, and takes `2. Y đăng tải …` as Y’s task', () => {
    const r = importPlan(copied`
      Ủy ban nhân dân huyện có ý kiến như sau:
      1. Phòng Nội vụ tham mưu Hội đồng Thi đua - Khen thưởng huyện thực hiện:
      - Đẩy mạnh công tác tuyên truyền phong trào thi đua yêu nước trên địa bàn huyện.
      - Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến.
      2. Phòng Văn hóa và Thông tin đăng tải Đề cương tuyên truyền lên trang thông tin điện tử của huyện.
    `);
    expect(r.tasks.map((t) => t.lead)).toEqual([['Phòng Nội vụ'], ['Phòng Nội vụ'], ['Phòng Văn hóa và Thông tin']]);
  });

  it('keeps a requirement that opens with a unit (`Cơ quan X phải bảo đảm …`) out', () => {
    const r = importPlan('II. YÊU CẦU\n1. Sở Nội vụ phải bảo đảm đúng tiến độ.\n\nIII. NHIỆM VỤ\n1. Sở Nội vụ tổ chức sơ kết công tác thi đua.');
    expect(r.tasks.map((t) => t.title)).toEqual(['Sở Nội vụ tổ chức sơ kết công tác thi đua']);
  });

  it('reads a procedure table copied one cell per line, with empty cells, a `Thực hiện` column and `Phối hợp …` in its notes', () => {
    const r = importPlan([
      'TT', 'Nội dung', 'Thực hiện', 'Thời gian', 'Biểu mẫu', 'Ghi chú',
      '1', 'Lập tờ trình xin tổ chức Hội thảo', 'Đơn vị', 'Ít nhất 30 ngày trước khai mạc', ' ',
      '2', 'Đề xuất thành lập Ban Tổ chức', 'Đơn vị', 'Sau khi được phê chuẩn', ' ', 'Phối hợp P. TC-HC, P. HTĐN',
      '3', 'Tiến hành Hội thảo', 'BTC', ' ', ' ', 'Tiến hành theo kế hoạch được duyệt',
      '4', 'Báo cáo kết quả hội thảo', 'BTC', 'Chậm nhất 07 ngày sau khi hội thảo kết thúc', ' ', ' ',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.title, t.lead, t.support])).toEqual([
      ['Lập tờ trình xin tổ chức Hội thảo', ['Đơn vị'], []],
      ['Đề xuất thành lập Ban Tổ chức', ['Đơn vị'], ['P. TC-HC', 'P. HTĐN']],
      ['Tiến hành Hội thảo', ['BTC'], []],
      ['Báo cáo kết quả hội thảo', ['BTC'], []],
    ]);
    expect(r.tasks[0].after?.offsetDays).toBe(-30);
    expect(r.tasks[3].after?.offsetDays).toBe(7);
  });
});

describe('more roles and windows of published directives', () => {
  it('reads `Chủ tịch UBND tỉnh vừa có văn bản yêu cầu A, các B, C, nghiêm túc …` and `Đề nghị X chỉ đạo …` as the units asked to act', () => {
    const r = importPlan(copied`
      Chủ tịch UBND tỉnh vừa có văn bản yêu cầu Thủ trưởng các sở, ban ngành, các cơ quan trung ương trên địa bàn tỉnh, Chủ tịch UBND các huyện, thành phố, nghiêm túc quán triệt và tổ chức triển khai thực hiện Chỉ thị.

      Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Đài Truyền thanh cấp huyện tăng cường công tác tuyên truyền.
    `);
    expect(r.tasks.map((t) => [t.title, t.lead])).toEqual([
      ['Nghiêm túc quán triệt và tổ chức triển khai thực hiện Chỉ thị', ['Thủ trưởng các sở, ban ngành', 'Các cơ quan trung ương trên địa bàn tỉnh', 'Chủ tịch UBND các huyện, thành phố']],
      ['Chỉ đạo Đài Truyền thanh cấp huyện tăng cường công tác tuyên truyền', ['Ủy ban nhân dân các huyện, thị xã, thành phố']],
    ]);
  });

  it('reads two units acting together and a `Phối hợp` written with a capital in the middle of the sentence', () => {
    const r = importPlan('IV. TỔ CHỨC THỰC HIỆN\n1. Báo Sóc Trăng, Đài Phát thanh - Truyền hình Sóc Trăng Phối hợp Ban Dân tộc tỉnh xây dựng chuyên trang, chuyên mục.');
    expect(brief(r.tasks[0])).toMatchObject({ lead: ['Báo Sóc Trăng', 'Đài Phát thanh - Truyền hình Sóc Trăng'], support: ['Ban Dân tộc tỉnh'] });
  });

  it('gives a recurring report written with its days of the year (`trước ngày 05/6 và 05/12 hàng năm`) its frequency and no invented date', () => {
    const r = importPlan('Các cơ quan, đơn vị định kỳ đánh giá kết quả thực hiện, báo cáo UBND tỉnh trước ngày 05/6 và 05/12 hàng năm.');
    expect(r.tasks.map((t) => [t.lead, t.start, t.due, t.recurrence])).toEqual([[['Các cơ quan, đơn vị'], null, null, 'semiannual']]);
  });

  it('dates `Hoàn thành và trình UBND tỉnh trong quý I/2020.` to the task before it', () => {
    const r = importPlan('Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu UBND tỉnh ban hành Kế hoạch triển khai thực hiện. Hoàn thành và trình UBND tỉnh trong quý I/2020.');
    expect(r.tasks.map((t) => [t.lead, t.start, t.due])).toEqual([[['Sở Kế hoạch và Đầu tư'], '2020-01-01', '2020-03-31']]);
  });

  it('reads an excerpt that starts inside a numbered list (at `2.`) as the plan’s body, not its preamble, and opens a window at `bắt đầu từ`', () => {
    const r = importPlan(copied`
      Thời gian tổ chức 02 ngày, hoàn thành trong tháng 11 năm 2019. 2. Đại hội cấp huyện: Thời gian tổ chức 01 ngày, bắt đầu từ đầu tháng 5 năm 2019, hoàn thành trong tháng 6 năm 2019. IV. TỔ CHỨC THỰC HIỆN 1. Sở Nội vụ tổng hợp kết quả Đại hội.
    `);
    expect(r.tasks.map((t) => [t.title, t.start, t.due])).toEqual([
      ['Thời gian tổ chức 02 ngày', '2019-11-01', '2019-11-30'],
      ['Đại hội cấp huyện', '2019-05-01', '2019-06-30'],
      ['Sở Nội vụ tổng hợp kết quả Đại hội', null, null],
    ]);
  });

  it('keeps a plan’s own preamble out when its list starts at `1.` under the title', () => {
    const r = importPlan('KẾ HOẠCH\nCăn cứ:\n1. Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh;\nI. NHIỆM VỤ\n1. Sở Nội vụ tổng kết công tác thi đua trước ngày 20/12/2024.');
    expect(r.tasks.map((t) => t.due)).toEqual(['2024-12-20']);
  });
});

describe('a directive’s list of assignments and a table given as one line of bars', () => {
  it('reads the paragraphs after `Theo đó, UBND tỉnh giao X …` that open with a unit as that list’s assignments, and keeps who assigns out of the title', () => {
    const r = importPlan(copied`
      Theo đó, UBND tỉnh giao Sở Nông nghiệp và PTNT hướng dẫn UBND các huyện về quy trình lập phương án;

      Sở Tài nguyên và Môi trường, Sở Nông nghiệp và PTNT giám sát chặt chẽ quá trình cải tạo đất;

      UBND các huyện, thị xã, thành phố có trách nhiệm phê duyệt các phương án theo quy mô được ủy quyền.
    `);
    expect(r.tasks.map((t) => [t.title, t.lead])).toEqual([
      ['Hướng dẫn UBND các huyện về quy trình lập phương án', ['Sở Nông nghiệp và PTNT']],
      [expect.stringContaining('giám sát chặt chẽ'), ['Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và PTNT']],
      [expect.stringContaining('phê duyệt các phương án'), ['UBND các huyện, thị xã, thành phố']],
    ]);
  });

  it('does not take a unit’s sentence as a task outside such a list', () => {
    const r = importPlan('Sở Tài nguyên và Môi trường là cơ quan quản lý nhà nước về đất đai.\n\nUBND các huyện có trách nhiệm quản lý đất đai trên địa bàn.');
    expect(r.tasks).toEqual([]);
  });

  it('keeps `UBND thành phố và các huyện` one lead: the places belong to the unit', () => {
    const r = importPlan('Uỷ ban nhân dân thành phố và các huyện tổ chức đánh giá tình hình thực hiện kế hoạch, gửi báo cáo trước ngày 28/5/2015.');
    expect(r.tasks.map((t) => t.lead)).toEqual([['Uỷ ban nhân dân thành phố và các huyện']]);
  });

  it('reads a task table a web page gave as one line of bars, with the time of its caption for every row', () => {
    const r = importPlan('KẾ HOẠCH LAO ĐỘNG TUẦN 07 Thời gian: 14 giờ ngày 28 tháng 9 năm 2012 Thành phần: Toàn trường. NỘI DUNG CÔNG VIỆC CỤ THỂ: TT | Lớp | GV chỉ đạo | Nội dung công việc | Dụng cụ | 1 | 9A | Bùi Hải Phương | Cắt cỏ, vệ sinh khu vực vườn Keo | Cuốc, xẻng | 2 | 9B | Nguyễn Thị Hằng | Dọn rác phía sau dãy phòng học bộ môn | Chổi |');
    expect(r.tasks.map((t) => [t.title, t.lead, t.start, t.due])).toEqual([
      ['Cắt cỏ, vệ sinh khu vực vườn Keo', ['Bùi Hải Phương'], '2012-09-28', '2012-09-28'],
      ['Dọn rác phía sau dãy phòng học bộ môn', ['Nguyễn Thị Hằng'], '2012-09-28', '2012-09-28'],
    ]);
  });
});

describe('a window stated for the work told after it, connectives, and lists of units joined by `và`', () => {
  it('gives the window of a sentence that names no one who acts to the undated tasks after it in the block, and no lead to a plural of things', () => {
    const r = importPlan(copied`
      Theo đó, các hoạt động của Tháng hành động vì an toàn thực phẩm năm 2024 được tổ chức trong thời gian từ ngày 15/4/2024 đến ngày 15/5/2024.

      Sở Y tế, Sở Nông nghiệp và Phát triển nông thôn và các tổ chức đoàn thể tỉnh, UBND các huyện, thị xã tổ chức kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm.
    `);
    const month = find(r, 'các hoạt động của Tháng hành động');
    expect(month && { lead: month.lead, start: month.start, due: month.due }).toEqual({ lead: [], start: '2024-04-15', due: '2024-05-15' });
    expect(brief(find(r, 'kiểm tra các cơ sở'))).toMatchObject({
      lead: ['Sở Y tế', 'Sở Nông nghiệp và Phát triển nông thôn', 'Các tổ chức đoàn thể tỉnh', 'UBND các huyện, thị xã'],
      start: '2024-04-15', due: '2024-05-15',
    });
    // The preview says which words gave the dates.
    expect(find(r, 'kiểm tra các cơ sở')?.evidence.due).toContain('từ ngày 15/4/2024 đến ngày 15/5/2024');
    expect(r.warnings.filter((w) => w.task === find(r, 'kiểm tra các cơ sở')?.id).map((w) => w.code)).toContain('windowFromSentence');
  });

  it('gives no window to the tasks of a block when the dated sentence names who acts', () => {
    const r = importPlan(copied`
      Sở Văn hóa và Thể thao tổ chức Hội báo Xuân từ ngày 01/02/2024 đến ngày 05/02/2024.

      Các cơ quan báo chí thường xuyên đưa tin về các hoạt động của Hội báo.
    `);
    expect(find(r, 'đưa tin')?.start ?? null).toBeNull();
    expect(find(r, 'đưa tin')?.due ?? null).toBeNull();
  });

  it('reads the second assignment of a paragraph that opens with `Theo đó` or `Đồng thời` without a comma', () => {
    const r = importPlan('Sở Nội vụ chủ trì rà soát danh sách cán bộ được đào tạo theo quy định. Đồng thời các cơ quan, đơn vị gửi danh sách cán bộ đăng ký học về Sở Nội vụ để tổng hợp.');
    expect(r.tasks).toHaveLength(2);
    expect(find(r, 'gửi danh sách cán bộ')?.lead).toEqual(['Các cơ quan, đơn vị']);
  });
});

describe('who a list is addressed to, appositions, and actions listed with a time each', () => {
  it('gives the units a paragraph asks to do `các nội dung sau:` to each item below, and takes no task from the paragraph itself', () => {
    const r = importPlan(copied`
      Chủ tịch UBND huyện yêu cầu Trưởng các phòng, ban chuyên môn; Chủ tịch UBND các xã, thị trấn triển khai thực hiện các nội dung sau:
      1. Rà soát, cập nhật danh mục thủ tục hành chính tại bộ phận một cửa.
      2. Niêm yết công khai số điện thoại đường dây nóng trước ngày 15/4/2024.
    `);
    expect(r.tasks.map((t) => [t.title, t.lead, t.due, t.recurrence])).toEqual([
      ['Rà soát, cập nhật danh mục thủ tục hành chính tại bộ phận một cửa', ['Trưởng các phòng, ban chuyên môn', 'Chủ tịch UBND các xã, thị trấn'], null, 'ongoing'],
      ['Niêm yết công khai số điện thoại đường dây nóng', ['Trưởng các phòng, ban chuyên môn', 'Chủ tịch UBND các xã, thị trấn'], '2024-04-15', null],
    ]);
  });

  it('cuts an apposition in lower case off the lead (`Sở X - cơ quan thường trực …`), but keeps `chính trị - xã hội` in a name', () => {
    const r = importPlan('1. Sở Nội vụ - cơ quan thường trực Hội đồng Thi đua - Khen thưởng tỉnh tham mưu UBND tỉnh tổ chức Hội nghị điển hình tiên tiến trong quý IV/2025.\n2. Các tổ chức chính trị - xã hội tỉnh tuyên truyền về Hội nghị trong quý IV/2025.');
    expect(find(r, 'Hội nghị điển hình')?.lead).toEqual(['Sở Nội vụ']);
    expect(find(r, 'tuyên truyền về Hội nghị')?.lead).toEqual(['Các tổ chức chính trị - xã hội tỉnh']);
  });

  it('makes one task of each action listed with its own time (`sơ kết hằng năm, sơ kết giữa kỳ vào năm 2027 và tổng kết vào năm 2030`)', () => {
    const r = importPlan('2. Sở Y tế theo dõi, đôn đốc việc thực hiện Đề án; tổ chức đánh giá hằng năm, đánh giá giữa kỳ vào năm 2027 và tổng kết vào năm 2030 việc thực hiện Đề án.');
    expect(r.tasks.map((t) => [t.title, t.lead, t.start, t.due, t.recurrence])).toEqual([
      ['Sở Y tế theo dõi, đôn đốc việc thực hiện Đề án', ['Sở Y tế'], null, null, null],
      ['Tổ chức đánh giá hằng năm', ['Sở Y tế'], null, null, 'yearly'],
      ['Đánh giá giữa kỳ', ['Sở Y tế'], '2027-01-01', '2027-12-31', null],
      ['Tổng kết việc thực hiện Đề án', ['Sở Y tế'], '2030-01-01', '2030-12-31', null],
    ]);
  });
});

describe('names of units whose own words hold a comma', () => {
  it('keeps `Trung tâm Văn hóa, Thông tin và Thể thao huyện` and `Sở Văn hóa, Thể thao và Du lịch` whole in a field, and a semicolon always ends a name', () => {
    const r = importPlan(copied`
      1. Tổ chức Liên hoan văn nghệ quần chúng
      - Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
      - Cơ quan phối hợp: Trung tâm Văn hóa, Thông tin và Thể thao huyện, Hội Liên hiệp Phụ nữ tỉnh; địa phương có đoàn tham gia.
      - Thời gian hoàn thành: Tháng 10/2025.
    `);
    expect(brief(r.tasks[0])).toMatchObject({
      lead: ['Sở Văn hóa, Thể thao và Du lịch'],
      support: ['Trung tâm Văn hóa, Thông tin và Thể thao huyện', 'Hội Liên hiệp Phụ nữ tỉnh', 'Địa phương có đoàn tham gia'],
      start: '2025-10-01', due: '2025-10-31',
    });
  });
});

describe('labels a PDF wrapped over two lines', () => {
  it('reads `a) Cơ quan chủ` / `trì: …`, `- Đơn vị phối` / `hợp: …` and a value on the line after its label', () => {
    const r = importPlan(copied`
      1. Tập huấn sử dụng chữ ký số cho cán bộ cấp xã a) Cơ quan chủ
      trì: Sở Khoa học và Công nghệ. b) Cơ quan phối hợp: UBND các huyện. c) Thời gian thực hiện:
      Quý IV/2025.
      2. Kiểm tra an toàn thông tin các hệ thống dùng chung - Đơn vị đầu mối: Công an tỉnh - Đơn vị phối
      hợp: Sở Khoa học và Công nghệ - Thời gian thực hiện: Hằng năm
    `);
    expect(r.tasks.map(brief)).toEqual([
      { title: 'Tập huấn sử dụng chữ ký số cho cán bộ cấp xã', lead: ['Sở Khoa học và Công nghệ'], support: ['UBND các huyện'], start: '2025-10-01', due: '2025-12-31', recurrence: null },
      { title: 'Kiểm tra an toàn thông tin các hệ thống dùng chung', lead: ['Công an tỉnh'], support: ['Sở Khoa học và Công nghệ'], start: null, due: null, recurrence: 'yearly' },
    ]);
  });
});

describe('a time written before the subject', () => {
  it('finds the unit after `Dự kiến …,`, `Đầu tháng …,`, `Trong quý …,` and keeps the time as the deadline', () => {
    const r = importPlan(copied`
      Dự kiến cuối tháng 9/2025, Ban Kinh tế - Xã hội HĐND tỉnh tổ chức giám sát việc thực hiện chính sách hỗ trợ nhà ở.

      Đầu tháng 11/2025, Thường trực HĐND huyện làm việc với UBND các xã về chuẩn bị kỳ họp cuối năm.
    `);
    expect(r.tasks.map((t) => [t.lead, t.start, t.due])).toEqual([
      [['Ban Kinh tế - Xã hội HĐND tỉnh'], '2025-09-30', '2025-09-30'],
      [['Thường trực HĐND huyện'], '2025-11-01', '2025-11-01'],
    ]);
  });
});

describe('a dated first time that then comes back', () => {
  it('keeps the date of `Quý IV năm 2024 và các năm tiếp theo` and reads it as yearly', () => {
    const r = importPlan('1. Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở a) Cơ quan chủ trì: Sở Nội vụ. b) Thời gian thực hiện: Quý II năm 2026 và các năm tiếp theo.');
    expect(brief(r.tasks[0])).toMatchObject({ lead: ['Sở Nội vụ'], start: '2026-04-01', due: '2026-06-30', recurrence: 'yearly' });
  });
});

describe('the articles of a decision', () => {
  it('takes `Điều 2. Sở X có trách nhiệm …` as X’s task, even with a purpose `để đảm bảo …`, and leaves the closing article out', () => {
    const r = importPlan(copied`
      QUYẾT ĐỊNH:
      Điều 1. Phê duyệt Danh mục dự án kêu gọi đầu tư năm 2026.
      Điều 2. Sở Tài chính có trách nhiệm công bố Danh mục trên Cổng thông tin điện tử của tỉnh để đảm bảo nhà đầu tư tiếp cận đầy đủ thông tin.
      Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.
    `);
    expect(r.tasks.map((t) => [t.title.slice(0, 30), t.lead])).toEqual([['Sở Tài chính có trách nhiệm cô', ['Sở Tài chính']]]);
  });
});

describe('a notice that assigns by `Yêu cầu` and `có trách nhiệm`', () => {
  it('reads `Yêu cầu X …` as X’s task, and a unit’s duty told before it in the same paragraph as a task too', () => {
    const r = importPlan('Phòng Tư pháp huyện có trách nhiệm hướng dẫn, kiểm tra việc niêm yết thủ tục tại bộ phận một cửa. Yêu cầu Chủ tịch UBND các xã, thị trấn chỉ đạo công chức tư pháp - hộ tịch thực hiện. Nếu có vướng mắc, kịp thời phản ánh về Phòng Tư pháp huyện.');
    expect(r.tasks.map((t) => t.lead)).toEqual([['Phòng Tư pháp huyện'], ['Chủ tịch UBND các xã, thị trấn']]);
  });

  it('still takes no task from a unit’s duty when nothing in the paragraph assigns', () => {
    expect(importPlan('UBND các xã có trách nhiệm quản lý trật tự xây dựng trên địa bàn. Nếu có vi phạm, xử lý theo quy định.').tasks).toEqual([]);
  });
});

describe('news of a letter, the handing in of a result, and bodies named by their kind', () => {
  it('reads whom a letter asks when the news names the letter (`vừa có Văn bản đề nghị X …`, `Công văn số … yêu cầu X …`)', () => {
    const r = importPlan(copied`
      Sở Y tế vừa có Công văn số 1520/SYT-NVY đề nghị UBND các huyện, thành phố chỉ đạo Trung tâm Y tế tăng cường giám sát dịch sốt xuất huyết.

      Bộ Giáo dục và Đào tạo vừa có Văn bản yêu cầu các sở giáo dục và đào tạo rà soát đội ngũ giáo viên trước ngày 30/6/2026.
    `);
    expect(r.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['UBND các huyện, thành phố'], null],
      [['Các sở giáo dục và đào tạo'], '2026-06-30'],
    ]);
  });

  it('dates an assignment by the sentence after it that hands its result in (`Trình …`, `Gửi về … trước ngày …`)', () => {
    const r = importPlan(copied`
      Giao Sở Nội vụ chủ trì, phối hợp với các đơn vị liên quan rà soát vị trí việc làm. Trình UBND tỉnh trước ngày 15/9/2026 để báo cáo Bộ Nội vụ.

      Giao Phòng Giáo dục và Đào tạo tổng hợp danh sách học sinh có hoàn cảnh khó khăn. Gửi về UBND huyện chậm nhất ngày 20/10/2026.
    `);
    expect(r.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['Sở Nội vụ'], '2026-09-15'],
      [['Phòng Giáo dục và Đào tạo'], '2026-10-20'],
    ]);
  });

  it('keeps kinds of bodies closed by `liên quan` one group (`các phòng, ban, các đơn vị có liên quan`)', () => {
    const r = importPlan('Yêu cầu các phòng, ban, các đơn vị có liên quan và UBND các xã, thị trấn tổ chức thực hiện nghiêm túc.');
    expect(r.tasks.map((t) => t.lead)).toEqual([['Các phòng, ban, các đơn vị có liên quan', 'UBND các xã, thị trấn']]);
  });
});

describe('news of a letter: the page’s date line, a unit set apart, a unit named again by its kind', () => {
  it('takes the year of a date written `ngày 20-11` from the page’s own date line (`08:15, 05/11/2025`, `Thứ Năm, 8/6/2023 14:46’(GMT+7)`)', () => {
    const a = importPlan(copied`
      Đẩy nhanh tiến độ giải ngân vốn đầu tư công
      08:15, 05/11/2025
      UBND tỉnh yêu cầu các chủ đầu tư rà soát danh mục dự án; báo cáo về Sở Tài chính trước ngày 20-11.
    `);
    expect(a.tasks.map((t) => [t.lead, t.due])).toEqual([[['Các chủ đầu tư'], '2025-11-20']]);
    const b = importPlan(copied`
      Thứ Năm, 8/6/2023 14:46'(GMT+7)
      Yêu cầu các trường gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 15-6.
    `);
    expect(b.tasks.map((t) => [t.lead, t.due])).toEqual([[['Các trường'], '2023-06-15']]);
  });

  it('reads the unit after `Riêng` as the subject of its sentence', () => {
    const r = importPlan('Giao UBND các huyện hoàn thành việc rà soát hộ nghèo trước ngày 15/12/2026. Riêng UBND huyện Mường Tè hoàn thành việc rà soát trước ngày 20/12/2026.');
    expect(r.tasks.map((t) => [t.lead, t.due])).toEqual([[['UBND các huyện'], '2026-12-15'], [['UBND huyện Mường Tè'], '2026-12-20']]);
  });

  it('gives a clause whose subject is a kind written again in lower case (`để phòng tổng hợp …`) the unit of that kind named before it', () => {
    const r = importPlan('Yêu cầu UBND các xã gửi danh sách về Phòng Lao động - Thương binh và Xã hội trước ngày 05/3/2026 để phòng tổng hợp, trình UBND huyện trước ngày 15/3/2026.');
    expect(r.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['UBND các xã'], '2026-03-05'],
      [['Phòng Lao động - Thương binh và Xã hội'], '2026-03-15'],
    ]);
  });
});

describe('presiding over a meeting', () => {
  it('takes no task from `X, chủ trì hội nghị.` told of the meeting reported, but keeps a dated meeting to come', () => {
    const told = importPlan('Sáng ngày 12/3/2026, UBND huyện tổ chức hội nghị triển khai công tác phòng chống thiên tai. Đồng chí Nguyễn Văn An - Chủ tịch UBND huyện, chủ trì hội nghị. Kết luận hội nghị, đồng chí Chủ tịch UBND huyện yêu cầu UBND các xã rà soát phương án sơ tán dân.');
    expect(told.tasks.map((t) => t.lead)).toEqual([['UBND các xã']]);
    const coming = importPlan('Đồng chí Phó Chủ tịch UBND huyện chủ trì hội nghị sơ kết công tác cải cách hành chính trước ngày 15/7/2026.');
    expect(coming.tasks.map((t) => t.due)).toEqual(['2026-07-15']);
  });
});
