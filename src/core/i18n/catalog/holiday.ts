/** The kinds of day in the Ngày nghỉ sheet (`holiday.*`). */
export const vi = {
  'holiday.off': 'Nghỉ',
  'holiday.makeup': 'Làm bù',
  'holiday.builtIn': 'có sẵn',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'holiday.off': 'Day off',
  'holiday.makeup': 'Make-up workday',
  'holiday.builtIn': 'built in',
};
