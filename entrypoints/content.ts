import { startContentScript } from './content/main.ts';

// Thin entry: everything happens in ./content/. Runs after the page has loaded, when its text is there.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    void startContentScript(ctx);
  },
});
