import { startFirstStage } from './content/first-stage.ts';

// The first stage, the only ChipLens script on every page (see ./content/first-stage.ts); the annotator is
// loaded by the background where there may be something to find. WXT's context object is not used: its events
// can be dispatched by the page (a page could switch ChipLens off with them).
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  main() {
    startFirstStage();
  },
});
