// A tiny static file server for the end-to-end tests: serves a folder on 127.0.0.1 with
// the right MIME types (application/wasm matters for streaming compilation).
// usage: node tests/e2e/serve.mjs <folder> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// Misbehaving servers, for the tests only (dist has no file whose name starts with "__"):
// /__redirect?to=URL answers 302 to URL; /__hang never answers; /__stall sends a JSON
// questionnaire's headers and first byte, then nothing; /__endless sends a JSON body
// forever, about 10 MB/s, until the client goes. /__seen lists the paths this server was
// asked for since the last /__seen?clear (so a test can check a site got no request).
const seen = [];
const testRoutes = {
  '/__seen': (url, req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(seen));
    if (url.searchParams.has('clear')) seen.length = 0;
  },
  '/__redirect': (url, req, res) => {
    res.writeHead(302, { location: url.searchParams.get('to') ?? '/', 'cache-control': 'no-store' });
    res.end();
  },
  '/__hang': () => {},
  '/__stall': (url, req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.write('{');
  },
  '/__endless': (url, req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    const chunk = Buffer.alloc(100 * 1024, ' ');
    res.write('{"id": "endless", "padding": "');
    const timer = setInterval(() => res.write(chunk), 10);
    res.on('close', () => clearInterval(timer));
  },
};

createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const testRoute = testRoutes[url.pathname];
    if (url.pathname !== '/__seen') seen.push(`${url.pathname}${url.search}`);
    if (testRoute) return testRoute(url, req, res);
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root)) throw new Error('outside root');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
