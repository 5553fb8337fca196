/**
 * The sample plan, transcribed from two real plans:
 *  A — "Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII" of the city's
 *      editing team (Tổ Biên tập), its timeline (part D) as steps A.1 …;
 *  B — Kế hoạch số 07-KH/TBVKĐH of the province's documents sub-committee (Đắk Lắk), its
 *      part II as steps B.1 ….
 * Dates are exactly the plans' (`trước ngày 05/7/2019` → due 05/07/2019, `từ ngày 10/7 đến
 * 19/7/2019` → 10/07–19/07/2019, `tháng 12/2019` → 01/12–31/12/2019); steps a plan gives no date
 * keep none. Progress (done dates, %) is what a tracker would show on 12/11/2019 (SAMPLE_TODAY).
 * The people are the members of plan A's groups; their e-mail addresses are made up under
 * example.org. Plan A's header lines (bodies) are blank in the source; they are filled with the
 * city of plan B's province.
 */
import type { CivilDate } from '../dates/civil';
import { TASKS_SHEET, type TaskColumn } from '../plan/columns';
import { foldKey } from '../text/normalize';
import type { OutCell } from '../sheet/output';

export interface SampleTask {
  id: string;
  section: string;
  title: string;
  deliverable?: string;
  lead: string[];
  support?: string[];
  start?: CivilDate;
  due?: CivilDate;
  dependsOn?: string;
  status?: 'Chưa bắt đầu' | 'Đang thực hiện' | 'Hoàn thành' | 'Tạm dừng' | 'Hủy';
  /** 0..1 */
  percent?: number;
  doneOn?: CivilDate;
  remind?: 'Có' | 'Không';
  notes?: string;
}

export interface SamplePerson {
  name: string;
  position: string;
  unit: string;
  groups: string[];
  supervisor: string;
  contact?: boolean;
  /** When the name is a position, the unit's mailbox reads better than initials. */
  email?: string;
}

export interface SampleHoliday {
  date: CivilDate;
  kind: 'Nghỉ' | 'Làm bù';
  note: string;
}

const TTT = 'Trần Thanh Tiến';
const TEAM = 'Tổ Biên tập';
const GROUPS = ['Nhóm I', 'Nhóm II', 'Nhóm III'];
const SYNTHESIS = 'Nhóm Tổng hợp';
const CITY_OFFICE = 'Văn phòng Thành ủy';

const PLAN_A = 'Tham mưu xây dựng các Văn kiện Đại hội Đảng bộ thành phố lần thứ XIII, nhiệm kỳ 2020-2025';
const PLAN_B = 'Xây dựng Văn kiện trình tại Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020-2025 (Kế hoạch số 07-KH/TBVKĐH)';

const done = (doneOn: CivilDate): Pick<SampleTask, 'status' | 'percent' | 'doneOn'> => ({ status: 'Hoàn thành', percent: 1, doneOn });

