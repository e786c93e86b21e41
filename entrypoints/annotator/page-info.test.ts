// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readLoadedMeta, readPageInfo } from './page-info.ts';

const FIRST = 'https://news.example/2025/h20-halt';
const SECOND = 'https://news.example/2025/h200-approval';

beforeEach(() => {
  document.head.innerHTML = `
    <title>H20 halt | Chip News</title>
    <link rel="canonical" href="/2025/h20-halt?ref=canon">
    <meta property="og:title" content="Nvidia halts H20 production">
    <meta property="og:site_name" content="Chip News">
    <meta property="article:published_time" content="2025-08-22T09:00:00Z">`;
  document.body.innerHTML = '<article><h1>Nvidia halts H20 production</h1><p>Text</p></article>';
});

describe('readPageInfo', () => {
  it('reads canonical link, og:title, site and date of a loaded page', () => {
    expect(readPageInfo(document, FIRST, 'en', readLoadedMeta(document, FIRST))).toEqual({
      url: FIRST,
      canonical: 'https://news.example/2025/h20-halt?ref=canon',
      title: 'Nvidia halts H20 production',
      site: 'Chip News',
      publishedAt: '2025-08-22T09:00:00Z',
      lang: 'en',
    });
  });

  it('does not believe a head a single-page site left unchanged after moving to another article', () => {
    const loaded = readLoadedMeta(document, FIRST);
    // The router renders the next article but leaves canonical link and og:title of the first.
    document.body.innerHTML = '<article><h1>China approves H200 orders</h1><p>Text</p></article>';
    const info = readPageInfo(document, SECOND, 'en', loaded);
    expect(info.canonical).toBeUndefined();
    expect(info.title).toBe('China approves H200 orders');
  });

  it('believes a head the site did update after the move', () => {
    const loaded = readLoadedMeta(document, FIRST);
    document.head.querySelector('link[rel=canonical]')!.setAttribute('href', '/2025/h200-approval');
    document.head.querySelector('meta[property="og:title"]')!.setAttribute('content', 'China approves H200 orders');
    const info = readPageInfo(document, SECOND, 'en', loaded);
    expect(info.canonical).toBe(SECOND);
    expect(info.title).toBe('China approves H200 orders');
  });
});
