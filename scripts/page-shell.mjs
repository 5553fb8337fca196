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

/** The whole page: the shell with the page's parts in place (a part left empty leaves no blank line). */
export function inShell(shell, source, file) {
  const parts = pageParts(source, file);
  const template = shell.replace(/^<!--[\s\S]*?-->\n/, '');
  return template
    .replace(/^\{\{(\w+)\}\}\n/gm, (line, name) => (parts[name] ? `${parts[name]}\n` : ''))
    .replace(/\{\{(\w+)\}\}/g, (_, name) => parts[name]);
}
