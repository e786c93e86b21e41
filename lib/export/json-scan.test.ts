import { describe, expect, it } from 'vitest';
import { BackupScanner, ScanError, type ScanEvent } from './json-scan.ts';

/** Scans `text` cut into pieces of `size` characters. */
function scan(text: string, size = text.length, limits?: ConstructorParameters<typeof BackupScanner>[0]): ScanEvent[] {
  const s = new BackupScanner(limits);
  const out: ScanEvent[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...s.push(text.slice(i, i + size)));
  out.push(...s.end());
  return out;
}

function failure(text: string, size?: number, limits?: ConstructorParameters<typeof BackupScanner>[0]): ScanError {
  try {
    scan(text, size, limits);
  } catch (e) {
    if (e instanceof ScanError) return e;
    throw e;
  }
  throw new Error('no error');
}

const DOC = {
  format: 'chiplens-store',
  version: 2,
  exportedAt: 1.5e12,
  articles: [
    { id: 1, title: 'A "quoted" title with \\ backslash, ] bracket and } brace', tags: ['x', 'y'] },
    { id: 2, title: 'Größe „Preis“ 🙂', nested: { deep: [[1, 2], { a: null }] } },
  ],
  empty: [],
  notes: [{ body: 'line\nbreak \\"' }, 'a string row', 42, true, null],
  trailing: { object: 'field' },
};

describe('BackupScanner', () => {
  it('reports fields and rows in document order, with the rows parsed', () => {
    const events = scan(JSON.stringify(DOC, null, 2));
    expect(events).toEqual([
      { kind: 'field', key: 'format', value: 'chiplens-store' },
      { kind: 'field', key: 'version', value: 2 },
      { kind: 'field', key: 'exportedAt', value: 1.5e12 },
      { kind: 'table', key: 'articles' },
      { kind: 'row', key: 'articles', index: 0, value: DOC.articles[0] },
      { kind: 'row', key: 'articles', index: 1, value: DOC.articles[1] },
      { kind: 'table', key: 'empty' },
      { kind: 'table', key: 'notes' },
      ...DOC.notes.map((value, index) => ({ kind: 'row', key: 'notes', index, value })),
      { kind: 'field', key: 'trailing', value: DOC.trailing },
    ]);
  });

  it('gives the same result whatever the chunks, down to one character', () => {
    const text = '\ufeff' + JSON.stringify(DOC, null, 1);
    const whole = scan(text);
    for (const size of [1, 2, 3, 7, 64]) expect(scan(text, size)).toEqual(whole);
  });

  it('refuses what is not one JSON object, saying where', () => {
    expect(failure('[1,2]').problem).toBe('not-object');
    expect(failure('{"a": [1, 2').problem).toBe('not-json');
    expect(failure('{"a": [1, 2').detail).toMatch(/ends before/);
    expect(failure('{"a": 1,}').problem).toBe('not-json');
    expect(failure('{"a": [1,]}').problem).toBe('not-json');
    expect(failure('{"a": 1} x').detail).toMatch(/nothing after/);
    const broken = failure('{"articles": [{"id": 1}, {"id": 2,, "x": 1}]}', 5);
    expect(broken.problem).toBe('not-json');
    expect(broken.row).toEqual({ key: 'articles', index: 1 });
    expect(broken.at).toBe(25);
    expect(failure('{"a": tru}').problem).toBe('not-json');
  });

  it('refuses rows nested too deeply before parsing them', () => {
    const deep = `{"articles": [${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    const e = failure(deep, 4096);
    expect(e.problem).toBe('too-deep');
    expect(e.row).toEqual({ key: 'articles', index: 0 });
  });

  it('refuses a single value longer than the limit', () => {
    const big = JSON.stringify({ notes: [{ body: 'x'.repeat(5000) }] });
    expect(failure(big, 100, { maxDepth: 32, maxValueChars: 1000 }).problem).toBe('too-large');
    expect(scan(big, 100, { maxDepth: 32, maxValueChars: 10_000 })).toHaveLength(2);
  });
});
