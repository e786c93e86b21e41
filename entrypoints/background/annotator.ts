/**
 * Loading the annotator into a page on the first stage's request (`page/stage`): only into the frame that asked,
 * only when it asks for it or the reader has notes on that page. The page is the sender's own address.
 */
import { browser, type Browser } from 'wxt/browser';
import { PageStageSchema, type PageStageAnswer } from '../../lib/messages.ts';
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

/** Answers `page/stage`; null when the message is not one (the caller goes on with other handlers). */
export async function answerStage(message: unknown, sender: Browser.runtime.MessageSender, openDb: () => Promise<StoreDb>): Promise<PageStageAnswer | null> {
  const parsed = PageStageSchema.safeParse(message);
  if (!parsed.success) return null;
  const tabId = sender.tab?.id;
  const url = sender.url;
  // Only a content script in a tab may ask, for itself.
  if (tabId === undefined || !url || sender.id !== browser.runtime.id) return { loaded: false };
  if (parsed.data.load === 'if-noted' && !(await hasNotes(openDb, url).catch(() => false))) return { loaded: false };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [ANNOTATOR_FILE as never] });
    return { loaded: true };
  } catch {
    return { loaded: false };
  }
}
