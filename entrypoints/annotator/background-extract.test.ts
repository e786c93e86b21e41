import { describe, expect, it } from 'vitest';
import { batches } from './background-extract.ts';

describe('batches', () => {
  it('cuts the pieces into consecutive batches of at most the given size, in order, a long piece alone', () => {
    const texts = ['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(30), 'd'.repeat(120), 'e'.repeat(10)];
    const out = batches(texts, 100);
    expect(out.map((b) => b.map((t) => t[0]).join(''))).toEqual(['ab', 'c', 'd', 'e']);
    expect(out.flat()).toEqual(texts);
    expect(batches([], 100)).toEqual([]);
  });
});
