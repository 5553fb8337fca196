/**
 * The e-mail's HTML shell and pieces. Mail clients drop <style> blocks and block remote content,
 * so everything is inline-styled tables, system fonts, no images, no web fonts, no tracking: the
 * only URLs are the spreadsheet links. Callers pass user text through `esc`; nothing here
 * inserts a string unescaped except markup built by these helpers.
 */
import { escapeHtml } from '../text/normalize';

export const esc = escapeHtml;

export const COLORS = {
  overdue: '#c5221f',
  dueToday: '#b06000',
  dueSoon: '#1967d2',
  escalation: '#8430ce',
  text: '#202124',
  muted: '#5f6368',
  line: '#dadce0',
  soft: '#f8f9fa',
  page: '#f1f3f4',
} as const;

const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,'Noto Sans',sans-serif";

/** Only links a user can open safely: the spreadsheet (https) or a local workbook (file). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  return /^(https?:|file:)/i.test(url.trim()) ? url.trim() : null;
}

export function link(url: string | null, textHtml: string, color: string = COLORS.dueSoon): string {
  const href = safeHref(url);
  return href ? `<a href="${esc(href)}" target="_blank" rel="noopener" style="color:${color};text-decoration:underline">${textHtml}</a>` : textHtml;
}

export function shell(o: { lang: string; title: string; kicker: string; heading: string; body: string; footer: string }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(o.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`,
    `<title>${esc(o.title)}</title></head>`,
    `<body style="margin:0;padding:0;background:${COLORS.page};${FONT};color:${COLORS.text}">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${COLORS.page}"><tr><td align="center" style="padding:24px 12px">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:660px;background:#ffffff;border:1px solid ${COLORS.line};border-radius:8px">`,
    `<tr><td style="padding:20px 24px 4px;${FONT}">`,
    `<div style="font-size:12px;letter-spacing:0.04em;text-transform:uppercase;color:${COLORS.muted}">${o.kicker}</div>`,
    `<div style="font-size:20px;line-height:1.35;font-weight:bold;margin:6px 0 0;color:${COLORS.text}">${o.heading}</div>`,
    '</td></tr>',
    o.body,
    `<tr><td style="padding:16px 24px 20px;border-top:1px solid ${COLORS.line};font-size:12px;line-height:1.5;color:${COLORS.muted};${FONT}">${o.footer}</td></tr>`,
    '</table></td></tr></table></body></html>',
  ].join('\n');
}

export function paragraph(html: string, extra = ''): string {
  return `<tr><td style="padding:8px 24px;font-size:14px;line-height:1.55;${FONT};${extra}">${html}</td></tr>`;
}

export function sectionHeading(text: string, color: string): string {
  return `<tr><td style="padding:18px 24px 2px;${FONT}"><div style="font-size:15px;font-weight:bold;color:${color};border-bottom:2px solid ${color};padding-bottom:4px">${text}</div></td></tr>`;
}

/** A task card: coloured bar on the left, title line then detail lines. */
export function card(color: string, titleHtml: string, lines: string[]): string {
  const detail = lines.map((l) => `<div style="font-size:13px;line-height:1.5;color:${COLORS.text};margin-top:2px">${l}</div>`).join('');
  return `<tr><td style="padding:6px 24px;${FONT}"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:${COLORS.soft};border-left:4px solid ${color};border-radius:4px"><tr><td style="padding:10px 12px;${FONT}"><div style="font-size:14px;line-height:1.45;font-weight:bold">${titleHtml}</div>${detail}</td></tr></table></td></tr>`;
}

export function muted(html: string): string {
  return `<span style="color:${COLORS.muted}">${html}</span>`;
}

export function strong(html: string, color: string): string {
  return `<span style="color:${color};font-weight:bold">${html}</span>`;
}

/** A two-column table of label → value (the summary's figures). */
export function figures(rows: Array<{ label: string; value: number; color?: string }>): string {
  const tr = rows
    .map((r) => `<tr><td style="padding:6px 10px;border-bottom:1px solid ${COLORS.line};font-size:14px;${FONT}">${r.label}</td><td align="right" style="padding:6px 10px;border-bottom:1px solid ${COLORS.line};font-size:14px;font-weight:bold;color:${r.color ?? COLORS.text};${FONT}">${r.value}</td></tr>`)
    .join('');
  return `<tr><td style="padding:6px 24px"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid ${COLORS.line};border-radius:4px">${tr}</table></td></tr>`;
}

/** A bullet list (already-escaped items). */
export function bullets(items: string[]): string {
  if (items.length === 0) return '';
  return `<tr><td style="padding:4px 24px 4px 40px;${FONT}"><ul style="margin:0;padding:0 0 0 4px">${items.map((i) => `<li style="font-size:13px;line-height:1.55;margin:2px 0">${i}</li>`).join('')}</ul></td></tr>`;
}
