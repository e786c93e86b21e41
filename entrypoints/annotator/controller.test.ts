// @vitest-environment happy-dom
// The page controller with a stub background, in happy-dom: what the browser tests cannot drive headless
// (a hidden tab: headless Chromium reports every page visible).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeHighlightApi, type FakeHighlightApi } from '../../lib/dom/testing.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';
import type { Background } from './bridge.ts';
import { PageController } from './controller.ts';

const ARTICLE = `
  <article>
    <h1>Nvidia pauses H20 output as Huawei ramps the Ascend 910C</h1>
    <p>Nvidia has asked suppliers to stop work on the H20 accelerator. Cambricon shares rose 9.87 % and Hygon
       gained 6 percent, while SMIC said demand for its 7-nm wafers stayed strong.</p>
    <p>Analysts expect Chinese buyers to order 200,000 Ascend 910C chips this year; the H20 carries 96 GB of HBM3.</p>
  </article>`;

let controller: PageController | undefined;
let api: FakeHighlightApi;

afterEach(() => {
  controller?.destroy();
  controller = undefined;
  document.body.innerHTML = '';
});

function start(): { controller: PageController } {
  document.body.innerHTML = ARTICLE;
  const background: Background = { articleSeen: async () => 1, status: () => ({ state: 'recorded' }) };
  api = fakeHighlightApi();
  controller = new PageController({ doc: document, api, url: () => 'https://news.example/h20', settings: { ...DEFAULT_SETTINGS }, background });
  return { controller };
}

const marks = () => controller!.layer.size;
const html = () => document.body.innerHTML;

function addParagraph(text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  document.querySelector('article')!.append(p);
}

describe('PageController and page visibility', () => {
  it('marks content added later while the page is visible', async () => {
    const { controller } = start();
    await controller.start();
    expect(controller.summary().state).toBe('active');
    const before = marks();
    addParagraph('Moore Threads plans an IPO.');
    const page = html();
    await vi.waitFor(() => expect(marks()).toBeGreaterThan(before), { timeout: 3000 });
    expect(api.texts('chiplens-company')).toContain('Moore Threads');
    expect(html()).toBe(page);
  });

  it('reads a block again when a script rewrites its text, dropping the ranges of words that are gone', async () => {
    const { controller } = start();
    await controller.start();
    expect(api.texts('chiplens-chip')).toContain('Ascend 910C');
    const p = document.querySelectorAll('article p')[1];
    (p.firstChild as Text).data = 'Analysts now expect Moore Threads to sell more MTT S4000 cards.';
    await vi.waitFor(() => expect(api.texts('chiplens-company')).toContain('Moore Threads'), { timeout: 3000 });
    expect(api.texts('chiplens-chip').filter((t) => t === 'Ascend 910C')).toHaveLength(1); // the headline's only
    for (const r of controller.layer.ordered()) expect(r.toString()).toBe(controller.layer.get(r)!.value.text);
  });

  it('stops watching while the page is hidden, and reads what changed meanwhile when it is shown again', async () => {
    const { controller } = start();
    await controller.start();
    const before = marks();
    const names = () => controller.summary().entities.map((e) => e.name);
    expect(names()).not.toContain('Moore Threads');

    controller.onVisibility(true);
    addParagraph('Moore Threads plans an IPO.');
    // Longer than the watcher's debounce: a watching controller would have marked the paragraph by now.
    await new Promise((r) => setTimeout(r, 600));
    expect(marks()).toBe(before);

    controller.onVisibility(false);
    await vi.waitFor(() => expect(marks()).toBe(before + 1), { timeout: 3000 });
    expect(api.texts('chiplens-company')).toContain('Moore Threads');
    expect(names()).toContain('Moore Threads');
  });
});
