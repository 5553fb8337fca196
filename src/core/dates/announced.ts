/**
 * The days off and make-up working days the government actually announced for public offices
 * (cơ quan hành chính, sự nghiệp, tổ chức chính trị, chính trị – xã hội), 2019–2026.
 *
 * The law (Bộ luật Lao động 2012 until 2020, 2019 from 2021, Điều 112) fixes the holidays, but
 * each year the Prime Minister places Tết, the day next to 2/9, and swaps working days so the
 * breaks join weekends; the Ministry of Labour (Bộ LĐTBXH, until 02/2025) then the Ministry of
 * Home Affairs (Bộ Nội vụ) announce it. The rule in holidays.ts guesses that placement; where an
 * occasion of a year is listed here, these days are used instead and the rule is not.
 *
 * Each occasion names its source. Where the text below says "not confirmed", the dates are the
 * ones reported at the time but the number of the document was not checked against its text;
 * occasions that could not be confirmed at all are left to the rule (and say so).
 *
 * Every day of each break is listed (weekends too) so the calendar can name it; a weekday listed
 * `off` is a day off, a `makeup` day (a Saturday) is a working day.
 */
import { type CivilDate, addDays, weekday } from './civil';
import { solarToLunar } from './lunar';

/** The groups the government places each year; 'reunification' is 30/4 and 1/5 together. */
export type Occasion = 'newYear' | 'tet' | 'hungKings' | 'reunification' | 'national';

export interface AnnouncedDay {
  date: CivilDate;
  kind: 'off' | 'makeup';
  occasion: Occasion;
  vi: string;
  en: string;
}

export interface AnnouncedOccasion {
  year: number;
  occasion: Occasion;
  /** The decision or notice, as officials cite it. */
  source: string;
  days: AnnouncedDay[];
}

const NAMES: Record<Occasion, [string, string]> = {
  newYear: ['Tết Dương lịch', 'New Year’s Day'],
  tet: ['Tết Nguyên đán', 'Tết'],
  hungKings: ['Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Hung Kings’ Commemoration'],
  reunification: ['Ngày Chiến thắng (30/4)', 'Reunification Day'],
  national: ['Quốc khánh (2/9)', 'National Day'],
};

/** `Tết Nguyên đán (29 tháng Chạp)`, `Tết Nguyên đán (Mùng 1 Tết)`: the lunar day, as offices say it. */
function tetName(d: CivilDate): [string, string] {
  const l = solarToLunar(d);
  if (l.month === 12) return [`Tết Nguyên đán (${l.day} tháng Chạp)`, `Tết (lunar 12/${l.day})`];
  return [`Tết Nguyên đán (Mùng ${l.day} Tết)`, `Tết (Lunar New Year, day ${l.day})`];
}

function fixedName(o: Occasion, d: CivilDate): [string, string] {
  if (o === 'tet') return tetName(d);
  if (o === 'reunification' && d.slice(5) === '05-01') return ['Quốc tế Lao động (1/5)', 'International Labour Day'];
  if (o === 'reunification' && d.slice(5) === '04-30') return NAMES.reunification;
  if (o === 'national' && d.slice(5) === '09-02') return NAMES.national;
  if (o === 'national') return [`Quốc khánh (nghỉ ${d.slice(8, 10)}/${d.slice(5, 7)})`, 'National Day holiday'];
  return NAMES[o];
}

const SHORT: Record<Occasion, [string, string]> = {
  newYear: ['Tết Dương lịch', 'New Year'], tet: ['Tết Nguyên đán', 'Tết'], hungKings: ['Giỗ Tổ Hùng Vương', 'Hung Kings’ Commemoration'],
  reunification: ['Dịp 30/4 – 1/5', '30 April – 1 May'], national: ['Dịp Quốc khánh 2/9', 'National Day break'],
};

/** The statutory day itself, not a weekend inside the break. */
function isHolidayItself(o: Occasion, d: CivilDate): boolean {
  const md = d.slice(5);
  if (o === 'newYear') return md === '01-01';
  if (o === 'reunification') return md === '04-30' || md === '05-01';
  if (o === 'national') return md === '09-02';
  return false;
}

