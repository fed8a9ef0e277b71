// Trunk's post-build hook (see Trunk.toml): runs in the staging folder of every build.
//
// 0. In release builds, minifies the loader and wasm-bindgen's JavaScript with terser
//    (measured in DESIGN.md, "Size and speed"). Debug builds keep them readable.
// 1. Writes the WebAssembly file's subresource-integrity hash into the loader.
// 2. In every HTML file, turns `data-sri` on a <script src> or <link href> into
//    `integrity="sha384-…" crossorigin="anonymous"` for the file it names.
// 3. Writes integrity.json: the hash of every script, module, WebAssembly and stylesheet,
//    for host pages that embed the widget from their own markup.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { minify } from 'terser';

const dir = resolve(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist');
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const loader = join(dir, 'silo-check.js');
const wasm = join(dir, 'silo-check-widget_bg.wasm');

if (process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--minify')) {
  for (const file of [loader, join(dir, 'silo-check-widget.js')]) {
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
writeFileSync(loader, readFileSync(loader, 'utf8').replace('__WASM_INTEGRITY__', sri(wasm)));

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
