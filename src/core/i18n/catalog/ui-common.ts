/** Words every page shares (`ui.common.*`). */
import { words } from './words';

export const vi = {
  'ui.common.save': 'Lưu',
  'ui.common.close': words.close.vi,
  'ui.common.loading': 'Đang tải…',
  'ui.common.saving': 'Đang lưu…',
  'ui.common.otherLanguage': 'English',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'ui.common.save': 'Save',
  'ui.common.close': words.close.en,
  'ui.common.loading': 'Loading…',
  'ui.common.saving': 'Saving…',
  'ui.common.otherLanguage': 'Tiếng Việt',
};
