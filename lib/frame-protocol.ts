/**
 * The private channel between the content script and ChipLens's frame on the page (an extension page in an
 * iframe, which no page script can read). The frame opens it with `tabs.connect`; only extension code can, so
 * a page can neither listen nor forge a message on it.
 *
 * What crosses it is what the page shows anyway (a mention's text, a figure's value, a quoted passage) plus ids.
 * Private data — other articles, note bodies, reading-list state — never does: the frame asks the background for
 * it itself, so the content script never holds it.
 */
import type { Theme } from './dom/highlight-style.ts';
import type { FigureValue, Language, Measure } from './extract/types.ts';
import type { MarkColor } from './marks.ts';
import type { TextPosition, TextQuoteSelector } from './passage.ts';

/** Name prefix of the port; the frame adds the nonce its address carries, so each page knows its own frame. */
export const FRAME_PORT_PREFIX = 'chiplens-frame:';
/** The frame's page in the extension (web-accessible, under a per-session dynamic address). */
export const FRAME_PAGE = '/frame.html';

/** What a card is about: one highlight. */
export type CardSubject =
  | { kind: 'chip' | 'company'; id: string; text: string }
  | { kind: 'figure'; value: FigureValue; about?: string; measure?: Measure; text: string };

/** A passage chosen for a new note, described when it was selected (the page may change meanwhile). */
export interface Draft {
  selector: TextQuoteSelector;
  position: TextPosition;
}

/** A stored note as the page needs it to place it: never its text or tags; a highlight's colour. */
export interface NoteAnchor {
  id: number;
  selector: TextQuoteSelector;
  position?: TextPosition;
  color?: MarkColor;
}

/** Everything a view needs besides its own fields. */
interface ViewBase {
  theme: Theme;
  /** Move keyboard focus into the frame (opened from the keyboard). */
  focus: boolean;
}

/** Content script → frame. */
export type ToFrame =
  | (ViewBase & { type: 'card'; subject: CardSubject; lang: Language; articleId?: number })
  | (ViewBase & { type: 'note'; noteId: number; articleId: number })
  /** The "Add note" button for a fresh selection; `edit: true` opens the editor at once. */
  | (ViewBase & { type: 'draft'; draft: Draft; edit: boolean })
  | { type: 'hide' }
  /** The answer to `need-article`: the stored article of the page, or why there is none. */
  | { type: 'article'; request: number; articleId: number | null };

/** Frame → content script. */
export type FromFrame =
  /** The frame's content size in CSS pixels (the iframe is sized to it). */
  | { type: 'size'; width: number; height: number }
  /** Escape or Close in the frame; focus goes back where it was when the frame took it. */
  | { type: 'close'; returnFocus: boolean }
  /** The pointer entered or left the frame (its events do not reach the page). */
  | { type: 'hover'; inside: boolean }
  /** Alt+Shift+J/K pressed inside the frame. */
  | { type: 'step'; direction: 1 | -1 }
  /** The reader started writing (or editing) a note: the frame must stay open until they are done. */
  | { type: 'pin' }
  /** The stored article is needed (to add a note): the page is recorded first if it was not. */
  | { type: 'need-article'; request: number }
  | { type: 'note-added'; note: NoteAnchor }
  | { type: 'note-deleted'; id: number };

const FROM_FRAME_TYPES = new Set(['size', 'hover', 'close', 'step', 'pin', 'need-article', 'note-added', 'note-deleted']);

/** A message from the frame, checked for its shape (the port is private, but a bug must not crash the page). */
export function isFromFrame(x: unknown): x is FromFrame {
  return x !== null && typeof x === 'object' && FROM_FRAME_TYPES.has((x as { type?: unknown }).type as string);
}

/** The keyboard shortcut that steps through highlights: Alt+Shift+J forwards, Alt+Shift+K backwards. */
export function stepOf(e: KeyboardEvent): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  // `code`: on some layouts Alt changes `key`.
  return e.code === 'KeyJ' ? 1 : e.code === 'KeyK' ? -1 : 0;
}
