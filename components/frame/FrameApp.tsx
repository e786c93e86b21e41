/**
 * What ChipLens's private frame shows on a page: a highlight's card (with the other articles the reader met it
 * in), a note's text with Edit and Delete, or "Add note" and the editor for a selection. The content script says
 * what to show and where; everything private (other articles, note bodies) is loaded here from the background,
 * in an extension page no page script can read.
 */
import type { Browser } from 'wxt/browser';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { stepOf, type CardSubject, type FromFrame, type ToFrame } from '../../lib/frame-protocol.ts';
import type { UiLanguage } from '../../lib/i18n.ts';
import { send } from '../../lib/send.ts';
import { figureMeasure } from '../../lib/store/measure.ts';
import { Card, type Earlier, type SeenIn } from '../card/Card.tsx';
import { cardCss } from '../card/styles.ts';
import { errorText } from '../i18n/errors.ts';
import type { MarkColor } from '../../lib/marks.ts';
import type { NoteRow } from '../../lib/store/types.ts';
import { HighlightView } from '../notes/HighlightView.tsx';
import { MarkPalette } from '../notes/MarkPalette.tsx';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { TagEditor } from '../notes/TagEditor.tsx';
import { NoteView } from '../notes/NoteView.tsx';
import { noteStrings } from '../notes/strings.ts';
import { comparable, EARLIER_POINTS, latestComparable } from '../common/figures.ts';
import { notesCss } from '../notes/styles.ts';

/** Transparent room around the content for its shadow; the content script places the frame with it in mind. */
const MARGIN = 10;

type Port = Browser.runtime.Port;
type View = Exclude<ToFrame, { type: 'hide' } | { type: 'article' }>;

/** Other articles that mention an entity, from the background. */
async function loadSeen(entityId: string, excludeArticleId?: number): Promise<SeenIn> {
  const res = await send({ type: 'entity/context', entityId, limit: 3, ...(excludeArticleId !== undefined ? { excludeArticleId } : {}) });
  if (!res.ok) return { state: 'unavailable' };
  return {
    state: 'ready',
    total: res.data.total,
    items: res.data.items.map((i) => ({ title: i.article.title, site: i.article.site, date: i.article.date, url: i.article.url })),
  };
}

/**
 * The latest figure another article gave for the same entity, measure and unit as a figure on the page, dated no
 * later than the page's article when it is stored. Asked here, in the frame: its title is the reader's own data.
 */
async function loadEarlier(subject: Extract<CardSubject, { kind: 'figure' }>, about: string, articleId?: number): Promise<Earlier> {
  const res = await send({
    type: 'entity/timeline',
    entityId: about,
    measure: figureMeasure(subject.value, subject.measure),
    limit: EARLIER_POINTS,
    ...(articleId !== undefined ? { earlierThan: articleId } : {}),
  });
  if (!res.ok) return { state: 'unavailable' };
  const p = latestComparable(subject, res.data);
  return { state: 'ready', figure: p && { value: p.value, date: p.date, title: p.article.title, site: p.article.site, url: p.article.url } };
}

