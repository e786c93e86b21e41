/**
 * The reader's notes on the current page: loading them, finding each one's passage again in the page's readable
 * text (`lib/anchor`), wrapping it in `chiplens-note` elements, and adding, editing and deleting notes through the
 * background. A note whose passage is not found stays stored (popup, library) and is counted as orphaned.
 */
import { anchorQuote, describeRange, type QuoteSelector, type TextRange } from '../../../lib/anchor/quote.ts';
import type { Theme } from '../../../lib/dom/mark-style.ts';
import { UI_ATTR } from '../../../lib/dom/readable.ts';
import { collectText, textOf } from '../../../lib/dom/text-index.ts';
import type { NoteRow } from '../../../lib/store/types.ts';
import type { send } from '../../../lib/send.ts';
import { readPageInfo } from '../page-info.ts';
import { NOTE_ID_ATTR, NOTE_TAG, rangeToOffsets, unwrapNote, wrapOffsets } from './passage.ts';
import { noteCss } from './style.ts';

/** A passage chosen for a new note, described before the editor opens (the page may change meanwhile). */
export interface Draft {
  selector: QuoteSelector;
  position: TextRange;
}

export interface NoteLayerDeps {
  doc: Document;
  /** The page address (changes on single-page sites). */
  url: () => string;
  send: typeof send;
  /** Runs a DOM write of ours unseen by the page watcher (the controller's `quietly`). */
  mutate: (write: () => void) => void;
  /** The stored article's id, if the controller has recorded the page. */
  knownArticleId: () => number | undefined;
  /** Records the page, annotating it first when needed; resolves to the stored id. */
  recordArticle: () => Promise<number | undefined>;
}

/**
 * The outcome of a change, with the background's sentence when it failed; `message: null` when the page could not
 * be recorded as an article (the background is unreachable or refused the page).
 */
export type Outcome = { ok: true } | { ok: false; message: string | null };

interface PageNote {
  row: NoteRow;
  /** Its elements in the page; empty when its passage was not found. */
  els: Element[];
}

const STYLE_ID = 'notes';

/** The notes of the page in the page; see the module comment. */
export class NoteLayer {
  private readonly notes = new Map<number, PageNote>();
  /** Bumped when the page changes identity; an answer for an older page is dropped. */
  private generation = 0;
  private theme: Theme | null = null;

  constructor(private readonly deps: NoteLayerDeps) {}

  /** Loads the page's notes and shows each on its passage. Resolves when done. */
  async load(): Promise<void> {
    const generation = ++this.generation;
    const rows = await this.fetchRows();
    if (generation !== this.generation || !rows) return;
    this.show(rows);
  }

  /** Removes every note element and forgets the notes (another page, ChipLens off, unload). */
  clear(): void {
    this.generation++;
    const els = [...this.notes.values()].flatMap((n) => n.els);
    this.notes.clear();
    this.deps.mutate(() => {
      for (const el of els) unwrapNote(el);
      this.deps.doc.querySelector(`style[${UI_ATTR}="${STYLE_ID}"]`)?.remove();
    });
    this.theme = null;
  }

  /** How many of the page's notes are shown on their passage and how many could not be placed. */
  counts(): { anchored: number; orphaned: number } {
    let anchored = 0;
    for (const n of this.notes.values()) if (n.els.length) anchored++;
    return { anchored, orphaned: this.notes.size - anchored };
  }

  /** The note an element belongs to (a `chiplens-note` or anything inside one). */
  noteAt(el: Element): NoteRow | undefined {
    const host = el.closest(NOTE_TAG);
    const id = Number(host?.getAttribute(NOTE_ID_ATTR));
    return this.notes.get(id)?.row;
  }

  /** The first element of a note in the page (its keyboard stop). */
  firstElement(id: number): Element | undefined {
    return this.notes.get(id)?.els[0];
  }

  /** Describes the readable text a DOM range covers; null when it covers none. */
  describe(range: Range): Draft | null {
    const body = this.deps.doc.body;
    if (!body) return null;
    const ix = collectText(body);
    const span = rangeToOffsets(ix, range);
    return span ? describeRange(textOf(ix), span.start, span.end) : null;
  }

  /** Stores a new note on `draft` (recording the page first if needed) and shows it. */
  async add(draft: Draft, body: string, theme: Theme): Promise<Outcome> {
    const articleId = await this.articleId();
    if (articleId === undefined) return { ok: false, message: null };
    const res = await this.deps.send({ type: 'notes/add', note: { articleId, selector: draft.selector, position: draft.position, body } });
    if (!res.ok) return { ok: false, message: res.error.message };
    this.theme ??= theme;
    this.show([res.data]);
    return { ok: true };
  }

