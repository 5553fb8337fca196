/**
 * PDFs offline: LibreOffice converts the .docx next to itself (`soffice --headless --convert-to pdf`).
 * Each conversion gets its own LibreOffice profile, so conversions running at the same time (tests,
 * two commands) do not wait for or break each other.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { t } from '../core/i18n';

/** The LibreOffice command, or null when it is not installed. */
export function findSoffice(): string | null {
  const candidates = [process.env.SOFFICE, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['soffice'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.split(/\r?\n/)[0].trim() : '';
  return found || null;
}

/** Carries the message in both languages, for the CLI to print. */
export class PdfError extends Error {
  constructor(readonly text: { vi: string; en: string }) {
    super(text.en);
  }
}

/** Converts `file` (.docx) to a PDF in the same folder; returns the PDF's path. */
export function convertToPdf(file: string, outDir = path.dirname(file)): string {
  const soffice = findSoffice();
  if (!soffice) throw new PdfError({ vi: t('vi', 'docs.noSoffice'), en: t('en', 'docs.noSoffice') });
  const profile = mkdtempSync(path.join(os.tmpdir(), 'tiendo-lo-'));
  try {
    const r = spawnSync(soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, file,
    ], { encoding: 'utf8', timeout: 180_000 });
    const pdf = path.join(outDir, `${path.basename(file).replace(/\.[^.]+$/, '')}.pdf`);
    if (r.status !== 0 || !existsSync(pdf)) {
      const reason = (r.stderr || r.stdout || String(r.error ?? '')).trim().split('\n')[0];
      throw new PdfError({ vi: t('vi', 'docs.pdfFailed', { file, reason }), en: t('en', 'docs.pdfFailed', { file, reason }) });
    }
    return pdf;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
