import { describe, expect, it } from 'vitest';
import { classifySender, contentOrigin, extensionIdentity, isOnOrigin, type SenderLike } from './sender.ts';

const ID = 'jiocgfakgaohpneeaedmmcfnogbihnjn';
const EXT = extensionIdentity(ID, `chrome-extension://${ID}/`);
const PAGE_TAB = { id: 41, url: 'https://news.example/moved-by-pushstate' };

/** Senders as Chromium 156 gave them in a browser test (trimmed to the fields that matter). */
const SENDERS: Record<string, SenderLike> = {
  popup: { id: ID, url: `chrome-extension://${ID}/popup.html`, origin: `chrome-extension://${ID}`, frameId: 0 },
  popupInTab: { id: ID, url: `chrome-extension://${ID}/popup.html?tab=41`, origin: `chrome-extension://${ID}`, frameId: 0, tab: { id: 43 } },
  library: { id: ID, url: `chrome-extension://${ID}/library.html#/notes`, origin: `chrome-extension://${ID}`, frameId: 0, tab: { id: 44 } },
  options: { id: ID, url: `chrome-extension://${ID}/options.html`, origin: `chrome-extension://${ID}`, frameId: 0, tab: { id: 45 } },
  // The card frame: web-accessible under a dynamic address, yet the sender names the static id.
  frame: { id: ID, url: `chrome-extension://${ID}/frame.html#1560f707`, origin: `chrome-extension://${ID}`, frameId: 5, tab: PAGE_TAB },
  // A content script after pushState: url is still the loaded address, tab.url the new one.
  content: { id: ID, url: 'https://news.example/loaded', origin: 'https://news.example', frameId: 0, tab: PAGE_TAB },
};

describe('classifySender', () => {
  it("tells ChipLens's own pages, wherever they are shown, from content scripts", () => {
    expect(classifySender(SENDERS.popup, EXT)).toBe('extension-page');
    expect(classifySender(SENDERS.popupInTab, EXT)).toBe('extension-page');
    expect(classifySender(SENDERS.library, EXT)).toBe('extension-page');
    expect(classifySender(SENDERS.options, EXT)).toBe('extension-page');
    expect(classifySender(SENDERS.frame, EXT)).toBe('extension-page');
    expect(classifySender(SENDERS.content, EXT)).toBe('content-script');
  });

  it("accepts the frame under Firefox's per-install origin too", () => {
    const ff = extensionIdentity('chiplens@chiplens.app', 'moz-extension://0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/');
    const frame = { id: 'chiplens@chiplens.app', url: 'moz-extension://0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0/frame.html', tab: { id: 3 } };
    expect(classifySender(frame, ff)).toBe('extension-page');
  });

  it('rejects other extensions, senders without an address, and disagreeing fields', () => {
    expect(classifySender({ ...SENDERS.popup, id: 'abcdefghijklmnopabcdefghijklmnop' }, EXT)).toBe('reject');
    expect(classifySender({ ...SENDERS.popup, id: undefined }, EXT)).toBe('reject');
    expect(classifySender({ id: ID }, EXT)).toBe('reject');
    expect(classifySender({ ...SENDERS.popup, url: 'not a url' }, EXT)).toBe('reject');
    expect(classifySender({ ...SENDERS.popup, origin: 'https://evil.example' }, EXT)).toBe('reject');
    expect(classifySender({ ...SENDERS.content, origin: `chrome-extension://${ID}` }, EXT)).toBe('reject');
    // A content script always has a tab.
    expect(classifySender({ ...SENDERS.content, tab: undefined }, EXT)).toBe('reject');
    expect(classifySender({ ...SENDERS.content, tab: { id: -1 } }, EXT)).toBe('reject');
  });
});

describe('contentOrigin and isOnOrigin', () => {
  it("take the document's origin, which pushState cannot change", () => {
    expect(contentOrigin(SENDERS.content)).toBe('https://news.example');
    expect(contentOrigin({ url: 'https://news.example:8443/a' })).toBe('https://news.example:8443');
    expect(contentOrigin({ ...SENDERS.content, origin: 'null' })).toBeNull();
    expect(contentOrigin({ url: 'file:///tmp/a.html', tab: { id: 1 } })).toBeNull();
    expect(isOnOrigin('https://news.example/other?x=1', 'https://news.example')).toBe(true);
    expect(isOnOrigin('https://chipnotes.substack.com/p/a', 'https://attacker.substack.com')).toBe(false);
    expect(isOnOrigin('http://news.example/a', 'https://news.example')).toBe(false);
    expect(isOnOrigin('garbage', 'https://news.example')).toBe(false);
  });
});
