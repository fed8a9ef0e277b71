// Starts the studio's WebAssembly (its `main` mounts the studio): a file of its own rather
// than an inline script, so the page runs under a strict Content-Security-Policy.
import init from './silo-check-studio.js';

init();
