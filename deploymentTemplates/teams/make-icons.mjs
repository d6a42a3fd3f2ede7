// Draws the app's two icons from simple shapes, so they are reproducible and no artwork is copied:
// color.png (192x192): a white case document with a tick on the accent colour;
// outline.png (32x32): the same document in white lines on a transparent background, as Teams asks.
// Usage: node make-icons.mjs [output folder]   (writes color.png and outline.png; same bytes on every run)
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** An RGBA PNG of size x size whose pixel (x, y) is paint(x + 0.5, y + 0.5), each row stored unfiltered. */
function png(size, paint) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) raw.set(paint(x + 0.5, y + 0.5), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// The glyph in a 0..1 square: a sheet with a folded corner, three text lines, a tick in a disc.
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const nearSegment = (x, y, [ax, ay], [bx, by], w) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= w;
};
const sheet = (x, y) => inRect(x, y, 0.24, 0.16, 0.70, 0.84) && !(x > 0.58 && y < 0.16 + (x - 0.58));
const lines = (x, y, w) => [0.36, 0.48, 0.60].some((ly) => inRect(x, y, 0.33, ly - w, 0.58, ly + w));
const disc = (x, y) => Math.hypot(x - 0.70, y - 0.74) <= 0.17;
const tick = (x, y, w) => nearSegment(x, y, [0.62, 0.74], [0.68, 0.80], w) || nearSegment(x, y, [0.68, 0.80], [0.79, 0.67], w);

const WHITE = [255, 255, 255, 255];
const ACCENT = [0x0b, 0x53, 0x94, 255];
const GREEN = [0x2f, 0x81, 0x32, 255];
const CLEAR = [0, 0, 0, 0];

const color = png(192, (px, py) => {
  const [x, y] = [px / 192, py / 192];
  if (disc(x, y)) return tick(x, y, 0.022) ? WHITE : GREEN;
  if (sheet(x, y)) return lines(x, y, 0.018) ? ACCENT : WHITE;
  return ACCENT;
});

// Outline: white strokes only, fully opaque or fully transparent.
const outline = png(32, (px, py) => {
  const [x, y] = [px / 32, py / 32];
  const border = sheet(x, y) && !inRect(x, y, 0.30, 0.22, 0.64, 0.78);
  return border || lines(x, y, 0.02) || tick(x, y, 0.035) ? WHITE : CLEAR;
});

const folder = process.argv[2] ?? new URL('.', import.meta.url).pathname;
writeFileSync(join(folder, 'color.png'), color);
writeFileSync(join(folder, 'outline.png'), outline);
