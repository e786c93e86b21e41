/**
 * A page in brief for the first-stage gate: its title, description, headings and the text of its main article
 * region, leaving out what is not the article (navigation, menus, footers, asides, link lists, comments, forms,
 * code). Cheap by design, as it runs on every page: no style is computed, and reading stops after a fixed number
 * of characters and elements.
 */
import { SKETCH_LIMITS, type PageSketch } from '../gate/page-sketch.ts';
import { isEditable } from './readable.ts';

/** Characters of main text read at most. */
export const SKETCH_CHARS = SKETCH_LIMITS.main;
/** Elements visited at most (a page of tiny elements must not cost more than a page of prose). */
const SKETCH_ELEMENTS = 20_000;

/** The article region, most specific first. */
const MAIN_SELECTORS = ['[itemprop="articleBody"]', 'article', 'main', '[role="main"]', '#content', '.article', '.post'];

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE',
  'NAV', 'FOOTER', 'HEADER', 'ASIDE', 'FORM', 'TEXTAREA', 'INPUT', 'SELECT', 'BUTTON', 'OPTION',
  'PRE', 'CODE', 'KBD', 'SAMP', 'MENU', 'DIALOG',
]);
const SKIP_ROLES = new Set(['navigation', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'banner', 'dialog']);
/** Class or id words of page chrome that sites build from plain `div`s. */
const CHROME_WORDS = /(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|related|comments?|breadcrumbs?|teasers?|newsletter|share|social|cookie|consent|promo|ad|ads|banner)(?:$|[\s_-])/i;

function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-chiplens-ignore') || el.getAttribute('aria-hidden') === 'true') return true;
  // Text the reader is editing is never annotated, so it is not read for the page either.
  if (isEditable(el)) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role.toLowerCase())) return true;
  const cls = el.getAttribute('class');
  const id = el.id;
  return (!!cls && CHROME_WORDS.test(cls)) || (!!id && CHROME_WORDS.test(id));
}

/** A text node of the main text and where its text starts in it. */
export interface SketchNode {
  node: Text;
  at: number;
}

/**
 * The readable text under `root`, up to `max` characters. A list item or table cell that is only a link (a menu
 * or a link list built without semantic tags) counts as chrome too. `nodes`, when given, receives each text node
 * read and its place in the text, so that what is found in the text can be shown on the page.
 */
export function mainText(root: Element, max: number = SKETCH_CHARS, nodes?: SketchNode[]): string {
  const out: string[] = [];
  let length = 0;
  let visited = 0;
  let n: Node | null = root.firstChild;
  while (n && length < max && visited < SKETCH_ELEMENTS) {
    let descend = false;
    if (n.nodeType === 3) {
      const t = (n as Text).data;
      if (t.trim()) {
        nodes?.push({ node: n as Text, at: length });
        out.push(t);
        length += t.length;
      }
    } else if (n.nodeType === 1) {
      visited++;
      const el = n as Element;
      descend = !skipped(el) && !isLinkOnly(el) && el.firstChild !== null;
      if (descend) {
        // Blocks apart, so words of two paragraphs do not run together.
        out.push(' ');
        length++;
        n = el.firstChild;
        continue;
      }
    }
    // Next node: a sibling, else up until an ancestor below root has one.
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    n = n && n !== root ? n.nextSibling : null;
  }
  const text = out.join('');
  return text.length > max ? text.slice(0, max) : text;
}

function isLinkOnly(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'LI' && tag !== 'TD' && tag !== 'DD') return false;
  const only = el.children.length === 1 ? el.children[0] : null;
  return !!only && only.tagName.toUpperCase() === 'A' && (el.textContent ?? '').trim() === (only.textContent ?? '').trim();
}

function headingsOf(root: ParentNode): string {
  const hs = root.querySelectorAll('h1, h2, h3');
  const out: string[] = [];
  for (let i = 0; i < hs.length && i < 12; i++) out.push(hs[i].textContent ?? '');
  return out.join(' \n ').slice(0, SKETCH_LIMITS.headings);
}

function metaContent(doc: Document, selector: string): string {
  return (doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '').slice(0, SKETCH_LIMITS.description);
}

/** The sketch of `doc` for the gate; see the module comment. `nodes` receives the main text's nodes (see {@link mainText}). */
export function sketchPage(doc: Document, nodes?: SketchNode[]): PageSketch {
  const body = doc.body;
  let main: Element | null = null;
  for (const sel of MAIN_SELECTORS) {
    const el = doc.querySelector(sel);
    // A main region with almost no text (an empty shell, a teaser box) is no better than the whole page.
    if (el && mainText(el, 201).length > 200) {
      main = el;
      break;
    }
  }
  const region = main ?? body;
  const lang = doc.documentElement.getAttribute('lang');
  return {
    title: (doc.title ?? '').slice(0, SKETCH_LIMITS.title),
    description: metaContent(doc, 'meta[name="description"]') || metaContent(doc, 'meta[property="og:description"]'),
    headings: region ? headingsOf(region) : '',
    main: region ? mainText(region, SKETCH_CHARS, nodes) : '',
    ...(lang ? { htmlLang: lang.slice(0, SKETCH_LIMITS.htmlLang) } : {}),
  };
}

/** The elements the sketch always leaves out (by tag, attribute or role), as one CSS selector. */
const SKIPPED_SELECTOR = [
  ...[...SKIP_TAGS].map((t) => t.toLowerCase()),
  '[hidden]',
  '[data-chiplens-ignore]',
  '[aria-hidden="true"]',
  '[contenteditable]:not([contenteditable="false" i])',
  ...[...SKIP_ROLES].map((r) => `[role="${r}" i]`),
].join(',');

/** Past this many characters of body text the quick look gives up (the sketch reads a bounded part instead). */
export const QUICK_TEXT_MAX = 100_000;

/**
 * A quick look at the page for the first stage's pre-check: its title, description, every h1–h3, and the
 * text of its body without the elements the sketch always leaves out, read natively between them
 * (`Range.toString()`: the browser reads the text without handing each node to the script, which in a content
 * script costs a wrapper per node). Everything the sketch reads is in it; but words of neighbouring elements may
 * run together ("MarktNvidia"), so what searches it must not rely on word starts. Null on a page with more body
 * text than {@link QUICK_TEXT_MAX} characters.
 */
export function quickLook(doc: Document): string | null {
  const body = doc.body;
  const parts = [doc.title ?? '', metaContent(doc, 'meta[name="description"]'), metaContent(doc, 'meta[property="og:description"]')];
  if (!body) return parts.join('\n');
  const hs = body.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < hs.length; i++) parts.push(hs[i].textContent ?? '');
  const found = body.querySelectorAll(SKIPPED_SELECTOR);
  const range = doc.createRange();
  range.selectNodeContents(body);
  let length = 0;
  let last: Element | null = null;
  for (let i = 0; i < found.length; i++) {
    const el = found[i];
    if (last && last.contains(el)) continue;
    last = el;
    range.setEndBefore(el);
    const text = range.toString();
    parts.push(text);
    length += text.length;
    if (length > QUICK_TEXT_MAX) return null;
    range.setStartAfter(el);
    range.setEnd(body, body.childNodes.length);
  }
  const text = range.toString();
  if (length + text.length > QUICK_TEXT_MAX) return null;
  parts.push(text);
  return parts.join('\n');
}
