/**
 * The bulk of a long page read in the background's thread (`page/extract`, see the background's `extract.ts`):
 * the page's main thread then only walks the text and places the ranges. Null whenever the background cannot
 * answer, and the pipeline reads the text here instead.
 */
import { browser } from 'wxt/browser';
import type { Annotation, Language } from '../../lib/extract/types.ts';
import type { PageExtractAnswer, PageExtractRequest } from '../../lib/messages.ts';
import { isResponse } from '../../lib/send.ts';

/**
 * Characters of page text in one message at most. A message is converted in one task of the page's main thread,
 * on the way out and on the way back: for the rest of a 1 MB page in one message (11,000 mentions in the answer)
 * that was 40–50 ms of one task; a batch of this size takes 1–5 ms each way.
 */
export const BATCH_CHARS = 96_000;

/** The pieces in consecutive batches of at most {@link BATCH_CHARS} characters (a longer piece alone). */
export function batches(texts: readonly string[], max = BATCH_CHARS): string[][] {
  const out: string[][] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const t of texts) {
    if (batch.length && chars + t.length > max) {
      out.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(t);
    chars += t.length;
  }
  if (batch.length) out.push(batch);
  return out;
}

async function extractBatch(texts: string[], lang: Language): Promise<Annotation[] | null> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ type: 'page/extract', lang, texts } satisfies PageExtractRequest);
    if (!isResponse(answer) || !answer.ok) return null;
    const { annotations } = answer.data as Partial<PageExtractAnswer>;
    return Array.isArray(annotations) && annotations.length === texts.length ? annotations : null;
  } catch {
    return null;
  }
}

export async function extractInBackground(texts: string[], lang: Language): Promise<Annotation[] | null> {
  // All asked at once: the background reads them one after another, and each answer comes in a task of its own.
  const answers = await Promise.all(batches(texts).map((b) => extractBatch(b, lang)));
  return answers.every((a) => a !== null) ? answers.flat() : null;
}
