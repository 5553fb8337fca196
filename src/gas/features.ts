/**
 * The rarely used features, built apart from build/Code.js into the project file
 * build/features.html (scripts/build.mjs) and evaluated only by the execution that needs them
 * (./lazy.ts): importing a plan from text, making documents, and what a document needs once or
 * seldom (setting up the tracker, the help page, the installation check, the report form). Every
 * export here is reached through a wrapper of the same name in ./lazy.ts, which src/gas/main.ts lists.
 */
export { menuImport, importPreview, importPreviewFile, importApply } from './import';
export { menuDocPlan, menuDocReport, menuDocMerge, docMergeRun, docSavePdf } from './docs';
export { menuSetup } from './setup';
export { menuHelp } from './help';
export { menuCheckInstall } from './check';
export { menuReportForm } from './reports-form';
