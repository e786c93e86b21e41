/**
 * How noted passages look in the page: a calm tint with a soft underline in reddish purple (Okabe–Ito), apart
 * from the blue, orange and green of the highlights, lighter on dark pages. As for highlights, only paint
 * properties are set and anything that could move text is pinned, so adding a note moves nothing.
 */
import { INLINE_WRAPPER_RESET, type Theme } from '../../../lib/dom/mark-style.ts';

const TONES: Record<Theme, { rgb: string; tint: number; line: number; focus: string }> = {
  light: { rgb: '170, 68, 153', tint: 0.13, line: 0.75, focus: '120, 40, 110' },
  dark: { rgb: '224, 150, 205', tint: 0.22, line: 0.85, focus: '240, 190, 230' },
};

/** The page stylesheet for `chiplens-note` elements on a page of the given theme. */
export function noteCss(theme: Theme): string {
  const t = TONES[theme];
  return `chiplens-note {
${INLINE_WRAPPER_RESET}
  color: inherit !important;
  background-color: rgba(${t.rgb}, ${t.tint}) !important;
  box-shadow: inset 0 -0.14em 0 rgba(${t.rgb}, ${t.line}) !important;
  border-radius: 2px !important;
  cursor: pointer;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
chiplens-note chiplens-note { background-color: rgba(${t.rgb}, ${t.tint * 1.6}) !important; }
chiplens-note:hover, chiplens-note[aria-describedby] { background-color: rgba(${t.rgb}, ${t.tint * 2}) !important; }
chiplens-note:focus { outline: none; }
chiplens-note:focus-visible { outline: 2px solid rgb(${t.focus}) !important; outline-offset: 1px !important; }
@media (forced-colors: active) {
  chiplens-note { background-color: Mark !important; color: MarkText !important; box-shadow: none !important; }
}`;
}
