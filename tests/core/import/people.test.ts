/**
 * People named in assignments: name, position, unit and groups read from `Đồng chí …` lines, one
 * entry per person (old and new tone marks alike), a person known only by position kept by it.
 */
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../../src/core/import';
import { PeopleBook, groupNameOf, parsePersonLine, personKey, unitOfPosition } from '../../../src/core/import/people';

describe('a `Đồng chí …` line', () => {
  it('gives the name, the position without the membership, the unit, the role and the group', () => {
    expect(parsePersonLine('Đồng chí Trần Thanh Tiến - ThUV, Chánh Văn phòng Thành ủy, Nhóm trưởng,', 'Nhóm I')).toEqual({
      person: { name: 'Trần Thanh Tiến', position: 'Chánh Văn phòng Thành ủy', unit: 'Văn phòng Thành ủy', groups: ['Nhóm I'] },
      roles: ['groupLead'], leads: true, duty: null, display: 'Trần Thanh Tiến',
    });
    expect(parsePersonLine('- Đồng chí Nguyễn Minh Đông, Đội trưởng Đội Tổng hợp, Công an thành phố.'.slice(2), null)?.person)
      .toEqual({ name: 'Nguyễn Minh Đông', position: 'Đội trưởng Đội Tổng hợp, Công an thành phố', unit: 'Đội Tổng hợp, Công an thành phố', groups: [] });
  });

  it('keeps a person named by position only, and is not fooled by a sentence about a role holder', () => {
    expect(parsePersonLine('Đồng chí Chính trị viên Ban CHQS thành phố: Nhóm trưởng,', 'Nhóm II')).toMatchObject({
      person: { name: '', position: 'Chính trị viên Ban CHQS thành phố', unit: 'Ban CHQS thành phố', groups: ['Nhóm II'] }, leads: true,
    });
    expect(parsePersonLine('Đồng chí Tổ trưởng báo cáo Thường trực kết quả chuẩn bị.', null)).toBeNull();
  });

  it('separates a duty given to the person from the position', () => {
    const p = parsePersonLine('Đồng chí Trần Thanh Tiến - ThUV, Chánh Văn phòng Thành ủy, thành viên Tiểu ban Văn kiện, Tổ trưởng Tổ Biên tập chịu trách nhiệm chỉ đạo chung công tác biên tập.', null);
    expect(p?.duty).toBe('chịu trách nhiệm chỉ đạo chung công tác biên tập');
    expect(p?.person.groups).toEqual(['Tiểu ban Văn kiện', 'Tổ Biên tập']);
    expect(p?.roles).toEqual(['member', 'teamLead']);
  });
});

describe('units and groups', () => {
  it.each([
    ['Phó Trưởng Ban Tuyên giáo Thành ủy', 'Ban Tuyên giáo Thành ủy'],
    ['Trưởng phòng Nội vụ thành phố', 'Phòng Nội vụ thành phố'],
    ['Chuyên viên phòng Văn hóa - Thông tin thành phố', 'Phòng Văn hóa - Thông tin thành phố'],
    ['Chi cục trưởng Chi cục Thống kê thành phố', 'Chi cục Thống kê thành phố'],
    ['Phó Chánh Văn phòng phụ trách văn phòng HĐND và UBND thành phố', 'Văn phòng HĐND và UBND thành phố'],
    ['Phó Bí thư Thành Đoàn', 'Thành Đoàn'],
    ['UVBTTUBMTTQVN thành phố', ''],
  ])('reads the unit off the position: “%s” → “%s”', (position, unit) => {
    expect(unitOfPosition(position)).toBe(unit);
  });

  it('names groups by their headings', () => {
    expect(groupNameOf('Nhóm III: Xây dựng nội dung báo cáo về công tác xây dựng Đảng')).toEqual({ group: 'Nhóm III', work: 'Xây dựng nội dung báo cáo về công tác xây dựng Đảng' });
    expect(groupNameOf('Nhóm Tổng hợp, hoàn chỉnh CTHĐ')).toEqual({ group: 'Nhóm Tổng hợp', work: 'Tổng hợp, hoàn chỉnh CTHĐ' });
    expect(groupNameOf('Ban Tổ chức Thành ủy')).toBeNull();
  });
});

describe('one entry per person', () => {
  it('matches names whatever the tone placement, and merges their groups', () => {
    const book = new PeopleBook();
    book.add({ name: 'Nguyễn Thị Thùy Nga', position: 'Phó Trưởng phòng Tài chính - Kế hoạch', unit: '', groups: ['Nhóm I'] });
    book.add({ name: 'Nguyễn Thị Thuỳ Nga', position: '', unit: 'Phòng Tài chính - Kế hoạch', groups: ['Nhóm Tổng hợp', 'Nhóm I'] });
    expect(book.list()).toEqual([{ name: 'Nguyễn Thị Thùy Nga', position: 'Phó Trưởng phòng Tài chính - Kế hoạch', unit: 'Phòng Tài chính - Kế hoạch', groups: ['Nhóm I', 'Nhóm Tổng hợp'] }]);
    expect(personKey({ name: 'NGUYỄN THỊ THUỲ NGA', position: '' })).toBe(personKey({ name: 'Nguyễn Thị Thùy Nga', position: 'x' }));
    expect(personKey({ name: '', position: 'Chính trị viên Ban CHQS' })).not.toBe(personKey({ name: '', position: 'Chỉ huy trưởng Ban CHQS' }));
  });

  it('proposes only people named in assignments, not those a news item mentions', () => {
    const news = importPlan('Đồng chí Vũ Văn Diện, Ủy viên BTV Tỉnh ủy, Bí thư Thành ủy phát biểu chỉ đạo tại cuộc họp.');
    expect(news.people).toEqual([]);
    const team = importPlan('I. TỔ GIÚP VIỆC\n- Đồng chí Lê Văn Phúc, Phó Chánh Văn phòng, Chủ trì;\n- Đồng chí Lê Văn  Phúc, Phó Chánh Văn phòng.');
    expect(team.people.map((p) => p.name)).toEqual(['Lê Văn Phúc']);
  });
});
