/**
 * Highlights as CSS Custom Highlight API ranges: the page's DOM is never touched. Each kind is one `Highlight`
 * registered in `CSS.highlights` as `chiplens-<kind>`; each Range covers one mention's (or one note's) text.
 * A layer keeps what each range stands for, finds the range under a point (hit-testing replaces the events that
 * elements would get), and walks its ranges in document order for the keyboard.
 *
 * The registry is shared with the page: its script can read every range. So a range carries nothing but its
 * text; what it stands for stays in this layer, in the content script's own world.
 *
 * On a long page only ranges near the viewport are painted (registered). The browser re-validates every
 * registered range whenever a highlight changes: in Chromium 156, 18,000 ranges added at once made one 380 ms
 * task, and added a hundred a frame, ten seconds of them. Up to {@link PAINT_ALL_MAX} ranges (any ordinary article)
 * are all painted as they come; beyond that, an IntersectionObserver on each range's element paints what is
 * within a viewport and a half of the visible part and takes away what leaves it, so a 1 MB page costs what its
 * visible part costs. Hit-testing and the keyboard work on all ranges, painted or not.
 */

import type { Mention } from '../extract/types.ts';
import type { MarkColor } from '../marks.ts';

/** The kinds of highlight, each one `Highlight` named `chiplens-<kind>`; the reader's highlights one per colour. */
export type HighlightKind = 'chip' | 'company' | 'figure' | 'watch' | 'note' | `mark-${MarkColor}` | 'current';

/** Whether a kind is the reader's own (a note or a highlight), opened by a click rather than a hover. */
export const isNoteKind = (kind: HighlightKind): boolean => kind === 'note' || kind.startsWith('mark-');

export const HIGHLIGHT_PREFIX = 'chiplens-';

export const highlightName = (kind: HighlightKind): string => HIGHLIGHT_PREFIX + kind;

/** The kinds a mention can be shown as. */
export type MentionKind = 'chip' | 'company' | 'figure' | 'watch';

/** The highlight a mention goes in: the reader's watch terms apart from the knowledge base's names. */
export function kindOf(m: Pick<Mention, 'kind'> & { id?: string }): MentionKind {
  return m.kind !== 'figure' && m.id?.startsWith('watch:') ? 'watch' : m.kind;
}

/** What of `CSS.highlights` and `Highlight` a layer uses; injectable for tests. */
export interface HighlightApi {
  registry: Pick<HighlightRegistry, 'set' | 'delete' | 'get'> & { highlightsFromPoint?: unknown };
  /** A new Highlight for a kind (the first stage's early one, when the annotator takes it over). */
  create(kind: HighlightKind): Highlight;
  /** Paint only ranges near the viewport (see the module comment); all at once when false (tests without layout). */
  nearViewportOnly: boolean;
}

/** How far beyond the viewport ranges are painted: a scroll of that much shows no unpainted text. */
const PAINT_MARGIN = '150% 0px';
/** Up to this many ranges a layer paints all; re-validating them costs the browser about 10 ms. */
export const PAINT_ALL_MAX = 500;

/** The browser's API, or null where it has none (an old browser: ChipLens then shows no highlights). */
export function browserHighlightApi(): HighlightApi | null {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return null;
  return { registry: CSS.highlights, create: () => new Highlight(), nearViewportOnly: true };
}

/**
 * Painting order when ranges overlap (a noted passage with highlights in it): the current range on top, then
 * mentions over notes, so both stay visible.
 */
const PRIORITY: Record<string, number> = { note: 0, watch: 1, figure: 2, company: 2, chip: 2, current: 5 };
const priorityOf = (kind: HighlightKind): number => PRIORITY[kind] ?? 0;

/** A new Highlight for a kind, in its painting order, registered under `chiplens-<kind>`. */
export function registerHighlight(api: HighlightApi, kind: HighlightKind): Highlight {
  const h = api.create(kind);
  h.priority = priorityOf(kind);
  api.registry.set(highlightName(kind), h);
  return h;
}

/** Takes `h` out of the registry if it is still there under its kind's name, and nothing else. */
export function unregisterHighlight(api: HighlightApi, kind: HighlightKind, h: Highlight): void {
  // Only our own entry: a page (or another layer) may have put something else under the name meanwhile.
  if (api.registry.get(highlightName(kind)) === h) api.registry.delete(highlightName(kind));
}

