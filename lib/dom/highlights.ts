/**
 * Highlights as CSS Custom Highlight API ranges: the page's DOM is never touched. Each kind is one `Highlight`
 * registered in `CSS.highlights` as `chiplens-<kind>`; each Range covers one mention's (or one note's) text.
 * A layer keeps what each range stands for, finds the range under a point (hit-testing replaces the events that
 * elements would get), and walks its ranges in document order for the keyboard.
 *
 * The registry is shared with the page: its script can read every range. So a range carries nothing but its
 * text; what it stands for stays in this layer, in the content script's own world.
 */

/** The kinds of highlight, each one `Highlight` named `chiplens-<kind>`. */
export type HighlightKind = 'chip' | 'company' | 'figure' | 'watch' | 'note' | 'current';

export const HIGHLIGHT_PREFIX = 'chiplens-';

export const highlightName = (kind: HighlightKind): string => HIGHLIGHT_PREFIX + kind;

/** What of `CSS.highlights` and `Highlight` a layer uses; injectable for tests. */
export interface HighlightApi {
  registry: Pick<HighlightRegistry, 'set' | 'delete' | 'get'> & { highlightsFromPoint?: unknown };
  create(): Highlight;
}

/** The browser's API, or null where it has none (an old browser: ChipLens then shows no highlights). */
export function browserHighlightApi(): HighlightApi | null {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return null;
  return { registry: CSS.highlights, create: () => new Highlight() };
}

/**
 * Painting order when ranges overlap (a noted passage with highlights in it): the current range on top, then
 * mentions over notes, so both stay visible.
 */
const PRIORITY: Record<HighlightKind, number> = { note: 0, watch: 1, figure: 2, company: 2, chip: 2, current: 5 };

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
    let h = this.highlights.get(kind);
    if (!h) {
      h = this.api.create();
      h.priority = PRIORITY[kind];
      this.highlights.set(kind, h);
      this.api.registry.set(highlightName(kind), h);
    }
    h.add(range);
    this.entries.set(range, { kind, value });
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
      // Only our own entry: a page (or another layer) may have put something else under the name meanwhile.
      if (this.api.registry.get(highlightName(kind)) === h) this.api.registry.delete(highlightName(kind));
    }
    if (kinds) this.removeWhere((hit) => kinds.includes(hit.kind));
    else {
      this.entries.clear();
      this.order = [];
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
