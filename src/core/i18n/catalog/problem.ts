/** Messages of the data model and validation: what is wrong in a sheet, row or column (`problem.*`). */
/**
 * Every problem code a reader or check reports (Problem.code, core/plan/model.ts), each with its
 * message `problem.<code>`: a code without a message, or a message without a code, fails typecheck.
 */
export type ProblemCode =
  | 'badDate'
  | 'timeOnly'
  | 'notADate'
  | 'formulaError'
  | 'computedNameClash'
  | 'percentOver100'
  | 'yearNotDate'
  | 'dateOutOfRange'
  | 'badPercent'
  | 'badStatus'
  | 'badYesNo'
  | 'badEmail'
  | 'badNumber'
  | 'formulaText'
  | 'tooLong'
  | 'missingTitle'
  | 'duplicateId'
  | 'dueBeforeStart'
  | 'doneBeforeStart'
  | 'missingSheet'
  | 'missingColumn'
  | 'noDueColumn'
  | 'noLeadColumn'
  | 'noHeader'
  | 'duplicateHeader'
  | 'unknownSetting'
  | 'badSetting'
  | 'duplicatePerson'
  | 'unknownSupervisor'
  | 'badHolidayKind'
  | 'legacyFont'
  | 'doneWithoutDate'
  | 'unknownDependency'
  | 'dependencyCycle'
  | 'missingId'
  | 'missingLead'
  | 'dependencyNoDue'
  | 'dependencyNoDate'
  | 'dependencyTooFar'
  | 'startBeforeDependency'
  | 'dueAfterDependency'
  | 'derivedDueBeforeStart'
  | 'unknownLead'
  | 'unknownSupport'
  | 'doneInFuture'
  | 'doneButOpenStatus'
  | 'baselineNoHeader'
  | 'baselineNoId'
  | 'reportBadValue'
  | 'reportNoTask'
  | 'reportUnknownTask'
  | 'reportNotAssigned';

type Messages = Record<'problem.where' | 'problem.whereRow' | 'problem.whereSheet' | `problem.${ProblemCode}`, string>;

