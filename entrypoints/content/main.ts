/**
 * Wiring of the content script: settings, the page controller, the reader's notes, the popup's and the
 * background's requests, page visibility and single-page navigation. Logic lives in the controller, in
 * `notes/` and in `lib/`.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageTheme } from '../../lib/dom/mark-style.ts';
import { currentLanguage, type UiLanguage } from '../../lib/i18n.ts';
import { decide, loadSettings, watchSettings, type Settings } from '../../lib/settings.ts';
import { send } from '../../lib/send.ts';
import { backgroundBridge } from './bridge.ts';
import { PageController } from './controller.ts';
import { NoteLayer } from './notes/layer.ts';
import { noteStrings } from '../../components/notes/strings.ts';
import { NotesUi } from './notes/ui.ts';
import { isPageRequest, type PageRequest, type PageResponse, type PageSummary } from './protocol.ts';

export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const [initial, lang] = await Promise.all([loadSettings(), currentLanguage().catch((): UiLanguage => 'en')]);
  if (ctx.isInvalid) return;
  let settings: Settings = initial;
  const controller = new PageController({ doc: document, url: () => location.href, settings, background: backgroundBridge() });
  const theme = () => (document.body ? pageTheme(document.body) : 'light');
  const notes = new NoteLayer({
    doc: document,
    url: () => location.href,
    send,
    mutate: (write) => controller.quietly(write),
    knownArticleId: () => controller.summary().articleId,
    recordArticle: () => controller.recordedArticle(),
  });
  const notesUi = new NotesUi({ doc: document, layer: notes, theme, lang: () => lang });
  const notesOn = () => decide(settings, location.href) !== 'off';

  const summary = (): PageSummary => ({ ...controller.summary(), notes: notes.counts() });
  const answer = async (request: PageRequest): Promise<PageResponse> => {
    if (request.type === 'page/annotate') await controller.annotateNow();
    if (request.type === 'page/note' && !notesUi.noteOnSelection()) {
      return { ok: false, error: { code: 'failed', message: noteStrings(lang).selectFirst } };
    }
    return { ok: true, data: summary() };
  };

  // Answers through sendResponse and returns true (a returned Promise does not reach the sender in Chromium).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: PageResponse) => void): true | undefined => {
    if (!isPageRequest(message)) return undefined;
    answer(message).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: { code: 'failed', message: `ChipLens could not annotate this page: ${String(e)}` } }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  const showNotes = async () => {
    notes.setTheme(theme());
    await notes.load();
  };
  const unwatch = watchSettings((s) => {
    const wasOn = notesOn();
    settings = s;
    controller.applySettings(s);
    if (wasOn && !notesOn()) {
      notesUi.detach();
      notes.clear();
    } else if (!wasOn && notesOn()) {
      notesUi.attach();
      void showNotes();
    }
  });
  const onVisibility = () => controller.onVisibility(document.visibilityState === 'hidden');
  document.addEventListener('visibilitychange', onVisibility);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    notesUi.close();
    notes.clear();
    // The new page's notes go in after its first run, as on load.
    void controller.onLocationChange().then(() => (notesOn() && !ctx.isInvalid ? showNotes() : undefined));
  });
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage as Parameters<typeof browser.runtime.onMessage.removeListener>[0]);
    unwatch();
    document.removeEventListener('visibilitychange', onVisibility);
    notesUi.destroy();
    notes.clear();
    controller.destroy();
  });

  if (notesOn()) notesUi.attach();
  // Notes go in after the first run, whose highlighter must find the page's text nodes as it read them.
  await controller.start();
  if (notesOn() && !ctx.isInvalid) await showNotes();
}
