/**
 * The note UI's stylesheet, inside its shadow root (the page's CSS cannot reach it). `all: initial` on the host
 * resets what would otherwise inherit from the page.
 */
import type { Theme } from '../../lib/dom/highlight-style.ts';

const THEMES: Record<Theme, string> = {
  light: `--bg: #ffffff; --fg: #1d1f24; --muted: #5a5f6b; --rule: #e2e5ea; --accent: rgb(170, 68, 153);
    --accent-fg: #ffffff; --danger: #b3261e; --field: #fbfbfc; --shadow: rgba(15, 20, 30, 0.18);`,
  dark: `--bg: #1f2227; --fg: #eceef2; --muted: #a7adb8; --rule: #3a3f47; --accent: rgb(224, 150, 205);
    --accent-fg: #1d1f24; --danger: #ffb4ab; --field: #272b31; --shadow: rgba(0, 0, 0, 0.5);`,
};

export function notesCss(theme: Theme): string {
  return `:host { all: initial; }
.root { ${THEMES[theme]} font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif; color: var(--fg); }
.panel {
  box-sizing: border-box;
  width: min(340px, calc(100vw - 16px));
  max-height: var(--chiplens-max-height, 70vh);
  overflow: auto;
  background: var(--bg);
  border: 1px solid var(--rule);
  border-top: 4px solid var(--accent);
  border-radius: 8px;
  box-shadow: 0 8px 28px var(--shadow);
  padding: 10px 12px 12px;
  text-align: start;
}
.quote { margin: 0 0 8px; padding: 0 0 0 8px; border-left: 3px solid var(--accent); color: var(--muted); font-size: 13px;
  display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
textarea { box-sizing: border-box; width: 100%; min-height: 88px; resize: vertical; font: inherit; color: var(--fg);
  background: var(--field); border: 1px solid var(--rule); border-radius: 6px; padding: 6px 8px; }
textarea:focus-visible, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.hint { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
.body { margin: 0 0 8px; white-space: pre-wrap; overflow-wrap: anywhere; }
.muted { color: var(--muted); font-style: italic; }
.error { margin: 6px 0 0; color: var(--danger); font-size: 13px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; align-items: center; margin-top: 8px; flex-wrap: wrap; }
.actions .ask { margin-right: auto; font-size: 13px; }
button { font: inherit; font-size: 13px; cursor: pointer; color: var(--fg); background: transparent;
  border: 1px solid var(--rule); border-radius: 6px; padding: 4px 10px; }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--accent-fg); font-weight: 600; }
button.danger { color: var(--danger); border-color: currentColor; }
button:disabled { opacity: .6; cursor: default; }
button.add { background: var(--bg); border-color: var(--accent); color: var(--fg); box-shadow: 0 3px 10px var(--shadow);
  padding: 3px 10px; border-radius: 999px; }
button.add::before { content: '✎'; color: var(--accent); margin-right: 5px; }
/* Short of room (a passage near a short window's edge), the editor gives up the quote's and the field's height, never
   its buttons: Save and Cancel stay in view. */
.panel.editor { display: flex; flex-direction: column; }
.editor .quote { flex: 0 1 auto; min-height: 1.4em; }
.editor textarea { flex: 0 1 auto; height: 88px; min-height: 36px; }
.editor .hint { flex: 0 1 auto; min-height: 0; overflow: hidden; }
.editor .actions, .editor .error { flex: none; }
.offer { display: inline-flex; align-items: center; gap: 8px; background: var(--bg); border: 1px solid var(--accent);
  border-radius: 999px; padding: 3px 8px 3px 3px; }
.offer button.add { box-shadow: none; }
.palette { display: inline-flex; gap: 5px; align-items: center; }
.panel .palette { margin-bottom: 8px; }
button.swatch { width: 20px; height: 20px; padding: 0; border-radius: 50%; border: 1px solid var(--rule); }
button.swatch[aria-pressed='true'] { outline: 2px solid var(--fg); outline-offset: 1px; }
.tags { display: flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; margin: 4px 0; }
.tag { display: inline-flex; align-items: center; gap: 2px; font-size: 12px; border: 1px solid var(--rule); border-radius: 999px;
  padding: 0 7px; color: var(--muted); }
button.tag-x { border: 0; padding: 0 2px; font-size: 13px; line-height: 1; color: var(--muted); }
button.tag-edit { font-size: 12px; padding: 1px 8px; }
.tag-input { font: inherit; font-size: 13px; color: var(--fg); background: var(--field); border: 1px solid var(--rule); border-radius: 6px; padding: 2px 6px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (forced-colors: active) { .panel, button { border: 1px solid CanvasText; } }`;
}
