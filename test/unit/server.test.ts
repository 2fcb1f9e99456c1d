// The static server behind `npm start` and the benchmarks: text goes out compressed when the
// browser accepts it, as from any static host, so the measured load is what a phone receives.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/server.mjs';

let dir: string;
let server: { url: string; close(): Promise<void> };

const get = (path: string, encoding?: string) =>
  new Promise<{ headers: Record<string, unknown>; body: Buffer }>((ok, fail) => {
    const req = request(
      new URL(path, server.url),
      { headers: encoding ? { 'Accept-Encoding': encoding } : {} },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (p: Buffer) => parts.push(p));
        res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(parts) }));
      },
    );
    req.on('error', fail);
    req.end();
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><p>${'Netzwerk-Check '.repeat(200)}</p>`);
  writeFileSync(join(dir, 'assets', 'a.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  server = await startServer({ dir, port: 0 });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('static server', () => {
  it('sends HTML and scripts gzip-compressed to a browser that accepts it, and the same text', async () => {
    for (const path of ['/', '/assets/a.js']) {
      const plain = await get(path);
      const zipped = await get(path, 'gzip, deflate, br');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(zipped.headers.vary).toBe('Accept-Encoding');
      expect(zipped.body.length).toBeLessThan(plain.body.length / 5);
      expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    }
  });

  it('sends images as they are, and index.html for an unknown path', async () => {
    const png = await get('/icon.png', 'gzip');
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.body.length).toBe(7);
    const other = await get('/somewhere/else', 'gzip');
    expect(gunzipSync(other.body).toString()).toContain('Netzwerk-Check');
  });
});
