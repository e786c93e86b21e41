import { annotatorHandle, registerAnnotator } from './content/annotator-handle.ts';
import { startAnnotator } from './content/main.ts';

// The annotator, loaded into a page by the background on the first stage's request (see ./content/). Loaded
// twice, it starts once.
export default defineUnlistedScript(() => {
  if (annotatorHandle()) return;
  const started = startAnnotator();
  registerAnnotator({
    answer: async (request) => {
      const annotator = await started;
      if (!annotator) return { ok: false, error: { code: 'failed', message: 'This browser cannot show ChipLens highlights.' } };
      return annotator.answer(request);
    },
  });
});
