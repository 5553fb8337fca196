/**
 * The rarely used features, built apart from build/Code.js into the project file
 * build/features.html (scripts/build.mjs) and evaluated only by the execution that needs them
 * (./lazy.ts): importing a plan from text and making documents. Every export here is reached
 * through a wrapper of the same name in ./lazy.ts, which src/gas/main.ts lists.
 */
export { menuImport, importPreview, importPreviewFile, importApply } from './import';
export { menuDocPlan, menuDocReport, menuDocMerge, docMergeRun, docSavePdf } from './docs';
export { menuSetup } from './setup';
export { menuHelp } from './help';
export { menuCheckInstall } from './check';
export { menuReportForm } from './reports';
