// Silo Check loader. Add it to a page with
//   <script type="module" src=".../silo-check.js" integrity="sha384-..." crossorigin="anonymous"></script>
// and it mounts a widget into every <div data-silo-check> on the page.
// The build (scripts/finish-dist.mjs) writes the WebAssembly file's hash below, so the
// browser refuses a module that was changed after the build.
import init from './silo-check-widget.js';

const wasm = new URL('./silo-check-widget_bg.wasm', import.meta.url);
init({ module_or_path: fetch(wasm, { integrity: '__WASM_INTEGRITY__', credentials: 'same-origin' }) });
