// Makes the installable package from the release build in dist/ (run by `cargo xtask
// package`, after the build): a host installs it with npm or unzips it, copies one folder to
// its site and pastes a snippet; no Rust needed.
//
// target/package/silo-check-widget/      the package folder:
//   package.json                         a real, public package (name, version, licence)
//   README.md                            how to install and embed, with the snippet whose
//                                        integrity hashes fit this build
//   LICENSE
//   v<version>/                          the widget's files (dist/ without examples/): a
//                                        versioned folder, so a host can cache it forever
// target/package/silo-check-widget-<version>.tgz   what `npm pack` makes of it
// target/package/silo-check-widget-<version>.zip   the same files, for those without npm
//
// usage: node scripts/package.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

export const NAME = 'silo-check-widget';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The widget's version: the root package's, in Cargo.toml. */
export function version() {
  const found = /^version = "([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'));
  if (!found) throw new Error('Cargo.toml names no version');
  return found[1];
}

/** Where a host puts the versioned folder, as the snippet assumes. */
export const sitePath = (v) => `/silo-check/v${v}/`;

/** The markers around the snippet in the package's README, for the test that uses it. */
export const SNIPPET_START = '<!-- silo-check snippet -->';
export const SNIPPET_END = '<!-- end of snippet -->';

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function snippet(v, integrity) {
  const at = sitePath(v);
  const hash = (file) => {
    if (!integrity[file]) throw new Error(`dist/integrity.json has no hash for ${file}`);
    return integrity[file];
  };
  return [
    `<link rel="modulepreload" href="${at}silo-check-widget.js"`,
    `      integrity="${hash('silo-check-widget.js')}" crossorigin="anonymous">`,
    `<script type="module" src="${at}silo-check.js"`,
    `        integrity="${hash('silo-check.js')}" crossorigin="anonymous"></script>`,
    '',
    '<div data-silo-check>',
    '  <p>Silo Check is starting… If this text stays, Silo Check could not start here.</p>',
    '</div>',
  ].join('\n');
}

function readme(v, integrity) {
  return `# Silo Check widget ${v}

Silo Check is a self-assessment of how far an organisation has integrated social media
beyond a single department: a questionnaire, a score and maturity level per area, a radar
chart and prioritised recommendations. It runs entirely in the visitor's browser: no
server, no cookies, no third-party requests.

## Install

With npm, from this package's tarball:

\`\`\`sh
npm install ./${NAME}-${v}.tgz
\`\`\`

or unzip \`${NAME}-${v}.zip\`. Then copy the folder \`v${v}\` (in
\`node_modules/${NAME}/\` after npm) to your site as \`${sitePath(v)}\`. Every name in it
stays the same for this version, so your server may let browsers cache it for a year. Serve
\`.wasm\` files as \`application/wasm\`; the \`.gz\` and \`.br\` copies are there for servers
that send precompressed files.

## Embed

Paste this where the widget should appear (the hashes let the browser refuse files that
were changed after this build):

${SNIPPET_START}
\`\`\`html
${snippet(v, integrity)}
\`\`\`
${SNIPPET_END}

With a questionnaire of your own (\`data-questionnaire\`), preload \`silo-check-custom.js\`
instead of \`silo-check-widget.js\` (its hash is in \`integrity.json\`): the loader then starts
the widget that validates questionnaires, and the built-in questionnaire's visitors keep the
smaller one.

The team view (a page for comparing colleagues' results) is in \`team/\` of the same folder,
and the results link to it. Options (language, theme, accent colour, your own
questionnaire), events for your page's script and framing in an iframe are described in the
project's README.
`;
}

const LICENSE = `Silo Check is licensed under either of

- the MIT licence, below, or
- the Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0),

at your option.

MIT License

Copyright (c) 2026 the Silo Check developers

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const v = version();
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'integrity.json'))) {
    console.error('package: dist/ has no release build: run `cargo xtask build` first');
    process.exit(1);
  }
  const out = join(root, 'target', 'package');
  const folder = join(out, NAME);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const versioned = join(folder, `v${v}`);
  cpSync(dist, versioned, {
    recursive: true,
    filter: (src) => !relative(dist, src).split(sep).includes('examples'),
  });
  const integrity = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8'));
  const manifest = {
    name: NAME,
    version: v,
    description: 'Silo Check: a social media integration maturity self-assessment widget (WebAssembly), ready to copy to a website.',
    license: 'MIT OR Apache-2.0',
    keywords: ['self-assessment', 'maturity-model', 'social-media', 'widget', 'webassembly'],
    files: [`v${v}/`, 'README.md', 'LICENSE'],
  };
  writeFileSync(join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(folder, 'README.md'), readme(v, integrity));
  writeFileSync(join(folder, 'LICENSE'), LICENSE);
  execFileSync('npm', ['pack', '--pack-destination', out, '--silent'], { cwd: folder, stdio: ['ignore', 'ignore', 'inherit'] });
  const entries = Object.fromEntries(
    files(folder).map((f) => [`${NAME}/${relative(folder, f).split(sep).join('/')}`, readFileSync(f)]),
  );
  writeFileSync(join(out, `${NAME}-${v}.zip`), zipSync(entries, { level: 9 }));
  console.log(`package: ${relative(root, join(out, `${NAME}-${v}.tgz`))} and ${NAME}-${v}.zip (${Object.keys(entries).length} files)`);
}
