// Trunk's post-build hook (see Trunk.toml): runs in the staging folder of every build.
//
// 0. In release builds, minifies the loader and wasm-bindgen's JavaScript with terser
//    (measured in DESIGN.md, "Size and speed"). Debug builds keep them readable.
// 1. Gives the names wasm-bindgen's JavaScript and WebAssembly share short names
//    (scripts/short-names.mjs), then writes the subresource-integrity hashes of the
//    WebAssembly files into the loader.
// 2. In every HTML file, turns `data-sri` on a <script src> or <link href> into
//    `integrity="sha384-…" crossorigin="anonymous"` for the file it names.
// 3. Writes integrity.json: the hash of every script, module, WebAssembly and stylesheet,
//    for host pages that embed the widget from their own markup.
// (The built-in questionnaire's files, one per language, are compiled by `cargo xtask
// build` into target/built-in, which index.html copies into questionnaires/.)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { minify } from 'terser';
import { shortenNames } from './short-names.mjs';

const dir = resolve(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist');
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// The loader starts the widget (index.html) and the team view (team.html); each page has
// its own WebAssembly, so the loader is told which module its folder holds. The widget's
// page also holds the widget for hosts' own questionnaires (`silo-check-custom`, copied in
// from custom.html's build), which the loader starts only for such a host, and the results
// screen of the built-in widget (`silo-check-results`, from results.html's build), which it
// starts with the first answer. custom.html's and results.html's own builds
// (target/custom-dist, target/results-dist) have no loader, only their module to minify.
const has = (module) => existsSync(join(dir, `${module}_bg.wasm`));
const team = has('silo-check-team');
const alone = !team && !has('silo-check-widget');
const module = team ? 'silo-check-team'
  : !alone ? 'silo-check-widget'
  : has('silo-check-custom') ? 'silo-check-custom' : 'silo-check-results';
const loader = join(dir, 'silo-check.js');
if (team) {
  // The team view reads hosts' questionnaires itself, and has no results screen: each of
  // the loader's modules is it.
  writeFileSync(loader, readFileSync(loader, 'utf8').replace(/silo-check-(widget|custom|results)/g, module));
}

if (process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--minify')) {
  for (const file of [...(alone ? [] : [loader]), join(dir, `${module}.js`)]) {
    const { code } = await minify(readFileSync(file, 'utf8'), {
      module: true,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    if (typeof code !== 'string') throw new Error(`terser returned nothing for ${relative(dir, file)}`);
    writeFileSync(file, code);
  }
}
// Short names for what the JavaScript and the WebAssembly share (scripts/short-names.mjs),
// before any hash is taken of either.
shortenNames(join(dir, `${module}_bg.wasm`), join(dir, `${module}.js`));
if (!alone) {
  const custom = team ? module : 'silo-check-custom';
  const results = team ? module : 'silo-check-results';
  for (const [other, page] of [[custom, 'custom.html'], [results, 'results.html']]) {
    if (!has(other)) throw new Error(`${other}_bg.wasm is missing: build ${page} first (cargo xtask build)`);
  }
  writeFileSync(loader, readFileSync(loader, 'utf8')
    .replace('__WASM_INTEGRITY__', sri(join(dir, `${module}_bg.wasm`)))
    .replace('__CUSTOM_INTEGRITY__', sri(join(dir, `${custom}_bg.wasm`)))
    .replace('__RESULTS_INTEGRITY__', sri(join(dir, `${results}_bg.wasm`))));
}

for (const page of files(dir).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(page, 'utf8');
  const out = html.replace(/<(script|link)\b([^>]*?)\sdata-sri\b([^>]*)>/g, (tag, name, before, after) => {
    const attrs = before + after;
    const ref = /\s(?:src|href)="([^"]+)"/.exec(attrs);
    if (!ref) throw new Error(`${relative(dir, page)}: data-sri on a tag without src or href: ${tag}`);
    const target = ref[1].startsWith('/') ? join(dir, ref[1]) : resolve(dirname(page), ref[1]);
    return `<${name}${before} integrity="${sri(target)}" crossorigin="anonymous"${after}>`;
  });
  if (out !== html) writeFileSync(page, out);
}

const hashes = Object.fromEntries(
  files(dir)
    .filter((f) => /\.(js|wasm|css)$/.test(f))
    .map((f) => [relative(dir, f), sri(f)])
    .sort(),
);
writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
