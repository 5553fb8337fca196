/**
 * The plan written back from a tracker filled like seed 000's steps: the same sections in the
 * same order, each task with its lead, support and the plan's own deadline wording, the official
 * header and closing, and the assignment table.
 */
import { describe, expect, it } from 'vitest';
import { DOC_FORMATS } from '../../../src/core/docs/format';
import { type Paragraph, type Table, docLines, paragraphText } from '../../../src/core/docs/model';
import { buildPlan } from '../../../src/core/docs/plan';
import { buildReport } from '../../../src/core/docs/report';
import { readTracker } from '../../../src/core/plan/read';
import { computeSchedule } from '../../../src/core/schedule/compute';
import { SEED000_HEADER, SEED000_TASKS, seed000Grids } from './seed000.fixture';

const TODAY = '2019-06-24';

function plan(over: Parameters<typeof seed000Grids>[0] = {}, lang?: 'vi' | 'en') {
  const wb = readTracker(seed000Grids(over));
  return buildPlan(wb, computeSchedule(wb, TODAY), { today: TODAY, lang });
}

const tables = (blocks: ReturnType<typeof plan>['doc']['body']) => blocks.filter((b): b is Table => b.type === 'table');
const findPara = (blocks: ReturnType<typeof plan>['doc']['body'], text: string) =>
  blocks.find((b): b is Paragraph => b.type === 'paragraph' && paragraphText(b) === text);

