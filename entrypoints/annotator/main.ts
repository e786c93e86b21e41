/**
 * Wiring of the annotator on one page: settings, the page controller (highlights), the reader's notes, the
 * private frame and the reader's hands on the page, the popup's and the background's requests, page visibility
 * and single-page navigation. Logic lives in the controller, the interaction, `notes/` and `lib/`.
 *
 * Nothing a page can dispatch switches any of this off or on: navigation is read from the real address, and the
 * script stops only when the extension itself goes away.
 */
import { watchAddress } from '../../lib/dom/address.ts';
import { browserHighlightApi, isNoteKind, type Hit } from '../../lib/dom/highlights.ts';
import type { Mention } from '../../lib/extract/types.ts';
import type { FromFrame, ToFrame } from '../../lib/frame-protocol.ts';
import { currentLanguage, type UiLanguage } from '../../lib/i18n.ts';
import { send } from '../../lib/send.ts';
import { decide, loadSettings, watchSettings, type Settings } from '../../lib/settings.ts';
import { noteStrings } from '../../components/notes/strings.ts';
import { takeEarlyInput } from './annotator-handle.ts';
import { backgroundBridge } from './bridge.ts';
import { PageController } from './controller.ts';
import { FrameHost } from './frame-host.ts';
import { Interaction } from './interaction.ts';
import { NoteLayer } from './notes/layer.ts';
import type { PageRequest, PageResponse, PageSummary } from '../../lib/page-protocol.ts';

/** Where the browser cannot say when the address changes: how often it is compared with the one last read. */
const ADDRESS_POLL_MS = 500;

const FRAME_LABEL: Record<UiLanguage, string> = { en: 'ChipLens card', de: 'ChipLens-Karte' };

/** What the page script cannot reach: the annotator's answer to the popup and the background. */
export interface Annotator {
  answer(request: PageRequest): Promise<PageResponse>;
  stop(): void;
}

export async function startAnnotator(doc: Document = document): Promise<Annotator | null> {
  const api = browserHighlightApi();
  if (!api) return null;
  // The UI language only labels the frame and the note strings: it need not hold up the first highlight.
  let lang: UiLanguage = 'en';
  const langRead = currentLanguage().then(
    (l) => (lang = l),
    () => lang,
  );
  let settings: Settings = await loadSettings();
  let interaction: Interaction | null = null;
  const background = backgroundBridge();
  const controller = new PageController({
    doc,
    api,
    url: () => location.href,
    settings,
    background,
    onRemoved: (range) => interaction?.forget(range),
  });
  const notes = new NoteLayer({ doc, api, url: () => location.href, send, knownArticleId: () => controller.summary().articleId });
  const frame = new FrameHost(doc, (m) => onFrame(m), () => FRAME_LABEL[lang]);
  const notesOn = () => decide(settings, location.href) !== 'off';

  const viewFor = (hit: Hit<Mention> | Hit<number>, focus: boolean): ToFrame | null => {
    const theme = controller.pageTheme;
    if (isNoteKind(hit.kind)) return notes.article === undefined ? null : { type: 'note', noteId: hit.value as number, articleId: notes.article, theme, focus };
    const m = hit.value as Mention;
    const articleId = controller.summary().articleId;
    const base = { type: 'card' as const, lang: controller.language ?? 'en', theme, focus, ...(articleId !== undefined ? { articleId } : {}) };
    return m.kind === 'figure'
      ? { ...base, subject: { kind: 'figure', value: m.value, ...(m.about ? { about: m.about } : {}), ...(m.measure ? { measure: m.measure } : {}), text: m.text } }
      : { ...base, subject: { kind: m.kind, id: m.id, text: m.text } };
  };
  interaction = new Interaction({
    doc,
    api,
    frame,
    mentions: controller.layer,
    notes: notes.layer,
    viewFor,
    draftView: (range, edit) => {
      const draft = notes.describe(range);
      return draft ? { type: 'draft', draft, edit, theme: controller.pageTheme, focus: edit } : null;
    },
  });

  async function onFrame(m: FromFrame): Promise<void> {
    if (m.type === 'need-article') {
      const id = notes.article ?? (await controller.recordedArticle());
      frame.reply({ type: 'article', request: m.request, articleId: id ?? null });
    } else if (m.type === 'note-added') notes.added(m.note);
    else if (m.type === 'note-deleted') notes.deleted(m.id);
    else interaction?.fromFrame(m);
  }

  const summary = (): PageSummary => {
    const record = background.status();
    return { ...controller.summary(), notes: notes.counts(), ...(record ? { record } : {}) };
  };
  const answer = async (request: PageRequest): Promise<PageResponse> => {
    if (request.type === 'page/annotate') await controller.annotateNow();
    if (request.type === 'page/note' && !interaction?.noteOnSelection()) {
      await langRead;
      return { ok: false, error: { code: 'failed', message: noteStrings(lang).selectFirst } };
    }
    return { ok: true, data: summary() };
  };

  const showNotes = async () => {
    await notes.load();
  };
  const unwatch = watchSettings((s) => {
    const wasOn = notesOn();
    settings = s;
    controller.applySettings(s);
    if (wasOn && !notesOn()) {
      interaction?.close(false);
      notes.clear();
    } else if (!wasOn && notesOn()) void showNotes();
    if (interaction) interaction.notesEnabled = notesOn();
  });

  // Single-page navigation, read from the address itself: history events can be dispatched by any page script.
  const onMoved = () => {
    interaction?.close(false);
    notes.clear();
    // The new page's notes go in after its first run, as on load.
    void controller.onLocationChange().then(() => (notesOn() ? showNotes() : undefined));
  };
  const unwatchAddress = watchAddress(window, onMoved, ADDRESS_POLL_MS);
  const onVisibility = () => controller.onVisibility(doc.visibilityState === 'hidden');
  doc.addEventListener('visibilitychange', onVisibility);

  interaction.notesEnabled = notesOn();
  interaction.attach();
  // Notes go in after the first run: both read the page's text as it is then.
  await controller.start();
  // A card for a pointer resting on a first highlight, or a step asked for before the annotator was there.
  const early = takeEarlyInput();
  if (early) interaction.replay(early);
  if (notesOn()) await showNotes();

  return {
    answer,
    stop() {
      unwatchAddress();
      doc.removeEventListener('visibilitychange', onVisibility);
      unwatch();
      interaction?.detach();
      frame.destroy();
      notes.clear();
      controller.destroy();
    },
  };
}
