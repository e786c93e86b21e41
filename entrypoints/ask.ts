import { setAskFlag } from './annotator/annotator-handle.ts';

// The ask script: registered by the background (`entrypoints/background/ask-script.ts`) on the pages the first
// stage must ask the background about whatever words they hold: sites set to "always", pages with the reader's
// notes, every page while the reader watches terms. It only marks the page in the content scripts' world, where
// page scripts cannot see or set the mark.
export default defineUnlistedScript(() => {
  setAskFlag();
});
