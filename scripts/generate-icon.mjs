// Generates the application icon: a red square (the red of the national flag) with a yellow
// five-pointed star. Uses only node:zlib so it runs offline on any machine with Node.
//
//   node scripts/generate-icon.mjs
//
// Writes (both committed, regenerate only if the design changes):
//   resources/icon.png  256×256 RGBA PNG (Linux icon, source of truth).
//   resources/icon.ico  16…256 px, each size stored as a PNG image (valid ICO for Windows Vista+,
//                       Electron 45 needs Windows 10+). electron-builder embeds it in the .exe and
//                       the NSIS installer. We ship the .ico ourselves because electron-builder
//                       converts a PNG to ICO with an "icons" toolset that it downloads from GitHub,
//                       which is impossible on offline build machines.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RED = [0xda, 0x25, 0x1d];
const YELLOW = [0xff, 0xcd, 0x00];
const SUPERSAMPLE = 4; // 4×4 samples per pixel for smooth star edges

/** Vertices of a five-pointed star centred in the unit square, point up. */
function starPolygon() {
  const cx = 0.5;
  const cy = 0.53;
  const outer = 0.36;
  const inner = outer * 0.382; // regular pentagram ratio
  const pts = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return pts;
}

function insidePolygon(x, y, pts) {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** RGBA pixels, row-major. Rounded corners (radius 1/8 of the size) are transparent. */
function render(size) {
  const star = starPolygon();
  const radius = 0.125;
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let starHits = 0;
      let shapeHits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const u = (x + (sx + 0.5) / SUPERSAMPLE) / size;
          const v = (y + (sy + 0.5) / SUPERSAMPLE) / size;
          const dx = Math.max(radius - u, 0, u - (1 - radius));
          const dy = Math.max(radius - v, 0, v - (1 - radius));
          if (dx * dx + dy * dy > radius * radius) continue;
          shapeHits++;
          if (insidePolygon(u, v, star)) starHits++;
        }
      }
      const o = (y * size + x) * 4;
      if (shapeHits === 0) continue;
      const t = starHits / shapeHits;
      for (let c = 0; c < 3; c++) px[o + c] = Math.round(RED[c] * (1 - t) + YELLOW[c] * t);
      px[o + 3] = Math.round((255 * shapeHits) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size) {
  const rgba = render(size);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // compression, filter, interlace: 0
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** ICO container whose images are PNG streams (supported since Windows Vista). */
export function encodeIco(sizes) {
  const images = sizes.map((s) => encodePng(s));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  images.forEach((img, i) => {
    const e = Buffer.alloc(16);
    e[0] = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256
    e[1] = sizes[i] >= 256 ? 0 : sizes[i];
    e[2] = 0; // palette
    e[3] = 0;
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(img.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += img.length;
    entries.push(e);
  });
  return Buffer.concat([header, ...entries, ...images]);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(root, 'resources');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'icon.png'), encodePng(256));
  writeFileSync(join(out, 'icon.ico'), encodeIco([16, 24, 32, 48, 64, 128, 256]));
  console.log('Đã tạo resources/icon.png (256×256) và resources/icon.ico (16–256 px)');
}
