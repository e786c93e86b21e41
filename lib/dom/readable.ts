/**
 * Which parts of a page count as readable article text. Kept apart from the walker so the rules can be read
 * (and tested) on their own.
 */

/** The one element ChipLens adds to a page: the host of its private frame, appended to `<html>`. */
export const UI_TAG = 'CHIPLENS-UI';
/** Attribute that keeps an element and everything inside it out of ChipLens. */
export const IGNORE_ATTR = 'data-chiplens-ignore';

/**
 * Elements whose contents are never prose: scripts, styling, code and program output, embedded documents,
 * form controls and forms (a comment draft in a textarea is the reader's, not the article's), and the site's
 * navigation and footer.
 */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE',
  'SVG', 'MATH',
  // Code is exact text: "H100" in a config file or a shell session is an identifier, not a chip in the news.
  'PRE', 'CODE', 'KBD', 'SAMP',
  'FORM', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'DATALIST', 'OUTPUT',
  // Site chrome: menus and page footers name companies as links ("Nvidia", "Chips") that are not the article.
  'NAV', 'FOOTER',
  UI_TAG,
]);

/** ARIA landmarks of the same site chrome, for sites that build menus from plain `div`s. */
const SKIP_ROLES = new Set(['navigation', 'contentinfo', 'search', 'menu', 'menubar']);

/**
 * Elements that end a run of text: a mention never spans two of them. Tag names rather than computed display,
 * so the answer does not depend on style resolution and is the same in tests.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'LEGEND', 'HTML',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

/** Editable regions belong to the reader: what they type is not the article. */
export function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** Whether the reader types into `el` (the focused element): keys there are theirs, not ChipLens's shortcuts. */
export function isTypingField(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable === true;
}

/**
 * Whether the element is not rendered. `hidden` and inline styles are read directly; computed style covers
 * stylesheets. The walker prunes at the first hidden ancestor, so each element's own style is enough.
 */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const cs = view.getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || cs.getPropertyValue('content-visibility') === 'hidden';
}

export interface ReadableOptions {
  /** Replaces {@link isHiddenElement}, e.g. in tests or when style resolution is too costly. */
  isHidden?: (el: Element) => boolean;
}

/** Whether the walker should leave the element and its subtree out of the page text. */
export function isSkipped(el: Element, opts: ReadableOptions = {}): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute(IGNORE_ATTR)) return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIP_ROLES.has(role.trim().toLowerCase())) return true;
  if (isEditable(el)) return true;
  return (opts.isHidden ?? isHiddenElement)(el);
}

/**
 * Whether a node sits somewhere ChipLens must not read (inside an ignored or editable element, or a skipped
 * tag), judged from its ancestors up to `root`. For nodes added later, whose ancestors the first
 * walk never judged.
 */
export function isInsideSkipped(node: Node, root: Node, opts: ReadableOptions = {}): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el && el !== root; el = el.parentElement) {
    if (isSkipped(el, opts)) return true;
  }
  return false;
}
