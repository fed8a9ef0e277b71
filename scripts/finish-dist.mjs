// Trunk's post-build hook (see Trunk.toml): runs in the staging folder of every build.
//
// 0. In release builds, minifies the loader and wasm-bindgen's JavaScript with terser
//    (measured in DESIGN.md, "Size and speed"). Debug builds keep them readable.
// 1. Writes the WebAssembly file's subresource-integrity hash into the loader.
// 2. In every HTML file, turns `data-sri` on a <script src> or <link href> into
//    `integrity="sha384-…" crossorigin="anonymous"` for the file it names.
// 3. On the widget's page, writes the built-in questionnaire once per language,
//    questionnaires/social-media-integration.<tag>.json, without whitespace: the widget
//    fetches the visitor's language only (DESIGN.md, "Size and speed").
// 4. Writes integrity.json: the hash of every script, module, WebAssembly and stylesheet,
//    for host pages that embed the widget from their own markup.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

// The same loader starts the widget (index.html) and the team view (team.html): each page
// has its own WebAssembly, so the loader is told which module its folder holds.
const loader = join(dir, 'silo-check.js');
const team = existsSync(join(dir, 'silo-check-team_bg.wasm'));
const module = team ? 'silo-check-team' : 'silo-check-widget';
const wasm = join(dir, `${module}_bg.wasm`);
if (team) {
  writeFileSync(loader, readFileSync(loader, 'utf8').replaceAll('silo-check-widget', module));
}

if (process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--minify')) {
  for (const file of [loader, join(dir, `${module}.js`)]) {
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

if (!team) {
  const source = join(process.env.TRUNK_SOURCE_DIR ?? '.', 'questionnaires', 'social-media-integration.json');
  const built = join(dir, 'questionnaires');
  mkdirSync(built, { recursive: true });
  for (const [tag, text] of byLanguage(JSON.parse(readFileSync(source, 'utf8')))) {
    writeFileSync(join(built, `social-media-integration.${tag}.json`), text);
  }
}

/**
 * The questionnaire once in each of its languages: every text given per language (an
 * object whose keys are all declared languages) keeps only that language's entry, and the
 * file declares that one language. The result is a questionnaire of its own in the same
 * format, which the widget validates like any other.
 */
function byLanguage(questionnaire) {
  const tags = questionnaire.languages;
  if (!Array.isArray(tags) || tags.length === 0) throw new Error('the built-in questionnaire declares no languages');
  const isText = (value) => value !== null && typeof value === 'object' && !Array.isArray(value)
    && Object.keys(value).length > 0 && Object.keys(value).every((key) => tags.includes(key));
  const only = (value, tag) => {
    if (Array.isArray(value)) return value.map((v) => only(v, tag));
    if (isText(value)) {
      if (!(tag in value)) throw new Error(`a text of the built-in questionnaire has no "${tag}": ${JSON.stringify(value)}`);
      return { [tag]: value[tag] };
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, key === 'languages' ? [tag] : only(v, tag)]));
    }
    return value;
  };
  return tags.map((tag) => [tag, JSON.stringify(only(questionnaire, tag))]);
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
