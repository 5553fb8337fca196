// Builds the Apps Script bundle: build/Code.js (one plain script), build/*.html, build/appsscript.json.
// Apps Script needs entry points as real top-level function declarations, which an esbuild IIFE
// hides; so we learn the entry's exports from an ESM build's metafile, then emit the IIFE with a
// footer that declares `function name(...a) { return Tiendo.name(...a) }` for each export.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build');
const entry = path.join(root, 'src/gas/main.ts');

const common = { bundle: true, target: 'es2020', platform: 'neutral', mainFields: ['module', 'main'], legalComments: 'none', logLevel: 'error' };

async function exportsOf(file) {
  const r = await build({ ...common, entryPoints: [file], format: 'esm', write: false, metafile: true, outfile: 'x.js' });
  const outputs = Object.values(r.metafile.outputs);
  return outputs[0].exports.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
}

async function bundleGas() {
  const names = await exportsOf(entry);
  const footer = names.map((n) => `function ${n}() { return Tiendo.${n}.apply(this, arguments); }`).join('\n');
  const r = await build({
    ...common, entryPoints: [entry], format: 'iife', globalName: 'Tiendo', write: false, outfile: 'Code.js',
    // UTF-8 keeps Vietnamese text as written (escapes cost 33 KB); short identifiers cost nothing at run time.
    minify: true, charset: 'utf8', keepNames: false, footer: { js: footer },
  });
  const code = r.outputFiles[0].text;
  if (/^\s*(import|export)\s/m.test(code)) throw new Error('build/Code.js still has import/export');
  await writeOut('Code.js', code);
  return { names, bytes: Buffer.byteLength(code) };
}

/** Each src/ui/pages/NAME.html may have NAME.ts: bundled and inlined where `<!-- SCRIPT -->` stands. */
async function buildPages() {
  const dir = path.join(root, 'src/ui/pages');
  if (!existsSync(dir)) return [];
  const pages = [];
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
    const name = f.replace(/\.html$/, '');
    let html = await readFile(path.join(dir, f), 'utf8');
    const ts = path.join(dir, `${name}.ts`);
    if (existsSync(ts)) {
      const r = await build({ ...common, platform: 'browser', entryPoints: [ts], format: 'iife', write: false, outfile: 'p.js', minify: true });
      // `</script` inside the code would end the tag early.
      const js = r.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
      html = html.replace('<!-- SCRIPT -->', () => `<script>${js}</script>`);
    }
    const css = path.join(root, 'src/ui/style.css');
    if (html.includes('<!-- STYLE -->') && existsSync(css)) {
      const style = await readFile(css, 'utf8');
      html = html.replace('<!-- STYLE -->', () => `<style>${style}</style>`);
    }
    await writeOut(f, html);
    pages.push(f);
  }
  return pages;
}

// Tests read build/ while another test may rebuild it: each file is written beside its place and
// renamed over it (atomic), and only files no longer produced are removed, so a reader never
// sees a missing or half-written file.
await mkdir(out, { recursive: true });
const written = new Set();
async function writeOut(name, content) {
  const tmp = path.join(out, `.${name}.${process.pid}.tmp`);
  await writeFile(tmp, content);
  await rename(tmp, path.join(out, name));
  written.add(name);
}
const gas = await bundleGas();
const pages = await buildPages();
await writeOut('appsscript.json', await readFile(path.join(root, 'appsscript.json')));
for (const f of await readdir(out)) if (!written.has(f) && !f.endsWith('.tmp')) await rm(path.join(out, f), { force: true });
if (!process.argv.includes('--quiet')) {
  console.log(`build/Code.js ${gas.bytes} bytes, ${gas.names.length} entry points; ${pages.length} page(s)`);
}
