/**
 * Reading the bulk of a long page for its annotator (`page/extract`): the extractor runs here, in the
 * background's own thread, so that a page of a megabyte does not spend a second of its main thread on it. The
 * pieces are the page's own text as the annotator cut it; the answer is what the extractor finds in each, with
 * the reader's watch terms as the annotator would use them. Nothing is stored.
 */
import { annotate } from '../../lib/extract/index.ts';
import { PageExtractSchema, type PageExtractAnswer } from '../../lib/messages.ts';
import { loadSettings, type Settings } from '../../lib/settings.ts';

/** Answers `page/extract`; null when the message is not a valid one. */
export async function answerExtract(message: unknown, readSettings: () => Promise<Settings> = loadSettings): Promise<PageExtractAnswer | null> {
  const parsed = PageExtractSchema.safeParse(message);
  if (!parsed.success) return null;
  const { lang, texts } = parsed.data;
  const { watchTerms } = await readSettings();
  const annotations: PageExtractAnswer['annotations'] = [];
  for (let i = 0; i < texts.length; i++) {
    annotations.push(annotate(texts[i], { lang, watchTerms }));
    // Other messages (a card opening, a record) need not wait for the whole page.
    if (i % 8 === 7) await new Promise((r) => setTimeout(r, 0));
  }
  return { annotations };
}
