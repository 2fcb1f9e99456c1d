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

/** Text is sent compressed; images are compressed already. */
const compressible = (type) => /^text\/|json|svg/.test(type);

/** Each file's gzip, made once per version of the file (its size and time of change). */
const gzipped = new Map();
async function gzipOf(file, info) {
  const known = gzipped.get(file);
  if (known?.size === info.size && known.mtimeMs === info.mtimeMs) return known.gz;
  const gz = gzipSync(await readFile(file), { level: 9 });
  gzipped.set(file, { size: info.size, mtimeMs: info.mtimeMs, gz });
  return gz;
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
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const immutable = file.includes(`${join(root, 'assets')}`);
      const gzip =
        compressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body =
        req.method === 'HEAD' ? undefined : gzip ? await gzipOf(file, info) : await readFile(file);
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(body);
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