const ddmm = (d: CivilDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}`;

/** Every day from `from` to `to` off, named for the occasion. */
function span(o: Occasion, from: CivilDate, to: CivilDate): AnnouncedDay[] {
  const out: AnnouncedDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const w = weekday(d);
    const bridge = o !== 'tet' && (w === 0 || w === 6) && !isHolidayItself(o, d);
    const [vi, en] = bridge ? [`${SHORT[o][0]} (nghỉ cuối tuần)`, `${SHORT[o][1]} (weekend)`] : fixedName(o, d);
    out.push({ date: d, kind: 'off', occasion: o, vi, en });
  }
  return out;
}

/** The holiday itself (named by the occasion). */
const holiday = (o: Occasion, d: CivilDate): AnnouncedDay => { const [vi, en] = fixedName(o, d); return { date: d, kind: 'off', occasion: o, vi, en }; };

/** A weekday off in place of a holiday that fell on a weekend (Điều 111 khoản 3). */
const compensatory = (o: Occasion, d: CivilDate, forDay: CivilDate): AnnouncedDay => ({
  date: d, kind: 'off', occasion: o,
  vi: `Nghỉ bù ${NAMES[o][0].replace(/ \(.*\)$/, '')} (${ddmm(forDay)})`, en: `Compensatory day off (${NAMES[o][1]}, ${ddmm(forDay)})`,
});

/** A working day swapped to a Saturday: the weekday off and the Saturday worked. */
function swap(o: Occasion, off: CivilDate, work: CivilDate): AnnouncedDay[] {
  return [
    { date: off, kind: 'off', occasion: o, vi: `Nghỉ hoán đổi (làm bù thứ Bảy ${ddmm(work)})`, en: `Swapped day off (worked on Saturday ${ddmm(work)})` },
    { date: work, kind: 'makeup', occasion: o, vi: `Làm bù cho ngày ${ddmm(off)}`, en: `Make-up working day for ${ddmm(off)}` },
  ];
}

/**
 * The announcements, one occasion a line: `year occasion days | source`. Days are `dd/mm` of the
 * year (`dd/mm/yyyy` when the break reaches into another year): `30/04` the holiday itself,
 * `27/04-28/04` every day of a break, `03/05+01/05` a weekday off in place of 01/05 (nghỉ bù),
 * `29/04~04/05` a weekday off worked back on a Saturday. A line starting with `#` is a comment.
 */
