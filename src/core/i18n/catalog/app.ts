/** The add-on's name (`app.*`). */
export const vi = {
  'app.name': 'Tiến độ',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'app.name': 'Tiến độ',
};