export interface Hit<T> {
  range: Range;
  kind: HighlightKind;
  value: T;
}

/** Ranges of some kinds, with a value of type `T` for each; see the module comment. */
export class HighlightLayer<T> {
  private readonly highlights = new Map<HighlightKind, Highlight>();
  private readonly entries = new Map<Range, { kind: HighlightKind; value: T }>();
  /** The ranges in document order; null when it must be sorted again. Kept as ranges come, mostly in order. */
  private order: Range[] | null = [];
  /** The element each range is watched by, and the ranges of each watched element. */
  private readonly targetOf = new Map<Range, Element>();
  private readonly rangesOf = new Map<Element, Set<Range>>();
  /** Watched elements now near the viewport. */
  private readonly near = new Set<Element>();
  /** Watched elements whose ranges were painted while the layer was small enough to paint all, near or not. */
  private readonly paintedAnyway = new Set<Element>();
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly api: HighlightApi,
    private readonly doc: Document,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  count(kind: HighlightKind): number {
    return this.highlights.get(kind)?.size ?? 0;
  }

  add(kind: HighlightKind, range: Range, value: T): void {
    if (this.entries.has(range)) return;
    this.entries.set(range, { kind, value });
    this.watch(range);
    const order = this.order;
    // The pipeline hands ranges over in text order: appending keeps the order without sorting 30,000 ranges.
    if (order && (!order.length || order[order.length - 1].compareBoundaryPoints(Range.START_TO_START, range) <= 0)) order.push(range);
    else this.order = null;
  }

  /** What `range` stands for, if it is one of this layer's. */
  get(range: Range): Hit<T> | undefined {
    const e = this.entries.get(range);
    return e && { range, ...e };
  }

  /** Removes every range for which `drop` says so; returns how many. */
  removeWhere(drop: (hit: Hit<T>) => boolean): number {
    let n = 0;
    for (const [range, e] of this.entries) {
      if (!drop({ range, ...e })) continue;
      this.highlights.get(e.kind)?.delete(range);
      this.entries.delete(range);
      this.unwatch(range);
      n++;
    }
    if (n && this.order) this.order = this.order.filter((r) => this.entries.has(r));
    return n;
  }

  /** Removes the ranges of some kinds (all by default) and unregisters their highlights. */
  clear(kinds?: readonly HighlightKind[]): void {
    for (const [kind, h] of [...this.highlights]) {
      if (kinds && !kinds.includes(kind)) continue;
      h.clear();
      this.highlights.delete(kind);
      unregisterHighlight(this.api, kind, h);
    }
    if (kinds) this.removeWhere((hit) => kinds.includes(hit.kind));
    else {
      this.entries.clear();
      this.order = [];
      this.observer?.disconnect();
      this.observer = null;
      this.targetOf.clear();
      this.rangesOf.clear();
      this.near.clear();
      this.paintedAnyway.clear();
    }
  }

  /** Whether a range is registered in `CSS.highlights` now (near the viewport). */
  painted(range: Range): boolean {
    const e = this.entries.get(range);
    return !!e && !!this.highlights.get(e.kind)?.has(range);
  }

  private paint(range: Range): void {
    const e = this.entries.get(range);
    if (!e) return;
    let h = this.highlights.get(e.kind);
    if (!h) {
      h = registerHighlight(this.api, e.kind);
      this.highlights.set(e.kind, h);
    }
    h.add(range);
  }

  private unpaint(range: Range): void {
    const e = this.entries.get(range);
    if (e) this.highlights.get(e.kind)?.delete(range);
  }

