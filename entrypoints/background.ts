import { browser } from 'wxt/browser';
import { openStore } from '../lib/store/db';
import { createMessageListener, lazyStore } from './background/listener';

// Thin wiring: all logic lives in lib/messages.ts and lib/store. The listener is registered synchronously
// at start-up so that a message which wakes a stopped worker is delivered to it.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(createMessageListener(lazyStore(() => openStore())));
});
