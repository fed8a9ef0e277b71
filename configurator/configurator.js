// The embed configurator: the form's options become a live <silo-check> element and two
// snippets, one inline and one for an iframe, with the integrity hashes of the build this
// page belongs to (its integrity.json) and the address it is served from.
const base = new URL('../', import.meta.url);
const form = document.getElementById('options');
const preview = document.getElementById('preview');
const inline = document.getElementById('inline-snippet');
const framed = document.getElementById('iframe-snippet');
const copied = document.getElementById('copied');
const SECTIONS = ['score', 'chart', 'model', 'start-here', 'plan', 'recommendations'];
const DEFAULT_ACCENT = '#1a56c4';
/** A questionnaire file picked in the form: its name and text, for the preview. */
let picked = null;

const hashes = fetch(new URL('integrity.json', base))
  .then((response) => (response.ok ? response.json() : {}))
  .catch(() => ({}));

/** The options the form sets, as the widget's option names and values; defaults left out. */
function chosen() {
  const value = (name) => form.elements[name].value.trim();
  const options = {};
  if (value('questionnaire')) options.questionnaire = value('questionnaire');
  else if (picked) options.questionnaire = `/questionnaires/${picked.name}`;
  if (value('lang')) options.lang = value('lang');
  if (value('theme') !== 'auto') options.theme = value('theme');
  if (value('accent').toLowerCase() !== DEFAULT_ACCENT) options.accent = value('accent');
  if (value('logo')) options.logo = value('logo');
  if (value('product-name')) options['product-name'] = value('product-name');
  const shown = [...form.querySelectorAll('input[name=show]:checked')].map((box) => box.value);
  if (shown.length !== SECTIONS.length) options.show = shown.join(',');
  if (!form.elements.storage.checked) options.storage = 'off';
  return options;
}

const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function inlineSnippet(options, integrity) {
  const file = (name) => {
    const hash = integrity[name] ? ` integrity="${integrity[name]}" crossorigin="anonymous"` : '';
    return { url: new URL(name, base).href, hash };
  };
  // A questionnaire of the host's own is read by the widget with the validator; the
  // built-in one by the smaller widget without it (the loader picks the same one).
  const module = file(options.questionnaire ? 'silo-check-custom.js' : 'silo-check-widget.js');
  const loader = file('silo-check.js');
  const attributes = Object.entries(options).map(([name, v]) => ` data-${name}="${attribute(v)}"`).join('');
  return [
    `<link rel="modulepreload" href="${module.url}"${module.hash}>`,
    `<script type="module" src="${loader.url}"${loader.hash}></script>`,
    '',
    `<div data-silo-check${attributes}></div>`,
  ].join('\n');
}

function iframeSnippet(options) {
  // Only these options may come from a page's address (a stranger can write one).
  const query = new URLSearchParams();
  for (const name of ['questionnaire', 'lang', 'theme', 'storage', 'show']) {
    if (options[name]) query.set(name, options[name]);
  }
  const src = new URL(`?${query}`, base).href.replace(/\?$/, '');
  const note = ['accent', 'logo', 'product-name'].some((name) => options[name])
    ? '<!-- The accent colour, logo and product name cannot travel in the address: host a page like examples/frame.html with them, and frame that. -->\n'
    : '';
  return `${note}<iframe src="${attribute(src)}" title="Silo Check self-assessment"\n        style="width: 100%; height: 52rem; border: 0"></iframe>`;
}

function showPreview(options) {
  const widget = document.createElement('silo-check');
  for (const [name, value] of Object.entries(options)) widget.setAttribute(name, value);
  if (picked) {
    // The picked file is handed to the preview in an element of this page: it is not on
    // a site yet.
    let element = document.getElementById('picked-questionnaire');
    if (!element) {
      element = document.createElement('script');
      element.type = 'application/json';
      element.id = 'picked-questionnaire';
      document.body.append(element);
    }
    element.textContent = picked.text;
    widget.setAttribute('questionnaire', '#picked-questionnaire');
  }
  // The preview keeps its answers apart from the widget's own on this site.
  widget.setAttribute('storage-namespace', 'silo-check-configurator');
  preview.replaceChildren(widget);
}

async function update() {
  const options = chosen();
  showPreview(options);
  const integrity = await hashes;
  inline.value = inlineSnippet(options, integrity);
  framed.value = iframeSnippet(options);
}

form.addEventListener('change', async (event) => {
  if (event.target.name === 'questionnaire-file') {
    const [file] = event.target.files;
    picked = file ? { name: file.name.replace(/[^A-Za-z0-9._-]/g, '-'), text: await file.text() } : null;
  }
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const area = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(area.value);
      copied.textContent = 'Copied.';
    } catch {
      area.focus();
      area.select();
      copied.textContent = `Selected: press ${/Mac/.test(navigator.platform) ? '⌘C' : 'Ctrl+C'} to copy.`;
    }
  });
}

update();
