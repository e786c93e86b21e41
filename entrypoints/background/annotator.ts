/**
 * The first stage's request (`page/stage`): judging a page's sketch for the annotator, and loading the annotator
 * into the frame that asks. Only a content script in a tab may ask, only for its own frame, and the page is the
 * sender's own address. The look runs here rather than in the page: the page pays only for its sketch and one
 * message, and the gate's code and cue tables stay warm in the worker instead of being compiled on every page.
 */
import { browser, type Browser } from 'wxt/browser';
import { EARLY_PAINT_MAX, type EarlyPaintPlan, type PaintSpan } from '../../lib/dom/early-paint.ts';
import { kindOf } from '../../lib/dom/highlights.ts';
import { annotate } from '../../lib/extract/index.ts';
import { namesWatchTerm, quickVerdict } from '../../lib/gate/index.ts';
import { PageStageSchema, type PageStageAnswer } from '../../lib/messages.ts';
import { askPage } from '../../lib/send.ts';
import { decide, loadSettings, sameWatchTerms, watchSettings, type Settings } from '../../lib/settings.ts';
import { articleByUrl } from '../../lib/store/articles.ts';
import type { StoreDb } from '../../lib/store/db.ts';

/** The annotator's bundle (an unlisted script of this extension). */
export const ANNOTATOR_FILE = '/annotator.js';

/** Whether the reader has notes on the page at `url`. */
async function hasNotes(openDb: () => Promise<StoreDb>, url: string): Promise<boolean> {
  const db = await openDb();
  const article = await articleByUrl(db, url);
  return !!article && (await db.notes.where('articleId').equals(article.id).count()) > 0;
}

/**
 * The first highlights of a page the annotator will read, from the sketch's main text (see
 * `lib/dom/early-paint.ts`): shown by the first stage at once, where the extractor finds the text relevant (as
 * the annotator would) or the reader set the site to "always". Undefined when there is nothing to show.
 */
export function earlyPaintPlan(main: string, settings: Settings, always: boolean): EarlyPaintPlan | undefined {
  if (!main) return undefined;
  const annotation = annotate(main, { watchTerms: settings.watchTerms });
  if (!annotation.relevant && !always) return undefined;
  const spans: PaintSpan[] = [];
  for (const m of annotation.mentions) {
    if (!settings.kinds[m.kind]) continue;
    spans.push([m.start, m.end, kindOf(m)]);
    if (spans.length >= EARLY_PAINT_MAX) break;
  }
  return spans.length ? { spans, colors: settings.colors } : undefined;
}

/** Answers `page/stage`; null when the message is not one (the caller goes on with other handlers). */
export async function answerStage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  openDb: () => Promise<StoreDb>,
  readSettings: () => Promise<Settings> = loadSettings,
): Promise<PageStageAnswer | null> {
  const parsed = PageStageSchema.safeParse(message);
  if (!parsed.success) return null;
  const tabId = sender.tab?.id;
  const url = sender.url;
  if (tabId === undefined || !url || sender.id !== browser.runtime.id) return { annotate: false, loaded: false, decision: 'auto' };
  const request = parsed.data;
  if ('load' in request) {
    try {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ANNOTATOR_FILE as never] });
      return { annotate: true, loaded: true, decision: 'auto' };
    } catch {
      return { annotate: true, loaded: false, decision: 'auto' };
    }
  }
  const settings = await readSettings();
  const decision = decide(settings, url);
  const annotate =
    decision === 'always' ||
    (decision === 'auto' &&
      (quickVerdict(request.look).maybe ||
        namesWatchTerm(request.look, settings.watchTerms) ||
        // Notes are looked for once per address, not on each later look at a page still rendering.
        (request.first && (await hasNotes(openDb, url).catch(() => false)))));
  const paint = annotate ? earlyPaintPlan(request.look.main, settings, decision === 'always') : undefined;
  return { annotate, loaded: false, decision, ...(paint ? { paint } : {}) };
}

/** How long the settings must rest before open pages are looked at again (a colour being dragged writes often). */
const LOOK_AGAIN_AFTER_MS = 300;

/** Whether a quiet tab is woken: yes, no, or only if the reader has notes on its page. */
export type QuietWake = 'yes' | 'no' | 'if-noted';

/**
 * Whether a tab whose first stage is quiet (it found no chip word) must be woken when the settings change from
 * `before` to `after`: its site is now set to "always", or the reader's watch terms changed (the page may name
 * one); and where ChipLens was off for it before, a page with notes (the annotator shows them). Other changes
 * cannot make such a page chip news.
 */
export function wakesQuietPage(before: Settings | null, after: Settings, url: string | undefined): QuietWake {
  const decision = decide(after, url ?? '');
  if (decision === 'off') return 'no';
  if (url && decision === 'always') return 'yes';
  if (after.watchTerms.length > 0 && !(before && sameWatchTerms(before, after))) return 'yes';
  return url && before && decide(before, url) === 'off' ? 'if-noted' : 'no';
}

/**
 * When the reader changes the settings (switches ChipLens on, sets a site to "always", adds a watch term), every
 * open page that the annotator is not on yet is looked at again, as on load; pages with the annotator follow the
 * settings themselves. A quiet first stage is woken only where the change can matter ({@link wakesQuietPage}).
 * Returns a stop function.
 */
export function lookAgainOnSettings(openDb: () => Promise<StoreDb>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let before: Settings | null = null;
  void loadSettings().then((s) => (before ??= s));
  const unwatch = watchSettings((after) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const was = before;
      before = after;
      const wakes = async (url: string | undefined) => {
        const rule = wakesQuietPage(was, after, url);
        return rule === 'yes' || (rule === 'if-noted' && !!url && (await hasNotes(openDb, url).catch(() => false)));
      };
      void browser.tabs.query({}).then(
        (tabs) =>
          Promise.all(
            tabs.map(async (t) => (t.id === undefined ? null : askPage(t.id, { type: 'page/look' }, { wake: await wakes(t.url) }))),
          ),
        () => undefined,
      );
    }, LOOK_AGAIN_AFTER_MS);
  });
  return () => {
    clearTimeout(timer);
    unwatch();
  };
}
