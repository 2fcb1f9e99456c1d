// A small static server for the production build: right content types, no caching of the
// HTML and service worker, long caching of hashed assets, index.html for unknown paths, and text
// sent gzip-compressed when the browser accepts it (as any static host does).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSED = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
]);

/** Each file's gzip, made once per version of the file (by path, size and time of change). */
const gzipped = new Map();
function gzipOf(file, info, body) {
  const key = `${file}\0${info.size}\0${info.mtimeMs}`;
  let out = gzipped.get(key);
  if (!out) gzipped.set(key, (out = gzipSync(body, { level: 9 })));
  return out;
}

/** Starts serving `dir`; port 0 picks a free port. Returns the URL, a way to switch the folder, and close. */
export async function startServer({ dir = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  let root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, '');
      if (path.includes('..')) throw new Error('bad path');
      let file = join(root, path || 'index.html');
      let info = await stat(file).catch(() => null);
      if (!info || info.isDirectory()) {
        file = join(root, 'index.html');
        info = await stat(file);
      }
      const ext = extname(file);
      const body = await readFile(file);
      const immutable = file.includes(`${join(root, 'assets')}`);
      const gzip =
        COMPRESSED.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'Content-Type': TYPES[ext] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : gzip ? gzipOf(file, info, body) : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Nicht gefunden');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, ok);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}/`,
    setDir: (d) => (root = resolve(d)),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
