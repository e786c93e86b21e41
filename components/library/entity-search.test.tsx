import { describe, expect, it } from 'vitest';
import { entityById, fold, resolveEntity, searchEntities } from './entity-search.ts';

describe('entity search', () => {
  it('folds case, accents and punctuation', () => {
    expect(fold('  Huawéi  Ascend-910C ')).toBe('huawei ascend 910c');
  });

  it('resolves names and aliases to ids', () => {
    expect(resolveEntity('nvidia')?.id).toBe('nvidia');
    expect(resolveEntity('H20')?.id).toBe('nvidia-h20');
    expect(resolveEntity('Nvidia H20')).toEqual({ id: 'nvidia-h20', kind: 'chip', name: 'Nvidia H20' });
    expect(resolveEntity('no such chip')).toBeUndefined();
    expect(resolveEntity('   ')).toBeUndefined();
  });

  it('ranks exact matches before prefixes before substrings', () => {
    const hits = searchEntities('h20', 20).map((h) => h.id);
    expect(hits[0]).toBe('nvidia-h20');
    expect(hits).toContain('nvidia-h200');
    expect(searchEntities('', 5)).toEqual([]);
    expect(searchEntities('a', 3)).toHaveLength(3);
  });

  it('looks entities up by id', () => {
    expect(entityById('tsmc')?.kind).toBe('company');
    expect(entityById('nope')).toBeUndefined();
  });
});
