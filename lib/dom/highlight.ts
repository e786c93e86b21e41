/**
 * Wraps text ranges of a {@link TextIndex} in highlight elements without changing the page's text: each
 * range's text nodes are split at its ends and the middle pieces are moved, unchanged, into new elements.
 */
import type { Mention } from '../extract/types.ts';
import { MARK_TAG } from './readable.ts';
import { partAt, type TextIndex } from './text-index.ts';

/**
 * The `chiplens-mark` element for a mention (the DOM contract of DESIGN.md): its kind, its entity id or, for a
 * figure, the figure's type, and a place in the tab order so the card opens on keyboard focus too.
 */
export function createMark(m: Mention, d: Document): HTMLElement {
  const el = d.createElement(MARK_TAG.toLowerCase());
  el.setAttribute('data-kind', m.kind);
  el.setAttribute('data-id', m.kind === 'figure' ? m.value.type : m.id);
  el.setAttribute('tabindex', '0');
  return el;
}

/** A range of the index's text to highlight. */
export interface Span {
  start: number;
  end: number;
}

/** A text node holding part of a part's text: `[start, end)` in the index's text. */
interface Segment {
  node: Text;
  start: number;
  end: number;
}

interface Piece {
  part: number;
  seg: Segment;
  from: number;
  to: number;
}

/**
 * Highlights ranges of one index. Wrapping splits text nodes, so for every part touched the highlighter keeps
 * the list of text nodes that now hold its unwrapped text; ranges may come in any order.
 */
export class Highlighter {
  private readonly segments = new Map<number, Segment[]>();

  constructor(
    private readonly ix: TextIndex,
    private readonly doc: Document,
  ) {}

  /**
   * Wraps `span` in one element per text node it covers, made by `make`; white space at the edges of each
   * piece stays outside. Returns the new elements, or an empty array when the text changed since it was read
   * (page scripts), the span crosses a block boundary, or part of it is already inside a mark: a span is never
   * wrapped twice.
   */
  wrap<T extends Element>(span: Span, make: (doc: Document) => T): T[] {
    const pieces = this.pieces(span);
    if (!pieces) return [];
    const out: T[] = [];
    for (const p of pieces) {
      const data = p.seg.node.data;
      let from = p.from;
      let to = p.to;
      while (from < to && isSpace(data.charCodeAt(from - p.seg.start))) from++;
      while (to > from && isSpace(data.charCodeAt(to - 1 - p.seg.start))) to--;
      if (from < to) out.push(this.wrapPiece({ ...p, from, to }, make(this.doc)));
    }
    return out;
  }

  private segmentsOf(i: number): Segment[] {
    let segs = this.segments.get(i);
    if (!segs) {
      const start = this.ix.starts[i];
      segs = [{ node: this.ix.nodes[i]!, start, end: start + this.ix.parts[i].length }];
      this.segments.set(i, segs);
    }
    return segs;
  }

  private pieces(span: Span): Piece[] | null {
    const ix = this.ix;
    if (span.end <= span.start || span.start < 0 || span.end > ix.length) return null;
    const pieces: Piece[] = [];
    for (let i = partAt(ix, span.start); i < ix.parts.length && ix.starts[i] < span.end; i++) {
      if (!ix.nodes[i]) return null; // crosses a block boundary: not one phrase
      const from = Math.max(span.start, ix.starts[i]);
      const to = Math.min(span.end, ix.starts[i] + ix.parts[i].length);
      if (from >= to) continue;
      const seg = this.segmentsOf(i).find((s) => s.start <= from && to <= s.end);
      if (!seg) return null; // overlaps text wrapped earlier
      // The page changed this node since it was read, or it is already highlighted.
      if (!seg.node.isConnected || seg.node.length !== seg.end - seg.start) return null;
      if (seg.node.parentNode?.nodeName.toUpperCase() === MARK_TAG) return null;
      pieces.push({ part: i, seg, from, to });
    }
    return pieces.length ? pieces : null;
  }

  private wrapPiece<T extends Element>(p: Piece, el: T): T {
    const { seg } = p;
    const segs = this.segmentsOf(p.part);
    const replaced: Segment[] = [];
    // splitText leaves the head in the original node and returns the tail.
    let node = seg.node;
    if (p.to < seg.end) {
      const rest = node.splitText(p.to - seg.start);
      replaced.push({ node: rest, start: p.to, end: seg.end });
    }
    if (p.from > seg.start) {
      node = node.splitText(p.from - seg.start);
      replaced.unshift({ node: seg.node, start: seg.start, end: p.from });
    }
    segs.splice(segs.indexOf(seg), 1, ...replaced);
    node.parentNode!.insertBefore(el, node);
    el.appendChild(node);
    return el;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/**
 * Puts a mark's text back in place of the mark and joins it to the text nodes on either side, undoing the
 * splits of {@link Highlighter.wrap}. Only the mark's neighbours are joined (not `normalize()` on the parent),
 * so text nodes a page script holds elsewhere stay as they are.
 */
export function unwrapMark(mark: Element): void {
  const parent = mark.parentNode;
  if (!parent) return;
  const prev = mark.previousSibling;
  const next = mark.nextSibling;
  const text = mark.textContent ?? '';
  parent.removeChild(mark);
  if (prev?.nodeType === 3) {
    (prev as Text).appendData(text);
    if (next?.nodeType === 3) {
      (prev as Text).appendData((next as Text).data);
      parent.removeChild(next);
    }
  } else if (next?.nodeType === 3) {
    (next as Text).insertData(0, text);
  } else if (text) {
    parent.insertBefore(mark.ownerDocument.createTextNode(text), next);
  }
}

/** Removes every highlight under `root` (the reader turned ChipLens or a kind off). Returns how many. */
export function unwrapMarks(root: ParentNode, selector = MARK_TAG.toLowerCase()): number {
  const marks = Array.from(root.querySelectorAll(selector));
  for (const m of marks) unwrapMark(m);
  return marks.length;
}
