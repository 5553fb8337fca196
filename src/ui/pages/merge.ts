/**
 * "Trộn theo mẫu…": the template (a Google Docs link), which rows (the selection made before
 * opening, or a filter on one column), the name pattern, and an optional PDF. The server
 * (docMergeRun) makes or refreshes one document per row and writes the links to `Văn bản`.
 * User text is set with textContent; links are only ever https URLs the server returned.
 */
import type { MergeOutcome, MergeRequest } from '../../app/docs';
import type { MergeDialogData } from '../../gas/docs';
import { boot, localize, tr } from '../client/i18n';
import { $, el, safeHref, setStatus } from '../client/dom';
import { closePage, run } from '../client/run';

/** The request the form describes (what the server's schema accepts). */
export function requestFrom(form: {
  template: string; mode: 'selected' | 'filter'; rows: number[]; column: string; value: string; pattern: string; pdf: boolean;
}): MergeRequest {
  return {
    template: form.template.trim(),
    choice: form.mode === 'filter' ? { filter: { column: form.column, value: form.value.trim() } } : { rows: form.rows },
    pattern: form.pattern.trim(),
    pdf: form.pdf,
  };
}

function showResult(r: MergeOutcome): void {
  $('result').hidden = false;
  $('message').textContent = r.message;
  const warnings = $('warnings');
  warnings.textContent = '';
  for (const w of r.warnings) warnings.append(el('li', '', w));
  const list = $('docs');
  list.textContent = '';
  for (const d of r.documents) {
    const li = el('li');
    const a = el('a', {}, d.name);
    a.rel = 'noopener';
    const href = safeHref(d.link);
    if (href) a.href = href;
    li.append(a, el('span', 'tag', tr(d.updated ? 'ui.merge.updated' : 'ui.merge.created')));
    const pdf = d.pdfLink ? safeHref(d.pdfLink) : null;
    if (pdf) li.append(el('a', { href: pdf, rel: 'noopener' }, ' PDF'));
    list.append(li);
  }
}

function init(): void {
  localize();
  const data = boot<MergeDialogData>().data ?? { template: '', pattern: '', selectedRows: [], columns: [] };
  document.title = tr('ui.merge.title');
  $<HTMLInputElement>('template').value = data.template;
  $<HTMLInputElement>('pattern').value = data.pattern;
  $('selected-label').textContent = tr('ui.merge.selected', { count: data.selectedRows.length });
  const select = $<HTMLSelectElement>('filter-column');
  for (const c of data.columns) select.append(el('option', { value: c }, c));
  const selected = $<HTMLInputElement>('rows-selected');
  const filter = $<HTMLInputElement>('rows-filter');
  selected.disabled = data.selectedRows.length === 0;
  (data.selectedRows.length ? selected : filter).checked = true;
  // Touching the filter's controls chooses the filter.
  for (const id of ['filter-column', 'filter-value']) $(id).addEventListener('input', () => { filter.checked = true; });

  const button = $<HTMLButtonElement>('run');
  $('form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const request = requestFrom({
      template: $<HTMLInputElement>('template').value,
      mode: filter.checked ? 'filter' : 'selected',
      rows: data.selectedRows,
      column: select.value,
      value: $<HTMLInputElement>('filter-value').value,
      pattern: $<HTMLInputElement>('pattern').value,
      pdf: $<HTMLInputElement>('pdf').checked,
    });
    button.disabled = true;
    setStatus(tr('ui.merge.running'));
    run('docMergeRun', request).then((r) => {
      button.disabled = false;
      setStatus(r.ok ? '' : r.message, r.ok ? 'ok' : 'error');
      if (r.ok) showResult(r);
    }, (e: Error) => {
      button.disabled = false;
      setStatus(e.message, 'error');
    });
  });
  $('cancel').addEventListener('click', () => closePage());
}

init();
