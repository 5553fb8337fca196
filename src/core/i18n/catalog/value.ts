/** Values typed in the sheets' cells: yes and no, and the kinds of day in `Ngày nghỉ` (`value.*`). */
export const vi = {
  'value.yes': 'Có',
  'value.no': 'Không',
  'value.dayOff': 'Nghỉ',
  'value.makeupDay': 'Làm bù',
  'value.builtIn': 'có sẵn',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'value.yes': 'Yes',
  'value.no': 'No',
  'value.dayOff': 'Day off',
  'value.makeupDay': 'Make-up workday',
  'value.builtIn': 'built in',
};
