import { describe, expect, it } from 'vitest';
import { canonicalUrl, cleanUrl, isTrackingParam, siteOf } from './canonical';

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

describe('siteOf', () => {
  it('takes the last two labels', () => {
    expect(siteOf('www.heise.de')).toBe('heise.de');
    expect(siteOf('amp.example.com')).toBe('example.com');
    expect(siteOf('example.com')).toBe('example.com');
  });
  it('takes three labels under short second-level domains', () => {
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('news.example.com.au')).toBe('example.com.au');
  });
});

describe('canonicalUrl', () => {
  it('uses the declared canonical URL when it is on the same site', () => {
    expect(canonicalUrl('https://amp.example.com/story/1?utm_source=x', 'https://www.example.com/story/1')).toBe(
      'https://www.example.com/story/1',
    );
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
    expect(canonicalUrl('https://example.com/?utm_source=x', 'https://www.example.com/')).toBe('https://www.example.com/');
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
