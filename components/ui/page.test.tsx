import { describe, expect, it } from 'vitest';
import { closedReason } from './page.ts';

describe('closedReason', () => {
  it('lets ChipLens work on ordinary web pages', () => {
    expect(closedReason('https://www.heise.de/news/x.html')).toBeNull();
    expect(closedReason('http://127.0.0.1:8080/a.html')).toBeNull();
    // Google's other pages are not the store.
    expect(closedReason('https://chrome.google.com/intl/de/chrome/')).toBeNull();
  });

  it('knows browser pages and extension pages', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'edge://settings', 'chrome-extension://abc/popup.html', 'view-source:https://a.de/', 'moz-extension://x/y'])
      expect(closedReason(url), url).toBe('browser');
  });

  it('knows the extension stores', () => {
    expect(closedReason('https://chromewebstore.google.com/detail/x/abc')).toBe('store');
    expect(closedReason('https://chrome.google.com/webstore/detail/abc')).toBe('store');
    expect(closedReason('https://addons.mozilla.org/de/firefox/addon/x/')).toBe('store');
    expect(closedReason('https://microsoftedge.microsoft.com/addons/detail/x')).toBe('store');
  });

  it('tells local files and other schemes apart, and leaves an unknown address to the content script', () => {
    expect(closedReason('file:///home/a/article.html')).toBe('file');
    expect(closedReason('data:text/html,<p>x')).toBe('other');
    expect(closedReason('not a url')).toBe('other');
    expect(closedReason(undefined)).toBeNull();
  });
});
