// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoteRow } from '../../../lib/store/types.ts';
import { NoteLayer, type NoteLayerDeps } from './layer.ts';
import { NOTE_TAG } from './passage.ts';

const ARTICLE = '<article><h1>Fab news</h1><p>The second line doubles output of advanced packaging next year.</p><p>Buyers still wait for parts.</p></article>';

function row(id: number, exact: string, prefix = '', suffix = '', body = `note ${id}`): NoteRow {
  return { id, articleId: 5, selector: { exact, prefix, suffix }, body, createdAt: 1, updatedAt: 1 };
}

type Handler = (m: { type: string } & Record<string, unknown>) => unknown;

function setup(handler: Handler, known?: number, recorded?: number) {
  document.body.innerHTML = ARTICLE;
  const sent: { type: string }[] = [];
  const send = vi.fn(async (m: { type: string } & Record<string, unknown>) => {
    sent.push(m);
    const data = handler(m);
    return data instanceof Error ? { ok: false, error: { code: (data as Error & { code?: string }).code ?? 'failed', message: data.message } } : { ok: true, data };
  });
  const recordArticle = vi.fn(async () => recorded);
  const deps: NoteLayerDeps = {
    doc: document,
    url: () => 'https://fab.example/news',
    send: send as unknown as NoteLayerDeps['send'],
    mutate: (w) => w(),
    knownArticleId: () => known,
    recordArticle,
  };
  return { layer: new NoteLayer(deps), sent, recordArticle };
}

const noted = () => Array.from(document.querySelectorAll(NOTE_TAG)).map((n) => `${n.getAttribute('data-note-id')}:${n.textContent}`);

afterEach(() => {
  document.head.innerHTML = '';
});

describe('NoteLayer', () => {
  it('loads the notes of a page not recorded in this visit by its address, shows them and counts orphans', async () => {
    const rows = [row(1, 'advanced packaging', 'doubles output of ', ' next year'), row(2, 'a passage that is gone')];
    const { layer, sent } = setup((m) => (m.type === 'article/get' ? { article: { id: 5 }, notes: rows } : null));
    await layer.load();
    expect(sent[0]).toEqual({ type: 'article/get', url: 'https://fab.example/news' });
    expect(noted()).toEqual(['1:advanced packaging']);
    expect(layer.counts()).toEqual({ anchored: 1, orphaned: 1 });
    expect(document.querySelector(`style[data-chiplens-ui="notes"]`)).not.toBeNull();
    expect(document.querySelector(NOTE_TAG)!.getAttribute('tabindex')).toBe('0');
    // A dark page gets the lighter tone.
    const style = () => document.querySelector(`style[data-chiplens-ui="notes"]`)!.textContent!;
    expect(style()).toContain('rgba(170, 68, 153');
    layer.setTheme('dark');
    expect(style()).toContain('rgba(224, 150, 205');
    expect(style()).not.toContain('rgba(170, 68, 153');
  });

  it('lists by article id once the controller knows it', async () => {
    const { layer, sent } = setup((m) => (m.type === 'notes/list' ? [row(3, 'Buyers still wait')] : null), 5);
    await layer.load();
    expect(sent).toEqual([{ type: 'notes/list', articleId: 5 }]);
    expect(noted()).toEqual(['3:Buyers still wait']);
  });

  it('adds a note on a described selection, recording the page first when it is not stored', async () => {
    const { layer, sent, recordArticle } = setup(
      (m) => (m.type === 'article/get' ? null : m.type === 'notes/add' ? { ...(m.note as object), id: 9, createdAt: 2, updatedAt: 2 } : null),
      undefined,
      5,
    );
    const p = document.querySelectorAll('p')[1];
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 11);
    const draft = layer.describe(range)!;
    expect(draft.selector.exact).toBe('Buyers stil');
    expect(await layer.add(draft, 'ask the distributor', 'light')).toEqual({ ok: true });
    expect(recordArticle).toHaveBeenCalledOnce();
    expect(sent.map((m) => m.type)).toEqual(['article/get', 'notes/add']);
    expect(sent[1]).toMatchObject({ note: { articleId: 5, body: 'ask the distributor', selector: { exact: 'Buyers stil' }, position: draft.position } });
    expect(noted()).toEqual(['9:Buyers stil']);
    expect(layer.counts()).toEqual({ anchored: 1, orphaned: 0 });
  });

  it('says so when the page cannot be recorded, and stores nothing', async () => {
    const { layer, sent } = setup(() => null);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('h1')!);
    expect(await layer.add(layer.describe(range)!, 'x', 'light')).toEqual({ ok: false, message: null });
    expect(sent.map((m) => m.type)).toEqual(['article/get']);
    expect(noted()).toEqual([]);
  });

  it('updates and deletes, taking the passage out of the page and leaving its text whole', async () => {
    const { layer } = setup((m) => {
      if (m.type === 'notes/list') return [row(4, 'second line', 'The ', ' doubles')];
      if (m.type === 'notes/update') return { ...row(4, 'second line'), body: (m.patch as { body: string }).body };
      if (m.type === 'notes/delete') return null;
      return null;
    }, 5);
    const before = document.body.innerHTML;
    await layer.load();
    const el = document.querySelector(NOTE_TAG)!;
    expect(layer.noteAt(el)?.body).toBe('note 4');
    expect(await layer.update(4, 'new text')).toEqual({ ok: true });
    expect(layer.noteAt(el)?.body).toBe('new text');
    expect(await layer.remove(4)).toEqual({ ok: true });
    expect(noted()).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    expect(layer.counts()).toEqual({ anchored: 0, orphaned: 0 });
  });

  it('keeps the note when the background refuses the change', async () => {
    const refuse = Object.assign(new Error('The store is full.'), { code: 'quota' });
    const { layer } = setup((m) => (m.type === 'notes/list' ? [row(6, 'Buyers')] : refuse), 5);
    await layer.load();
    expect(await layer.remove(6)).toEqual({ ok: false, message: 'The store is full.' });
    expect(noted()).toEqual(['6:Buyers']);
  });
});
