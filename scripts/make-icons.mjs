// Draws Rapport's toolbar icon (two linked rings on blue) at every size the
// manifest needs, without image libraries: a tiny rasteriser with 4×4
// supersampling and a hand-rolled PNG encoder (zlib from Node).
// Run: node scripts/make-icons.mjs  → public/icon/{16,32,48,96,128}.png
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [10, 102, 194];
const WHITE = [255, 255, 255];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])), 8 + data.length);
  return out;
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Colour at (x, y) in a unit square: rounded blue tile, two white rings. */
function shade(x, y) {
  const r = 0.2; // corner radius
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return null;
  const ring = (cx, cy) => Math.abs(Math.hypot(x - cx, y - cy) - 0.2) < 0.055;
  return ring(0.38, 0.5) || ring(0.62, 0.5) ? WHITE : BLUE;
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 255;
        }
      const n = samples * samples;
      const covered = a / 255 || 1;
      rgba.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round(a / n)], (py * size + px) * 4);
    }
  writeFileSync(`public/icon/${size}.png`, png(size, rgba));
}
console.log(`wrote public/icon/{${SIZES.join(',')}}.png`);