const TABLE = `
# 2019 (Bộ luật Lao động 2012: one day for 2/9). Bộ LĐTBXH notice for 2019 on the Prime
# Minister's agreement; dates as reported, notice number not confirmed.
2019 newYear       29/12/2018-30/12/2018 31/12/2018~05/01 01/01 | Thông báo của Bộ LĐTBXH về lịch nghỉ Tết Dương lịch 2019 (số văn bản chưa đối chiếu)
2019 tet           02/02-10/02                                  | Thông báo của Bộ LĐTBXH, Tết Kỷ Hợi 02/02–10/02/2019 (số văn bản chưa đối chiếu)
2019 hungKings     14/04 15/04+14/04                            | Bộ luật Lao động 2012, Điều 115 (ngày lễ thứ Bảy/Chủ nhật được nghỉ bù)
2019 reunification 27/04-28/04 29/04~04/05 30/04 01/05          | Thông báo của Bộ LĐTBXH, nghỉ 27/4–01/5/2019, làm bù thứ Bảy 04/5 (số văn bản chưa đối chiếu)
2019 national      02/09                                        | Bộ luật Lao động 2012, Điều 115 (một ngày 2/9; 2/9/2019 là thứ Hai)
# 2020 (still Bộ luật Lao động 2012).
2020 newYear       01/01                                        | Bộ luật Lao động 2012, Điều 115 (1/1/2020 là thứ Tư, không hoán đổi)
2020 tet           23/01-29/01                                  | Thông báo của Bộ LĐTBXH, Tết Canh Tý 23/01–29/01/2020 (29 tháng Chạp – mùng 5; số văn bản chưa đối chiếu)
2020 hungKings     02/04                                        | Bộ luật Lao động 2012, Điều 115 (2/4/2020 là thứ Năm)
2020 reunification 30/04 01/05                                  | Bộ luật Lao động 2012, Điều 115 (thứ Năm 30/4, thứ Sáu 1/5/2020)
2020 national      02/09                                        | Bộ luật Lao động 2012, Điều 115 (một ngày 2/9; thứ Tư)
# 2021: Bộ luật Lao động 2019 in force (two days for Quốc khánh).
2021 newYear       01/01                                        | Bộ luật Lao động 2019, Điều 112 (1/1/2021 là thứ Sáu)
2021 tet           10/02-16/02                                  | Thông báo của Bộ LĐTBXH, Tết Tân Sửu 10/02–16/02/2021 (29 tháng Chạp – mùng 5; số văn bản chưa đối chiếu)
2021 hungKings     21/04                                        | Bộ luật Lao động 2019, Điều 112 (21/4/2021 là thứ Tư)
2021 reunification 30/04 01/05 03/05+01/05                      | Bộ luật Lao động 2019, Điều 111 k.3 (1/5/2021 thứ Bảy, nghỉ bù thứ Hai 3/5)
2021 national      02/09-03/09                                  | Thông báo của Bộ LĐTBXH, nghỉ 02/9–03/9/2021 (số văn bản chưa đối chiếu)
# 2022.
2022 newYear       01/01 03/01+01/01                            | Bộ luật Lao động 2019, Điều 111 k.3 (1/1/2022 thứ Bảy, nghỉ bù thứ Hai 3/1)
2022 tet           29/01-06/02                                  | Công văn 245/VPCP-KGVX ngày 11/01/2022 (5 ngày Tết và 4 ngày cuối tuần trước, sau Tết: 29/01–06/02/2022)
2022 hungKings     10/04 11/04+10/04                            | Bộ luật Lao động 2019, Điều 111 k.3 (10/4/2022 Chủ nhật, nghỉ bù thứ Hai 11/4)
2022 reunification 30/04 01/05 02/05+30/04 03/05+01/05          | Bộ luật Lao động 2019, Điều 111 k.3 (30/4 thứ Bảy, 1/5 Chủ nhật: nghỉ bù 2/5 và 3/5/2022)
2022 national      01/09-02/09                                  | Thông báo của Bộ LĐTBXH, nghỉ 01/9–04/9/2022 (số văn bản chưa đối chiếu)
# 2023.
2023 newYear       01/01 02/01+01/01                            | Bộ luật Lao động 2019, Điều 111 k.3 (1/1/2023 Chủ nhật, nghỉ bù thứ Hai 2/1)
2023 tet           20/01-26/01                                  | Ý kiến của Phó Thủ tướng Vũ Đức Đam theo đề nghị của Bộ LĐTBXH: nghỉ 20/01–26/01/2023 (số văn bản chưa đối chiếu)
2023 hungKings     29/04 02/05+29/04                            | Bộ luật Lao động 2019, Điều 111 k.3 (Giỗ Tổ 29/4/2023 thứ Bảy, nghỉ bù thứ Ba 2/5)
2023 reunification 30/04 01/05 03/05+30/04                      | Bộ luật Lao động 2019, Điều 111 k.3 (30/4 Chủ nhật, nghỉ bù thứ Tư 3/5; nghỉ liền 29/4–03/5/2023)
2023 national      01/09-02/09 04/09+02/09                      | Thông báo của Bộ LĐTBXH, nghỉ 01/9–04/9/2023, 2/9 thứ Bảy nghỉ bù thứ Hai 4/9 (số văn bản chưa đối chiếu)
# 2024.
2024 newYear       01/01                                        | Bộ luật Lao động 2019, Điều 112 (1/1/2024 là thứ Hai)
2024 tet           08/02-14/02                                  | Thông báo của Bộ LĐTBXH, Tết Giáp Thìn 08/02–14/02/2024 (29 tháng Chạp – mùng 5; số văn bản chưa đối chiếu)
2024 hungKings     18/04                                        | Bộ luật Lao động 2019, Điều 112 (18/4/2024 là thứ Năm)
2024 reunification 27/04-28/04 29/04~04/05 30/04 01/05          | Ý kiến của Thủ tướng, thông báo của Bộ LĐTBXH: nghỉ 27/4–01/5/2024, hoán đổi thứ Hai 29/4, làm bù thứ Bảy 04/5
2024 national      31/08-03/09                                  | Thông báo của Bộ LĐTBXH: nghỉ 31/8–03/9/2024 (2/9 thứ Hai và 3/9 thứ Ba)
# 2025: Công văn 8726/VPCP-KGVX ngày 26/11/2024 (Thủ tướng đồng ý phương án nghỉ Tết Âm lịch
# và một số dịp lễ năm 2025).
2025 newYear       01/01                                        | Bộ luật Lao động 2019, Điều 112 (1/1/2025 là thứ Tư)
2025 tet           25/01-02/02                                  | Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 25/01–02/02/2025 (26 tháng Chạp – mùng 5), thứ Hai 03/02 đi làm
2025 hungKings     07/04                                        | Bộ luật Lao động 2019, Điều 112 (7/4/2025 là thứ Hai)
2025 reunification 30/04 01/05 02/05~26/04 03/05-04/05          | Công văn 8726/VPCP-KGVX ngày 26/11/2024: nghỉ 30/4–04/5/2025, hoán đổi thứ Sáu 02/5, làm bù thứ Bảy 26/4 (chi tiết hoán đổi chưa đối chiếu văn bản)
2025 national      30/08-02/09                                  | Thông báo nghỉ lễ Quốc khánh 2025 theo Công văn 8726/VPCP-KGVX: nghỉ 30/8–02/9/2025 (thứ Hai 1/9 và thứ Ba 2/9)
# 2026: Bộ Nội vụ.
2026 newYear       01/01 02/01~10/01 03/01-04/01                | Công văn 12729/VPCP-KGVX ngày 25/12/2025: nghỉ 01/01–04/01/2026, hoán đổi thứ Sáu 02/01, làm bù thứ Bảy 10/01
2026 tet           14/02-22/02                                  | Thủ tướng đồng ý đề xuất của Bộ Nội vụ: nghỉ 14/02–22/02/2026 (27 tháng Chạp – mùng 6), 5 ngày Tết 16/02–20/02 (số văn bản chưa đối chiếu)
2026 hungKings     26/04 27/04+26/04                            | Bộ luật Lao động 2019, Điều 111 k.3 (Giỗ Tổ 26/4/2026 Chủ nhật, nghỉ bù thứ Hai 27/4)
2026 reunification 30/04 01/05                                  | Bộ luật Lao động 2019, Điều 112 (thứ Năm 30/4, thứ Sáu 1/5/2026; không hoán đổi)
# Quốc khánh 2026: Bộ Nội vụ proposed a five-day break, but the decision's days could not be
# confirmed, so the rule places it (1/9 and 2/9). Ngày Văn hóa Việt Nam (24/11), chosen by
# Nghị quyết 80-NQ/TW as a paid day off, needs an amendment of Điều 112 that could not be
# confirmed either: it is not built in; add it in the “Ngày nghỉ” sheet once it applies.
`;

