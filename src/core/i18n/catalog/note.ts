/** Notes written beside a task's computed deadline (`note.*`). */
export const vi = {
  'note.forecast': 'dự kiến xong {forecast} thay vì {due}: việc trước {ref} chưa xong đúng hạn.',
  'note.inCycle': 'nằm trong vòng phụ thuộc báo ở dòng {row}.',
  'note.dueMoved': 'hạn {from} rơi vào ngày nghỉ ({name}), dời sang {to} (Điều 148 Bộ luật Dân sự).',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'note.forecast': 'forecast to finish {forecast} instead of {due}: the preceding task {ref} is late.',
  'note.inCycle': 'part of the circular dependency reported on row {row}.',
  'note.dueMoved': 'due {from} falls on a day off ({name}); moved to {to} (Civil Code art. 148).',
};
