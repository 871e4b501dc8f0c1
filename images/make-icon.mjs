// Draws images/icon.png (128x128 RGBA) with no dependencies: shapes are rasterised with 4x4
// supersampling and written as a PNG with node:zlib.   node images/make-icon.mjs
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const N = 128,
  S = 4;
const INK = [35, 47, 62],
  ORANGE = [255, 153, 0],
  LIGHT = [255, 200, 120],
  WHITE = [255, 255, 255],
  GREEN = [46, 160, 67];

// Shapes in 128-unit coordinates, painted in order (later on top).
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r),
    cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};
const layers = [
  [roundRect(4, 4, 124, 124, 22), INK],
  // a task: three containers, each with a port on its right edge
  [roundRect(22, 24, 92, 44, 5), ORANGE],
  [circle(92, 34, 6), LIGHT],
  [roundRect(22, 52, 92, 72, 5), ORANGE],
  [circle(92, 62, 6), LIGHT],
  [roundRect(22, 80, 72, 100, 5), ORANGE],
  // the check
  [circle(96, 96, 20), GREEN],
  [segment(86, 96, 93, 103, 6), WHITE],
  [segment(93, 103, 106, 89, 6), WHITE],
];

const px = Buffer.alloc(N * N * 4);
for (let y = 0; y < N; y++)
  for (let x = 0; x < N; x++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < S; sy++)
      for (let sx = 0; sx < S; sx++) {
        const fx = x + (sx + 0.5) / S,
          fy = y + (sy + 0.5) / S;
        let c = null;
        for (const [hit, col] of layers) if (hit(fx, fy)) c = col;
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
    const o = (y * N + x) * 4;
    if (a) {
      px[o] = Math.round(r / a);
      px[o + 1] = Math.round(g / a);
      px[o + 2] = Math.round(b / a);
    }
    px[o + 3] = Math.round((255 * a) / (S * S));
  }

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const v of buf) c = crcTable[(c ^ v) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6; // 8-bit RGBA
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  px.copy(raw, y * (N * 4 + 1) + 1, y * N * 4, (y + 1) * N * 4);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
fs.writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
