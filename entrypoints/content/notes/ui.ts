/**
 * The reader's side of notes in the page: the "Add note" button by a fresh selection, the editor (from that
 * button or the `page/note` request of the context menu and the keyboard command), and a note's text with Edit
 * and Delete on hover, focus or click of a noted passage. Focus goes back where it was when the editor closes.
 */
import type { VirtualElement } from '@floating-ui/dom';
import { h } from 'preact';
import { NotesHost } from '../../../components/notes/host.tsx';
import { NoteEditor } from '../../../components/notes/NoteEditor.tsx';
import { NoteView } from '../../../components/notes/NoteView.tsx';
import { noteStrings, type NoteStrings } from '../../../components/notes/strings.ts';
import type { Theme } from '../../../lib/dom/mark-style.ts';
import { isInsideSkipped, MARK_TAG } from '../../../lib/dom/readable.ts';
import type { UiLanguage } from '../../../lib/i18n.ts';
import type { NoteLayer } from './layer.ts';
import { NOTE_TAG } from './passage.ts';

const SHOW_DELAY_MS = 150;
const HIDE_DELAY_MS = 300;
const VIEW_ID = 'chiplens-note-view';

export interface NotesUiDeps {
  doc: Document;
  layer: NoteLayer;
  theme: () => Theme;
  lang: () => UiLanguage;
}

/** `pinned`: opened by a click or Enter, stays until dismissed; `byFocus`: open while the note has keyboard focus. */
type Mode =
  | { kind: 'none' }
  | { kind: 'button'; range: Range }
  | { kind: 'editor' }
  | { kind: 'view'; note: Element; pinned: boolean; byFocus: boolean };

function isEditable(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (el as HTMLElement).isContentEditable === true;
}

/** The selection's last line box: where the reader's pointer most likely is. */
function selectionReference(range: Range): VirtualElement {
  const context = range.commonAncestorContainer;
  return {
    getBoundingClientRect: () => {
      const rects = range.getClientRects();
      return rects.length ? rects[rects.length - 1] : range.getBoundingClientRect();
    },
    contextElement: context.nodeType === 1 ? (context as Element) : (context.parentElement ?? undefined),
  };
}

/** Selection button, editor and note view of one page; see the module comment. */
export class NotesUi {
  readonly host: NotesHost;
  private mode: Mode = { kind: 'none' };
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private attached = false;

  constructor(private readonly deps: NotesUiDeps) {
    this.host = new NotesHost(deps.doc);
  }

