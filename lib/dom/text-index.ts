/**
 * The readable text of a DOM subtree as one string, with a map from string offsets back to text nodes.
 * Built by a walk that can stop at any node and resume later, so a long page is read in slices.
 *
 * Text nodes keep their exact content (the extractor's offsets land on real characters); a line break that
 * belongs to no node is put between blocks so a name at the end of one paragraph and a number at the start
 * of the next never read as one phrase.
 */
import type { TextPosition } from '../passage.ts';
import { isBlock, isSkipped, type ReadableOptions } from './readable.ts';

/** Separator between blocks: not part of any node. */
export const BLOCK_SEPARATOR = '\n';

/** The text of a subtree and where each part of it came from. */
export interface TextIndex {
  /** Concatenated parts; read with {@link textOf} (joining is deferred until asked for). */
  readonly parts: string[];
  /** Offset of each part in the whole text. */
  readonly starts: number[];
  /** The text node of each part; null for a block separator. */
  readonly nodes: (Text | null)[];
  /** Offsets of the block separators, ascending (places where a chunk may be cut cleanly). */
  readonly cuts: number[];
  /** Length of the text so far. */
  length: number;
}

function emptyIndex(): TextIndex {
  return { parts: [], starts: [], nodes: [], cuts: [], length: 0 };
}

/**
 * Walks a subtree depth-first without recursion, keeping only the current node as state, so a walk can stop
 * after any node when its time slice is spent and carry on in the next.
 */
export class TextCollector {
  readonly index: TextIndex = emptyIndex();
  private node: Node | null;
  private finished = false;

  constructor(
    private readonly root: Node,
    private readonly opts: ReadableOptions = {},
  ) {
    this.node = root.firstChild;
    if (!this.node) this.finished = true;
  }

  /** Whether the whole subtree has been read. */
  get done(): boolean {
    return this.finished;
  }

  /**
   * Reads nodes until the subtree ends, `shouldStop()` says so (checked every 64 nodes), or at least
   * `minLength` characters are collected. Returns {@link done}.
   */
  collect(shouldStop: () => boolean = () => false, minLength = Infinity): boolean {
    let n = this.node;
    let visited = 0;
    while (n) {
      if ((++visited & 63) === 0 && (shouldStop() || this.index.length >= minLength)) break;
      if (n.nodeType === 3) {
        this.pushText(n as Text);
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (!isSkipped(el, this.opts)) {
          const block = isBlock(el);
          if (block) this.pushSeparator();
          if (el.firstChild) {
            n = el.firstChild;
            continue;
          }
          if (block) this.pushSeparator();
        }
      }
      n = this.advance(n);
    }
    this.node = n;
    if (!n) this.finished = true;
    return this.finished;
  }

  /** Next node after `n`'s subtree, closing the blocks it climbs out of; null at the end of the root. */
  private advance(n: Node): Node | null {
    let cur: Node | null = n;
    while (cur && cur !== this.root) {
      if (cur.nextSibling) return cur.nextSibling;
      cur = cur.parentNode;
      if (cur && cur !== this.root && cur.nodeType === 1 && isBlock(cur as Element)) this.pushSeparator();
    }
    return null;
  }

  private pushText(t: Text): void {
    const data = t.data;
    if (!data.length) return;
    const ix = this.index;
    ix.parts.push(data);
    ix.starts.push(ix.length);
    ix.nodes.push(t);
    ix.length += data.length;
  }

  private pushSeparator(): void {
    const ix = this.index;
    const last = ix.parts.length - 1;
    if (last < 0 || ix.nodes[last] === null) return;
    ix.parts.push(BLOCK_SEPARATOR);
    ix.starts.push(ix.length);
    ix.nodes.push(null);
    ix.cuts.push(ix.length);
    ix.length += BLOCK_SEPARATOR.length;
  }
}

/** Reads a whole subtree at once (tests, small fragments). */
export function collectText(root: Node, opts: ReadableOptions = {}): TextIndex {
  const c = new TextCollector(root, opts);
  c.collect();
  return c.index;
}

/** Index of the part containing offset `at` (the last part starting at or before it). */
export function partAt(ix: TextIndex, at: number): number {
  let lo = 0;
  let hi = ix.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ix.starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The text in `[from, to)`; the whole text by default. */
export function textOf(ix: TextIndex, from = 0, to = ix.length): string {
  if (from === 0 && to >= ix.length) return ix.parts.join('');
  if (to <= from) return '';
  const first = partAt(ix, from);
  const out: string[] = [];
  for (let i = first; i < ix.parts.length && ix.starts[i] < to; i++) {
    const s = ix.starts[i];
    const p = ix.parts[i];
    out.push(s >= from && s + p.length <= to ? p : p.slice(Math.max(0, from - s), Math.min(p.length, to - s)));
  }
  return out.join('');
}

/**
 * Where to end a chunk that starts at `from` and should be about `size` long: the last block separator in its
 * second half, else the last white space before `from + size`, else `from + size`. Returns at most `ix.length`.
 */
export function chunkEnd(ix: TextIndex, from: number, size: number): number {
  const target = from + size;
  if (target >= ix.length) return ix.length;
  // Last cut ≤ target.
  let lo = 0;
  let hi = ix.cuts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ix.cuts[mid] <= target) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best >= 0 && ix.cuts[best] > from + size / 2) return ix.cuts[best] + BLOCK_SEPARATOR.length;
  // One very long block: cut at white space so no word is split.
  const window = textOf(ix, Math.max(from, target - 2000), target);
  const ws = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf('\u00a0'));
  return ws > 0 ? target - window.length + ws + 1 : target;
}

/**
 * A DOM Range over the text of `[start, end)`, which may cross inline elements (and, with `crossBlocks`, block
 * boundaries: a noted passage may cover paragraphs). Null when the span is empty or out of bounds, crosses a
 * block boundary without `crossBlocks`, or a text node it touches was changed by the page since it was read:
 * a range must cover exactly the text that was read.
 */
export function rangeFor(ix: TextIndex, span: TextPosition, opts: { crossBlocks?: boolean } = {}): Range | null {
  if (span.end <= span.start || span.start < 0 || span.end > ix.length) return null;
  let first: { node: Text; offset: number } | null = null;
  let last: { node: Text; offset: number } | null = null;
  for (let i = partAt(ix, span.start); i < ix.parts.length && ix.starts[i] < span.end; i++) {
    const node = ix.nodes[i];
    if (!node) {
      if (!opts.crossBlocks) return null;
      continue;
    }
    if (!node.isConnected || node.data !== ix.parts[i]) return null;
    const from = Math.max(0, span.start - ix.starts[i]);
    const to = Math.min(node.length, span.end - ix.starts[i]);
    if (to <= from) continue;
    first ??= { node, offset: from };
    last = { node, offset: to };
  }
  if (!first || !last) return null;
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset);
  return range;
}

/**
 * The offsets of the readable text a DOM range covers: from the first to the last indexed text node it touches
 * with at least one character. Null when it covers no readable text (a selection in a form field, in code, or of
 * nothing but an image).
 */
export function offsetsOf(ix: TextIndex, range: Range): TextPosition | null {
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
