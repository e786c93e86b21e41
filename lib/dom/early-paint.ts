/**
 * The first highlights of a chip page, shown before the annotator is there. The background judges the page from
 * its sketch anyway; where it finds a chip article, it reads the sketch's main text with the extractor (a few
 * milliseconds in its own thread) and answers where the mentions are. The first stage shows them as ranges over
 * the text nodes the sketch was read from, a frame or two after the answer, while the annotator (a bundle some
 * twenty times the first stage's size) is still loading.
 *
 * The annotator then takes them over without a flicker: its layer adopts each kind's `Highlight` (the registry
 * entry never changes) and the stylesheet, each range it finds itself replaces the early one at the same place,
 * and the early ranges it did not find again go when its first read ends. Until then an early highlight opens no
 * card: cards need the annotator.
 */
import type { SketchNode } from './sketch.ts';
import { highlightCss, HighlightStyles, pageTheme, type HighlightColors } from './highlight-style.ts';
import { PAINT_ALL_MAX, registerHighlight, unregisterHighlight, type HighlightApi, type HighlightKind, type MentionKind } from './highlights.ts';

/** A mention in the sketch's main text: its offsets there and its kind. */
export type PaintSpan = [start: number, end: number, kind: MentionKind];

/** The background's answer for a chip page: what to show, in the reader's colours. */
export interface EarlyPaintPlan {
  /** In text order. */
  spans: PaintSpan[];
  colors: HighlightColors;
}

/** At most this many early ranges: as many as a highlight layer paints at once (more would be a long task). */
export const EARLY_PAINT_MAX = PAINT_ALL_MAX;

export class EarlyPaint {
  private readonly highlights = new Map<HighlightKind, Highlight>();
  /** Each early range and the Highlight it is in. */
  private readonly ranges = new Map<Range, Highlight>();
  /** The early ranges starting in each text node, to find the one a range of the annotator replaces. */
  private readonly byNode = new Map<Node, Range[]>();
  private styles: HighlightStyles | null;
  /** Kinds whose Highlight the annotator has taken over: the registry entry is its own now. */
  private readonly adopted = new Set<HighlightKind>();

  constructor(
    private readonly api: HighlightApi,
    private readonly doc: Document,
  ) {
    this.styles = new HighlightStyles(doc);
  }

  /** How many early ranges are shown. */
  get size(): number {
    return this.ranges.size;
  }

  /**
   * Shows the plan's spans of `text` (the sketch's main text, read from `nodes`). A span is shown only where its
   * text is still in one text node as it was read: one across elements, or on text changed since, waits for the
   * annotator. Returns how many are shown.
   */
  show(text: string, nodes: readonly SketchNode[], plan: EarlyPaintPlan): number {
    let i = 0;
    for (const [start, end, kind] of plan.spans) {
      if (this.ranges.size >= EARLY_PAINT_MAX) break;
      while (i + 1 < nodes.length && nodes[i + 1].at <= start) i++;
      const entry = nodes[i];
      if (!entry) break;
      const { node, at } = entry;
      const a = start - at;
      const b = end - at;
      if (a < 0 || b > node.data.length || b <= a || !node.isConnected || node.data.slice(a, b) !== text.slice(start, end)) continue;
      const range = this.doc.createRange();
      range.setStart(node, a);
      range.setEnd(node, b);
      this.add(kind, range);
    }
    const body = this.doc.body;
    if (this.ranges.size && body) this.styles?.set(highlightCss(pageTheme(body), plan.colors));
    return this.ranges.size;
  }

  /** The early Highlight of a kind, for the annotator's layer to keep using (undefined when there is none). */
  adopt(kind: HighlightKind): Highlight | undefined {
    const h = this.highlights.get(kind);
    if (h) this.adopted.add(kind);
    return h;
  }

  /**
   * The early stylesheet, for the annotator to keep using: a second sheet with the same rules would make the
   * browser recompute every element's style again, which on a long page is a long task.
   */
  adoptStyles(): HighlightStyles | undefined {
    const styles = this.styles ?? undefined;
    this.styles = null;
    return styles;
  }

  /** The annotator shows `range`: an early range over the same text goes. */
  confirm(range: Range): void {
    const list = this.byNode.get(range.startContainer);
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.startOffset !== range.startOffset || r.endContainer !== range.endContainer || r.endOffset !== range.endOffset) continue;
      this.ranges.get(r)?.delete(r);
      this.ranges.delete(r);
      list.splice(i, 1);
      return;
    }
  }

  /** Takes away every early range that is left, the Highlights nobody adopted and the early stylesheet. */
  release(): void {
    for (const [range, h] of this.ranges) h.delete(range);
    this.ranges.clear();
    this.byNode.clear();
    for (const [kind, h] of this.highlights) if (!this.adopted.has(kind)) unregisterHighlight(this.api, kind, h);
    this.highlights.clear();
    this.styles?.remove();
  }

  private add(kind: HighlightKind, range: Range): void {
    let h = this.highlights.get(kind);
    if (!h) {
      h = registerHighlight(this.api, kind);
      this.highlights.set(kind, h);
    }
    h.add(range);
    this.ranges.set(range, h);
    const list = this.byNode.get(range.startContainer);
    if (list) list.push(range);
    else this.byNode.set(range.startContainer, [range]);
  }
}
