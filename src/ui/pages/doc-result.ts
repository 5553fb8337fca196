/**
 * The dialog after "Tạo văn bản › Kế hoạch / Báo cáo tiến độ": the document's link, what to fix
 * in the sheet, and "Lưu thêm bản PDF" (saved next to the document). User text is set with
 * textContent; links only ever point at Google Docs / Drive URLs the server returned.
 */
import type { DocResultData } from '../../gas/docs';
import { boot, localize, tr } from '../client/i18n';
import { closePage, run } from '../client/run';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Only http(s) links become hrefs (a `javascript:` URL must never be clickable). */
export function safeHref(url: string): string | null {
  return /^https:\/\//i.test(url) ? url : null;
}

function render(): void {
  localize();
  const data = boot<DocResultData>().data;
  if (!data) return;
  document.title = data.title;
  $('title').textContent = data.title;
  $('name').textContent = data.document.name;
  const open = $<HTMLAnchorElement>('open');
  const href = safeHref(data.document.link);
  if (href) open.href = href;
  else open.hidden = true;
  if (data.warnings.length) {
    $('warnings-box').hidden = false;
    const list = $('warnings');
    for (const w of data.warnings) {
      const li = document.createElement('li');
      li.textContent = w;
      list.append(li);
    }
  }
  const button = $<HTMLButtonElement>('save-pdf');
  const status = $('status');
  button.addEventListener('click', () => {
    button.disabled = true;
    status.className = 'status';
    status.textContent = tr('docs.savingPdf');
    run('docSavePdf', data.document.link).then((r) => {
      const pdf = $<HTMLAnchorElement>('pdf');
      const link = safeHref(r.pdfLink);
      if (link) { pdf.href = link; pdf.hidden = false; }
      status.textContent = '';
      button.hidden = true;
    }, (e: Error) => {
      status.className = 'status error';
      status.textContent = e.message;
      button.disabled = false;
    });
  });
  $('close').addEventListener('click', () => closePage());
}

render();
