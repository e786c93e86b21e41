import { describe, expect, it } from 'vitest';
import { addWatchTerm, DEFAULT_COLORS, removeWatchTerm, withColor } from './extras.ts';

describe('watch terms', () => {
  it('adds a cleaned term once, ignoring case', () => {
    const one = addWatchTerm([], '  Zhurong   X1 ', 'chip');
    expect(one).toEqual([{ term: 'Zhurong X1', kind: 'chip' }]);
    expect(addWatchTerm(one!, 'zhurong x1', 'company')).toBeNull();
    expect(addWatchTerm(one!, 'Moore Threads', 'company')).toEqual([...one!, { term: 'Moore Threads', kind: 'company' }]);
  });

  it('refuses terms that are too short or too long', () => {
    expect(addWatchTerm([], 'X', 'chip')).toBeNull();
    expect(addWatchTerm([], ' ', 'chip')).toBeNull();
    expect(addWatchTerm([], 'x'.repeat(61), 'chip')).toBeNull();
    expect(addWatchTerm([], 'x'.repeat(60), 'chip')).toHaveLength(1);
  });

  it('removes a term', () => {
    expect(removeWatchTerm([{ term: 'A1', kind: 'chip' }, { term: 'B2', kind: 'company' }], 'A1')).toEqual([{ term: 'B2', kind: 'company' }]);
  });
});

describe('colours', () => {
  it('keeps chosen #rrggbb colours in lower case and drops defaults and junk', () => {
    expect(withColor({}, 'chip', '#AA0000')).toEqual({ chip: '#aa0000' });
    expect(withColor({ chip: '#aa0000' }, 'chip', DEFAULT_COLORS.chip)).toEqual({});
    expect(withColor({ chip: '#aa0000' }, 'chip', null)).toEqual({});
    expect(withColor({ figure: '#00ff00' }, 'chip', 'red')).toEqual({ figure: '#00ff00' });
  });
});
