// Writes FILE.gz (gzip by Zopfli) and FILE.br (brotli, quality 11) next to every file of a
// release build, for hosts that serve precompressed files (nginx `gzip_static on` and
// `brotli_static on`, Caddy `precompressed br gzip`, most CDNs): they send the .br or .gz
// with `Content-Encoding` to browsers that accept it, so nothing is compressed per request
// and the files are smaller than on-the-fly compression makes them. A copy that would not
// be smaller is not written. Subresource-integrity hashes stay valid: they cover the
// decoded bytes.
//
// Every release build of `cargo xtask build`, `test` and `bench` runs it after Trunk.
// usage: node bench/precompress.mjs [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotli, zopfli } from './compress.mjs';

const dir = resolve(process.argv[2] ?? 'dist');
const COMPRESSIBLE = /\.(html|js|mjs|wasm|css|json|svg|txt|map)$/;

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let before = 0;
let gzipTotal = 0;
let brotliTotal = 0;
for (const file of files(dir).filter((f) => COMPRESSIBLE.test(f))) {
  const body = readFileSync(file);
  const gz = await zopfli(body);
  const br = brotli(body, file.endsWith('.wasm'));
  before += body.length;
  for (const [ext, packed] of [['gz', gz], ['br', br]]) {
    const smaller = packed.length < body.length;
    if (smaller) writeFileSync(`${file}.${ext}`, packed);
    const size = smaller ? packed.length : body.length;
    if (ext === 'gz') gzipTotal += size;
    else brotliTotal += size;
  }
}
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(
  `precompressed ${relative(process.cwd(), dir) || '.'}: ${kb(before)} → ${kb(gzipTotal)} gzip (.gz), ${kb(brotliTotal)} brotli (.br)`,
);
