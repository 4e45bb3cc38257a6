/**
 * A small .docx whose word/document.xml inflates to a huge size, built in milliseconds:
 * one raw-deflate segment of 1 MiB of spaces (flushed, not final) repeated, then a final
 * empty block. `declaredSize` lets the central directory lie about the inflated size.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

function localHeader(name: Buffer, crc: number, compressed: number, declared: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(8, 8);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(declared, 22);
  h.writeUInt16LE(name.length, 26);
  return Buffer.concat([h, name]);
}

function centralHeader(name: Buffer, crc: number, compressed: number, declared: number, offset: number): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(20, 6);
  h.writeUInt16LE(8, 10);
  h.writeUInt32LE(crc, 16);
  h.writeUInt32LE(compressed, 20);
  h.writeUInt32LE(declared, 24);
  h.writeUInt16LE(name.length, 28);
  h.writeUInt32LE(offset, 42);
  return Buffer.concat([h, name]);
}

/** A zip of deflated parts given as raw deflate data with their claimed sizes. */
function zipOf(parts: Array<{ name: string; data: Buffer; declaredSize: number; crc: number }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.concat([localHeader(name, p.crc, p.data.length, p.declaredSize), p.data]);
    centrals.push(centralHeader(name, p.crc, p.data.length, p.declaredSize, offset));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, central, end]);
}

export function zipBombDocx(options: { inflatedMiB: number; declaredSize?: number }): Buffer {
  const segment = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  const body = Buffer.concat([...Array.from({ length: options.inflatedMiB }, () => segment), Buffer.from([0x03, 0x00])]);
  const contentTypes = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  const inflated = Math.min(options.inflatedMiB * 1024 * 1024, 0xffffffff);
  return zipOf([
    { name: '[Content_Types].xml', data: deflateRawSync(contentTypes), declaredSize: contentTypes.length, crc: crc32(contentTypes) },
    { name: 'word/document.xml', data: body, declaredSize: options.declaredSize ?? inflated, crc: 0 },
  ]);
}
