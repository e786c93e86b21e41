/**
 * Passages of the page's readable text in the DOM: the text offsets a selection covers, and `chiplens-note`
 * elements around the text of an offset range (and their removal). Offsets are those of a {@link TextIndex}
 * read with `lib/dom/text-index.ts`, so a note's position is measured in the same text it is anchored in.
 */
import { MARK_TAG } from '../../../lib/dom/readable.ts';
import { partAt, type TextIndex } from '../../../lib/dom/text-index.ts';
import type { TextRange } from '../../../lib/anchor/quote.ts';

/** The note element of ../shared/DESIGN.md. */
export const NOTE_TAG = 'chiplens-note';
/** Attribute holding the stored note's id on each of its elements. */
export const NOTE_ID_ATTR = 'data-note-id';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/**
 * The offsets of the readable text a DOM range covers: from the first to the last indexed text node it
 * touches with at least one character. Null when it covers no readable text (a selection in a form field,
 * in ChipLens's own UI, or of nothing but an image).
 */
export function rangeToOffsets(ix: TextIndex, range: Range): TextRange | null {
  let start = -1;
  let end = -1;
  for (let i = 0; i < ix.nodes.length; i++) {
    const node = ix.nodes[i];
    if (!node || !range.intersectsNode(node)) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (to <= from) continue;
    if (start < 0) start = ix.starts[i] + from;
    end = ix.starts[i] + to;
  }
  return start < 0 ? null : { start, end };
}

/**
 * Wraps the text of `[span.start, span.end)` in elements made by `make`, one per text node (a passage may cross
 * inline elements and paragraphs), without changing the page's text. White space at the edges of each piece and
 * white-space-only pieces stay outside, so no note element lands between list items or table cells. A piece
 * inside a highlight wraps the whole highlight: the note sits outside `chiplens-mark`, so highlights can be
 * removed and added again without touching notes. Nodes the page changed since `ix` was read are skipped.
 *
 * Wrapping splits text nodes, keeping each node's head in place: one index serves several calls as long as
 * each span lies before the ones wrapped earlier (overlapping spans need the page read again).
 */
export function wrapOffsets(ix: TextIndex, span: TextRange, make: () => Element): Element[] {
  const out: Element[] = [];
  if (span.end <= span.start || ix.parts.length === 0) return out;
  const wrapped = new Set<Element>();
  for (let i = partAt(ix, span.start); i < ix.parts.length && ix.starts[i] < span.end; i++) {
    const node = ix.nodes[i];
    const part = ix.parts[i];
    let from = Math.max(0, span.start - ix.starts[i]);
    let to = Math.min(part.length, span.end - ix.starts[i]);
    // A node keeps the head of its text when a later passage split it off; anything else means the page
    // changed it since it was read.
    if (!node || !node.isConnected || to > node.length || part.slice(0, node.length) !== node.data) continue;
    const data = node.data;
    while (from < to && isSpace(data.charCodeAt(from))) from++;
    while (to > from && isSpace(data.charCodeAt(to - 1))) to--;
    if (from >= to) continue;
    const parent = node.parentElement;
    if (parent && parent.tagName.toUpperCase() === MARK_TAG) {
      if (wrapped.has(parent)) continue;
      wrapped.add(parent);
      out.push(wrapAround(parent, make()));
      continue;
    }
    // splitText keeps the head in the original node and returns the tail.
    if (to < node.length) node.splitText(to);
    out.push(wrapAround(from > 0 ? node.splitText(from) : node, make()));
  }
  return out;
}

function wrapAround(target: Node, el: Element): Element {
  target.parentNode!.insertBefore(el, target);
  el.appendChild(target);
  return el;
}

/**
 * Takes a note element out of the page, keeping its content (text, highlights, other notes) where it was, and
 * joins the text nodes its wrapping split, only at its own edges, so text nodes held elsewhere stay as they are.
 */
export function unwrapNote(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  const first = el.firstChild;
  const last = el.lastChild;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
  let tail = last;
  if (first?.nodeType === 3) {
    const prev = first.previousSibling;
    if (prev?.nodeType === 3) {
      (prev as Text).appendData((first as Text).data);
      parent.removeChild(first);
      if (tail === first) tail = prev;
    }
  }
  if (tail?.nodeType === 3) {
    const next = tail.nextSibling;
    if (next?.nodeType === 3) {
      (tail as Text).appendData((next as Text).data);
      parent.removeChild(next);
    }
  }
}