describe('the plan from seed 000', () => {
  it('gives back the plan’s sections in order, with every task’s lead, support and deadline', () => {
    const { outline } = plan();
    expect(outline).toHaveLength(1);
    const sections = outline[0].sections;
    expect(sections.map((s) => s.title)).toEqual([
      'Tháng 6/2019', 'Tháng 7/2019', 'Tháng 8/2019', 'Tháng 9/2019', 'Từ tháng 01/2020 đến tháng 3/2020', 'Trong tháng 4,5,6,7/2020',
    ]);
    const july = sections[1].items.map((i) => ({ title: i.title, lead: i.lead, support: i.support, when: i.when }));
    expect(july).toEqual([
      { title: 'Cho ý kiến trực tiếp vào dự thảo sơ bộ Đề cương tổng quát các Báo cáo, gửi đồng chí Tổ trưởng Tổ Biên tập', lead: ['Các thành viên Tổ Biên tập'], support: [], when: 'hoàn thành trước ngày 05/7/2019' },
      { title: 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo', lead: ['Trần Thanh Tiến'], support: ['Lê Văn Phúc', 'Nguyễn Thị Cẩm Ly'], when: 'từ ngày 10/7 đến 19/7/2019' },
      { title: 'Trình BTV Thành ủy thông qua dự thảo Đề cương tổng quát các báo cáo để tiến hành xây dựng Đề cương chi tiết', lead: ['Trần Thanh Tiến'], support: [], when: 'từ ngày 19/7 đến 26/7/2019' },
    ]);
    expect(sections[0].items[0].when).toBe('trong tháng 6/2019');
    expect(sections[4].items[0].when).toBe('trong quý I/2020');
    // The cancelled task (row 14) is not part of the plan any more.
    expect(sections.flatMap((s) => s.items.map((i) => i.row))).not.toContain(14);
  });

  it('writes the official header, the three parts, the closing and the assignment table', () => {
    const { doc, warnings } = plan();
    expect(warnings).toEqual([]);
    const lines = docLines(doc);
    expect(lines[0]).toBe('TIỂU BAN VĂN KIỆN ĐẠI HỘI XIII\nTỔ BIÊN TẬP VĂN KIỆN\n*\nSố 02-KH/TBT | ĐẢNG CỘNG SẢN VIỆT NAM\nBuôn Ma Thuột, ngày 24 tháng 6 năm 2019');
    expect(lines.slice(1, 4)).toEqual(['KẾ HOẠCH', 'tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025', '-----']);
    const order = ['I- MỤC ĐÍCH, YÊU CẦU', 'II- NỘI DUNG', '1. Tháng 6/2019', '2. Tháng 7/2019', '6. Trong tháng 4,5,6,7/2020', 'III- TỔ CHỨC THỰC HIỆN', 'Phụ lục', 'BẢNG PHÂN CÔNG NHIỆM VỤ'];
    const at = order.map((l) => lines.indexOf(l));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const line of [
      '- Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo (từ ngày 10/7 đến 19/7/2019).',
      // A lead found in Nhân sự is addressed as plans do; others stay as typed.
      'Sản phẩm: Dự thảo Đề cương tổng quát. Đồng chí Trần Thanh Tiến chủ trì, phối hợp với Lê Văn Phúc, Nguyễn Thị Cẩm Ly thực hiện.',
      'Tham mưu giúp Tiểu ban Văn kiện xây dựng các dự thảo văn kiện trình Đại hội Đảng bộ thành phố lần thứ XIII đảm bảo yêu cầu chất lượng và đúng tiến độ đề ra.',
      'Cơ quan thường trực của Tổ giúp việc là Văn phòng Thành ủy.',
      'Nơi nhận:\n- Thường trực Thành ủy (b/c),\n- Các đ/c thành viên Tiểu ban Văn kiện,\n- Các thành viên Tổ Biên tập,\n- Lưu VPTU. | CHÁNH VĂN PHÒNG\nkiêm\nTỔ TRƯỞNG\n\n\n\n\nTrần Thanh Tiến',
      '(Kèm theo Kế hoạch số 02-KH/TBT, ngày 24/6/2019)',
    ]) expect(lines).toContain(line);

    const [header, closing, appendix] = tables(doc.body);
    expect(header.borders).toBe(false);
    expect(closing.borders).toBe(false);
    expect(appendix.borders).toBe(true);
    const rows = appendix.rows.map((r) => r.cells.map((c) => c.paragraphs.map(paragraphText).join('')));
    expect(rows[0]).toEqual(['STT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian']);
    expect(appendix.rows[0].header).toBe(true);
    expect(rows[1]).toEqual(['I', 'Tháng 6/2019']);
    expect(rows).toContainEqual(['3', 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo', 'Trần Thanh Tiến', 'Lê Văn Phúc, Nguyễn Thị Cẩm Ly', '10/7 - 19/7/2019']);
    expect(rows).toContainEqual(['2', 'Cho ý kiến trực tiếp vào dự thảo sơ bộ Đề cương tổng quát các Báo cáo, gửi đồng chí Tổ trưởng Tổ Biên tập', 'Các thành viên Tổ Biên tập', '', 'Trước 05/7/2019']);
    expect(rows.filter((r) => /^\d+$/.test(r[0]))).toHaveLength(13);
    expect(appendix.columnsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(165, 5);
  });

  it('formats it as the Party guidance says: sizes, bold, italics, underline, margins', () => {
    const { doc } = plan();
    expect(doc.page).toEqual({ widthMm: 210, heightMm: 297, margins: { top: 20, bottom: 20, left: 30, right: 15 } });
    expect(doc.font).toBe('Times New Roman');
    expect(doc.pageNumbers).toEqual({ fromPage: 2, size: 14 });
    const header = tables(doc.body)[0];
    const [left, right] = header.rows[0].cells.map((c) => c.paragraphs);
    expect(left[1].runs[0]).toMatchObject({ text: 'TỔ BIÊN TẬP VĂN KIỆN', bold: true, size: 14 });
    expect(left[0].runs[0].bold).toBeUndefined();
    expect(right[0].runs[0]).toMatchObject({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, underline: true, size: 15 });
    expect(right[1].runs[0]).toMatchObject({ italic: true, size: 14 });
    expect(findPara(doc.body, 'KẾ HOẠCH')!.runs[0]).toMatchObject({ bold: true, size: 16 });
    expect(findPara(doc.body, 'KẾ HOẠCH')!.align).toBe('center');
    const body = findPara(doc.body, 'Cơ quan thường trực của Tổ giúp việc là Văn phòng Thành ủy.')!;
    expect(body).toMatchObject({ align: 'justify', indent: { firstLineMm: 12.7 }, spacing: { beforePt: 6 } });
    const task = doc.body.find((b): b is Paragraph => b.type === 'paragraph' && paragraphText(b).startsWith('- Trình Tiểu ban'))!;
    expect(task.runs.find((r) => r.text === 'từ ngày 10/7 đến 19/7/2019')).toMatchObject({ bold: true, italic: true });
    const closing = tables(doc.body)[1];
    expect(closing.rows[0].cells[0].paragraphs[0].runs[0]).toMatchObject({ text: 'Nơi nhận:', underline: true, size: 14 });
    expect(closing.rows[0].cells[0].paragraphs[1].runs[0].size).toBe(12);
  });

  it('follows Nghị định 30/2020 when the settings ask for the state format', () => {
    const { doc } = plan({ settings: [['Thể thức văn bản', 'Văn bản hành chính (NĐ 30/2020)'], ['Số kế hoạch', '12/KH-UBND'], ['Cơ quan ban hành', 'Ủy ban nhân dân thành phố']] });
    const lines = docLines(doc);
    expect(lines[0]).toContain('Số: 12/KH-UBND');
    expect(lines[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(lines[0]).toContain('ỦY BAN NHÂN DÂN THÀNH PHỐ');
    expect(lines[0]).not.toContain('ĐẢNG CỘNG SẢN');
    expect(lines).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(lines).toContain('III. TỔ CHỨC THỰC HIỆN');
    const closing = tables(doc.body)[1];
    expect(closing.rows[0].cells[0].paragraphs[0].runs[0]).toMatchObject({ text: 'Nơi nhận:', bold: true, italic: true, size: 12 });
    expect(closing.rows[0].cells[0].paragraphs.map(paragraphText).slice(-1)[0]).toBe('- Lưu VPTU.');
    expect(DOC_FORMATS.state.recipients.separator).toBe(';');
  });

  it('names what is missing in the settings and leaves the place blank instead of failing', () => {
    const { doc, warnings } = plan({ settings: [['Ngày ban hành', '31/02/2019']] });
    expect(warnings).toEqual(['«Ngày ban hành» “31/02/2019” không phải là ngày (dd/mm/yyyy); dùng ngày hôm nay.']);
    expect(docLines(doc)[0]).toContain('Buôn Ma Thuột, ngày 24 tháng 6 năm 2019');
    // A workbook with tasks only: no settings sheet at all.
    const bare = readTracker([{ name: 'Công việc', values: [SEED000_HEADER, ['1', '', 'Việc một', '', '', '', '', '', '', '', '', '', '', '']] }]);
    const r = buildPlan(bare, computeSchedule(bare, TODAY), { today: TODAY });
    expect(r.warnings).toEqual(expect.arrayContaining([
      // The new tracker's placeholder name would title the document: said, not left silent.
      '«Tên kế hoạch» trong trang «Cài đặt» vẫn là tên mặc định “Kế hoạch công tác”: văn bản mang tên này; hãy ghi tên thật của kế hoạch.',
      'Chưa nhập «Cơ quan ban hành» trong trang «Cài đặt»; văn bản để trống chỗ đó.',
      'Chưa nhập «Địa danh» trong trang «Cài đặt»; văn bản để trống chỗ đó.',
      'Chưa nhập «Họ tên người ký» trong trang «Cài đặt»; văn bản để trống chỗ đó.',
    ]));
    const lines = docLines(r.doc);
    expect(lines[0]).toContain('…, ngày 24 tháng 6 năm 2019');
    expect(lines).toContain('- Việc một (thường xuyên).');
    expect(lines[lines.indexOf('I- MỤC ĐÍCH, YÊU CẦU') + 1]).toBe('…');
  });

  it('says the tracker still has errors, naming the first, since a cell it cannot read counts as empty', () => {
    // Task 6's deadline typed as an impossible date: the document would show it undated with no other sign.
    const tasks = SEED000_TASKS.map((r) => (r[0] === '6' ? [...r.slice(0, 7), '31/02/2019', ...r.slice(8)] : r));
    const wb = readTracker(seed000Grids({ tasks }));
    const schedule = computeSchedule(wb, TODAY);
    const expected = 'Bảng theo dõi còn 1 lỗi; ô sai được tính như để trống nên văn bản có thể thiếu hạn hoặc sai tình trạng (xem cột «Kiểm tra»). Lỗi đầu tiên: Công việc, dòng 7, cột «Hạn hoàn thành»: “31/02/2019” không phải là ngày hợp lệ (viết theo dạng ngày/tháng/năm, ví dụ 05/07/2019).';
    expect(buildPlan(wb, schedule, { today: TODAY }).warnings).toContain(expected);
    expect(buildReport(schedule, wb.settings, { today: TODAY, since: null }).warnings[0]).toBe(expected);
    expect(buildPlan(wb, schedule, { today: TODAY, lang: 'en' }).warnings[0]).toMatch(/^The tracker still has 1 error\(s\).*First error: Tasks, row 7, column “Due”/);
    // A clean tracker gets no such line.
    expect(plan().warnings.join('\n')).not.toContain('Bảng theo dõi còn');
  });

  it('makes each top-level heading row of hierarchical IDs a part of its own, with its sections inside', () => {
    const tasks = [
      ['A', '', 'Kế hoạch của Tổ Biên tập', '', 'Trần Thanh Tiến', 'Tổ Biên tập', '', '', '', '', '', '', '', ''],
      ['A.1', 'Tháng 7/2019', 'Việc A một', '', 'Lê Văn Phúc', '', '', { date: '2019-07-05' }, '', '', '', '', '', ''],
      ['A.2', 'Tháng 8/2019', 'Việc A hai', '', 'Lê Văn Phúc', '', { date: '2019-08-01' }, { date: '2019-08-31' }, '', '', '', '', '', ''],
      ['B', '', 'Kế hoạch của tỉnh', '', '', '', '', '', '', '', '', '', '', ''],
      ['B.1', '1. Xây dựng đề cương', 'Việc B một', '', 'Tiểu ban Văn kiện tỉnh', '', '', { date: '2019-09-10' }, '', '', '', '', '', ''],
      ['', '', 'Việc ngoài kế hoạch', '', '', '', '', '', '', '', '', '', '', ''],
    ];
    const { outline, doc } = plan({ tasks });
    expect(outline.map((p) => [p.title, p.sections.map((s) => s.title)])).toEqual([
      ['Kế hoạch của Tổ Biên tập', ['Tháng 7/2019', 'Tháng 8/2019']],
      ['Kế hoạch của tỉnh', ['Xây dựng đề cương']],
      ['Nhiệm vụ khác', ['']],
    ]);
    const lines = docLines(doc);
    const from = lines.indexOf('II- NỘI DUNG');
    expect(lines.slice(from, from + 8)).toEqual([
      'II- NỘI DUNG', '1. Kế hoạch của Tổ Biên tập', 'Đồng chí Trần Thanh Tiến chủ trì, phối hợp với Tổ Biên tập thực hiện.',
      'a) Tháng 7/2019', '- Việc A một (hoàn thành trước ngày 05/7/2019).', 'Lê Văn Phúc chủ trì thực hiện.', 'b) Tháng 8/2019', '- Việc A hai (trong tháng 8/2019).',
    ]);
    expect(lines).toContain('2. Kế hoạch của tỉnh');
    expect(lines).toContain('3. Nhiệm vụ khác');
  });

  it('speaks English when asked', () => {
    const lines = docLines(plan({}, 'en').doc);
    expect(lines).toContain('PLAN');
    expect(lines).toContain('I- PURPOSE AND REQUIREMENTS');
    expect(lines).toContain('- Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo (from 10/7 to 19/7/2019).');
    expect(lines).toContain('Deliverable: Dự thảo Đề cương tổng quát. Led by Trần Thanh Tiến, with Lê Văn Phúc, Nguyễn Thị Cẩm Ly.');
  });
});