export const SAMPLE_TASKS: SampleTask[] = [
  { id: 'A', section: '', title: PLAN_A, lead: [TTT], support: [TEAM], remind: 'Không', notes: 'Dòng tổng hợp của kế hoạch A (các bước A.1 …).' },

  // Plan A, part D "Thời gian và các bước thực hiện"; each month heading is a section.
  { id: 'A.1', section: 'Tháng 6/2019', title: 'Xây dựng Quy chế làm việc của Tiểu ban Văn kiện, Kế hoạch xây dựng văn kiện, Quyết định thành lập Tổ Biên tập giúp việc Tiểu ban Văn kiện, dự thảo sơ bộ Đề cương tổng quát Báo cáo chính trị', deliverable: 'Quy chế, Kế hoạch, Quyết định thành lập Tổ Biên tập', lead: [CITY_OFFICE], support: [TTT], start: '2019-06-01', due: '2019-06-30', ...done('2019-06-24'), notes: 'Cơ quan Thường trực của Tổ Biên tập.' },
  { id: 'A.2', section: 'Tháng 7/2019', title: 'Nghiên cứu, cho ý kiến trực tiếp vào dự thảo sơ bộ Đề cương tổng quát các Báo cáo và đề xuất chủ đề Đại hội, gửi về đồng chí Tổ trưởng Tổ Biên tập', lead: [TEAM], due: '2019-07-05', ...done('2019-07-04') },
  { id: 'A.3', section: 'Tháng 7/2019', title: 'Chỉ đạo tổng hợp, biên tập, hoàn chỉnh các phương án về chủ đề Đại hội, kết cấu báo cáo, đề cương tổng quát các Báo cáo', deliverable: 'Đề cương tổng quát các Báo cáo', lead: [TTT], support: [SYNTHESIS], due: '2019-07-05', ...done('2019-07-05') },
  { id: 'A.4', section: 'Tháng 7/2019', title: 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương tổng quát các báo cáo', lead: [TTT], start: '2019-07-10', due: '2019-07-19', dependsOn: 'A.3', ...done('2019-07-18') },
  { id: 'A.5', section: 'Tháng 7/2019', title: 'Trình Ban Thường vụ Thành ủy thông qua dự thảo Đề cương tổng quát các báo cáo để tiến hành xây dựng Đề cương chi tiết', lead: [TTT], start: '2019-07-19', due: '2019-07-26', ...done('2019-07-26') },
  { id: 'A.6', section: 'Tháng 8/2019', title: 'Các Nhóm gửi dự thảo Đề cương chi tiết các báo cáo về đồng chí Tổ trưởng Tổ Biên tập để chỉ đạo tổng hợp, biên tập', deliverable: 'Dự thảo Đề cương chi tiết', lead: GROUPS, due: '2019-08-05', ...done('2019-08-05') },
  { id: 'A.7', section: 'Tháng 8/2019', title: 'Hoàn chỉnh dự thảo Đề cương chi tiết các báo cáo', lead: [TTT], support: [SYNTHESIS], due: '2019-08-15', dependsOn: 'A.6', ...done('2019-08-14') },
  { id: 'A.8', section: 'Tháng 8/2019', title: 'Trình Tiểu ban Văn kiện thông qua dự thảo Đề cương chi tiết các báo cáo', lead: [TTT], start: '2019-08-20', due: '2019-08-24', dependsOn: 'A.7', ...done('2019-08-23') },
  { id: 'A.9', section: 'Tháng 8/2019', title: 'Trình Ban Thường vụ Thành ủy, Ban Chấp hành Đảng bộ thành phố thông qua dự thảo Đề cương chi tiết các báo cáo', lead: [TTT], start: '2019-08-26', due: '2019-08-30', dependsOn: 'A.8', ...done('2019-08-30') },
  { id: 'A.10', section: 'Tháng 9/2019', title: 'Đề xuất nội dung yêu cầu các ban, ngành, địa phương báo cáo tình hình, số liệu phục vụ xây dựng Báo cáo chính trị; gửi đồng chí Tổ trưởng để tổng hợp, gửi các ban, ngành, địa phương', lead: GROUPS, support: [TTT], due: '2019-09-05', ...done('2019-09-06'), notes: 'Nhóm II gửi chậm một ngày.' },
  { id: 'A.11', section: 'Tháng 9/2019', title: 'Các Nhóm biên tập nội dung được giao, xin ý kiến các thành viên Tiểu ban Văn kiện về nội dung được phân công, gửi về đồng chí Tổ trưởng', lead: GROUPS, due: '2019-09-25', dependsOn: 'A.10', ...done('2019-09-25') },
  { id: 'A.12', section: 'Tháng 9/2019', title: 'Tổng hợp, biên tập thành dự thảo các Báo cáo lần 01', deliverable: 'Dự thảo các Báo cáo lần 1', lead: [TTT], support: [SYNTHESIS], due: '2019-10-10', dependsOn: 'A.11', ...done('2019-10-09') },
  { id: 'A.13', section: 'Tháng 10/2019', title: 'Gửi dự thảo các Báo cáo lần 01 lấy ý kiến tham gia của các phòng, ban, ngành, đoàn thể thành phố; tiếp thu, hoàn chỉnh trình Tiểu ban Văn kiện cho ý kiến', lead: [TEAM], support: [CITY_OFFICE], due: '2019-10-20', dependsOn: 'A.12', ...done('2019-10-21') },
  { id: 'A.14', section: 'Tháng 10/2019', title: 'Tiếp thu ý kiến của Tiểu ban Văn kiện, trình Ban Thường vụ Thành ủy cho ý kiến vào dự thảo các Báo cáo lần 1', lead: [TTT], due: '2019-10-31', dependsOn: 'A.13', ...done('2019-10-31') },
  { id: 'A.15', section: 'Tháng 11/2019', title: 'Tiếp thu ý kiến của Ban Thường vụ Thành ủy, trình Ban Chấp hành Đảng bộ thành phố cho ý kiến vào dự thảo các báo cáo lần 1', lead: [TTT], support: [SYNTHESIS], due: '2019-11-09', dependsOn: 'A.14', status: 'Đang thực hiện', percent: 0.8, notes: 'Chờ lịch họp Ban Chấp hành.' },
  { id: 'A.16', section: 'Tháng 11/2019', title: 'Tiếp tục tiếp thu, hoàn thiện thành dự thảo báo cáo lần 2', deliverable: 'Dự thảo các Báo cáo lần 2', lead: [TEAM], due: '2019-11-22', dependsOn: 'A.15', status: 'Đang thực hiện', percent: 0.3 },
  { id: 'A.17', section: 'Từ cuối tháng 11/2019 đến cuối tháng 12/2019', title: 'Tổ chức lấy ý kiến tham gia của Ban Thường vụ Tỉnh ủy, các sở, ngành, các ban Đảng Thành ủy, các tổ chức cơ sở đảng, Mặt trận và các đoàn thể, các đồng chí Thành ủy viên và Nhân dân; hội nghị lấy ý kiến các đồng chí nguyên lãnh đạo thành phố', lead: [CITY_OFFICE], support: [TEAM], start: '2019-11-30', due: '2019-12-31', status: 'Chưa bắt đầu', notes: 'Có Kế hoạch phân công riêng cho từng hội nghị, hội thảo.' },
  { id: 'A.18', section: 'Từ cuối tháng 11/2019 đến cuối tháng 12/2019', title: 'Theo dõi, tổng hợp, tiếp thu các ý kiến đóng góp để bổ sung, hoàn thiện thành dự thảo báo cáo lần 3', deliverable: 'Dự thảo các Báo cáo lần 3', lead: [TEAM], due: '2019-12-15', dependsOn: 'A.16' },
  { id: 'A.19', section: 'Từ cuối tháng 11/2019 đến cuối tháng 12/2019', title: 'Trình Ban Thường vụ Thành ủy cho ý kiến vào dự thảo các Báo cáo lần 3', lead: [TTT], due: '2019-12-20', dependsOn: 'A.18' },
  { id: 'A.20', section: 'Từ cuối tháng 11/2019 đến cuối tháng 12/2019', title: 'Tiếp thu ý kiến của Ban Thường vụ Thành ủy, trình Ban Chấp hành Đảng bộ thành phố cho ý kiến vào dự thảo các báo cáo lần 3', lead: [TTT], due: '2019-12-31', dependsOn: 'A.19' },
  { id: 'A.21', section: 'Từ tháng 01/2020 đến tháng 3/2020', title: 'Phản biện của Mặt trận Tổ quốc và đại hội đảng cấp cơ sở thảo luận, góp ý vào dự thảo các báo cáo lần 3', lead: [TEAM], support: ['Lê Xuân Hưng'], start: '2020-01-01', due: '2020-03-31', notes: 'Có Kế hoạch phân công riêng cho các thành viên Tổ Biên tập.' },
  { id: 'A.22', section: 'Từ tháng 01/2020 đến tháng 3/2020', title: 'Theo dõi, tổng hợp, tiếp thu các ý kiến đóng góp để bổ sung, hoàn thiện thành dự thảo các báo cáo lần 4', deliverable: 'Dự thảo các Báo cáo lần 4', lead: [TEAM], due: '2020-03-15', dependsOn: 'A.20' },
  { id: 'A.23', section: 'Từ tháng 01/2020 đến tháng 3/2020', title: 'Xây dựng dự thảo Nghị quyết và Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XIII', deliverable: 'Dự thảo Nghị quyết, Chương trình hành động', lead: [TTT], support: GROUPS, due: '2020-03-15' },
  { id: 'A.24', section: 'Từ tháng 01/2020 đến tháng 3/2020', title: 'Trình Ban Thường vụ Thành ủy cho ý kiến vào dự thảo các Báo cáo lần 4, dự thảo Nghị quyết và Chương trình hành động', lead: [TTT], due: '2020-03-20', dependsOn: 'A.22; A.23' },
  { id: 'A.25', section: 'Từ tháng 01/2020 đến tháng 3/2020', title: 'Tiếp thu ý kiến của Ban Thường vụ Thành ủy, trình Ban Chấp hành Đảng bộ thành phố cho ý kiến vào dự thảo các Báo cáo lần 4, dự thảo Nghị quyết và Chương trình hành động', lead: [TTT], due: '2020-03-31', dependsOn: 'A.24' },
  { id: 'A.26', section: 'Từ tháng 01/2020 đến tháng 3/2020', title: 'Hoàn thiện các báo cáo và dự thảo Nghị quyết Đại hội; xây dựng Báo cáo tóm tắt trình bày tại Đại hội và Báo cáo tóm tắt làm việc với Ban Thường vụ Tỉnh ủy', deliverable: 'Báo cáo tóm tắt', lead: [TTT], support: [SYNTHESIS], due: '2020-04-28', dependsOn: 'A.25' },
  { id: 'A.27', section: 'Từ tháng 01/2020 đến tháng 3/2020', title: 'Giúp Ban Thường vụ Thành ủy tiếp thu ý kiến của Ban Thường vụ Tỉnh ủy để hoàn thiện các văn kiện trình Đại hội', lead: [TEAM], dependsOn: 'A.26+5', notes: 'Kế hoạch không ghi hạn; tính từ ngày xong bước A.26.' },
  { id: 'A.28', section: 'Trong tháng 4,5,6,7/2020', title: 'Tập trung phục vụ Đại hội; trên cơ sở Báo cáo chính trị và Nghị quyết Đại hội tiếp tục hoàn chỉnh Chương trình hành động thực hiện Nghị quyết Đại hội khóa XIII', lead: [TEAM], start: '2020-04-01', due: '2020-07-31', remind: 'Không', notes: 'Theo Kế hoạch riêng.' },
  { id: 'A.29', section: 'Trong tháng 4,5,6,7/2020', title: 'Sau Đại hội, tiếp thu, chỉnh lý, hoàn chỉnh Báo cáo chính trị, Nghị quyết Đại hội, Báo cáo kiểm điểm của Ban Chấp hành khóa XII và các văn kiện liên quan; trình Ban Thường vụ Thành ủy khóa XIII ban hành', lead: [TEAM], start: '2020-04-01', due: '2020-07-31', remind: 'Không' },

  { id: 'B', section: '', title: PLAN_B, lead: ['Tiểu ban Văn kiện tỉnh'], remind: 'Không', notes: 'Kế hoạch của Tiểu ban Văn kiện tỉnh; Văn phòng Thành ủy theo dõi để phối hợp.' },

  // Plan B, part II "Nội dung, thời gian xây dựng dự thảo các báo cáo".
  { id: 'B.1', section: '1. Xây dựng đề cương các báo cáo', title: 'Thành lập Tiểu ban Văn kiện; phân công nhiệm vụ các đồng chí thành viên Tiểu ban; thông qua Kế hoạch xây dựng Văn kiện', lead: ['Ban Thường vụ Tỉnh ủy'], start: '2019-08-01', due: '2019-08-31', ...done('2019-08-22'), notes: 'Quyết định số 1632-QĐ/TU ngày 22/8/2019.' },
  { id: 'B.2', section: '1. Xây dựng đề cương các báo cáo', title: 'Thành lập Tổ Biên tập, phân công nhiệm vụ các đồng chí thành viên Tổ Biên tập', lead: ['Tiểu ban Văn kiện tỉnh'], due: '2019-09-10', dependsOn: 'B.1', ...done('2019-09-09') },
  { id: 'B.3', section: '1. Xây dựng đề cương các báo cáo', title: 'Xây dựng dự thảo các đề cương báo cáo, thông qua Tiểu ban Văn kiện; trình Ban Thường vụ Tỉnh ủy cho ý kiến dự thảo đề cương Báo cáo chính trị, Báo cáo kiểm điểm', deliverable: 'Dự thảo đề cương các báo cáo', lead: ['Tổ Biên tập tỉnh'], start: '2019-09-01', due: '2019-09-30', ...done('2019-09-27') },
  { id: 'B.4', section: '1. Xây dựng đề cương các báo cáo', title: 'Gửi xin ý kiến các đồng chí Tỉnh ủy viên đối với dự thảo đề cương các báo cáo và hoàn thiện đề cương các báo cáo', lead: ['Tổ Biên tập tỉnh'], due: '2019-09-30', ...done('2019-10-02') },
  { id: 'B.5', section: '2. Dự thảo các báo cáo lần 1', title: 'Các sở, ban, ngành, ban cán sự đảng, đảng đoàn, Mặt trận Tổ quốc và các đoàn thể của tỉnh đánh giá tình hình, kết quả thực hiện nhiệm vụ, gửi báo cáo về Tiểu ban Văn kiện và Tổ Biên tập', lead: ['Các sở, ban, ngành tỉnh'], support: ['Văn phòng Tỉnh ủy'], due: '2019-10-30', ...done('2019-10-30'), notes: 'Gửi qua Văn phòng Tỉnh ủy.' },
  { id: 'B.6', section: '2. Dự thảo các báo cáo lần 1', title: 'Biên tập các nội dung được giao, xin ý kiến các thành viên Tiểu ban Văn kiện, gửi Tổ trưởng tổng hợp, biên tập thành dự thảo các báo cáo lần 1', deliverable: 'Dự thảo các báo cáo lần 1', lead: ['Tổ Biên tập tỉnh'], due: '2019-11-30', dependsOn: 'B.5', status: 'Đang thực hiện', percent: 0.5 },
  { id: 'B.7', section: '2. Dự thảo các báo cáo lần 1', title: 'Gửi dự thảo các báo cáo lần 1 để lãnh đạo các cơ quan, sở, ban, ngành tỉnh tham gia ý kiến; tổng hợp ý kiến góp ý', lead: ['Tiểu ban Văn kiện tỉnh'], support: ['Văn phòng Tỉnh ủy'], due: '2019-12-15', dependsOn: 'B.6', notes: 'Ý kiến gửi qua Văn phòng Tỉnh ủy.' },
  { id: 'B.8', section: '2. Dự thảo các báo cáo lần 1', title: 'Tiểu ban Văn kiện họp thảo luận dự thảo các báo cáo lần 1', lead: ['Tiểu ban Văn kiện tỉnh'], start: '2019-12-01', due: '2019-12-31' },
  { id: 'B.9', section: '2. Dự thảo các báo cáo lần 1', title: 'Làm việc với một số cơ quan, sở, ngành của tỉnh để làm rõ thêm một số nội dung (nếu cần)', lead: ['Tiểu ban Văn kiện tỉnh'], support: ['Tổ Biên tập tỉnh'], start: '2019-12-01', due: '2019-12-31' },
  { id: 'B.10', section: '2. Dự thảo các báo cáo lần 1', title: 'Trình Ban Thường vụ Tỉnh ủy thông qua dự thảo các báo cáo lần 1', lead: ['Tiểu ban Văn kiện tỉnh'], start: '2019-12-01', due: '2019-12-31' },
  { id: 'B.11', section: '2. Dự thảo các báo cáo lần 1', title: 'Tiếp thu ý kiến Ban Thường vụ Tỉnh ủy, bổ sung, hoàn thiện dự thảo các báo cáo lần 1, trình Tỉnh ủy', lead: ['Tổ Biên tập tỉnh'], start: '2020-01-01', due: '2020-01-31' },
  { id: 'B.12', section: '2. Dự thảo các báo cáo lần 1', title: 'Tiếp thu ý kiến của Tỉnh ủy, bổ sung, hoàn thiện thành dự thảo các báo cáo lần 2', deliverable: 'Dự thảo các báo cáo lần 2', lead: ['Tổ Biên tập tỉnh'], start: '2020-01-01', due: '2020-01-31' },
  { id: 'B.13', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Gửi dự thảo các báo cáo lần 2 đến các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc, các cơ quan, sở, ban, ngành, Ủy ban MTTQ và các đoàn thể của tỉnh để thảo luận, góp ý', lead: ['Tiểu ban Văn kiện tỉnh'], support: [CITY_OFFICE], due: '2020-03-15', dependsOn: 'B.12', notes: 'Thành ủy gửi ý kiến góp ý qua Văn phòng Tỉnh ủy.' },
  { id: 'B.14', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Tổ chức Hội nghị lấy ý kiến của các nhân sỹ, trí thức, chuyên gia vào dự thảo Báo cáo chính trị lần 2', lead: ['Ban Tuyên giáo Tỉnh ủy'], support: ['Liên hiệp các Hội khoa học Kỹ thuật tỉnh'], due: '2020-03-15' },
  { id: 'B.15', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Tổ chức phản biện dự thảo Báo cáo chính trị lần 2', lead: ['Ủy ban MTTQ tỉnh'], support: ['Ban Dân vận Tỉnh ủy', 'Các đoàn thể của tỉnh'], due: '2020-03-31' },
  { id: 'B.16', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Tổ chức Hội nghị xin ý kiến cán bộ lão thành cách mạng, các đồng chí nguyên lãnh đạo tỉnh nghỉ hưu trên địa bàn vào dự thảo Báo cáo chính trị lần 2', lead: ['Văn phòng Tỉnh ủy'], support: ['Ban Tổ chức Tỉnh ủy'], due: '2020-03-31' },
  { id: 'B.17', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Lấy ý kiến góp ý của một số ban, bộ, ngành Trung ương vào dự thảo Báo cáo chính trị lần 2', lead: ['Văn phòng Tỉnh ủy'], due: '2020-04-10' },
  { id: 'B.18', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Đăng toàn văn dự thảo Báo cáo chính trị lần 2 trên Báo Đắk Lắk, Đài Phát thanh và Truyền hình tỉnh; tổng hợp ý kiến góp ý của Nhân dân', lead: ['Ban Tuyên giáo Tỉnh ủy'], support: ['Báo Đắk Lắk', 'Đài Phát thanh và Truyền hình tỉnh'], due: '2020-04-15' },
  { id: 'B.19', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Tổng hợp, tiếp thu các ý kiến đóng góp để bổ sung, hoàn thiện thành dự thảo các báo cáo lần 3', deliverable: 'Dự thảo các báo cáo lần 3', lead: ['Tổ Biên tập tỉnh'], due: '2020-04-20', dependsOn: 'B.13; B.14; B.15; B.16; B.17; B.18' },
  { id: 'B.20', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Trình Ban Thường vụ Tỉnh ủy thông qua dự thảo các báo cáo lần 3', lead: ['Tiểu ban Văn kiện tỉnh'], start: '2020-04-01', due: '2020-04-30' },
  { id: 'B.21', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Tiếp thu ý kiến Ban Thường vụ Tỉnh ủy, bổ sung, hoàn chỉnh dự thảo các báo cáo lần 3, trình Tỉnh ủy', lead: ['Tổ Biên tập tỉnh'], start: '2020-05-01', due: '2020-05-31' },
  { id: 'B.22', section: '3. Lấy ý kiến rộng rãi vào Dự thảo Báo cáo chính trị', title: 'Tiếp thu ý kiến của Tỉnh ủy, bổ sung, hoàn chỉnh dự thảo các báo cáo lần 3', lead: ['Tổ Biên tập tỉnh'], dependsOn: 'B.21' },
  { id: 'B.23', section: '4. Hoàn thiện dự thảo các báo cáo', title: 'Gửi dự thảo các báo cáo lần 3 để đại hội đảng bộ cấp huyện thảo luận, góp ý; gửi ý kiến góp ý ngay sau đại hội', lead: ['Tiểu ban Văn kiện tỉnh'], support: [CITY_OFFICE], notes: 'Gửi qua Văn phòng Tỉnh ủy ngay sau đại hội cấp huyện.' },
  { id: 'B.24', section: '4. Hoàn thiện dự thảo các báo cáo', title: 'Tiếp thu ý kiến góp ý của đại hội cấp huyện, hoàn thiện thành dự thảo các báo cáo lần 4; xây dựng dự thảo Nghị quyết Đại hội', deliverable: 'Dự thảo các báo cáo lần 4, dự thảo Nghị quyết', lead: ['Tổ Biên tập tỉnh'], due: '2020-07-15' },
  { id: 'B.25', section: '4. Hoàn thiện dự thảo các báo cáo', title: 'Trình Ban Thường vụ Tỉnh ủy dự thảo các báo cáo lần 4 và dự thảo Nghị quyết Đại hội', lead: ['Tiểu ban Văn kiện tỉnh'], start: '2020-08-01', due: '2020-08-31' },
  { id: 'B.26', section: '4. Hoàn thiện dự thảo các báo cáo', title: 'Tiếp thu ý kiến Ban Thường vụ Tỉnh ủy, hoàn thiện dự thảo các báo cáo lần 4 và dự thảo Nghị quyết, trình Tỉnh ủy', lead: ['Tiểu ban Văn kiện tỉnh'], start: '2020-08-01', due: '2020-08-31' },
  { id: 'B.27', section: '4. Hoàn thiện dự thảo các báo cáo', title: 'Tiếp thu ý kiến của Tỉnh ủy, hoàn chỉnh dự thảo các báo cáo, dự thảo Nghị quyết; xây dựng báo cáo tóm tắt để báo cáo Bộ Chính trị', deliverable: 'Báo cáo tóm tắt', lead: ['Tiểu ban Văn kiện tỉnh'], start: '2020-08-01', due: '2020-08-31' },
  { id: 'B.28', section: '4. Hoàn thiện dự thảo các báo cáo', title: 'Báo cáo Bộ Chính trị cho ý kiến vào dự thảo các báo cáo; tiếp thu, hoàn chỉnh các báo cáo và dự thảo Nghị quyết trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII', lead: ['Ban Thường vụ Tỉnh ủy'], support: ['Tiểu ban Văn kiện tỉnh'], due: '2020-08-31' },
];

const member = (name: string, position: string, unit: string, groups: string[], supervisor: string, contact = false): SamplePerson =>
  ({ name, position, unit, groups: [TEAM, ...groups], supervisor, contact });

const PROVINCE_CONTACTS: Array<[string, string, string, string[]]> = [
  ['Phó Bí thư Thường trực Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy', 'btv.tinhuy@example.org', ['Tiểu ban Văn kiện tỉnh']],
  ['Chánh Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'vanphong.tinhuy@example.org', ['Tiểu ban Văn kiện tỉnh', 'Tổ Biên tập tỉnh']],
  ['Trưởng Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'tuyengiao.tinhuy@example.org', ['Tiểu ban Văn kiện tỉnh', 'Tổ Biên tập tỉnh']],
  ['Trưởng Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'tochuc.tinhuy@example.org', ['Tiểu ban Văn kiện tỉnh']],
  ['Trưởng Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'danvan.tinhuy@example.org', []],
  ['Chủ tịch Ủy ban MTTQ tỉnh', 'Ủy ban MTTQ tỉnh', 'mttq.tinh@example.org', []],
  ['Chủ tịch Liên hiệp các Hội khoa học Kỹ thuật tỉnh', 'Liên hiệp các Hội khoa học Kỹ thuật tỉnh', 'lienhiephoi.tinh@example.org', []],
  ['Tổng Biên tập Báo Đắk Lắk', 'Báo Đắk Lắk', 'toasoan.baodaklak@example.org', []],
  ['Giám đốc Đài Phát thanh và Truyền hình tỉnh', 'Đài Phát thanh và Truyền hình tỉnh', 'ptth.tinh@example.org', []],
];

/** Plan A's groups (part C). A group's members report to its leader; the leaders to the Tổ trưởng. */
export const SAMPLE_PEOPLE: SamplePerson[] = [
  member(TTT, 'Thành ủy viên, Chánh Văn phòng Thành ủy, Tổ trưởng Tổ Biên tập', CITY_OFFICE, [SYNTHESIS], ''),
  member('Lê Văn Phúc', 'Phó Chánh Văn phòng phụ trách Văn phòng HĐND và UBND thành phố; Nhóm trưởng Nhóm I', 'Văn phòng HĐND và UBND thành phố', ['Nhóm I', SYNTHESIS], TTT),
  member('Nguyễn Việt Hùng', 'Trưởng phòng Tài nguyên - Môi trường thành phố', 'Phòng Tài nguyên - Môi trường', ['Nhóm I', SYNTHESIS], 'Lê Văn Phúc'),
  member('Lê Thị Anh Đào', 'Trưởng phòng Nội vụ thành phố', 'Phòng Nội vụ', ['Nhóm I'], 'Lê Văn Phúc'),
  member('Lê Chí Hồng', 'Phó Trưởng phòng Kinh tế thành phố', 'Phòng Kinh tế', ['Nhóm I', SYNTHESIS], 'Lê Văn Phúc'),
  member('Nguyễn Thị Thùy Nga', 'Phó Trưởng phòng Tài chính - Kế hoạch thành phố', 'Phòng Tài chính - Kế hoạch', ['Nhóm I', SYNTHESIS], 'Lê Văn Phúc'),
  member('Hoàng Thị Hồng', 'Phó Trưởng phòng Giáo dục - Đào tạo thành phố', 'Phòng Giáo dục - Đào tạo', ['Nhóm I'], 'Lê Văn Phúc'),
  member('Lê Thị Ngọc Hà', 'Phó Trưởng phòng Quản lý đô thị thành phố', 'Phòng Quản lý đô thị', ['Nhóm I', SYNTHESIS], 'Lê Văn Phúc'),
  member('Nguyễn Thế Tuyên', 'Chi cục trưởng Chi cục Thống kê thành phố', 'Chi cục Thống kê', ['Nhóm I'], 'Lê Văn Phúc'),
  member('Nguyễn Thị Diễm Nhiên', 'Chuyên viên phòng Văn hóa - Thông tin thành phố', 'Phòng Văn hóa - Thông tin', ['Nhóm I'], 'Lê Văn Phúc'),
  member('Chính trị viên Ban CHQS thành phố', 'Chính trị viên Ban Chỉ huy Quân sự thành phố; Nhóm trưởng Nhóm II', 'Ban CHQS thành phố', ['Nhóm II'], TTT),
  member('Nguyễn Minh Đông', 'Đội trưởng Đội Tổng hợp, Công an thành phố', 'Công an thành phố', ['Nhóm II'], 'Chính trị viên Ban CHQS thành phố'),
  member('Nguyễn Thị Cẩm Ly', 'Phó Chánh Văn phòng Thành ủy; Nhóm trưởng Nhóm III', CITY_OFFICE, ['Nhóm III', SYNTHESIS], TTT, true),
  member('Nguyễn Đông Bình', 'Phó Trưởng Ban Tuyên giáo Thành ủy', 'Ban Tuyên giáo Thành ủy', ['Nhóm III'], 'Nguyễn Thị Cẩm Ly'),
  member('Nguyễn Chí Sơn', 'Phó Trưởng Ban Tổ chức Thành ủy', 'Ban Tổ chức Thành ủy', ['Nhóm III'], 'Nguyễn Thị Cẩm Ly'),
  member('Nguyễn Thị Thu Thanh', 'Phó Chủ nhiệm Ủy ban Kiểm tra Thành ủy', 'Ủy ban Kiểm tra Thành ủy', ['Nhóm III'], 'Nguyễn Thị Cẩm Ly'),
  member('Lê Hùng Lâm', 'Phó Trưởng Ban Dân vận Thành ủy', 'Ban Dân vận Thành ủy', ['Nhóm III'], 'Nguyễn Thị Cẩm Ly'),
  member('Cao Thị Hải Vân', 'Phó Bí thư Thành Đoàn', 'Thành Đoàn', ['Nhóm III'], 'Nguyễn Thị Cẩm Ly'),
  member('Lê Xuân Hưng', 'Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố', 'Ủy ban MTTQ Việt Nam thành phố', ['Nhóm III', SYNTHESIS], 'Nguyễn Thị Cẩm Ly'),
  // Plan B is the province's: its units are reached through one contact each (Đầu mối), known by
  // position as the plans name them. The two collective leads («Các sở, ban, ngành tỉnh», «Các đoàn
  // thể của tỉnh») stay unmatched on purpose: the overview and the coordinator's summary show them.
  ...PROVINCE_CONTACTS.map(([position, unit, email, groups]) => ({ name: position, position, unit, email, groups, supervisor: '', contact: true })),
];

/**
 * `tien.tranthanh@example.org`: the given name, a dot, then the family and middle names, without
 * diacritics. A person known only by position gets the position's initials.
 */
export function sampleEmail(name: string): string {
  const words = foldKey(name).split(' ');
  if (/^chinh tri vien/.test(foldKey(name))) return 'ctv.bchqs@example.org';
  const given = words[words.length - 1];
  return `${given}.${words.slice(0, -1).join('')}@example.org`;
}

/** Official days off and a make-up working day the defaults cannot know. */
export const SAMPLE_HOLIDAYS: SampleHoliday[] = [
  { date: '2019-04-29', kind: 'Nghỉ', note: 'Nghỉ hoán đổi dịp 30/4 - 1/5/2019 (làm bù thứ Bảy 04/5/2019)' },
  { date: '2019-05-04', kind: 'Làm bù', note: 'Làm bù cho ngày nghỉ thứ Hai 29/4/2019' },
  { date: '2020-01-23', kind: 'Nghỉ', note: 'Nghỉ Tết Nguyên đán Canh Tý 2020 (29 tháng Chạp)' },
  { date: '2020-01-24', kind: 'Nghỉ', note: 'Nghỉ Tết Nguyên đán Canh Tý 2020 (30 tháng Chạp)' },
  { date: '2020-01-27', kind: 'Nghỉ', note: 'Nghỉ Tết Nguyên đán Canh Tý 2020 (mùng 3)' },
  { date: '2020-01-28', kind: 'Nghỉ', note: 'Nghỉ Tết Nguyên đán Canh Tý 2020 (mùng 4)' },
  { date: '2020-01-29', kind: 'Nghỉ', note: 'Nghỉ Tết Nguyên đán Canh Tý 2020 (mùng 5)' },
];

/** Values of the `Cài đặt` sheet, by setting key; the rest keep their defaults. */
export const SAMPLE_SETTINGS: Record<string, string | number> = {
  planName: PLAN_A,
  planNumber: 'KH/TBT',
  parentBody: 'THÀNH ỦY BUÔN MA THUỘT',
  issuingBody: 'TỔ BIÊN TẬP VĂN KIỆN',
  place: 'Buôn Ma Thuột',
  coordinator: 'Nguyễn Thị Cẩm Ly',
  purposeText: [
    'Tham mưu giúp Tiểu ban Văn kiện xây dựng các dự thảo văn kiện trình Đại hội Đảng bộ thành phố lần thứ XIII đảm bảo yêu cầu chất lượng và đúng tiến độ đề ra. Trong đó, tham mưu xây dựng Báo cáo chính trị của Đảng bộ phải đánh giá khách quan, trung thực, sát với tình hình thực tế địa phương; làm rõ những ưu điểm, khuyết điểm trên các lĩnh vực xây dựng, chỉnh đốn Đảng, phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh, đối ngoại; chỉ rõ nguyên nhân, nhất là nguyên nhân chủ quan, rút ra bài học kinh nghiệm sâu sắc, toàn diện, sát thực tế; dự báo bối cảnh tình hình, đồng thời quán triệt quan điểm, chủ trương, định hướng lớn trong các dự thảo văn kiện Đại hội XIII của Đảng, Đại hội XVII của Đảng bộ tỉnh; đề ra phương hướng, mục tiêu, nhiệm vụ, giải pháp thiết thực, khả thi, hiệu quả để thực hiện trong nhiệm kỳ 2020 - 2025, định hướng đến năm 2030.',
    'Tham mưu xây dựng Báo cáo kiểm điểm của BCH Đảng bộ thành phố phải nêu cao tinh thần tự phê bình và phê bình với thái độ nghiêm túc, thẳng thắn, xây dựng; đánh giá đúng, khách quan, trung thực công tác lãnh đạo, chỉ đạo, quản lý, điều hành và tổ chức thực hiện trong nhiệm kỳ vừa qua; kết quả thực hiện nghị quyết TW4 khóa XI, XII, gắn với việc học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và các quy định nêu gương của cán bộ, đảng viên, nhất là người đứng đầu; chỉ rõ nguyên nhân, đặc biệt là nguyên nhân chủ quan của những hạn chế, khuyết điểm, yếu kém, xác định rõ trách nhiệm của tập thể, cá nhân; đề ra lộ trình, biện pháp phù hợp, hiệu quả nhằm sửa chữa, khắc phục trong thời gian tới.',
    'Các thành viên Tổ Biên tập giúp việc phát huy cao tinh thần, trách nhiệm, trí tuệ, công sức, kỹ năng biên tập văn bản, thực hiện tốt công tác phối hợp, nghiêm chỉnh chấp hành chỉ đạo của Tiểu ban Văn kiện để hoàn thành tốt nhiệm vụ xây dựng Văn kiện Đại hội theo đúng tiến độ, kế hoạch đã đề ra.',
  ].join('\n'),
  organisationText: [
    'Tổ Biên tập làm việc theo chế độ kiêm nhiệm; các thành viên được phân công nhiệm vụ cụ thể theo sự điều hành chung của đồng chí Tổ trưởng và các đồng chí Trưởng nhóm.',
    'Các đồng chí Trưởng nhóm chủ động xây dựng Kế hoạch và triển khai các công việc được giao, phân công nhiệm vụ các thành viên trong nhóm; biên tập hoặc phân công thư ký Nhóm hoàn chỉnh phần báo cáo của Nhóm và gửi về đồng chí Tổ trưởng để tổng hợp theo đúng thời gian quy định.',
    'Cơ quan thường trực của Tổ giúp việc là Văn phòng Thành ủy.',
  ].join('\n'),
  recipients: [
    'Thường trực Thành ủy (b/c),',
    'Các đ/c thành viên Tiểu ban Văn kiện,',
    'Các TCCSĐ trực thuộc,',
    'Các cơ quan có thành viên Tổ Biên tập,',
    'Các thành viên Tổ Biên tập,',
    'Lưu VPTU.',
  ].join('\n'),
  signatureAuthority: '',
  signatureTitle: 'CHÁNH VĂN PHÒNG kiêm TỔ TRƯỞNG',
  signatureName: TTT,
};

/**
 * What the units reported through the form by 12/11/2019 (the `Báo cáo từ đơn vị` sheet, in the
 * form's column order): progress on A.16, a request to move A.15's deadline, difficulties on B.6,
 * and one report from someone who has no part in the task (refused by the refresh).
 */
export const SAMPLE_REPORTS: OutCell[][] = [
  ['08/11/2019 16:20:05', 'tuyengiao.tinhuy@example.org', 'B.6', 'Gặp khó khăn', '50', null, 'Đã biên tập xong phần đánh giá kinh tế - xã hội',
    'Một số sở, ngành gửi báo cáo đánh giá chậm so với thời hạn 30/10/2019', 'Đề nghị Văn phòng Tỉnh ủy đôn đốc các sở, ngành gửi báo cáo trước ngày 15/11/2019', null],
  ['11/11/2019 08:30:12', 'phuc.levan@example.org', 'A.16', 'Đang thực hiện', '45', null, 'Nhóm I đã tiếp thu ý kiến vào phần kinh tế', null, null, null],
  ['11/11/2019 10:02:47', 'tien.tranthanh@example.org', 'A.15', 'Đề nghị gia hạn', '90', null, 'Đã trình Ban Thường vụ; chờ họp Ban Chấp hành',
    'Lịch họp Ban Chấp hành Đảng bộ thành phố dời sang ngày 20/11/2019', 'Đề nghị lùi hạn bước A.15 đến ngày 22/11/2019', '22/11/2019'],
  ['11/11/2019 14:45:00', 'mttq.tinh@example.org', 'A.16', 'Đã hoàn thành', '100', '11/11/2019', 'Đã xong', null, null, null],
];

/** A later form export (`tiendo reports import`): one new report, and one already in the sheet. */
export const SAMPLE_REPORT_CSV = [
  'Dấu thời gian,Địa chỉ email,Mã việc,Tình trạng,% hoàn thành,Ngày hoàn thành,Kết quả,"Khó khăn, vướng mắc","Đề xuất, kiến nghị",Đề nghị hạn mới',
  '11/11/2019 08:30:12,phuc.levan@example.org,A.16,Đang thực hiện,45,,Nhóm I đã tiếp thu ý kiến vào phần kinh tế,,,',
  '12/11/2019 07:55:40,ly.nguyenthicam@example.org,A.17,Đang thực hiện,10,,"Đã dự thảo kế hoạch tổ chức các hội nghị, hội thảo",,"Đề nghị Thường trực Thành ủy cho ý kiến về thành phần dự hội nghị",',
  '',
].join('\r\n');

const dateCell = (d: string | undefined): OutCell => (d ? { date: d } : null);

function taskRow(t: SampleTask): OutCell[] {
  const cell: Record<TaskColumn, OutCell> = {
    id: t.id, section: t.section, title: t.title, deliverable: t.deliverable ?? null,
    lead: t.lead.join('; '), support: t.support?.join('; ') ?? null,
    start: dateCell(t.start), due: dateCell(t.due), dependsOn: t.dependsOn ?? null,
    status: t.status ?? null, percent: t.percent ?? null, doneOn: dateCell(t.doneOn),
    remind: t.remind ?? null, document: null, notes: t.notes ?? null,
  };
  return TASKS_SHEET.columns.map((c) => cell[c.key]);
}

/**
 * The sample as rows in the column order of each sheet's definition (columns.ts), ready to write
 * below a template's header row (pure: the Sheets setup can offer it too).
 */
export function samplePlan(): { tasks: OutCell[][]; people: OutCell[][]; holidays: OutCell[][] } {
  return {
    tasks: SAMPLE_TASKS.map(taskRow),
    people: SAMPLE_PEOPLE.map((p) => [
      p.name, p.position, p.unit, p.email ?? sampleEmail(p.name), p.groups.join('; '), p.supervisor, p.contact ? 'Có' : null, 'vi',
    ]),
    holidays: SAMPLE_HOLIDAYS.map((h) => [{ date: h.date }, h.kind, h.note]),
  };
}