function dayOf(token: string, year: number): CivilDate {
  const [d, m, y = String(year)] = token.split('/');
  return `${y}-${m}-${d}`;
}

/** One token of a line's days (see TABLE). */
function daysOf(o: Occasion, token: string, year: number): AnnouncedDay[] {
  const m = /^(\d\d\/\d\d(?:\/\d{4})?)(?:([-+~])(\d\d\/\d\d(?:\/\d{4})?))?$/.exec(token);
  if (!m) throw new Error(`announced.ts: ${year} ${o}: cannot read "${token}"`);
  const first = dayOf(m[1], year);
  if (!m[2]) return [holiday(o, first)];
  const second = dayOf(m[3], year);
  if (m[2] === '-') return span(o, first, second);
  if (m[2] === '+') return [compensatory(o, first, second)];
  return swap(o, first, second);
}

function occasionOf(line: string): AnnouncedOccasion {
  const [head, source] = line.split(' | ');
  const [y, occasion, ...tokens] = head.trim().split(/\s+/);
  const year = Number(y);
  if (!(occasion in NAMES) || !source) throw new Error(`announced.ts: cannot read "${line}"`);
  return { year, occasion: occasion as Occasion, source: source.trim(), days: tokens.flatMap((t) => daysOf(occasion as Occasion, t, year)) };
}

export const ANNOUNCED: readonly AnnouncedOccasion[] = TABLE.split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map(occasionOf);

const OCCASIONS_BY_YEAR = new Map<number, Set<Occasion>>();
const DAYS_BY_YEAR = new Map<number, AnnouncedDay[]>();
for (const a of ANNOUNCED) {
  const set = OCCASIONS_BY_YEAR.get(a.year) ?? new Set<Occasion>();
  set.add(a.occasion);
  OCCASIONS_BY_YEAR.set(a.year, set);
  for (const d of a.days) {
    const y = Number(d.date.slice(0, 4));
    const list = DAYS_BY_YEAR.get(y) ?? [];
    list.push(d);
    DAYS_BY_YEAR.set(y, list);
  }
}
const NONE: ReadonlySet<Occasion> = new Set();

/** Occasions announced for a year (the rule places the others). */
export function announcedOccasions(year: number): ReadonlySet<Occasion> {
  return OCCASIONS_BY_YEAR.get(year) ?? NONE;
}

/** Announced days dated in `year` (an announcement may reach into the year before, e.g. 31/12/2018). */
export function announcedDays(year: number): readonly AnnouncedDay[] {
  return DAYS_BY_YEAR.get(year) ?? [];
}

/** The last year with any announced occasion. */
export const LAST_ANNOUNCED_YEAR = Math.max(...ANNOUNCED.map((a) => a.year));
