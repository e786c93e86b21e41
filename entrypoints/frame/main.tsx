import { render } from 'preact';
import { browser } from 'wxt/browser';
import { FrameApp, Inbox } from '../../components/frame/FrameApp.tsx';
import { FRAME_PORT_PREFIX } from '../../lib/frame-protocol.ts';
import { currentLanguage, type UiLanguage } from '../../lib/i18n.ts';

// The private frame a content script puts on a page: it connects back to the content script of its own tab
// (only extension code can open that port) and shows what it is asked to, loading private data itself.
async function start(): Promise<void> {
  const [tab, lang] = await Promise.all([browser.tabs.getCurrent(), currentLanguage().catch((): UiLanguage => 'en')]);
  if (tab?.id === undefined) return;
  const port = browser.tabs.connect(tab.id, { name: FRAME_PORT_PREFIX + location.hash.slice(1), frameId: 0 });
  // The content script may answer before the app has rendered: keep what comes until it listens.
  const inbox = new Inbox();
  port.onMessage.addListener((m: unknown) => inbox.put(m));
  document.documentElement.lang = lang;
  render(<FrameApp port={port} inbox={inbox} uiLang={lang} />, document.getElementById('app')!);
}

void start();
