/**
 * The sample plan, kept out of build/Code.js: every execution parses the whole bundle, and the
 * sample (some 30 KB) is wanted once in a document's life, when the user asks for it. The build
 * writes it as a project file (build/sample-data.html holding JSON; scripts/build.mjs) and it is
 * read only here, with HtmlService.createHtmlOutputFromFile(name).getContent(), which returns the
 * file's text as written.
 * https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
 * https://developers.google.com/apps-script/reference/html/html-output#getContent()
 */
import { type Lang, t } from '../core/i18n';
import type { SamplePlan } from '../core/plan/setup';
import { UserError } from './errors';

export const SAMPLE_FILE = 'sample-data';

export function loadSample(lang: Lang): SamplePlan {
  let text: string;
  try {
    text = HtmlService.createHtmlOutputFromFile(SAMPLE_FILE).getContent();
  } catch {
    // "No HTML file named … was found": a project pushed without build/sample-data.html.
    throw new UserError(t(lang, 'ui.setup.sampleMissing', { file: `${SAMPLE_FILE}.html` }));
  }
  return JSON.parse(text) as SamplePlan;
}
