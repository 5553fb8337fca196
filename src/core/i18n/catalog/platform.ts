/** What the Apps Script host says when a platform limit or a missing grant stops a command (`platform.*`). */
export const vi = {
  'platform.error.unexpected': 'Tiến độ gặp lỗi và chưa làm xong thao tác này: {detail}. Hãy thử lại; nếu vẫn lỗi, hãy báo cho người phụ trách bảng tính.',
  'platform.error.permission': 'Tiến độ chưa được cấp đủ quyền cho thao tác này. Hãy chạy lại lệnh từ menu Tiện ích mở rộng › Tiến độ và bấm “Cho phép” ở mọi quyền được hỏi.',
  'platform.error.permissionUrl': 'Hoặc mở địa chỉ sau để cấp quyền: {url}',
  'platform.error.busy': 'Một lần cập nhật khác đang chạy trên bảng tính này. Hãy đợi một lát rồi thử lại.',
  'platform.error.timeout': 'Thao tác chạy quá 6 phút (giới hạn của Google) nên đã dừng giữa chừng. Hãy chạy lại; nếu bảng rất lớn, hãy chia bớt kế hoạch.',
  'platform.error.mailQuota': 'Đã hết hạn mức gửi e-mail trong ngày của tài khoản Google này. Các thư còn lại sẽ được gửi vào ngày mai.',
  'platform.error.quota': 'Đã chạm hạn mức sử dụng trong ngày của Google ({detail}). Hãy thử lại vào ngày mai.',
  'platform.error.cellLimit': 'Bảng tính đã gần tới giới hạn 10 triệu ô của Google Trang tính nên không thể thêm dòng hoặc cột. Hãy xóa bớt các trang hoặc dòng trống không dùng đến.',
  'platform.error.fileMissing': 'Không mở được tệp trên Google Drive: tệp đã bị xóa hoặc tài khoản này không có quyền truy cập. Hãy chọn lại tệp.',
  'platform.error.partMissing': 'Bản cài đặt này thiếu tệp {file} nên chưa làm được thao tác này. Hãy báo cho người cài tiện ích.',
  'platform.store.tooLarge': 'Dữ liệu “{key}” quá lớn để lưu trong bảng tính ({size} KB, tối đa {max} KB).',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'platform.error.unexpected': 'Tiến độ ran into an error and did not finish: {detail}. Please try again; if it keeps failing, tell the person in charge of this spreadsheet.',
  'platform.error.permission': 'Tiến độ has not been granted every permission this command needs. Run the command again from Extensions › Tiến độ and click “Allow” for each permission asked.',
  'platform.error.permissionUrl': 'Or open this address to grant them: {url}',
  'platform.error.busy': 'Another update is running on this spreadsheet. Please wait a moment and try again.',
  'platform.error.timeout': 'The command ran longer than 6 minutes (Google’s limit) and stopped part-way. Run it again; if the sheet is very large, split the plan.',
  'platform.error.mailQuota': 'This Google account has used up today’s e-mail quota. The remaining messages will go out tomorrow.',
  'platform.error.quota': 'A daily Google quota was reached ({detail}). Please try again tomorrow.',
  'platform.error.cellLimit': 'The spreadsheet is close to Google Sheets’ limit of 10 million cells, so no rows or columns can be added. Delete unused sheets or empty rows.',
  'platform.error.fileMissing': 'The Google Drive file could not be opened: it was deleted or this account has no access to it. Please choose the file again.',
  'platform.error.partMissing': 'This installation lacks the file {file}, so this command cannot run. Please tell whoever installed the add-on.',
  'platform.store.tooLarge': 'The data “{key}” is too large to keep in the spreadsheet ({size} KB, at most {max} KB).',
};
