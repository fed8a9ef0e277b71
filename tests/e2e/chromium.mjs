// How every browser run of this project starts Chromium and serves files: the end-to-end
// tests (playwright.config.mjs), the benchmarks (bench/) and the screenshots (scripts/).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Launch options for Debian's Chromium (never a downloaded browser). The
 * background-networking flags keep it from calling out of this machine's closed network.
 */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

const server = fileURLToPath(new URL('./serve.mjs', import.meta.url));

/** Serves `folder` on 127.0.0.1:`port` (serve.mjs); resolves with the process once it listens. */
export function serve(folder, port) {
  const child = spawn(process.execPath, [server, folder, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveServer, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server for ${folder} exited (${code})`)));
    child.stdout.once('data', () => resolveServer(child));
  });
}
