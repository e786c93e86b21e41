// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHighlightApi, type FakeHighlightApi } from '../../../lib/dom/testing.ts';
import { NoteLayer, type NoteLayerDeps } from './layer.ts';

const ARTICLE = '<article><h1>Fab news</h1><p>The second line doubles output of advanced packaging next year.</p><p>Buyers still wait for parts.</p></article>';

const anchor = (id: number, exact: string, prefix = '', suffix = '') => ({ id, selector: { exact, prefix, suffix } });

type Handler = (m: { type: string } & Record<string, unknown>) => unknown;

let api: FakeHighlightApi;

function setup(handler: Handler, known?: number) {
  document.body.innerHTML = ARTICLE;
  const sent: { type: string }[] = [];
  const send = vi.fn(async (m: { type: string } & Record<string, unknown>) => {
    sent.push(m);
    return { ok: true, data: handler(m) };
  });
  api = fakeHighlightApi();
  const deps: NoteLayerDeps = {
    doc: document,
    api,
    url: () => 'https://fab.example/news',
    send: send as unknown as NoteLayerDeps['send'],
    knownArticleId: () => known,
  };
  return { layer: new NoteLayer(deps), sent };
}

const noted = () => api.texts('chiplens-note');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('NoteLayer', () => {
  it('loads where the notes of a page go by its address (never their text), shows them and counts orphans', async () => {
    const anchors = [anchor(1, 'advanced packaging', 'doubles output of ', ' next year'), anchor(2, 'a passage that is gone')];
    const { layer, sent } = setup((m) => (m.type === 'notes/anchors' ? { articleId: 5, anchors } : null));
    const html = document.body.innerHTML;
    await layer.load();
    expect(sent).toEqual([{ type: 'notes/anchors', url: 'https://fab.example/news' }]);
    expect(noted()).toEqual(['advanced packaging']);
    expect(layer.counts()).toEqual({ anchored: 1, orphaned: 1 });
    expect(layer.article).toBe(5);
    expect(document.body.innerHTML).toBe(html);
  });

  it('asks by article id once the controller knows it', async () => {
    const { layer, sent } = setup((m) => (m.type === 'notes/anchors' ? { articleId: 5, anchors: [anchor(3, 'Buyers still wait')] } : null), 5);
    await layer.load();
    expect(sent).toEqual([{ type: 'notes/anchors', articleId: 5 }]);
    expect(noted()).toEqual(['Buyers still wait']);
  });

  it('describes a selection, shows a note the frame added and takes out one it deleted', () => {
    const { layer } = setup(() => null);
    const p = document.querySelectorAll('p')[1];
    const range = document.createRange();
    range.setStart(p.firstChild!, 0);
    range.setEnd(p.firstChild!, 11);
    const draft = layer.describe(range)!;
    expect(draft.selector.exact).toBe('Buyers stil');
    layer.added({ id: 9, selector: draft.selector, position: draft.position }, 5);
    expect(noted()).toEqual(['Buyers stil']);
    expect(layer.counts()).toEqual({ anchored: 1, orphaned: 0 });
    layer.deleted(9);
    expect(noted()).toEqual([]);
    expect(layer.counts()).toEqual({ anchored: 0, orphaned: 0 });
  });

  it('places a passage that spans paragraphs as one range', () => {
    const { layer } = setup(() => null);
    layer.added(anchor(4, 'next year.Buyers still', 'advanced packaging ', ' wait'), 5);
    expect(noted()).toEqual(['next year.Buyers still']);
  });
});
