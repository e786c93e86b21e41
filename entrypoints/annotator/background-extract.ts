/**
 * The bulk of a long page read in the background's thread (`page/extract`, see the background's `extract.ts`):
 * the page's main thread then only walks the text and places the ranges. Null whenever the background cannot
 * answer, and the pipeline reads the text here instead.
 */
import { browser } from 'wxt/browser';
import type { Annotation, Language } from '../../lib/extract/types.ts';
import type { PageExtractAnswer, PageExtractRequest } from '../../lib/messages.ts';
import { isResponse } from '../../lib/send.ts';

export async function extractInBackground(texts: string[], lang: Language): Promise<Annotation[] | null> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'page/extract', lang, texts } satisfies PageExtractRequest);
    if (!isResponse(answer) || !answer.ok) return null;
    const { annotations } = answer.data as Partial<PageExtractAnswer>;
    return Array.isArray(annotations) && annotations.length === texts.length ? annotations : null;
  } catch {
    return null;
  }
}
