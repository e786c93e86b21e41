/**
 * How highlights look: `::highlight(chiplens-…)` rules, which can only paint (colour, background, underline), so
 * nothing on the page moves. Kinds differ by underline style as well as by colour (solid for chips, dashed for
 * companies, dotted for figures, wavy for the reader's watch terms), so they stay apart for readers who do not see
 * the colour difference. Colours are from the Okabe–Ito palette, chosen for colour-vision deficiencies, with
 * lighter tones on dark pages; the reader may choose their own per kind.
 */
import { MARK_COLORS, type MarkColor } from '../marks.ts';
import { highlightName, type HighlightKind } from './highlights.ts';

/**
 * The reader's highlight colours as a marker pen paints them (a tint of the colour behind the text, no underline),
 * lighter on light pages, deeper and more see-through on dark ones so the text stays readable.
 */
export const MARK_RGB: Record<Theme, Record<MarkColor, string>> = {
  light: { yellow: '255, 214, 10', green: '120, 220, 120', blue: '120, 190, 255', pink: '255, 150, 200', purple: '200, 160, 255' },
  dark: { yellow: '200, 160, 0', green: '40, 150, 70', blue: '40, 110, 200', pink: '190, 60, 130', purple: '130, 80, 200' },
};

export type Theme = 'light' | 'dark';

/** Colours as `r, g, b`. */
interface Palette {
  chip: string;
  company: string;
  figure: string;
  watch: string;
  note: string;
  /** Alpha of the background tint. */
  tint: number;
}

const PALETTES: Record<Theme, Palette> = {
  light: { chip: '0, 114, 178', company: '213, 94, 0', figure: '0, 158, 115', watch: '204, 121, 167', note: '170, 68, 153', tint: 0.1 },
  dark: { chip: '86, 180, 233', company: '230, 159, 0', figure: '79, 209, 165', watch: '240, 170, 210', note: '224, 150, 205', tint: 0.2 },
};

const LINES = { chip: 'solid', company: 'dashed', figure: 'dotted', watch: 'wavy' } as const;

/** The reader's own colours per kind, `#rrggbb`. */
export type HighlightColors = Partial<Record<'chip' | 'company' | 'figure', string>>;

function rgbOf(hex: string | undefined): string | undefined {
  const m = hex && /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? `${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}` : undefined;
}

/**
 * Where the rules are written. Chromium gives custom highlights the highlight inheritance of css-pseudo-4 (since
 * the API came, in 105): rules on the root reach all text below it, and when the stylesheet comes the browser
 * restyles each element by inheritance alone, where a rule for every element (`::highlight()` on its own) had
 * each one matched again (12.5 against 21 ms for that restyle on a 1 MB page, Chromium 156). The Firefox build
 * keeps rules for every element: its highlight inheritance is not checked here.
 */
const SCOPE = import.meta.env?.FIREFOX ? '' : ':root';

/** The highlight stylesheet for a page of the given theme. */
export function highlightCss(theme: Theme, colors: HighlightColors = {}): string {
  const p = PALETTES[theme];
  const select = (kind: HighlightKind) => `${SCOPE}::highlight(${highlightName(kind)})`;
  const rule = (kind: HighlightKind, body: string) => `${select(kind)} { ${body} }`;
  const rules = (Object.keys(LINES) as (keyof typeof LINES)[]).map((k) => {
    const rgb = (k !== 'watch' && rgbOf(colors[k])) || p[k];
    return rule(k, `background-color: rgba(${rgb}, ${p.tint}); text-decoration: underline ${LINES[k]} rgb(${rgb}) 2px;`);
  });
  return [
    ...rules,
    rule('note', `background-color: rgba(${p.note}, ${p.tint * 1.4}); text-decoration: underline solid rgba(${p.note}, 0.8) 2px;`),
    ...MARK_COLORS.map((c) => rule(`mark-${c}`, `background-color: rgba(${MARK_RGB[theme][c]}, ${theme === 'dark' ? 0.45 : 0.5});`)),
    // The highlight the pointer or the keyboard is on: a stronger tint, like a selection.
    rule('current', `background-color: rgba(${theme === 'dark' ? '140, 200, 255' : '0, 90, 156'}, ${p.tint * 2.5});`),
    `@media (forced-colors: active) { ${['chip', 'company', 'figure', 'watch', 'note', ...MARK_COLORS.map((c) => `mark-${c}`), 'current']
      .map((k) => `${select(k as HighlightKind)} { background-color: Mark; color: MarkText; }`)
      .join(' ')} }`,
    `@media print { ${(['chip', 'company', 'figure', 'watch', 'current'] as HighlightKind[])
      .map((k) => `${select(k)} { background-color: transparent; text-decoration: none; }`)
      .join(' ')} }`,
  ].join('\n');
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

/**
 * The highlight stylesheet in a document: adopted (`document.adoptedStyleSheets`), so no element is added to the
 * page. Where a browser cannot adopt sheets, a style element at the very end of `<html>` carries it.
 */
export class HighlightStyles {
  private sheet: CSSStyleSheet | null = null;
  private element: HTMLStyleElement | null = null;
  private css = '';

  constructor(private readonly doc: Document) {}

  /** Installs the rules, or replaces them when they changed. */
  set(css: string): void {
    if (css === this.css && this.installed()) return;
    this.css = css;
    const doc = this.doc;
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
      try {
        this.sheet ??= new view.CSSStyleSheet();
        this.sheet.replaceSync(css);
        if (!doc.adoptedStyleSheets.includes(this.sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, this.sheet];
        return;
      } catch {
        this.sheet = null;
      }
    }
    this.element ??= doc.createElement('style');
    this.element.textContent = css;
    if (!this.element.isConnected) doc.documentElement.appendChild(this.element);
  }

  remove(): void {
    const doc = this.doc;
    if (this.sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.element?.remove();
    this.css = '';
  }

  private installed(): boolean {
    return this.sheet ? this.doc.adoptedStyleSheets.includes(this.sheet) : !!this.element?.isConnected;
  }
}
