// Gives the names that wasm-bindgen's JavaScript and its WebAssembly share short names.
//
// wasm-bindgen names every function the WebAssembly imports from its JavaScript after the
// Rust function and a 16-digit hash (`__wbg_addEventListener_847fd86b8c33ec43`), and so the
// closures' exports. The names are written twice, in the JavaScript's import object and in
// the WebAssembly's import section, and random hex digits do not compress: for the widget's
// 222 imports they cost 6.7 KB of a first visit's gzip (DESIGN.md, "Size and speed").
// wasm-opt's `--minify-imports-and-exports-and-modules` would rename them but also renames
// the exports the JavaScript reads by name (`memory`, `__wbindgen_malloc`), and its
// `--minify-imports` leaves every import of a module other than `env` as it is; so this
// rewrites the two sections itself, and checks the result before anything is written:
// the rewritten WebAssembly must compile, and every name it imports must be a key of the
// JavaScript's import object, with no old name left.
//
// usage (scripts/finish-dist.mjs): shortenNames(wasmFile, jsFile)
import { readFileSync, writeFileSync } from 'node:fs';

const IMPORT = 2;
const EXPORT = 7;

/** An unsigned LEB128 number at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at];
    if (byte === undefined) throw new Error('the WebAssembly ends inside a number');
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A length-prefixed name at `at`: [text, next offset]. */
function name(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [bytes.subarray(start, start + length).toString('utf8'), start + length];
}

const encodeName = (text) => {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([encodeLeb(utf8.length), utf8]);
};

/** Skips limits (of a table or a memory): a flags byte, the minimum and maybe a maximum. */
function limits(bytes, at) {
  const flags = bytes[at];
  let [, next] = leb(bytes, at + 1);
  if (flags & 1) [, next] = leb(bytes, next);
  return next;
}

/** The end of an import's description (what it imports: function, table, memory, …). */
function importDescription(bytes, at) {
  const kind = bytes[at];
  switch (kind) {
    case 0x00: return leb(bytes, at + 1)[1]; // a function: its type's index
    case 0x01: return limits(bytes, at + 2); // a table: its element type, then limits
    case 0x02: return limits(bytes, at + 1); // a memory
    case 0x03: return at + 3; // a global: its value type and mutability
    case 0x04: return leb(bytes, at + 2)[1]; // a tag: an attribute byte and a type index
    default: throw new Error(`an import of unknown kind ${kind}`);
  }
}

/** The WebAssembly's sections: [{ id, start, end }], `start` and `end` of the content. */
function sections(bytes) {
  const found = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    found.push({ id, head: at, start, end: start + size });
    at = start + size;
  }
  return found;
}

/** The section rebuilt with each entry's name renamed by `rename`. */
function renamed(bytes, section, rename) {
  let [count, at] = leb(bytes, section.start);
  const parts = [encodeLeb(count)];
  for (; count > 0; count -= 1) {
    if (section.id === IMPORT) {
      const [module, afterModule] = name(bytes, at);
      const [field, afterField] = name(bytes, afterModule);
      const end = importDescription(bytes, afterField);
      parts.push(encodeName(module), encodeName(rename(field)), bytes.subarray(afterField, end));
      at = end;
    } else {
      const [field, afterField] = name(bytes, at);
      const end = leb(bytes, afterField + 1)[1];
      parts.push(encodeName(rename(field)), bytes.subarray(afterField, end));
      at = end;
    }
  }
  if (at !== section.end) throw new Error(`section ${section.id} has bytes after its entries`);
  const content = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([section.id]), encodeLeb(content.length), content]);
}

/** Whether an export may be renamed: only those named with a hash, which nothing outside reads. */
const hashedExport = (field) => /^wasm_bindgen__convert__closures_+invoke__h[0-9a-f]{16}(_\d+)?$/.test(field);

export function shortenNames(wasmFile, jsFile) {
  const bytes = readFileSync(wasmFile);
  let js = readFileSync(jsFile, 'utf8');
  const names = new Map();
  const shorten = (field) => {
    if (!names.has(field)) names.set(field, `w${names.size.toString(36)}`);
    return names.get(field);
  };
  const rebuilt = [bytes.subarray(0, 8)];
  for (const section of sections(bytes)) {
    if (section.id === IMPORT) rebuilt.push(renamed(bytes, section, shorten));
    else if (section.id === EXPORT) rebuilt.push(renamed(bytes, section, (f) => (hashedExport(f) ? shorten(f) : f)));
    else rebuilt.push(bytes.subarray(section.head, section.end));
  }
  const out = Buffer.concat(rebuilt);
  // Longest first, so that no name is replaced inside a longer one.
  for (const [old, short] of [...names].sort(([a], [b]) => b.length - a.length)) {
    const pattern = new RegExp(`\\b${old}\\b`, 'g');
    if (!pattern.test(js)) throw new Error(`${jsFile} does not name ${old}, which the WebAssembly imports or exports`);
    js = js.replace(pattern, () => short);
  }
  const module = new WebAssembly.Module(out);
  for (const { name: field } of WebAssembly.Module.imports(module)) {
    if (!new RegExp(`\\b${field}\\b`).test(js)) throw new Error(`after shortening, ${jsFile} does not provide the import ${field}`);
  }
  for (const old of names.keys()) {
    if (js.includes(old)) throw new Error(`after shortening, ${jsFile} still names ${old}`);
  }
  writeFileSync(wasmFile, out);
  writeFileSync(jsFile, js);
  return names.size;
}
