// Builds the Apps Script bundle: build/Code.js (one plain script), build/*.html, build/appsscript.json.
// Apps Script needs entry points as real top-level function declarations, which an esbuild IIFE
// hides; so we learn the entry's exports from an ESM build's metafile, then emit the IIFE with a
// footer that declares `function name(...a) { return Tiendo.name(...a) }` for each export.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inShell } from './page-shell.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build');
const entry = path.join(root, 'src/gas/main.ts');

const common = { bundle: true, target: 'es2020', platform: 'neutral', mainFields: ['module', 'main'], legalComments: 'none', logLevel: 'error' };

async function exportsOf(file) {
  const r = await build({ ...common, entryPoints: [file], format: 'esm', write: false, metafile: true, outfile: 'x.js' });
  const outputs = Object.values(r.metafile.outputs);
  return outputs[0].exports.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
}

/**
 * The offline CLI's strings (src/core/i18n/catalog/cli*.ts) are used only under src/node: the
 * Apps Script bundle gets empty catalogues in their place (tests/gas/bundle-size.test.ts checks
 * that no Apps Script code asks for a `cli.` key).
 */
const CLI_CATALOGUES = /[\\/]i18n[\\/]catalog[\\/]cli(-help)?(\.ts)?$/;
const withoutCliStrings = {
  name: 'without-cli-strings',
  setup(b) {
    b.onResolve({ filter: /catalog\/cli(-help)?$/ }, (args) => {
      const full = path.resolve(args.resolveDir, args.path);
      return CLI_CATALOGUES.test(full) ? { path: full, namespace: 'cli-strings' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'cli-strings' }, () => ({ contents: 'export const vi = {}; export const en = {};', loader: 'js' }));
  },
};

async function bundleGas() {
  const names = await exportsOf(entry);
  const footer = names.map((n) => `function ${n}() { return Tiendo.${n}.apply(this, arguments); }`).join('\n');
  const r = await build({
    ...common, entryPoints: [entry], format: 'iife', globalName: 'Tiendo', write: false, outfile: 'Code.js',
    // UTF-8 keeps Vietnamese text as written (escapes cost 33 KB); short identifiers cost nothing at run time.
    minify: true, charset: 'utf8', keepNames: false, footer: { js: footer }, plugins: [withoutCliStrings], metafile: true,
  });
  const code = r.outputFiles[0].text;
  if (/^\s*(import|export)\s/m.test(code)) throw new Error('build/Code.js still has import/export');
  await writeOut('Code.js', code);
  // What takes the bytes: `node scripts/build.mjs --sizes` lists the largest inputs.
  if (process.argv.includes('--sizes')) {
    const inputs = Object.entries(Object.values(r.metafile.outputs)[0].inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
    for (const [bytes, name] of inputs.slice(0, 30)) console.log(`${String(bytes).padStart(8)}  ${name}`);
  }
  return { names, bytes: Buffer.byteLength(code) };
}

/**
 * Each src/ui/pages/NAME.html is put in the page shell (src/ui/shell.html, scripts/page-shell.mjs);
 * its NAME.ts, if any, is bundled and inlined where `<!-- SCRIPT -->` stands.
 */
async function buildPages() {
  const dir = path.join(root, 'src/ui/pages');
  if (!existsSync(dir)) return [];
  const pages = [];
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.html'))) {
    const name = f.replace(/\.html$/, '');
    // Each page file holds its own parts; the shell adds what every page shares.
    let html = inShell(await readFile(path.join(root, 'src/ui/shell.html'), 'utf8'), await readFile(path.join(dir, f), 'utf8'), `src/ui/pages/${f}`);
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

/**
 * The sample plan as a project file read only when the user asks for it (src/gas/sample.ts): JSON
 * with `<` escaped, so nothing in it can read as markup.
 */
async function buildSample() {
  const r = await build({ ...common, entryPoints: [path.join(root, 'src/core/sample/data.ts')], format: 'esm', write: false, outfile: 's.js' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  const json = JSON.stringify({ ...mod.samplePlan(), settings: mod.SAMPLE_SETTINGS }).replace(/</g, '\\u003c');
  await writeOut('sample-data.html', json);
  return Buffer.byteLength(json);
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
await buildSample();
await writeOut('appsscript.json', await readFile(path.join(root, 'appsscript.json')));
for (const f of await readdir(out)) if (!written.has(f) && !f.endsWith('.tmp')) await rm(path.join(out, f), { force: true });
if (!process.argv.includes('--quiet')) {
  console.log(`build/Code.js ${gas.bytes} bytes, ${gas.names.length} entry points; ${pages.length} page(s)`);
}
