// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { isInsideSkipped, isSkipped } from './readable.ts';
import { collectText, textOf } from './text-index.ts';

const visible = { isHidden: () => false };

function read(html: string): string {
  document.body.innerHTML = html;
  return textOf(collectText(document.body, visible));
}

describe('readable text', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('leaves out the site navigation and footer, by tag and by landmark role', () => {
    const text = read(`
      <header><a href="/">Chip News</a><nav><a href="/nvidia">Nvidia</a> <a href="/amd">AMD</a></nav></header>
      <div role="navigation"><a href="/intel">Intel</a></div>
      <article><h1>Nvidia halts H20 production</h1><p>Cambricon shares rose.</p></article>
      <div role="contentinfo">Imprint · Intel Inside is a trademark</div>
      <footer>© 2025 Example News · Topics: TSMC, Huawei</footer>`);
    expect(text).toContain('Chip News');
    expect(text).toContain('Nvidia halts H20 production');
    expect(text).toContain('Cambricon shares rose.');
    for (const chrome of ['AMD', 'Intel', 'TSMC', 'Huawei', 'Imprint']) expect(text).not.toContain(chrome);
  });

  it('keeps headers, asides and comment sections, which carry article text', () => {
    const text = read(`<article><header><h1>SMIC grows</h1></header><p>Body.</p></article>
      <aside><p>Related: Hygon</p></aside><section class="comments"><p>Reader: what about Biren?</p></section>`);
    expect(text).toContain('SMIC grows');
    expect(text).toContain('Related: Hygon');
    expect(text).toContain('what about Biren?');
  });

  it('judges nodes added later by their ancestors', () => {
    document.body.innerHTML = '<nav><ul><li id="item">Nvidia</li></ul></nav><div role="Menu"><span id="menu">AMD</span></div><p id="p">Text</p>';
    const root = document.body;
    expect(isInsideSkipped(document.getElementById('item')!, root, visible)).toBe(true);
    expect(isInsideSkipped(document.getElementById('menu')!, root, visible)).toBe(true);
    expect(isInsideSkipped(document.getElementById('p')!, root, visible)).toBe(false);
    expect(isSkipped(document.getElementById('p')!, visible)).toBe(false);
  });
});