  async update(id: number, body: string): Promise<Outcome> {
    const res = await this.deps.send({ type: 'notes/update', id, patch: { body } });
    if (!res.ok) return { ok: false, message: res.error.message };
    const n = this.notes.get(id);
    if (n) n.row = res.data;
    return { ok: true };
  }

  async remove(id: number): Promise<Outcome> {
    const res = await this.deps.send({ type: 'notes/delete', id });
    // Already gone from the store (deleted in the library meanwhile): gone from the page too.
    if (!res.ok && res.error.code !== 'not-found') return { ok: false, message: res.error.message };
    const n = this.notes.get(id);
    this.notes.delete(id);
    if (n) this.deps.mutate(() => n.els.forEach(unwrapNote));
    return { ok: true };
  }

  /** Restyles the note elements for a light or dark page. */
  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    if (this.deps.doc.querySelector(`style[${UI_ATTR}="${STYLE_ID}"]`)) this.deps.mutate(() => this.installStyles());
  }

  // -------------------------------------------------------------------------------------------------------

  /** The page's notes: by the article id the controller knows, else by the page's address. */
  private async fetchRows(): Promise<NoteRow[] | null> {
    const known = this.deps.knownArticleId();
    if (known !== undefined) {
      const res = await this.deps.send({ type: 'notes/list', articleId: known });
      return res.ok ? res.data : null;
    }
    const res = await this.deps.send({ type: 'article/get', ...this.address() });
    return res.ok ? (res.data?.notes ?? []) : null;
  }

  private address(): { url: string; canonical?: string } {
    const url = this.deps.url();
    const canonical = readPageInfo(this.deps.doc, url, 'en').canonical;
    return canonical ? { url, canonical } : { url };
  }

  /** The stored article of this page: known, found by address, or recorded now. */
  private async articleId(): Promise<number | undefined> {
    const known = this.deps.knownArticleId();
    if (known !== undefined) return known;
    const res = await this.deps.send({ type: 'article/get', ...this.address() });
    if (res.ok && res.data) return res.data.article.id;
    return this.deps.recordArticle();
  }

  private installStyles(): void {
    const doc = this.deps.doc;
    let style = doc.querySelector<HTMLStyleElement>(`style[${UI_ATTR}="${STYLE_ID}"]`);
    if (!style) {
      style = doc.createElement('style');
      style.setAttribute(UI_ATTR, STYLE_ID);
      (doc.head ?? doc.documentElement).appendChild(style);
    }
    style.textContent = noteCss(this.theme ?? 'light');
  }

  /**
   * Anchors and wraps notes. Anchoring reads the text once; wrapping goes from the last passage to the first,
   * so one index serves all of them (splitting a text node keeps its head, where earlier passages lie), and
   * reads the page again only where two passages overlap.
   */
  private show(rows: NoteRow[]): void {
    const body = this.deps.doc.body;
    if (!body) return;
    const text = textOf(collectText(body));
    const placed: { row: NoteRow; span: TextRange }[] = [];
    for (const row of rows) {
      // A note on the whole article (written in the popup) has no passage to place and is not orphaned.
      if (!row.selector.exact) continue;
      const old = this.notes.get(row.id);
      if (old?.els.length) continue;
      this.notes.set(row.id, { row, els: [] });
      const m = anchorQuote(text, row.selector, row.position);
      if (m) placed.push({ row, span: m });
    }
    if (!placed.length) return;
    placed.sort((a, b) => b.span.start - a.span.start);
    this.deps.mutate(() => {
      if (!this.deps.doc.querySelector(`style[${UI_ATTR}="${STYLE_ID}"]`)) this.installStyles();
      let ix = collectText(body);
      let floor = Infinity;
      for (const { row, span } of placed) {
        if (span.end > floor) ix = collectText(body);
        floor = span.start;
        let first = true;
        const els = wrapOffsets(ix, span, () => {
          const el = this.deps.doc.createElement(NOTE_TAG);
          el.setAttribute(NOTE_ID_ATTR, String(row.id));
          // One keyboard stop per note, on its first element.
          if (first) el.setAttribute('tabindex', '0');
          first = false;
          return el;
        });
        this.notes.set(row.id, { row, els });
      }
    });
  }
}
