// Draws the app icons (three connected nodes on teal) into public/ as PNG and SVG.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x0b, 0x5c, 0x63];
const FG = [0xff, 0xff, 0xff];
const ACCENT = [0xf4, 0xb9, 0x42];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

/** Geometry in unit square; scale < 1 shrinks the motif into the maskable safe zone. */
function draw(size, { scale, rounded }) {
  const nodes = [
    [0.5, 0.3, ACCENT],
    [0.3, 0.66, FG],
    [0.7, 0.66, FG],
  ].map(([x, y, c]) => [0.5 + (x - 0.5) * scale, 0.5 + (y - 0.5) * scale, c]);
  const r = 0.1 * scale;
  const w = 0.035 * scale;
  const segs = [
    [0, 1],
    [0, 2],
    [1, 2],
  ];
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const distSeg = (px, py, a, b) => {
    const [ax, ay] = a;
    const [bx, by] = b;
    const t = Math.max(
      0,
      Math.min(
        1,
        ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
      ),
    );
    return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
  };
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) / size;
      const py = (y + 0.5) / size;
      let color = BG;
      let alpha = 255;
      if (rounded) {
        const cr = 0.18;
        const dx = Math.max(cr - px, 0, px - (1 - cr));
        const dy = Math.max(cr - py, 0, py - (1 - cr));
        if (Math.hypot(dx, dy) > cr) alpha = 0;
      }
      if (segs.some(([i, j]) => distSeg(px, py, nodes[i], nodes[j]) < w)) color = FG;
      for (const [nx, ny, c] of nodes) if (Math.hypot(px - nx, py - ny) < r) color = c;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = color[0];
      raw[o + 1] = color[1];
      raw[o + 2] = color[2];
      raw[o + 3] = alpha;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icon-192.png', draw(192, { scale: 1, rounded: true }));
writeFileSync('public/icon-512.png', draw(512, { scale: 1, rounded: true }));
writeFileSync('public/icon-maskable-512.png', draw(512, { scale: 0.72, rounded: false }));
writeFileSync('public/apple-touch-icon.png', draw(180, { scale: 0.85, rounded: false }));
writeFileSync(
  'public/favicon.svg',
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="#0b5c63"/><path d="M50 30L30 66L70 66Z" stroke="#fff" stroke-width="7" fill="none"/><circle cx="50" cy="30" r="10" fill="#f4b942"/><circle cx="30" cy="66" r="10" fill="#fff"/><circle cx="70" cy="66" r="10" fill="#fff"/></svg>\n`,
);
