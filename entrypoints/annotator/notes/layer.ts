/**
 * The reader's notes and highlights on the current page, as `chiplens-note` and `chiplens-mark-<colour>` ranges: where each note's passage is now
 * (found again in the page's readable text by `lib/anchor`), and which note a range belongs to. The content script
 * knows only where notes go, never what they say: bodies stay with the background and the private frame.
 * A note whose passage is not found stays stored (popup, library) and is counted as orphaned.
 */
import { anchorQuote, describeRange } from '../../../lib/anchor/quote.ts';
import { HighlightLayer, type HighlightApi } from '../../../lib/dom/highlights.ts';
import { collectText, offsetsOf, rangeFor, textOf } from '../../../lib/dom/text-index.ts';
import type { Draft, NoteAnchor } from '../../../lib/frame-protocol.ts';
import type { send } from '../../../lib/send.ts';
import { readPageInfo } from '../page-info.ts';

export interface NoteLayerDeps {
  doc: Document;
  api: HighlightApi;
  /** The page address (changes on single-page sites). */
  url: () => string;
  send: typeof send;
  /** The stored article's id, if the controller has recorded the page. */
  knownArticleId: () => number | undefined;
}

/** The notes of the page in the page; see the module comment. */
export class NoteLayer {
  /** Note id to its range; null when its passage was not found. */
  private readonly notes = new Map<number, Range | null>();
  readonly layer: HighlightLayer<number>;
  /** Bumped when the page changes identity; an answer for an older page is dropped. */
  private generation = 0;
  private articleId: number | undefined;

  constructor(private readonly deps: NoteLayerDeps) {
    this.layer = new HighlightLayer<number>(deps.api, deps.doc);
  }

  /** The stored article the notes belong to, once known. */
  get article(): number | undefined {
    return this.articleId;
  }

  /** Loads where the page's notes go and shows each on its passage. Resolves when done. */
  async load(): Promise<void> {
    const generation = ++this.generation;
    const known = this.deps.knownArticleId();
    const res = await this.deps.send(known !== undefined ? { type: 'notes/anchors', articleId: known } : { type: 'notes/anchors', ...this.address() });
    if (generation !== this.generation || !res.ok || !res.data) return;
    this.articleId = res.data.articleId;
    this.place(res.data.anchors);
  }

  /** Forgets every note and its range (another page, ChipLens off, unload). */
  clear(): void {
    this.generation++;
    this.notes.clear();
    this.layer.clear();
    this.articleId = undefined;
  }

  /** How many of the page's notes are shown on their passage and how many could not be placed. */
  counts(): { anchored: number; orphaned: number } {
    let anchored = 0;
    for (const r of this.notes.values()) if (r) anchored++;
    return { anchored, orphaned: this.notes.size - anchored };
  }

  /** Describes the readable text a DOM range covers; null when it covers none. */
  describe(range: Range): Draft | null {
    const body = this.deps.doc.body;
    if (!body) return null;
    const ix = collectText(body);
    const span = offsetsOf(ix, range);
    return span ? describeRange(textOf(ix), span.start, span.end) : null;
  }

  /** A note the frame has just stored: shown on its passage. */
  added(note: NoteAnchor, articleId?: number): void {
    if (articleId !== undefined) this.articleId = articleId;
    this.place([note]);
  }

  /** A note the frame has just deleted. */
  deleted(id: number): void {
    this.notes.delete(id);
    this.layer.removeWhere((hit) => hit.value === id);
  }

  /** Places notes whose passage is gone from the page again (after the page changed). */
  refresh(): void {
    const stale: number[] = [];
    this.layer.removeWhere((hit) => {
      if (!hit.range.collapsed && hit.range.startContainer.isConnected) return false;
      stale.push(hit.value);
      return true;
    });
    for (const id of stale) this.notes.set(id, null);
  }

  // -------------------------------------------------------------------------------------------------------

  private address(): { url: string; canonical?: string } {
    const url = this.deps.url();
    const canonical = readPageInfo(this.deps.doc, url, 'en').canonical;
    return canonical ? { url, canonical } : { url };
  }

  /** Anchors notes in the page's text as it is now: one read of the text for all of them. */
  private place(anchors: NoteAnchor[]): void {
    const body = this.deps.doc.body;
    // Reading a long page's text costs: only when there is a passage to find.
    if (!body || !anchors.some((a) => a.selector.exact && !this.notes.get(a.id))) return;
    const ix = collectText(body);
    const text = textOf(ix);
    for (const a of anchors) {
      // A note on the whole article (written in the popup) has no passage to place and is not orphaned.
      if (!a.selector.exact) continue;
      if (this.notes.get(a.id)) continue;
      const m = anchorQuote(text, a.selector, a.position);
      const range = m ? rangeFor(ix, m, { crossBlocks: true }) : null;
      this.notes.set(a.id, range);
      // A highlight is painted in its colour (`chiplens-mark-<colour>`), a note as `chiplens-note`.
      if (range) this.layer.add(a.color ? `mark-${a.color}` : 'note', range, a.id);
    }
  }
}
