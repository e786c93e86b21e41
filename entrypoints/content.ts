import { isPageRequest, type PageResponse } from './content/protocol.ts';
import { listenForPageRequests, startAnnotator, type Annotator } from './content/main.ts';

// Thin entry: everything happens in ./content/. WXT's context object is not used: its events can be
// dispatched by the page (a page could switch ChipLens off with them).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    let annotator: Annotator | null = null;
    const started = startAnnotator().then((a) => (annotator = a));
    listenForPageRequests(async (request): Promise<PageResponse> => {
      await started;
      if (!annotator) return { ok: false, error: { code: 'failed', message: 'This browser cannot show ChipLens highlights.' } };
      return annotator.answer(request);
    }, isPageRequest);
  },
});
