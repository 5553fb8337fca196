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
 * Catalogue text goes only where code names it. A key counts as named by a bundle when one of the
 * bundle's own source files writes it in quotes (`t(lang, 'ui.setup.done')`,
 * `data-i18n="ui.common.close"`) or builds it from a template whose fixed part starts it
 * (`status.${s}` names every `status.*` key): the rule of tests/core/i18n/keys-used.test.ts.
 * So build/Code.js carries the keys server code names (not the offline CLI's, not the strings
 * only a page shows), build/features.html those of the importer and documents, and each page
 * the keys its own script and markup name (buildPages). tests/gas/page-strings.test.ts checks
 * the split through the built files.
 */
const CATALOGUE_FILE = /[\\/]i18n[\\/]catalog[\\/]([\w-]+)\.ts$/;
const catalogues = new Map(); // file → { vi, en }
async function loadCatalogues() {
  const dir = path.join(root, 'src/core/i18n/catalog');
  for (const f of (await readdir(dir)).filter((f) => f.endsWith('.ts'))) {
    const file = path.join(dir, f);
    const r = await build({ ...common, entryPoints: [file], format: 'esm', write: false, outfile: 'c.js' });
    const mod = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
    if (mod.vi) catalogues.set(file, mod); // words.ts has no keys: the catalogues refer to it
  }
}
function allKeys() {
  return [...catalogues.values()].flatMap((c) => Object.keys(c.vi));
}

/** The catalogue keys named by these source texts. */
function keysNamedIn(texts) {
  const quoted = new Set();
  const prefixes = new Set();
  for (const text of texts) {
    for (const m of text.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/gi)) quoted.add(m[1]);
    for (const m of text.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/gi)) prefixes.add(m[1]);
  }
  return new Set(allKeys().filter((k) => quoted.has(k) || [...prefixes].some((p) => k.startsWith(p))));
}

/** The source texts (catalogues and packages aside) a build's metafile lists as its inputs. */
async function sourcesOf(metafile) {
  const files = Object.keys(metafile.inputs).filter((f) => !f.includes('node_modules') && !CATALOGUE_FILE.test(path.resolve(root, f)));
  return Promise.all(files.map((f) => readFile(path.resolve(root, f), 'utf8')));
}

/** Replaces each catalogue module by its entries whose keys are in `keep`. */
function onlyKeys(keep) {
  return {
    name: 'only-named-keys',
    setup(b) {
      b.onLoad({ filter: CATALOGUE_FILE }, (args) => {
        const c = catalogues.get(args.path);
        if (!c) return undefined;
        const pick = (table) => Object.fromEntries(Object.entries(table).filter(([k]) => keep.has(k)));
        return { contents: `export const vi = ${JSON.stringify(pick(c.vi))}; export const en = ${JSON.stringify(pick(c.en))};`, loader: 'js' };
      });
    },
  };
}

/** Builds twice: once whole to learn which sources the bundle holds, then with only their keys. */
async function buildWithNamedKeys(options) {
  const first = await build({ ...options, write: false, metafile: true, minify: false });
  const keep = keysNamedIn(await sourcesOf(first.metafile));
  const r = await build({ ...options, write: false, metafile: true, plugins: [...(options.plugins ?? []), onlyKeys(keep)] });
  return { r, keep };
}

async function bundleGas() {
  const names = await exportsOf(entry);
  const footer = names.map((n) => `function ${n}() { return Tiendo.${n}.apply(this, arguments); }`).join('\n');
  const { r } = await buildWithNamedKeys({
    ...common, entryPoints: [entry], format: 'iife', globalName: 'Tiendo', outfile: 'Code.js',
    // UTF-8 keeps Vietnamese text as written (escapes cost 33 KB); short identifiers cost nothing at run time.
    minify: true, charset: 'utf8', keepNames: false, footer: { js: footer },
  });
  const code = r.outputFiles[0].text;
  if (/^\s*(import|export)\s/m.test(code)) throw new Error('build/Code.js still has import/export');
  await writeOut('Code.js', code);
  // What takes the bytes: `node scripts/build.mjs --sizes` lists the largest inputs (`--all`: every one).
  if (process.argv.includes('--sizes')) {
    const inputs = Object.entries(Object.values(r.metafile.outputs)[0].inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
    for (const [bytes, name] of inputs.slice(0, process.argv.includes('--all') ? undefined : 30)) console.log(`${String(bytes).padStart(8)}  ${name}`);
  }
  return { names, bytes: Buffer.byteLength(code) };
}

/**
 * The rarely used features (src/gas/features.ts: importer, documents and what a document needs seldom) as a second, self-contained
 * bundle in a project file that Apps Script does not parse at each execution; src/gas/lazy.ts
 * evaluates it when one of them is called. Its last statement leaves `TiendoFeatures` defined.
 */
async function bundleFeatures() {
  const { r } = await buildWithNamedKeys({
    ...common, entryPoints: [path.join(root, 'src/gas/features.ts')], format: 'iife', globalName: 'TiendoFeatures', outfile: 'features.js',
    minify: true, charset: 'utf8', keepNames: false,
  });
  await writeOut('features.html', r.outputFiles[0].text);
  return Buffer.byteLength(r.outputFiles[0].text);
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
      const options = { ...common, platform: 'browser', entryPoints: [ts], format: 'iife', write: false, outfile: 'p.js', minify: true, metafile: true };
      const first = await build({ ...options, minify: false });
      // The catalogue entries the page's own script and markup name, in both languages (the help
      // page switches language in place); the server sends only the language and data (src/gas/page.ts).
      const keys = keysNamedIn([html, ...(await sourcesOf(first.metafile))]);
      // Code the page shares with the server may read the catalogue itself (settings labels): it gets these entries only.
      const r = await build({ ...options, plugins: [onlyKeys(keys)] });
      // `</script` inside the code would end the tag early.
      const js = r.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
      const text = { vi: {}, en: {} };
      for (const c of catalogues.values()) {
        for (const k of Object.keys(c.vi)) if (keys.has(k)) { text.vi[k] = c.vi[k]; text.en[k] = c.en[k] || c.vi[k]; }
      }
      const json = JSON.stringify(text).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
      html = html.replace('<!-- SCRIPT -->', () => `<script>window.__TIENDO_TEXT__=${json};</script><script>${js}</script>`);
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
await loadCatalogues();
const gas = await bundleGas();
const features = await bundleFeatures();
const pages = await buildPages();
await buildSample();
await writeOut('appsscript.json', await readFile(path.join(root, 'appsscript.json')));
for (const f of await readdir(out)) if (!written.has(f) && !f.endsWith('.tmp')) await rm(path.join(out, f), { force: true });
if (!process.argv.includes('--quiet')) {
  console.log(`build/Code.js ${gas.bytes} bytes, ${gas.names.length} entry points; build/features.html ${features} bytes; ${pages.length} page(s)`);
}
