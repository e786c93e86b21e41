import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from './zip.ts';

const utf8 = new TextEncoder();

/** Reads a stored-only ZIP through its central directory, checking each entry's CRC. */
function unzip(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    expect(view.getUint16(at + 8, true) & 0x0800).toBe(0x0800);
    expect(view.getUint16(at + 10, true)).toBe(0);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(dataAt, dataAt + size);
    expect(crc32(data)).toBe(crc);
    out.set(name, decoder.decode(data));
    at += 46 + nameLength;
  }
  return out;
}

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(utf8.encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
    expect(crc32(utf8.encode('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });
});

describe('zipFiles', () => {
  const files = new Map([
    ['2025-08-22 Übernahme.md', '# Größe\n\nText mit ü, ß und ✓.\n'],
    ['leer.md', ''],
  ]);

  it('stores every file with its UTF-8 name and content', () => {
    expect(unzip(zipFiles(files, new Date(2026, 10, 23, 14, 5, 30)))).toEqual(files);
  });

  it('dates entries in DOS time', () => {
    const zip = zipFiles(files, new Date(2026, 10, 23, 14, 5, 30));
    const view = new DataView(zip.buffer);
    expect(view.getUint16(10, true)).toBe((14 << 11) | (5 << 5) | 15);
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 23);
  });

  it('is an empty archive (the end record alone) for no files', () => {
    const zip = zipFiles(new Map());
    expect(zip.length).toBe(22);
    expect(unzip(zip).size).toBe(0);
  });

  // A second reader, written by someone else, where the machine has one.
  it.runIf(existsSync('/usr/bin/unzip'))('passes Info-ZIP’s own integrity test', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiplens-zip-'));
    try {
      writeFileSync(join(dir, 'a.zip'), zipFiles(files));
      expect(execFileSync('/usr/bin/unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
      execFileSync('/usr/bin/unzip', ['-q', join(dir, 'a.zip'), '-d', join(dir, 'out')]);
      expect(readFileSync(join(dir, 'out', '2025-08-22 Übernahme.md'), 'utf8')).toBe(files.get('2025-08-22 Übernahme.md'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