export const vi = {
  'problem.where': '{sheet}, dòng {row}, cột «{column}»',
  'problem.whereRow': '{sheet}, dòng {row}',
  'problem.whereSheet': 'Trang «{sheet}»',
  'problem.badDate': '“{value}” không phải là ngày hợp lệ (viết theo dạng ngày/tháng/năm, ví dụ 05/07/2019).',
  'problem.timeOnly': 'ô chỉ có giờ, không có ngày.',
  'problem.notADate': 'giá trị “{value}” không phải là ngày.',
  'problem.formulaError': 'công thức trong ô (cột {letter}) báo lỗi “{value}”: sửa công thức hoặc gõ nội dung thay cho nó.',
  'problem.computedNameClash': 'cột «{column}» (cột {letter}) trùng tên với một cột Tiến độ tự tính nhưng không do Tiến độ tạo ra: Tiến độ không ghi vào cột này mà ghi kết quả vào cột riêng của mình ở cuối bảng. Đổi tên cột nếu muốn tránh nhầm lẫn.',
  'problem.percentOver100': '“{value}” vượt quá 100%: % hoàn thành là một số từ 0% đến 100%.',
  'problem.yearNotDate': '“{value}” là một năm, không phải một ngày: hãy gõ đủ ngày/tháng/năm, ví dụ 31/12/{value}.',
  'problem.dateOutOfRange': 'ngày “{value}” nằm ngoài khoảng 01/01/1900–31/12/2100 mà một kế hoạch có thể có; có lẽ gõ nhầm năm.',
  'problem.badPercent': '“{value}” không phải là tỉ lệ phần trăm từ 0 đến 100%.',
  'problem.badStatus': '“{value}” không phải là trạng thái hợp lệ (Chưa bắt đầu, Đang thực hiện, Hoàn thành, Tạm dừng, Hủy).',
  'problem.badYesNo': '“{value}” phải là Có hoặc Không.',
  'problem.badEmail': '“{value}” không phải là địa chỉ e-mail hợp lệ.',
  'problem.badNumber': '“{value}” không phải là một số.',
  'problem.formulaText': 'nội dung bắt đầu bằng “=” ({value}) được giữ nguyên như chữ, không chạy như công thức.',
  'problem.tooLong': 'nội dung dài {length} ký tự; nên rút gọn dưới {max} ký tự.',
  'problem.missingTitle': 'dòng có dữ liệu nhưng thiếu «{column}».',
  'problem.duplicateId': 'mã “{id}” trùng với dòng {other}.',
  'problem.dueBeforeStart': 'hạn hoàn thành {due} trước ngày bắt đầu {start}.',
  'problem.doneBeforeStart': 'ngày hoàn thành {done} trước ngày bắt đầu {start}.',
  'problem.missingSheet': 'Không tìm thấy trang «{sheet}»; dùng giá trị mặc định.',
  'problem.missingColumn': 'Trang «{sheet}» thiếu cột «{column}».',
  'problem.noDueColumn': 'Trang «{sheet}» không có cột «Hạn hoàn thành» (hay «Hạn», «Thời hạn»): mọi việc được coi như chưa có hạn. Cột có tên không nhận ra: {unknown}.',
  'problem.noLeadColumn': 'Trang «{sheet}» không có cột «Chủ trì» (hay «Đơn vị chủ trì»): không việc nào có người chủ trì để nhắc. Cột có tên không nhận ra: {unknown}.',
  'problem.noHeader': 'Trang «{sheet}» không có dòng tiêu đề nhận ra được (cần ít nhất các cột {columns}).',
  'problem.duplicateHeader': 'cột «{column}» xuất hiện hai lần; dùng cột đầu tiên.',
  'problem.unknownSetting': 'mục cài đặt “{value}” không được nhận ra; bỏ qua.',
  'problem.badSetting': 'giá trị “{value}” không hợp lệ cho «{setting}»: {reason}',
  'problem.duplicatePerson': 'người “{value}” đã có ở dòng {other}.',
  'problem.unknownSupervisor': 'cấp trên “{value}” không có trong trang Nhân sự.',
  'problem.badHolidayKind': '“{value}” phải là “Nghỉ” hoặc “Làm bù”.',
  'problem.legacyFont': 'văn bản có vẻ gõ bằng phông TCVN3/VNI cũ (“{value}”); hãy chuyển sang Unicode.',
  'problem.doneWithoutDate': 'đã hoàn thành nhưng chưa ghi ngày hoàn thành.',
  'problem.unknownDependency': '“{ref}” trong «Phụ thuộc» không phải là mã của công việc nào.',
  'problem.dependencyCycle': 'phụ thuộc vòng tròn {cycle} ({count} việc): hạn của các việc trong vòng không được suy ra.',
  'problem.missingId': 'việc chưa có Mã: việc khác không thể ghi nó vào cột Phụ thuộc, văn bản và thư nhắc không gọi được nó bằng mã.',
  'problem.missingLead': 'việc chưa có người chủ trì: không ai được nhắc việc này.',
  'problem.dependencyNoDue': 'việc “{ref}” chưa có hạn nên chưa suy ra được ngày từ “{raw}”.',
  'problem.dependencyNoDate': 'việc “{ref}” chưa có ngày bắt đầu hay hạn nên chưa suy ra được hạn từ “{raw}”.',
  'problem.dependencyTooFar': 'khoảng cách “{raw}” quá lớn (tối đa {max} ngày); bỏ qua.',
  'problem.startBeforeDependency': 'ngày bắt đầu {start} sớm hơn ngày việc “{ref}” kết thúc ({end}).',
  'problem.dueAfterDependency': 'hạn nhập tay {due} muộn hơn hạn suy ra từ “{raw}” ({derived}).',
  'problem.derivedDueBeforeStart': 'hạn tính toán {due} trước ngày bắt đầu {start}.',
  'problem.unknownLead': 'chủ trì “{value}” không khớp với họ tên, chức vụ, đơn vị hay nhóm nào trong trang Nhân sự.',
  'problem.unknownSupport': 'phối hợp “{value}” không khớp với họ tên, chức vụ, đơn vị hay nhóm nào trong trang Nhân sự.',
  'problem.doneInFuture': 'ngày hoàn thành {done} sau ngày hôm nay ({today}).',
  'problem.doneButOpenStatus': 'đã có ngày hoàn thành hoặc 100% nhưng trạng thái là “{status}”.',
  'problem.baselineNoHeader': 'Trang «{sheet}» không có dòng tiêu đề nhận ra được (cần cột «Mã» và «Hạn gốc»); bỏ qua kế hoạch gốc.',
  'problem.baselineNoId': '{count} việc chưa có «Mã» nên không theo dõi được so với kế hoạch gốc.',
  'problem.reportBadValue': 'báo cáo có giá trị không đọc được «{value}»',
  'problem.reportNoTask': 'báo cáo không ghi mã việc',
  'problem.reportUnknownTask': 'báo cáo về mã việc «{id}» không có trong trang Công việc',
  'problem.reportNotAssigned': '{email} không phải người chủ trì, phối hợp (hay cùng đơn vị) của việc {id}: báo cáo không được áp dụng',
} as const satisfies Messages;

