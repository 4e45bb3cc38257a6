import { describe, expect, it } from 'vitest';
import { toNfcDeep } from '../../../shared/api/nfc-input';

describe('toNfcDeep', () => {
  it('composes every string of nested plain data, keys included', () => {
    const input = { ['tên'.normalize('NFD')]: 'Đông'.normalize('NFD'), list: [{ a: 'khóa I'.normalize('NFD') }, 3, null, true] };
    expect(toNfcDeep(input)).toEqual({ tên: 'Đông', list: [{ a: 'khóa I' }, 3, null, true] });
  });

  it('leaves what is not plain data as it is', () => {
    const bytes = new Uint8Array([0xcc, 0x81]);
    const date = new Date('2026-01-01T00:00:00Z');
    const out = toNfcDeep({ bytes, date }) as { bytes: Uint8Array; date: Date };
    expect(out.bytes).toBe(bytes);
    expect(out.date).toBe(date);
  });

  it('keeps a "__proto__" key as data, never as the prototype', () => {
    const out = toNfcDeep(JSON.parse('{"__proto__": {"polluted": "có"}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(['__proto__']);
  });
});