  /** Paints `range` once its element is near the viewport (at once where the browser cannot tell). */
  private watch(range: Range): void {
    const start = range.startContainer;
    const target = start.nodeType === 1 ? (start as Element) : start.parentElement;
    const View = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!this.api.nearViewportOnly || !target || !View || typeof View.IntersectionObserver !== 'function') {
      this.paint(range);
      return;
    }
    this.observer ??= new View.IntersectionObserver((records) => this.onIntersect(records), { rootMargin: PAINT_MARGIN });
    this.targetOf.set(range, target);
    let set = this.rangesOf.get(target);
    if (!set) {
      set = new Set();
      this.rangesOf.set(target, set);
      this.observer.observe(target);
    }
    set.add(range);
    if (this.near.has(target)) this.paint(range);
    else if (this.entries.size <= PAINT_ALL_MAX) {
      this.paint(range);
      this.paintedAnyway.add(target);
    }
  }

  private unwatch(range: Range): void {
    const target = this.targetOf.get(range);
    if (!target) return;
    this.targetOf.delete(range);
    const set = this.rangesOf.get(target);
    set?.delete(range);
    if (set && !set.size) {
      this.rangesOf.delete(target);
      this.near.delete(target);
      this.paintedAnyway.delete(target);
      this.observer?.unobserve(target);
    }
  }

  private onIntersect(records: IntersectionObserverEntry[]): void {
    for (const r of records) {
      const ranges = this.rangesOf.get(r.target);
      if (!ranges) continue;
      if (r.isIntersecting) {
        this.near.add(r.target);
        for (const range of ranges) this.paint(range);
      } else if (this.entries.size > PAINT_ALL_MAX) {
        // The observer's first report covers every element watched: most were never painted, and a page of
        // 11,000 ranges spent 20 ms taking them out of highlights they were not in.
        const wasNear = this.near.delete(r.target);
        if (this.paintedAnyway.delete(r.target) || wasNear) for (const range of ranges) this.unpaint(range);
      } else this.near.delete(r.target);
    }
  }

  /** The layer's ranges in document order. */
  ordered(): Range[] {
    if (!this.order) {
      const all = [...this.entries.keys()];
      all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b) || a.compareBoundaryPoints(Range.END_TO_END, b));
      this.order = all;
    }
    return this.order;
  }

  /**
   * The layer's ranges under the viewport point `(x, y)`: the caret position there, looked up among the ordered
   * ranges (a binary search) and checked against the range's boxes (a caret snaps to the nearest character even in
   * the margin). The registry's own `highlightsFromPoint` is the fallback only: in Chromium 156 it took 120 ms a
   * call with 30,000 ranges (it tests every range), against 0.12 ms for the caret, and a hover hit-tests on every
   * frame the pointer moves.
   */
  at(x: number, y: number): Hit<T>[] {
    const caret = caretAt(this.doc, x, y);
    if (!caret) return this.fromRegistry(x, y) ?? [];
    const ordered = this.ordered();
    // Last range starting at or before the caret (the caret is inside or after it).
    let lo = 0;
    let hi = ordered.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (comparePoint(ordered[mid], caret.node, caret.offset) >= 0) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const out: Hit<T>[] = [];
    // Ranges rarely overlap (a note over mentions): look back a few for one that still contains the point.
    for (let i = found; i >= 0 && i > found - 8; i--) {
      const r = ordered[i];
      if (comparePoint(r, caret.node, caret.offset) === 0 && covers(r, x, y)) out.push(this.get(r)!);
    }
    return out;
  }

  private fromRegistry(x: number, y: number): Hit<T>[] | null {
    const fn = this.api.registry.highlightsFromPoint;
    if (typeof fn !== 'function') return null;
    const hits = (fn as (x: number, y: number) => unknown[]).call(this.api.registry, x, y);
    const out: Hit<T>[] = [];
    for (const hit of hits) {
      // The specification answers `{highlight, ranges}`; an answer of bare Highlights says which kind but not
      // which range, so the caret path decides.
      const ranges = (hit as { ranges?: unknown }).ranges;
      if (!Array.isArray(ranges)) return null;
      for (const r of ranges as Range[]) {
        const e = this.get(r);
        if (e) out.push(e);
      }
    }
    return out;
  }
}

/** Where a DOM point lies relative to a range: -1 before it, 0 inside (ends included), 1 after. */
function comparePoint(range: Range, node: Node, offset: number): number {
  try {
    return range.comparePoint(node, offset);
  } catch {
    return -1; // a point in another tree (or a doctype): nothing of the range is there
  }
}

function covers(range: Range, x: number, y: number): boolean {
  for (const b of Array.from(range.getClientRects())) {
    if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom) return true;
  }
  return false;
}

interface CaretPoint {
  node: Node;
  offset: number;
}

/** The text position under a viewport point (standard API, else Chromium's older one). */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
