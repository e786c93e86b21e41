import { annotatorHandle, registerAnnotator } from './annotator-handle.ts';
import { startAnnotator } from './main.ts';

// The annotator, imported by the first stage where there may be something to find (or injected by the background
// where that cannot be; see ../first-stage/). Loaded twice, it starts once.
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
