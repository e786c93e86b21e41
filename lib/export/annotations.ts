/**
 * W3C Web Annotation export (https://www.w3.org/TR/annotation-model/, JSON-LD with the standard context):
 * one AnnotationCollection whose first (and only) AnnotationPage holds
 * - one `commenting` Annotation per note: a plain-text TextualBody, targeting the article URL with a
 *   TextQuoteSelector and, when the store knows where the passage was, a TextPositionSelector; one
 *   `highlighting` Annotation per highlight the reader made, on its passage the same way (its text, if any, as a
 *   `commenting` body); the reader's tags on either as TextualBodies with purpose `tagging`;
 * - one `tagging` Annotation per highlighted chip or company (its first passage in the article), the entity's
 *   name as a TextualBody with purpose `tagging`;
 * - one `highlighting` Annotation per figure, its value as a `describing` body ("write-off: 5.5 billion US dollars"
 *   when its measure is known) and the entity it is about and its measure as tags.
 *
 * Positions are UTF-16 offsets into the text ChipLens reads from the page (the same convention Hypothesis
 * exports), so other tools should trust the quote first and use the position only to pick between repeats.
 *
 * Ids are `urn:uuid:` URNs derived from the content (article URL, passage, creation time), so exporting the same
 * note twice gives the same id and a tool that imports both can tell it is one annotation.
 */
import type { TextPosition, TextQuoteSelector } from '../passage.ts';
import { isHighlight } from '../store/types.ts';
import { aboutEntity, buildModel, isoUtc, measureLabel, plainFigure, type Backup, type ExportOptions } from './model.ts';

/** The JSON-LD context every Web Annotation document names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'tagging' | 'describing';
}

export type Selector =
  | ({ type: 'TextQuoteSelector' } & TextQuoteSelector)
  | ({ type: 'TextPositionSelector' } & TextPosition);

/** A target: the page itself (its URL), or a passage of it. */
export type Target = string | { source: string; selector: Selector | Selector[] };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'tagging' | 'highlighting';
  /** Left out when the stored time is no date. */
  created?: string;
  modified?: string;
  body?: TextualBody | TextualBody[];
  target: Target;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: string };
  generated?: string;
  /** Left out when there is nothing to list: an AnnotationPage must have at least one item. */
  first?: AnnotationPage;
}

export interface AnnotationOptions extends ExportOptions {
  /** Also export chips, companies and figures as highlights (default true); notes only when false. */
  highlights?: boolean;
  label?: string;
}

/** A stable name-based UUID (version 8, RFC 9562: layout up to the application) from a 128-bit hash of `key`. */
export function contentUuid(key: string): string {
  // Four FNV-1a lanes with different offsets, mixed by murmur's finaliser: not cryptographic, only stable and spread.
  const lanes = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l] ^ c, 0x01000193 + 2 * l);
  }
  const hex = lanes
    .map((h, l) => {
      h ^= lanes[(l + 1) % 4] >>> 15;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function passageTarget(url: string, quote: TextQuoteSelector, position: TextPosition | undefined): Target {
  if (!quote.exact) return url;
  const quoteSelector: Selector = { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  return position ? { source: url, selector: [quoteSelector, { type: 'TextPositionSelector', start: position.start, end: position.end }] } : { source: url, selector: quoteSelector };
}

const text = (value: string, purpose: TextualBody['purpose']): TextualBody => ({ type: 'TextualBody', value, format: 'text/plain', purpose });

/** The notes (and, unless turned off, the highlights) of the selected articles as one AnnotationCollection. */
export function webAnnotations(backup: Backup, opts: AnnotationOptions = {}): AnnotationCollection {
  const model = buildModel(backup, opts);
  const describe = opts.describeFigure ?? plainFigure;
  const items: WebAnnotation[] = [];
  for (const { article: a, mentions, figures, notes } of model.bundles) {
    for (const n of notes) {
      const highlight = isHighlight(n);
      const body = [...(!highlight || n.body.trim() ? [text(n.body, 'commenting')] : []), ...n.tags.map((t) => text(t, 'tagging'))];
      const annotation: WebAnnotation = {
        id: contentUuid(`note\u0000${a.url}\u0000${n.selector.exact}\u0000${n.selector.prefix}\u0000${n.createdAt}`),
        type: 'Annotation',
        motivation: highlight ? 'highlighting' : 'commenting',
        created: isoUtc(n.createdAt),
        modified: isoUtc(n.updatedAt),
        target: passageTarget(a.url, n.selector, n.position),
      };
      // One body stays a single object, as before tags existed; a highlight without text or tags has none.
      if (body.length === 1) annotation.body = body[0];
      else if (body.length > 1) annotation.body = body;
      items.push(annotation);
    }
    if (opts.highlights === false) continue;
    // Highlights have no time of their own: they were made when the reader first met the article.
    const created = isoUtc(a.firstSeen);
    const modified = isoUtc(a.lastSeen);
    for (const m of mentions) {
      items.push({
        id: contentUuid(`mention\u0000${a.url}\u0000${m.entityId}`),
        type: 'Annotation',
        motivation: 'tagging',
        created,
        modified,
        body: text(m.name, 'tagging'),
        target: passageTarget(a.url, m.quote, { start: m.start, end: m.start + m.quote.exact.length }),
      });
    }
    for (const f of figures) {
      const about = aboutEntity(model, f.about);
      const measure = measureLabel(f.measure, opts);
      const body = [text(measure ? `${measure}: ${describe(f.value)}` : describe(f.value), 'describing')];
      if (about) body.push(text(about.name, 'tagging'));
      if (measure) body.push(text(measure, 'tagging'));
      items.push({
        id: contentUuid(`figure\u0000${a.url}\u0000${f.start}\u0000${f.quote.exact}`),
        type: 'Annotation',
        motivation: 'highlighting',
        created,
        modified,
        body,
        target: passageTarget(a.url, f.quote, { start: f.start, end: f.start + f.quote.exact.length }),
      });
    }
  }
  const id = contentUuid(`collection\u0000${backup.exportedAt}\u0000${items.map((i) => i.id).join(',')}`);
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: opts.label ?? 'ChipLens notes and highlights',
    total: items.length,
    generator: { type: 'Software', name: 'ChipLens' },
    generated: isoUtc(backup.exportedAt),
  };
  if (items.length) collection.first = { id: contentUuid(`page\u0000${id}`), type: 'AnnotationPage', startIndex: 0, items };
  return collection;
}
