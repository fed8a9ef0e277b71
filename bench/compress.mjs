// The compressors the size figures use, shared by precompress.mjs (the files hosts serve),
// size-budget.mjs (the test) and run.mjs (the side-by-side benchmark):
// - gzip: Zopfli (@gfx/zopfli, pinned, a WebAssembly build of google/zopfli, 15
//   iterations), which writes ordinary gzip any browser reads, about 6 % smaller than
//   zlib's level 9, and the same bytes on every machine;
// - gzip -9: Node's zlib at level 9, about what a server compressing on the fly sends;
// - brotli: Node's brotli at quality 11.
import { gzipAsync } from '@gfx/zopfli';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const zopfli = async (body) => Buffer.from(await gzipAsync(body, { numiterations: 15 }));

export const zlib9 = (body) => gzipSync(body, { level: 9 });

export const brotli = (body, wasm = false) =>
  brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: wasm ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });

/** Every size of one file's bytes. */
export async function sizes(body, wasm = false) {
  return {
    raw: body.length,
    gzip: (await zopfli(body)).length,
    gzip9: zlib9(body).length,
    brotli: brotli(body, wasm).length,
  };
}
