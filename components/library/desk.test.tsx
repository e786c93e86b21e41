// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { NoteRow } from '../../lib/store/types.ts';
import { notesOfKind } from './NotesView.tsx';
import { Marked } from './SearchView.tsx';

const note = (id: number, articleId: number, color?: 'yellow'): NoteRow => ({
  id,
  articleId,
  selector: { exact: `passage ${id}`, prefix: '', suffix: '' },
  body: color ? '' : `note ${id}`,
  ...(color ? { color } : {}),
  tags: [],
  createdAt: id,
  updatedAt: id,
});

describe('notesOfKind', () => {
  const groups = [
    { articleId: 1, article: undefined, notes: [note(1, 1), note(2, 1, 'yellow')] },
    { articleId: 2, article: undefined, notes: [note(3, 2, 'yellow')] },
    { articleId: 3, article: undefined, notes: [note(4, 3)] },
  ];

  it('keeps notes or highlights only, and drops groups left empty', () => {
    expect(notesOfKind(groups, 'all')).toEqual(groups);
    expect(notesOfKind(groups, 'highlights').map((g) => [g.articleId, g.notes.map((n) => n.id)])).toEqual([
      [1, [2]],
      [2, [3]],
    ]);
    expect(notesOfKind(groups, 'notes').map((g) => [g.articleId, g.notes.map((n) => n.id)])).toEqual([
      [1, [1]],
      [3, [4]],
    ]);
  });
});

describe('Marked', () => {
  it('marks the matched words as elements, never as markup, with "…" where text was cut', () => {
    const root = document.createElement('div');
    act(() => render(<Marked snippet={{ text: 'Die <b>Umsatzprognose</b> für Hakkâri', marks: [[7, 21], [30, 37]], cut: { before: true, after: false } }} />, root));
    expect(root.textContent).toBe('…Die <b>Umsatzprognose</b> für Hakkâri');
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Umsatzprognose', 'Hakkâri']);
    expect(root.querySelector('b')).toBeNull();
  });
});
