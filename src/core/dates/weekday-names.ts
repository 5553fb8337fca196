import { type CivilDate, formatDMY, weekday } from './civil';

const VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayName(date: CivilDate, lang: 'vi' | 'en' = 'vi'): string {
  return (lang === 'en' ? EN : VI)[weekday(date)];
}

/** `05/07/2019 (Thứ Sáu)`: a date as e-mails and the overview show it. */
export function formatWithWeekday(date: CivilDate, lang: 'vi' | 'en' = 'vi'): string {
  return `${formatDMY(date)} (${weekdayName(date, lang)})`;
}
