// A page of src/ui/pages put into the page shell (src/ui/shell.html): the page file holds its own
// parts only (base target, title, style, body attributes, markup); the shell holds what every
// page repeats. A page file missing its base or title is refused with the file's name.

/** The page file's parts. */
export function pageParts(source, file) {
  let rest = source.replace(/^\uFEFF/, '');
  const take = (re, what) => {
    const m = re.exec(rest);
    if (!m) throw new Error(`${file}: expected ${what} here: ${JSON.stringify(rest.slice(0, 60))}`);
    rest = rest.slice(m[0].length);
    return m;
  };
  const base = take(/^<base target="[^"]+">\n/, '<base target="…">')[0].trimEnd();
  const title = take(/^<title>[^<]*<\/title>\n/, '<title>…</title>')[0].trimEnd();
  const styles = /^(?:<style>\n[\s\S]*?\n<\/style>\n)*/.exec(rest)[0];
  rest = rest.slice(styles.length);
  const bodyTag = /^<body([^>]*)>\n/.exec(rest);
  if (bodyTag) rest = rest.slice(bodyTag[0].length);
  if (/<\/?(?:html|head|body)\b|<!DOCTYPE/i.test(rest)) throw new Error(`${file}: the shell writes <html>, <head> and <body>; the page holds its markup only`);
  return { base, title, style: styles.trimEnd(), bodyAttributes: bodyTag ? bodyTag[1] : '', body: rest.trimEnd() };
}

const STATUS_LINE = '<p class="status" id="status" role="status" aria-live="polite"></p>';

/**
 * The page's action bar marked `data-status` ends with the page's status line (a polite live
 * region that src/ui/client/dom.ts `setStatus` writes), the same on every page.
 */
function withStatusLine(body, file) {
  const bars = [...body.matchAll(/^( *)<div class="actions[^"]*" data-status>\n[\s\S]*?^\1<\/div>/gm)];
  if (bars.length > 1) throw new Error(`${file}: only one action bar may carry the status line (data-status)`);
  if (bars.length && body.includes('id="status"')) throw new Error(`${file}: the status line is written by the shell (data-status); the page must not have its own`);
  return body.replace(/^( *)(<div class="actions[^"]*") data-status>(\n[\s\S]*?)^\1<\/div>/m, (_, indent, open, inner) => `${indent}${open}>${inner}${indent}  ${STATUS_LINE}\n${indent}</div>`);
}

/** The whole page: the shell with the page's parts in place (a part left empty leaves no blank line). */
export function inShell(shell, source, file) {
  const parts = pageParts(source, file);
  parts.body = withStatusLine(parts.body, file);
  const template = shell.replace(/^<!--[\s\S]*?-->\n/, '');
  return template
    .replace(/^\{\{(\w+)\}\}\n/gm, (line, name) => (parts[name] ? `${parts[name]}\n` : ''))
    .replace(/\{\{(\w+)\}\}/g, (_, name) => parts[name]);
}