export const en: Record<keyof typeof vi, string> = {
  'problem.where': '{sheet}, row {row}, column “{column}”',
  'problem.whereRow': '{sheet}, row {row}',
  'problem.whereSheet': 'Sheet “{sheet}”',
  'problem.badDate': '“{value}” is not a valid date (write day/month/year, e.g. 05/07/2019).',
  'problem.timeOnly': 'the cell holds a time but no date.',
  'problem.notADate': 'the value “{value}” is not a date.',
  'problem.formulaError': 'the formula in this cell (column {letter}) gives the error “{value}”: fix the formula or type the content instead.',
  'problem.computedNameClash': 'column “{column}” (column {letter}) is named like a column Tiến độ computes but was not made by Tiến độ: it is never written; the results go to Tiến độ’s own column at the end of the table. Rename the column to avoid confusion.',
  'problem.percentOver100': '“{value}” is over 100%: % done is a number from 0% to 100%.',
  'problem.yearNotDate': '“{value}” is a year, not a date: type the whole day/month/year, e.g. 31/12/{value}.',
  'problem.dateOutOfRange': 'the date “{value}” is outside 01/01/1900–31/12/2100, the span a plan can cover; the year is probably mistyped.',
  'problem.badPercent': '“{value}” is not a percentage between 0 and 100%.',
  'problem.badStatus': '“{value}” is not a valid status (Not started, In progress, Done, Paused, Cancelled).',
  'problem.badYesNo': '“{value}” must be Yes or No.',
  'problem.badEmail': '“{value}” is not a valid e-mail address.',
  'problem.badNumber': '“{value}” is not a number.',
  'problem.formulaText': 'text starting with “=” ({value}) is kept as text, never run as a formula.',
  'problem.tooLong': 'the text is {length} characters long; keep it under {max}.',
  'problem.missingTitle': 'the row has data but no “{column}”.',
  'problem.duplicateId': 'ID “{id}” is also used on row {other}.',
  'problem.dueBeforeStart': 'due date {due} is before the start {start}.',
  'problem.doneBeforeStart': 'done date {done} is before the start {start}.',
  'problem.missingSheet': 'Sheet “{sheet}” not found; using defaults.',
  'problem.missingColumn': 'Sheet “{sheet}” has no column “{column}”.',
  'problem.noDueColumn': 'Sheet “{sheet}” has no “Due” column (or “Hạn hoàn thành”, “Deadline”): every task counts as having no deadline. Columns whose names are not recognised: {unknown}.',
  'problem.noLeadColumn': 'Sheet “{sheet}” has no “Lead” column (or “Chủ trì”, “Owner”): no task has a lead to remind. Columns whose names are not recognised: {unknown}.',
  'problem.noHeader': 'Sheet “{sheet}” has no recognisable header row (needs at least the columns {columns}).',
  'problem.duplicateHeader': 'column “{column}” appears twice; the first one is used.',
  'problem.unknownSetting': 'setting “{value}” is not recognised; ignored.',
  'problem.badSetting': 'value “{value}” is not valid for “{setting}”: {reason}',
  'problem.duplicatePerson': 'person “{value}” is already on row {other}.',
  'problem.unknownSupervisor': 'supervisor “{value}” is not in the People sheet.',
  'problem.badHolidayKind': '“{value}” must be “Nghỉ” (day off) or “Làm bù” (make-up working day).',
  'problem.legacyFont': 'the text looks typed in an old TCVN3/VNI font (“{value}”); convert it to Unicode.',
  'problem.doneWithoutDate': 'marked done but no completion date is filled in.',
  'problem.unknownDependency': '“{ref}” in “Depends on” is not the ID of any task.',
  'problem.dependencyCycle': 'circular dependency {cycle} ({count} tasks): the dates of the tasks in the cycle are not derived.',
  'problem.missingId': 'the task has no ID: other tasks cannot name it in “Depends on”, and documents and reminders cannot refer to it by ID.',
  'problem.missingLead': 'the task has no lead: nobody is reminded of it.',
  'problem.dependencyNoDue': 'task “{ref}” has no due date yet, so nothing can be derived from “{raw}”.',
  'problem.dependencyNoDate': 'task “{ref}” has neither start nor due date yet, so no due date can be derived from “{raw}”.',
  'problem.dependencyTooFar': 'the offset “{raw}” is too large (at most {max} days); ignored.',
  'problem.startBeforeDependency': 'start {start} is before task “{ref}” ends ({end}).',
  'problem.dueAfterDependency': 'the typed due date {due} is later than the one derived from “{raw}” ({derived}).',
  'problem.derivedDueBeforeStart': 'computed due {due} is before the start {start}.',
  'problem.unknownLead': 'lead “{value}” matches no name, position, unit or group in the People sheet.',
  'problem.unknownSupport': 'support “{value}” matches no name, position, unit or group in the People sheet.',
  'problem.doneInFuture': 'completion date {done} is after today ({today}).',
  'problem.doneButOpenStatus': 'a completion date or 100% is filled in but the status is “{status}”.',
  'problem.baselineNoHeader': 'Sheet “{sheet}” has no recognisable header row (needs “ID” (Mã) and “Baseline due” (Hạn gốc)); the baseline is ignored.',
  'problem.baselineNoId': '{count} task(s) have no ID, so they cannot be compared with the baseline.',
  'problem.reportBadValue': 'the report has a value that cannot be read “{value}”',
  'problem.reportNoTask': 'the report names no task ID',
  'problem.reportUnknownTask': 'the report is about task ID “{id}”, which is not in the Tasks sheet',
  'problem.reportNotAssigned': '{email} is not the lead or support (or of their unit) of task {id}: the report is not applied',
};