/** The card speaks the reader's language (options), whatever the page's: its summaries and sources come in both. */
function CardView({ view, uiLang }: { view: Extract<View, { type: 'card' }>; uiLang: UiLanguage }) {
  const subject = view.subject;
  const entityId = subject.kind === 'figure' ? undefined : subject.id;
  // A figure about an entity, of a measure that can be compared: the card says what was said before.
  const figure = subject.kind === 'figure' && subject.about && comparable(subject.value, subject.measure) ? { subject, about: subject.about } : undefined;
  const [seen, setSeen] = useState<SeenIn | undefined>(entityId ? { state: 'loading' } : undefined);
  const [earlier, setEarlier] = useState<Earlier | undefined>(figure ? { state: 'loading' } : undefined);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!entityId) return;
    let live = true;
    setSeen({ state: 'loading' });
    void loadSeen(entityId, view.articleId).then((s) => live && setSeen(s));
    return () => {
      live = false;
    };
  }, [entityId, view.articleId]);
  useEffect(() => {
    if (!figure) return;
    let live = true;
    setEarlier({ state: 'loading' });
    void loadEarlier(figure.subject, figure.about, view.articleId).then((e) => live && setEarlier(e));
    return () => {
      live = false;
    };
    // The view is keyed by its subject, so the subject does not change under this component.
  }, [view.articleId]);
  useEffect(() => {
    if (view.focus) box.current?.focus({ preventScroll: true });
  }, [view]);
  const name = view.subject.text;
  return (
    <div ref={box} role="dialog" aria-label={`ChipLens: ${name}`} tabIndex={-1} class="dialog">
      <Card subject={view.subject} lang={uiLang} seen={seen} earlier={earlier} />
    </div>
  );
}

interface NotesProps {
  port: Port;
  uiLang: UiLanguage;
  post: (m: FromFrame) => void;
  askArticle: () => Promise<number | null>;
}

/** Saves a note's tags; the stored (normalised) list, or why it failed. */
async function saveTags(id: number, tags: string[], lang: UiLanguage): Promise<string[] | string> {
  const res = await send({ type: 'notes/update', id, patch: { tags } });
  return res.ok ? res.data.tags : errorText(lang, res.error);
}

function NoteOnPage({ view, uiLang, post }: NotesProps & { view: Extract<View, { type: 'note' }> }) {
  const strings = noteStrings(uiLang);
  const [note, setNote] = useState<NoteRow | null>(null);
  const [editing, setEditing] = useState(false);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    void send({ type: 'notes/list', articleId: view.articleId }).then((res) => {
      if (!live) return;
      const found = res.ok ? res.data.find((n) => n.id === view.noteId) : undefined;
      if (!found) setMissing(true);
      else setNote(found);
    });
    return () => {
      live = false;
    };
  }, [view.noteId, view.articleId]);
  if (missing) return <p class="panel muted">{strings.cannotRecord}</p>;
  if (note === null) return null;
  const remove = async () => {
    const res = await send({ type: 'notes/delete', id: view.noteId });
    if (!res.ok && res.error.code !== 'not-found') return errorText(uiLang, res.error);
    post({ type: 'note-deleted', id: view.noteId });
    post({ type: 'close', returnFocus: true });
    return null;
  };
  const tags = (n: NoteRow) => n.tags ?? [];
  if (note.color) {
    return (
      <HighlightView
        strings={strings}
        color={note.color}
        tags={tags(note)}
        focusFirst={view.focus}
        onClose={() => post({ type: 'close', returnFocus: true })}
        onColor={async (color: MarkColor) => {
          post({ type: 'pin' });
          const res = await send({ type: 'notes/update', id: note.id, patch: { color } });
          if (!res.ok) return errorText(uiLang, res.error);
          // The page repaints the passage in the new colour: placed again under its new highlight name.
          const { id, selector, position } = res.data;
          post({ type: 'note-deleted', id });
          post({ type: 'note-added', note: { id, selector, ...(position ? { position } : {}), color } });
          return null;
        }}
        onTags={(next) => (post({ type: 'pin' }), saveTags(note.id, next, uiLang))}
        onDelete={remove}
      />
    );
  }
  if (editing) {
    return (
      <NoteEditor
        strings={strings}
        quote={note.selector.exact}
        initial={note.body}
        onCancel={() => setEditing(false)}
        onSave={async (next) => {
          const res = await send({ type: 'notes/update', id: view.noteId, patch: { body: next } });
          if (!res.ok) return errorText(uiLang, res.error);
          setNote(res.data);
          setEditing(false);
          return null;
        }}
      />
    );
  }
  return (
    <NoteView
      strings={strings}
      body={note.body}
      focusFirst={view.focus}
      onClose={() => post({ type: 'close', returnFocus: true })}
      onEdit={() => {
        post({ type: 'pin' });
        setEditing(true);
      }}
      onDelete={remove}
    >
      <TagEditor tags={tags(note)} strings={strings.tagStrings} onSave={(next) => (post({ type: 'pin' }), saveTags(note.id, next, uiLang))} />
    </NoteView>
  );
}

