import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl, isTrackingParam } from './canonical.ts';

describe('cleanUrl', () => {
  it('drops the fragment', () => {
    expect(cleanUrl('https://example.com/a/b#comments')).toBe('https://example.com/a/b');
  });

  it('keeps hash-routed fragments, which name the page', () => {
    expect(cleanUrl('https://example.com/#/article/12')).toBe('https://example.com/#/article/12');
    expect(cleanUrl('https://example.com/#!/article/12')).toBe('https://example.com/#!/article/12');
  });

  it.each([
    'utm_source',
    'utm_medium',
    'UTM_Campaign',
    'utm_term',
    'utm_content',
    'fbclid',
    'gclid',
    'dclid',
    'msclkid',
    'mc_cid',
    'mc_eid',
    'igshid',
    'yclid',
    '_ga',
    'ref_src',
    'wt_mc',
    'wt_zmc',
    'pk_campaign',
    'at_medium',
  ])('drops the tracking parameter %s', (name) => {
    expect(cleanUrl(`https://example.com/story?${name}=x`)).toBe('https://example.com/story');
  });

  it('keeps other parameters in their order while dropping tracking ones', () => {
    expect(cleanUrl('https://example.com/story?id=7&utm_source=nl&page=2&fbclid=abc&a=1')).toBe(
      'https://example.com/story?id=7&page=2&a=1',
    );
  });

  it('keeps an untouched query exactly as written', () => {
    expect(cleanUrl('https://example.com/s?q=a%20b&z=1&a=2')).toBe('https://example.com/s?q=a%20b&z=1&a=2');
  });

  it('removes an empty query', () => {
    expect(cleanUrl('https://example.com/story?')).toBe('https://example.com/story');
    expect(cleanUrl('https://example.com/story?utm_source=x&gclid=y')).toBe('https://example.com/story');
  });

  it('lower-cases the host but not the path', () => {
    expect(cleanUrl('https://WWW.Example.COM/News/Story')).toBe('https://www.example.com/News/Story');
  });

  it('drops default ports and keeps others', () => {
    expect(cleanUrl('https://example.com:443/a')).toBe('https://example.com/a');
    expect(cleanUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(cleanUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('drops credentials', () => {
    expect(cleanUrl('https://user:pw@example.com/a')).toBe('https://example.com/a');
  });

  it('refuses non-http addresses and garbage', () => {
    expect(cleanUrl('file:///tmp/a.html')).toBeNull();
    expect(cleanUrl('chrome-extension://abc/popup.html')).toBeNull();
    expect(cleanUrl('not a url')).toBeNull();
    expect(cleanUrl('')).toBeNull();
  });

  it('resolves relative URLs against a base', () => {
    expect(cleanUrl('/a/b?utm_source=x', 'https://example.com/c')).toBe('https://example.com/a/b');
  });
});

describe('isTrackingParam', () => {
  it('does not treat ordinary parameters as tracking', () => {
    for (const name of ['id', 'page', 'p', 'article', 'ref', 'source', 'utm']) expect(isTrackingParam(name)).toBe(false);
  });
});

describe('canonicalUrl', () => {
  it("uses the declared canonical URL when it is on the page's own host", () => {
    expect(canonicalUrl('https://www.example.com/amp/story/1?utm_source=x', 'https://www.example.com/story/1')).toBe(
      'https://www.example.com/story/1',
    );
    // http → https on the same host is the same publisher moving to TLS.
    expect(canonicalUrl('http://example.com/story/1', 'https://example.com/story/1')).toBe('https://example.com/story/1');
  });

  it('ignores a canonical URL on another host, even of the same registrable domain', () => {
    expect(canonicalUrl('https://amp.example.com/story/1', 'https://www.example.com/story/1')).toBe('https://amp.example.com/story/1');
    expect(canonicalUrl('https://example.com/story/1', 'https://www.example.com/story/1')).toBe('https://example.com/story/1');
  });

  // Shared hosting: every subdomain is another owner (these are public suffixes), so a page there must never
  // claim a neighbour's article.
  it.each([
    ['https://attacker.substack.com/p/chips', 'https://chipnotes.substack.com/p/h20-ban'],
    ['https://attacker.github.io/chips/', 'https://chipnotes.github.io/h20-ban/'],
    ['https://attacker.blogspot.com/2026/12/chips.html', 'https://chipnotes.blogspot.com/2026/11/h20-ban.html'],
    ['https://attacker-app.vercel.app/post/1', 'https://chipnotes.vercel.app/post/1'],
    ['https://attacker.co.uk/news/1', 'https://victim.co.uk/news/1'],
  ])('ignores %s claiming to be %s', (page, claimed) => {
    expect(canonicalUrl(page, claimed)).toBe(page);
  });

  it('ignores a canonical URL on another private address or port', () => {
    expect(canonicalUrl('http://192.168.1.20/wiki/chips', 'http://192.168.1.10/wiki/chips')).toBe('http://192.168.1.20/wiki/chips');
    expect(canonicalUrl('http://10.0.0.5:8081/a', 'http://10.0.0.5:8080/a')).toBe('http://10.0.0.5:8081/a');
    expect(canonicalUrl('http://intranet.local/a', 'http://intranet.corp.example/a')).toBe('http://intranet.local/a');
    expect(canonicalUrl('http://192.168.1.20/a?x=1', 'http://192.168.1.20/a')).toBe('http://192.168.1.20/a');
  });

  it('resolves a relative canonical link against the page', () => {
    expect(canonicalUrl('https://example.com/a/story?x=1', '/story-canonical')).toBe('https://example.com/story-canonical');
  });

  it('cleans the declared canonical URL too', () => {
    expect(canonicalUrl('https://example.com/a', 'https://example.com/b?utm_medium=rss#top')).toBe('https://example.com/b');
  });

  it('ignores a canonical URL on another site', () => {
    expect(canonicalUrl('https://example.com/story?fbclid=1', 'https://evil.test/story')).toBe('https://example.com/story');
  });

  it('ignores a canonical URL that points to the front page of an article', () => {
    expect(canonicalUrl('https://example.com/2026/story', 'https://example.com/')).toBe('https://example.com/2026/story');
  });

  it('accepts a front-page canonical for the front page itself', () => {
    expect(canonicalUrl('https://example.com/?utm_source=x&edition=de', 'https://example.com/')).toBe('https://example.com/');
  });

  it('ignores empty, non-http or unparsable canonical URLs', () => {
    expect(canonicalUrl('https://example.com/a#x', '')).toBe('https://example.com/a');
    expect(canonicalUrl('https://example.com/a#x', '   ')).toBe('https://example.com/a');
    expect(canonicalUrl('https://example.com/a', 'javascript:alert(1)')).toBe('https://example.com/a');
    expect(canonicalUrl('https://example.com/a', 'http://[bad')).toBe('https://example.com/a');
    expect(canonicalUrl('https://example.com/a', null)).toBe('https://example.com/a');
  });

  it('returns null when the page itself is not an http(s) page', () => {
    expect(canonicalUrl('about:blank', 'https://example.com/a')).toBeNull();
  });

  it('gives the same identity to two visits of one article', () => {
    const a = canonicalUrl('https://Example.com:443/story?id=3&utm_source=newsletter#comments');
    const b = canonicalUrl('https://example.com/story?fbclid=zzz&id=3');
    expect(a).toBe('https://example.com/story?id=3');
    expect(b).toBe(a);
  });
});
