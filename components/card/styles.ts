/**
 * The card's stylesheet, inside its shadow root: the page's CSS cannot reach it and it cannot reach the page.
 * `all: initial` on the host resets what would otherwise inherit from the page (font, colour, line height).
 */
import type { Theme } from '../../lib/dom/highlight-style.ts';

const THEMES: Record<Theme, string> = {
  light: `--bg: #ffffff; --fg: #1d1f24; --muted: #5a5f6b; --rule: #e2e5ea; --link: #0a5ca8;
    --chip: rgb(0, 114, 178); --company: rgb(213, 94, 0); --figure: rgb(0, 140, 102); --shadow: rgba(15, 20, 30, 0.18);`,
  dark: `--bg: #1f2227; --fg: #eceef2; --muted: #a7adb8; --rule: #3a3f47; --link: #8cc8ff;
    --chip: rgb(86, 180, 233); --company: rgb(230, 159, 0); --figure: rgb(79, 209, 165); --shadow: rgba(0, 0, 0, 0.5);`,
};

export function cardCss(theme: Theme): string {
  return `:host { all: initial; }
.card {
  ${THEMES[theme]}
  box-sizing: border-box;
  width: max-content;
  max-width: min(360px, calc(100vw - 16px));
  max-height: var(--chiplens-max-height, 70vh);
  overflow: auto;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--rule);
  border-top: 4px solid var(--accent);
  border-radius: 8px;
  box-shadow: 0 8px 28px var(--shadow);
  padding: 10px 14px 12px;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
  text-align: start;
}
.card[data-kind="chip"] { --accent: var(--chip); }
.card[data-kind="company"] { --accent: var(--company); }
.card[data-kind="figure"] { --accent: var(--figure); }
header { margin-bottom: 6px; }
.kind { font-size: 11px; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--accent); }
.name { font-size: 17px; line-height: 1.25; margin: 2px 0 0; font-weight: 700; overflow-wrap: anywhere; }
.sub { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
.summary { margin: 6px 0 8px; font-size: 13px; }
.facts { margin: 0; display: grid; gap: 3px; }
.row { display: grid; grid-template-columns: minmax(88px, max-content) 1fr; gap: 10px; }
dt { color: var(--muted); font-size: 13px; }
dd { margin: 0; overflow-wrap: anywhere; }
.ref { font-size: 10px; color: var(--muted); margin-left: 2px; }
.pow, .rate { display: block; color: var(--muted); font-size: 12px; }
.sources { margin: 8px 0 0; padding: 6px 0 0 18px; border-top: 1px solid var(--rule); font-size: 11.5px; color: var(--muted); }
.sources li { margin: 1px 0; }
a { color: var(--link); text-decoration: underline; text-underline-offset: 2px; }
.seen { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid var(--rule); }
.seen h3 { margin: 0 0 4px; font-size: 13px; }
.seen ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 5px; }
.seen li { display: grid; }
.seen .meta { color: var(--muted); font-size: 12px; }
.earlier { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid var(--rule); font-size: 13px; overflow-wrap: anywhere; }
.muted { color: var(--muted); font-size: 13px; }
@media (forced-colors: active) { .card { border: 1px solid CanvasText; } }`;
}