function NewNote({ view, uiLang, post, askArticle }: NotesProps & { view: Extract<View, { type: 'draft' }> }) {
  const strings = noteStrings(uiLang);
  const [editing, setEditing] = useState(view.edit);
  useEffect(() => setEditing(view.edit), [view]);
  if (!editing) {
    // "Add note", and a highlight in one click: the colour is the reader's choice, no text needed.
    const highlight = async (color: MarkColor) => {
      post({ type: 'pin' });
      const articleId = await askArticle();
      if (articleId === null) return;
      const res = await send({ type: 'notes/add', note: { articleId, selector: view.draft.selector, position: view.draft.position, body: '', color } });
      if (!res.ok) return;
      const { id, selector, position } = res.data;
      post({ type: 'note-added', note: { id, selector, ...(position ? { position } : {}), color } });
      post({ type: 'close', returnFocus: true });
    };
    return (
      <div class="offer">
        <button
          type="button"
          class="add"
          onClick={() => {
            post({ type: 'pin' });
            setEditing(true);
          }}
        >
          {strings.addNote}
        </button>
        <MarkPalette strings={strings} onPick={(c) => void highlight(c)} />
      </div>
    );
  }
  return (
    <NoteEditor
      strings={strings}
      quote={view.draft.selector.exact}
      onCancel={() => post({ type: 'close', returnFocus: true })}
      onSave={async (body) => {
        const articleId = await askArticle();
        if (articleId === null) return strings.cannotRecord;
        const res = await send({ type: 'notes/add', note: { articleId, selector: view.draft.selector, position: view.draft.position, body } });
        if (!res.ok) return errorText(uiLang, res.error);
        const { id, selector, position } = res.data;
        post({ type: 'note-added', note: position ? { id, selector, position } : { id, selector } });
        post({ type: 'close', returnFocus: true });
        return null;
      }}
    />
  );
}

/** The natural size of the frame's content, as if nothing capped its height. */
function naturalSize(el: HTMLElement): { width: number; height: number } {
  // The element that scrolls when the frame is short: the card inside its dialog, or the note panel.
  const inner = el.firstElementChild;
  const panel = (inner?.firstElementChild ?? inner) as HTMLElement | null;
  if (!panel) return { width: 0, height: 0 };
  // Measured without the height cap, so that a panel that shrank its parts to fit (the note editor) still asks
  // for its full height when there is room again. Synchronous: the page never paints the uncapped layout.
  el.style.setProperty('--chiplens-max-height', 'none');
  const height = panel.scrollHeight + (panel.offsetHeight - panel.clientHeight);
  el.style.removeProperty('--chiplens-max-height');
  return { width: Math.ceil(panel.getBoundingClientRect().width) + 2 * MARGIN, height: Math.ceil(height) + 2 * MARGIN };
}

/** Messages from the content script, kept until the app listens. */
export class Inbox {
  private queue: unknown[] = [];
  private listener: ((m: unknown) => void) | null = null;

  put(m: unknown): void {
    if (this.listener) this.listener(m);
    else this.queue.push(m);
  }

  listen(fn: ((m: unknown) => void) | null): void {
    this.listener = fn;
    if (!fn) return;
    const queued = this.queue;
    this.queue = [];
    for (const m of queued) fn(m);
  }
}

