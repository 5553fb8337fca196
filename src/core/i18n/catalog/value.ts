/** Yes and no as typed in the sheets (`value.*`). */
export const vi = {
  'value.yes': 'Có',
  'value.no': 'Không',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'value.yes': 'Yes',
  'value.no': 'No',
};
