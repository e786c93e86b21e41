import { startFirstStage } from './stage.ts';

// The first stage, the only ChipLens script on every page (see ./stage.ts); the annotator is
// loaded by the background where there may be something to find. It is an unlisted script that the manifest
// lists as a content script itself (wxt.config.ts), not a WXT content script: WXT's wrapper would add a context
// object whose events a page can dispatch (switching ChipLens off) and a message to the page on every start
// (telling it ChipLens is installed), and it costs time on every page.
export default defineUnlistedScript(() => {
  startFirstStage();
});
