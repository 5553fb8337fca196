/**
 * The dialog after "Tạo văn bản › Kế hoạch / Báo cáo tiến độ": the document's link, what to fix
 * in the sheet, and "Lưu thêm bản PDF" (saved next to the document). User text is set with
 * textContent; links only ever point at Google Docs / Drive URLs the server returned.
 */
import type { DocResultData } from '../../gas/docs';
import { boot, localize, tr } from '../client/i18n';
import { $, el, safeHref, setStatus } from '../client/dom';
import { closePage, run } from '../client/run';

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
    for (const w of data.warnings) list.append(el('li', '', w));
  }
  const button = $<HTMLButtonElement>('save-pdf');
  button.addEventListener('click', () => {
    button.disabled = true;
    setStatus(tr('docs.savingPdf'));
    run('docSavePdf', data.document.link).then((r) => {
      const pdf = $<HTMLAnchorElement>('pdf');
      const link = safeHref(r.pdfLink);
      if (link) { pdf.href = link; pdf.hidden = false; }
      setStatus('');
      button.hidden = true;
    }, (e: Error) => {
      setStatus(e.message, 'error');
      button.disabled = false;
    });
  });
  $('close').addEventListener('click', () => closePage());
}

render();
