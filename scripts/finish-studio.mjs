// The studio's post-build hook (studio/Trunk.toml): in release builds, minifies the start
// script and wasm-bindgen's JavaScript with terser, as finish-dist.mjs does for the widget.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'terser';

const dir = resolve(process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'target/studio-dist');
if (process.env.TRUNK_PROFILE === 'release') {
  for (const name of ['silo-check-studio.js', 'start.js']) {
    const file = join(dir, name);
    const { code } = await minify(readFileSync(file, 'utf8'), {
      module: true,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false },
    });
    if (typeof code !== 'string') throw new Error(`terser returned nothing for ${name}`);
    writeFileSync(file, code);
  }
}
