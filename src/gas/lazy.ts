/**
 * Entry points whose code is not in build/Code.js. Apps Script parses every .gs file of the
 * project at the start of every execution (each trigger, menu click and google.script.run call),
 * so the importer and the document makers, which most runs never use, are built as a second
 * bundle kept in an HTML project file (build/features.html, never parsed by the runtime) and
 * evaluated here, once per execution, only when one of these functions is called.
 *
 * - The file's text, as written, comes from
 *   HtmlService.createHtmlOutputFromFile(name).getContent(), a local call with no round trip:
 *   https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
 *   https://developers.google.com/apps-script/reference/html/html-output#getContent()
 * - It is evaluated with the Function constructor: the V8 runtime runs standard ECMAScript
 *   (https://developers.google.com/apps-script/guides/v8-runtime), the Function constructor
 *   included, and the code it builds sees the same globals (SpreadsheetApp, HtmlService …) as
 *   Code.js. The cost is parsing that file, paid only by the executions that use it.
 * - The second bundle is self-contained (its own copy of the core it needs), so nothing is shared
 *   between the two copies: an execution that calls one of these runs in that copy alone.
 * - The text is our own build output, deployed with Code.js; no user or network text is evaluated.
 */
import type * as Features from './features';
import { t } from '../core/i18n';
import { UserError, runForPage, runForUser } from './errors';
import { userLang } from './menu';

type FeatureSet = typeof Features;

export const FEATURES_FILE = 'features';
/** The global the build gives the second bundle (scripts/build.mjs, `globalName`). */
const FEATURES_GLOBAL = 'TiendoFeatures';

/** Read and evaluated at each call: one call is one execution, and executions share nothing. */
function features(): FeatureSet {
  let code: string;
  try {
    code = HtmlService.createHtmlOutputFromFile(FEATURES_FILE).getContent();
  } catch {
    // "No HTML file named … was found": a project pushed without build/features.html.
    throw new UserError(t(userLang(), 'platform.error.partMissing', { file: `${FEATURES_FILE}.html` }));
  }
  return new Function(`${code}\nreturn ${FEATURES_GLOBAL};`)() as FeatureSet;
}

/** A menu command of the second bundle: a missing file is said in an alert, as any failure. */
type MenuName = 'menuSetup' | 'menuImport' | 'menuReportForm' | 'menuDocPlan' | 'menuDocReport' | 'menuDocMerge' | 'menuHelp' | 'menuCheckInstall';
function menu(name: MenuName): void {
  // The feature handles its own failures (runForUser inside); only loading is guarded here.
  runForUser(features, userLang)?.[name]();
}

/** A google.script.run target of the second bundle: the page gets the sentence as its failure. */
function page<K extends 'importPreview' | 'importPreviewFile' | 'importApply' | 'docMergeRun' | 'docSavePdf'>(name: K, args: Parameters<FeatureSet[K]>): ReturnType<FeatureSet[K]> {
  // The feature turns its own failures into one sentence (runForPage inside); only loading is guarded here.
  const fn = runForPage(features, userLang)[name] as (...a: unknown[]) => ReturnType<FeatureSet[K]>;
  return fn(...args);
}

export function menuSetup(): void {
  menu('menuSetup');
}
export function menuImport(): void {
  menu('menuImport');
}
export function menuDocPlan(): void {
  menu('menuDocPlan');
}
export function menuDocReport(): void {
  menu('menuDocReport');
}
export function menuDocMerge(): void {
  menu('menuDocMerge');
}
export function menuReportForm(): void {
  menu('menuReportForm');
}
export function menuHelp(): void {
  menu('menuHelp');
}
export function menuCheckInstall(): void {
  menu('menuCheckInstall');
}
export function importPreview(...a: Parameters<FeatureSet['importPreview']>): ReturnType<FeatureSet['importPreview']> {
  return page('importPreview', a);
}
export function importPreviewFile(...a: Parameters<FeatureSet['importPreviewFile']>): ReturnType<FeatureSet['importPreviewFile']> {
  return page('importPreviewFile', a);
}
export function importApply(...a: Parameters<FeatureSet['importApply']>): ReturnType<FeatureSet['importApply']> {
  return page('importApply', a);
}
export function docMergeRun(...a: Parameters<FeatureSet['docMergeRun']>): ReturnType<FeatureSet['docMergeRun']> {
  return page('docMergeRun', a);
}
export function docSavePdf(...a: Parameters<FeatureSet['docSavePdf']>): ReturnType<FeatureSet['docSavePdf']> {
  return page('docSavePdf', a);
}
