/**
 * The day the sample's progress describes (src/core/sample/data.ts): the demo's fixed "today",
 * and the day the Sheets setup moves the sample from when it offers it. A module of its own, so
 * the Apps Script bundle gets the date without the sample (which it reads from a project file).
 */
import type { CivilDate } from '../dates/civil';

export const SAMPLE_TODAY: CivilDate = '2019-11-12';
