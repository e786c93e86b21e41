/**
 * How highlights look. Only paint properties (colour, background, underline, outline) are set, and everything
 * that could move text is pinned with !important so page rules such as `* { padding: … }` cannot reach it:
 * nothing on the page moves when marks are added.
 *
 * Kinds differ by underline style as well as by colour (solid for chips, dashed for companies, dotted for
 * figures), so they stay apart for readers who do not see the colour difference. Colours are from the
 * Okabe–Ito palette, chosen for colour-vision deficiencies, with lighter tones on dark pages.
 */
import { UI_ATTR } from './readable.ts';

export type Theme = 'light' | 'dark';

interface Palette {
  chip: string;
  company: string;
  figure: string;
  /** Alpha of the background tint. */
  tint: number;
  focus: string;
}

const PALETTES: Record<Theme, Palette> = {
  light: { chip: '0, 114, 178', company: '213, 94, 0', figure: '0, 158, 115', tint: 0.1, focus: '0, 90, 156' },
  dark: { chip: '86, 180, 233', company: '230, 159, 0', figure: '79, 209, 165', tint: 0.2, focus: '140, 200, 255' },
};

const STYLES = { chip: 'solid', company: 'dashed', figure: 'dotted' } as const;

/** The stylesheet for highlights on a page of the given theme. */
/**
 * Declarations for an element ChipLens wraps around page text (a highlight, a noted passage): it must not move
 * or restyle the text, whatever the page's own rules say about unknown inline elements.
 */
export const INLINE_WRAPPER_RESET = `  display: inline !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  font: inherit !important;
  letter-spacing: inherit !important;
  word-spacing: inherit !important;
  line-height: inherit !important;
  vertical-align: baseline !important;
  position: static !important;
  float: none !important;`;

export function markCss(theme: Theme): string {
  const p = PALETTES[theme];
  const kinds = (Object.keys(STYLES) as (keyof typeof STYLES)[])
    .map(
      (k) => `chiplens-mark[data-kind="${k}"] {
  text-decoration-style: ${STYLES[k]};
  text-decoration-color: rgb(${p[k]});
  background-color: rgba(${p[k]}, ${p.tint});
}
chiplens-mark[data-kind="${k}"]:hover, chiplens-mark[data-kind="${k}"][aria-describedby] {
  background-color: rgba(${p[k]}, ${p.tint * 2.2});
}`,
    )
    .join('\n');
  return `chiplens-mark {
${INLINE_WRAPPER_RESET}
  color: inherit;
  text-decoration-line: underline;
  text-decoration-thickness: 2px;
  text-underline-offset: 0.2em;
  text-decoration-skip-ink: auto;
  border-radius: 2px;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
  cursor: help;
}
${kinds}
chiplens-mark:focus { outline: none; }
chiplens-mark:focus-visible { outline: 2px solid rgb(${p.focus}) !important; outline-offset: 1px; }
@media (forced-colors: active) {
  chiplens-mark { background-color: transparent !important; text-decoration-color: CanvasText !important; }
}
@media print {
  chiplens-mark { background: none !important; text-decoration: none !important; }
}`;
}

/** Parses `rgb()`/`rgba()` as computed styles give it; null when transparent or unreadable. */
export function parseColor(css: string): [number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Whether the page is light or dark, from the first opaque background of `el` and its ancestors. */
export function pageTheme(el: Element): Theme {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = parseColor(view.getComputedStyle(e).backgroundColor);
    if (c) return luminance(c) < 0.3 ? 'dark' : 'light';
  }
  // A transparent page shows the canvas, which follows the page's color-scheme.
  const scheme = view.getComputedStyle(el.ownerDocument.documentElement).colorScheme;
  return scheme === 'dark' || (scheme.includes('dark') && view.matchMedia?.('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
}

/** Adds (or updates) the highlight stylesheet in the document; returns the style element. */
export function installMarkStyles(doc: Document, theme: Theme): HTMLStyleElement {
  let style = doc.querySelector<HTMLStyleElement>(`style[${UI_ATTR}="marks"]`);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute(UI_ATTR, 'marks');
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const css = markCss(theme);
  if (style.textContent !== css) style.textContent = css;
  return style;
}