export function FrameApp({ port, inbox, uiLang }: { port: Port; inbox: Inbox; uiLang: UiLanguage }) {
  const [view, setView] = useState<View | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const current = useRef<View | null>(null);
  current.current = view;
  const requests = useRef(new Map<number, (id: number | null) => void>());
  const nextRequest = useRef(1);
  const lastSize = useRef('');

  const post = (m: FromFrame) => {
    try {
      port.postMessage(m);
    } catch {
      // The page went away.
    }
  };

  useEffect(() => {
    const onMessage = (m: unknown) => {
      const msg = m as ToFrame;
      if (msg.type === 'hide') setView(null);
      else if (msg.type === 'article') {
        requests.current.get(msg.request)?.(msg.articleId);
        requests.current.delete(msg.request);
      } else setView(msg);
    };
    inbox.listen(onMessage);
    const onKey = (e: KeyboardEvent) => {
      const direction = stepOf(e);
      if (direction) {
        e.preventDefault();
        post({ type: 'step', direction });
      } else if (e.key === 'Escape' && !e.defaultPrevented) {
        post({ type: 'close', returnFocus: true });
      }
    };
    // Focus asked for may come before the page has given the frame focus (the browser ignores focus() in a frame
    // that has none): once the frame gets it, it goes to the view's first control.
    const onFocus = () => {
      if (!current.current?.focus || (document.activeElement && document.activeElement !== document.body)) return;
      root.current?.querySelector<HTMLElement>('textarea, [role=dialog], button')?.focus({ preventScroll: true });
    };
    window.addEventListener('focus', onFocus);
    const enter = () => post({ type: 'hover', inside: true });
    const leave = () => post({ type: 'hover', inside: false });
    window.addEventListener('keydown', onKey);
    document.documentElement.addEventListener('mouseenter', enter);
    document.documentElement.addEventListener('mouseleave', leave);
    return () => {
      inbox.listen(null);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('focus', onFocus);
      document.documentElement.removeEventListener('mouseenter', enter);
      document.documentElement.removeEventListener('mouseleave', leave);
    };
  }, [port, inbox]);

  // Tells the content script the content's size after every change, so the frame fits it.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const report = () => {
      const size = naturalSize(el);
      const key = `${size.width}x${size.height}`;
      if (key === lastSize.current) return;
      lastSize.current = key;
      post({ type: 'size', ...size });
    };
    report();
    const ro = new ResizeObserver(report);
    ro.observe(el);
    const mo = new MutationObserver(report);
    mo.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  });

  const askArticle = () =>
    new Promise<number | null>((resolve) => {
      const request = nextRequest.current++;
      requests.current.set(request, resolve);
      post({ type: 'need-article', request });
    });

  const theme = view?.theme ?? 'light';
  const props = { port, uiLang, post, askArticle };
  return (
    <>
      <style>{`${cardCss(theme)}\n${notesCss(theme)}\n${FRAME_CSS}`}</style>
      <div ref={root} class="frame">
        {view?.type === 'card' && <CardView key={JSON.stringify(view.subject)} view={view} uiLang={uiLang} />}
        {view?.type === 'note' && (
          <div class="root">
            <NoteOnPage key={view.noteId} view={view} {...props} />
          </div>
        )}
        {view?.type === 'draft' && (
          <div class="root">
            <NewNote key={view.draft.selector.exact} view={view} {...props} />
          </div>
        )}
      </div>
    </>
  );
}

const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; color-scheme: normal; }
.frame { box-sizing: border-box; padding: ${MARGIN}px; width: max-content; max-width: 100vw; --chiplens-max-height: calc(100vh - ${2 * MARGIN}px); }
.frame > .root { width: max-content; }
.dialog { outline: none; width: max-content; }
a:focus-visible, .dialog:focus-visible .card { outline: 2px solid var(--link); outline-offset: 1px; }
.card { max-width: 360px; }
.panel { width: 340px; }
/* The frame ends a few pixels past the content: a shadow that fits in them. */
.card, .panel, .offer { box-shadow: 0 2px 8px var(--shadow); }`;
