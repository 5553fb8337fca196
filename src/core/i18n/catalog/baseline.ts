/** The Kế hoạch gốc sheet: its column headers (`baseline.*`). */
import { words } from './words';

export const vi = {
  'baseline.id': words.id.vi,
  'baseline.title': words.content.vi,
  'baseline.due': words.baselineDue.vi,
  'baseline.frozenOn': 'Chốt ngày',
  'baseline.extensions': words.extensions.vi,
  'baseline.currentDue': words.currentDue.vi,
} as const;

export const en: Record<keyof typeof vi, string> = {
  'baseline.id': words.id.en,
  'baseline.title': words.content.en,
  'baseline.due': words.baselineDue.en,
  'baseline.frozenOn': 'Frozen on',
  'baseline.extensions': words.extensions.en,
  'baseline.currentDue': words.currentDue.en,
};