  private get strings(): NoteStrings {
    return noteStrings(this.deps.lang());
  }

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    const d = this.deps.doc;
    d.addEventListener('mouseup', this.onMouseUp, true);
    d.addEventListener('keyup', this.onKeyUp, true);
    d.addEventListener('selectionchange', this.onSelectionChange);
    d.addEventListener('mousedown', this.onMouseDown, true);
    d.addEventListener('mouseover', this.onOver, true);
    d.addEventListener('mouseout', this.onOut, true);
    d.addEventListener('focusin', this.onFocusIn, true);
    d.addEventListener('focusout', this.onFocusOut, true);
    d.addEventListener('click', this.onClick, true);
    d.addEventListener('keydown', this.onKeyDown, true);
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    const d = this.deps.doc;
    d.removeEventListener('mouseup', this.onMouseUp, true);
    d.removeEventListener('keyup', this.onKeyUp, true);
    d.removeEventListener('selectionchange', this.onSelectionChange);
    d.removeEventListener('mousedown', this.onMouseDown, true);
    d.removeEventListener('mouseover', this.onOver, true);
    d.removeEventListener('mouseout', this.onOut, true);
    d.removeEventListener('focusin', this.onFocusIn, true);
    d.removeEventListener('focusout', this.onFocusOut, true);
    d.removeEventListener('click', this.onClick, true);
    d.removeEventListener('keydown', this.onKeyDown, true);
    this.close();
  }

  destroy(): void {
    this.detach();
    this.host.destroy();
  }

  /**
   * Opens the editor on the reader's current selection (`page/note`). False when nothing readable is selected.
   */
  noteOnSelection(): boolean {
    const range = this.usableSelection();
    return range ? this.openEditor(range) : false;
  }

  /** Closes whatever is open. */
  close(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    if (this.mode.kind === 'view') this.mode.note.removeAttribute('aria-describedby');
    this.mode = { kind: 'none' };
    this.host.hide();
  }

  // --- selection --------------------------------------------------------------------------------------------

  /** The current selection if it covers page text a note can go on (never a form field or our own UI). */
  private usableSelection(): Range | null {
    const { doc } = this.deps;
    const sel = doc.getSelection();
    const body = doc.body;
    if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !body) return null;
    if (isEditable(doc.activeElement) || this.host.hasFocus()) return null;
    const range = sel.getRangeAt(0);
    if (!range.toString().trim()) return null;
    const common = range.commonAncestorContainer;
    const el = common.nodeType === 1 ? (common as Element) : common.parentElement;
    if (!el || !body.contains(el) || isInsideSkipped(el, body) || isEditable(el)) return null;
    return range.cloneRange();
  }

  private offerButton(): void {
    if (this.mode.kind === 'editor') return;
    const range = this.usableSelection();
    if (!range) {
      if (this.mode.kind === 'button') this.close();
      return;
    }
    if (this.mode.kind === 'view') this.close();
    this.mode = { kind: 'button', range };
    const button = h(
      'button',
      {
        type: 'button',
        class: 'add',
        // Keep the page's selection: a press on the button must not collapse it.
        onMouseDown: (e: MouseEvent) => e.preventDefault(),
        onClick: () => this.openEditor(range),
      },
      this.strings.addNote,
    );
    this.host.show(selectionReference(range), button, this.deps.theme(), 'bottom-end');
  }

  private openEditor(range: Range): boolean {
    const { layer, doc } = this.deps;
    const draft = layer.describe(range);
    if (!draft) return false;
    const returnTo = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
    this.close();
    this.mode = { kind: 'editor' };
    const strings = this.strings;
    const done = () => {
      this.close();
      this.restoreFocus(returnTo);
    };
    this.host.show(
      selectionReference(range),
      h(NoteEditor, {
        strings,
        quote: draft.selector.exact,
        onCancel: done,
        onSave: async (body: string) => {
          const outcome = await layer.add(draft, body, this.deps.theme());
          if (!outcome.ok) return outcome.message ?? strings.cannotRecord;
          // The noted passage now shows as a note; the selection over it would hide that.
          doc.getSelection()?.removeAllRanges();
          done();
          return null;
        },
      }),
      this.deps.theme(),
    );
    return true;
  }

  private restoreFocus(to: HTMLElement | null): void {
    if (to?.isConnected) to.focus({ preventScroll: true });
    else if (this.host.hasFocus()) this.host.element.blur();
  }

  // --- a note's text ----------------------------------------------------------------------------------------

  private noteOf(target: EventTarget | null): Element | null {
    if (!(target instanceof Element) || this.host.contains(target)) return null;
    const el = target.closest(NOTE_TAG);
    return el && this.deps.layer.noteAt(el) ? el : null;
  }

  /** The keyboard stop of the note `el` belongs to (its first element). */
  private anchorOf(el: Element): Element {
    const row = this.deps.layer.noteAt(el);
    return (row && this.deps.layer.firstElement(row.id)) || el;
  }

  private openView(noteEl: Element, opts: { pinned: boolean; focus: boolean; byFocus: boolean }): void {
    const { layer } = this.deps;
    const row = layer.noteAt(noteEl);
    if (!row || this.mode.kind === 'editor') return;
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    const anchor = this.anchorOf(noteEl);
    if (this.mode.kind === 'view' && this.mode.note === anchor && !opts.focus) {
      this.mode.pinned ||= opts.pinned;
      this.mode.byFocus ||= opts.byFocus;
      return;
    }
    this.close();
    this.mode = { kind: 'view', note: anchor, pinned: opts.pinned, byFocus: opts.byFocus };
    anchor.setAttribute('aria-describedby', VIEW_ID);
    const strings = this.strings;
    const backToNote = () => {
      this.close();
      if (anchor.isConnected) (anchor as HTMLElement).focus({ preventScroll: true });
    };
    this.host.show(
      anchor,
      h(NoteView, {
        strings,
        body: row.body,
        focusFirst: opts.focus,
        onClose: backToNote,
        onEdit: () => this.openEditEditor(anchor, row.id, row.body, row.selector.exact),
        onDelete: async () => {
          const outcome = await layer.remove(row.id);
          if (!outcome.ok) return outcome.message ?? strings.cannotRecord;
          this.close();
          this.restoreFocus(null);
          return null;
        },
      }),
      this.deps.theme(),
    );
  }

  private openEditEditor(anchor: Element, id: number, body: string, quote: string): void {
    const { layer } = this.deps;
    this.close();
    this.mode = { kind: 'editor' };
    const back = () => {
      this.close();
      if (anchor.isConnected) (anchor as HTMLElement).focus({ preventScroll: true });
    };
    this.host.show(
      anchor,
      h(NoteEditor, {
        strings: this.strings,
        quote,
        initial: body,
        onCancel: back,
        onSave: async (next: string) => {
          const outcome = await layer.update(id, next);
          if (!outcome.ok) return outcome.message ?? this.strings.cannotRecord;
          back();
          return null;
        },
      }),
      this.deps.theme(),
    );
  }

  // --- events -----------------------------------------------------------------------------------------------

  private readonly onMouseUp = (e: Event): void => {
    if (this.host.contains(e.target as Node)) return;
    // The selection is final once the mouseup has been handled.
    setTimeout(() => this.offerButton(), 0);
  };

  private readonly onKeyUp = (e: Event): void => {
    const k = e as KeyboardEvent;
    if (this.host.contains(k.target as Node)) return;
    if (k.shiftKey || k.key === 'Shift' || ((k.ctrlKey || k.metaKey) && k.key.toLowerCase() === 'a')) this.offerButton();
  };

  private readonly onSelectionChange = (): void => {
    if (this.mode.kind !== 'button') return;
    const sel = this.deps.doc.getSelection();
    if (!sel || sel.isCollapsed) this.close();
  };

  private readonly onMouseDown = (e: Event): void => {
    const target = e.target as Node;
    if (this.host.contains(target)) return;
    if (this.mode.kind === 'view' && !this.mode.note.contains(target) && !this.noteOf(target)) this.close();
    else if (this.mode.kind === 'button') this.close();
  };

  private readonly onOver = (e: Event): void => {
    if (this.host.contains(e.target as Node)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const note = this.noteOf(e.target);
    if (!note || this.mode.kind === 'editor' || this.mode.kind === 'button') return;
    // Over a highlight inside a note, the highlight's card speaks.
    const mark = (e.target as Element).closest(MARK_TAG.toLowerCase());
    if (mark && note.contains(mark)) return;
    clearTimeout(this.hideTimer);
    if (this.mode.kind === 'view' && this.mode.note === this.anchorOf(note)) return;
    clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => this.openView(note, { pinned: false, focus: false, byFocus: false }), SHOW_DELAY_MS);
  };

  private readonly onOut = (e: Event): void => {
    const from = e.target as Node;
    const to = (e as MouseEvent).relatedTarget as Node | null;
    if (!this.noteOf(from) && !this.host.contains(from)) return;
    clearTimeout(this.showTimer);
    if (this.mode.kind !== 'view' || this.mode.pinned || this.mode.byFocus) return;
    if (to && (this.host.contains(to) || this.noteOf(to))) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      const m = this.mode;
      if (m.kind === 'view' && !m.pinned && !m.byFocus && !this.host.hasFocus()) this.close();
    }, HIDE_DELAY_MS);
  };

  private readonly onFocusIn = (e: Event): void => {
    const note = this.noteOf(e.target);
    if (note) this.openView(note, { pinned: false, focus: false, byFocus: true });
    else if (this.mode.kind === 'view' && !this.host.contains(e.target as Node)) this.close();
  };

  /** Focus leaving a note for nowhere (no focusin follows) closes a view that focus opened. */
  private readonly onFocusOut = (e: Event): void => {
    const m = this.mode;
    if (m.kind !== 'view' || m.pinned || !m.byFocus || !this.noteOf(e.target)) return;
    const to = (e as FocusEvent).relatedTarget as Node | null;
    if (!to) this.close();
  };

  private readonly onClick = (e: Event): void => {
    const note = this.noteOf(e.target);
    if (note && !this.deps.doc.getSelection()?.toString()) this.openView(note, { pinned: true, focus: false, byFocus: false });
  };

  private readonly onKeyDown = (e: Event): void => {
    const k = e as KeyboardEvent;
    // Keys inside the note UI are its own (Escape there returns focus to the note).
    if (this.host.contains(k.target as Node)) return;
    if (k.key === 'Escape' && (this.mode.kind === 'view' || this.mode.kind === 'button')) {
      this.close();
      return;
    }
    // Enter on a focused note moves into its text's buttons.
    const note = this.noteOf(k.target);
    if (note && (k.key === 'Enter' || k.key === ' ')) {
      k.preventDefault();
      this.openView(note, { pinned: true, focus: true, byFocus: true });
    }
  };
}
