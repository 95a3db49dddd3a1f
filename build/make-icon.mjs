// Writes build/icon.png (512x512 RGBA), the app icon electron-builder converts for each OS.
// Run once: `node build/make-icon.mjs`. A red account book with ruled lines and a gold coin.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const RED = [183, 28, 28];
const WHITE = [255, 255, 255];
const GOLD = [242, 185, 50];
const GOLD_DARK = [196, 140, 20];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** Colour at one sample point, or null for transparent. Later shapes paint over earlier ones. */
function sample(x, y) {
  if (!inRoundRect(x, y, 16, 16, 496, 496, 96)) return null;
  let c = RED;
  if (inRoundRect(x, y, 120, 92, 392, 420, 18)) {
    c = WHITE;
    if (x >= 160 && x <= 352 && [164, 216, 268, 320, 372].some((ly) => Math.abs(y - ly) <= 6)) c = RED;
    if (x >= 140 && x <= 148 && y >= 112 && y <= 400) c = RED;
  }
  if (inCircle(x, y, 372, 380, 84)) c = WHITE;
  if (inCircle(x, y, 372, 380, 74)) c = GOLD;
  if (inCircle(x, y, 372, 380, 52) && !inCircle(x, y, 372, 380, 42)) c = GOLD_DARK;
  return c;
}

// 4x4 supersampling for smooth edges.
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0];
    let a = 0;
    for (let sy = 0; sy < 4; sy++)
      for (let sx = 0; sx < 4; sx++) {
        const c = sample(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
        if (!c) continue;
        for (let i = 0; i < 3; i++) sum[i] += c[i];
        a += 1;
      }
    const o = row + 1 + x * 4;
    for (let i = 0; i < 3; i++) raw[o + i] = a ? Math.round(sum[i] / a) : 0;
    raw[o + 3] = Math.round((a / 16) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`build/icon.png: ${SIZE}x${SIZE}, ${png.length} bytes`);
