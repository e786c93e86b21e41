import { browser } from 'wxt/browser';
import { extensionIdentity } from '../../lib/sender.ts';
import { settingsReader } from '../../lib/settings.ts';
import { openStore } from '../../lib/store/db.ts';
import { answerStage, lookAgainOnSettings } from './annotator.ts';
import { keepAskScript } from './ask-script.ts';
import { persistedBudget } from './budget.ts';
import { answerExtract } from './extract.ts';
import { createMessageListener, lazyStore } from './listener.ts';
import { registerMenus } from './menus.ts';

// Thin wiring: all logic lives in lib/messages.ts and lib/store. Listeners are registered synchronously
// at start-up so that a message, menu click or shortcut which wakes a stopped worker is delivered to it.
// Menus and commands share the listener's lazy store: one connection per worker.
export default defineBackground(() => {
  const store = lazyStore(() => openStore());
  // Read once per worker and kept as they change: every page load asks for them.
  const settings = settingsReader();
  const listener = createMessageListener(store, {
    extension: extensionIdentity(browser.runtime.id, browser.runtime.getURL('/')),
    stage: (message, sender) => answerStage(message, sender, store, settings),
    extract: (message) => answerExtract(message, settings),
    budget: persistedBudget(),
  });
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  registerMenus(store);
  lookAgainOnSettings(store);
  keepAskScript(store);
});
