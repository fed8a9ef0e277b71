// Checks that a questionnaire says everything in its own words: no run of eight words
// (or the length given with --words) of its texts appears in any of the source texts.
// Source labels (citations) are not checked.
//
//   node scripts/own-words.mjs questionnaires/social-media-integration.json ../shared/domain.md ../shared/seeds
//
// Every argument after the questionnaire is a text file or a folder of them. Words are
// compared lower-cased, without punctuation, so a run found with other commas or quotes
// still counts. Prints each run found with where it is, and exits with 1 if there is any.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
let size = 8;
const at = args.indexOf('--words');
if (at >= 0) {
  size = Number(args[at + 1]);
  args.splice(at, 2);
}
const [file, ...sources] = args;
if (!file || sources.length === 0 || !(size > 1)) {
  console.error('usage: node scripts/own-words.mjs QUESTIONNAIRE SOURCE... [--words N]');
  process.exit(2);
}

const words = (text) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean);

const runs = (text) => {
  const w = words(text);
  const out = [];
  for (let i = 0; i + size <= w.length; i++) out.push(w.slice(i, i + size).join(' '));
  return out;
};

const files = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path).sort().flatMap((name) => files(join(path, name)))
    : [path];

const known = new Map();
const sourceFiles = sources.flatMap(files);
for (const source of sourceFiles) {
  for (const run of runs(readFileSync(source, 'utf8'))) {
    if (!known.has(run)) known.set(run, source);
  }
}

// Every text of the questionnaire with its path, every language, except source labels.
const texts = [];
const walk = (value, path) => {
  if (typeof value === 'string') texts.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (path.endsWith('.methodology.sources') || /\.sources\[\d+\]$/.test(path)) continue;
      walk(v, `${path}.${key}`);
    }
  }
};
walk(JSON.parse(readFileSync(file, 'utf8')), '$');

let found = 0;
for (const [path, text] of texts) {
  for (const run of runs(text)) {
    const source = known.get(run);
    if (source) {
      found++;
      console.log(`${path}: "${run}" is in ${source}`);
    }
  }
}
console.log(
  found === 0
    ? `OK: no run of ${size} words of ${texts.length} texts is in the ${sourceFiles.length} source files.`
    : `${found} runs of ${size} words come from the sources; say them in your own words.`,
);
process.exit(found === 0 ? 0 : 1);
