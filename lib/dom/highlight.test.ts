// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Highlighter, unwrapMarks } from './highlight.ts';
import { collectText, textOf } from './text-index.ts';

const mark = (d: Document) => {
  const el = d.createElement('chiplens-mark');
  el.setAttribute('tabindex', '0');
  return el;
};

function setup(html: string) {
  document.body.innerHTML = html;
  const ix = collectText(document.body);
  return { ix, text: textOf(ix), h: new Highlighter(ix, document) };
}

const marks = () => Array.from(document.querySelectorAll('chiplens-mark')).map((m) => m.textContent);

describe('Highlighter', () => {
  it('wraps several ranges of one text node, left to right or not, keeping the text', () => {
    const { text, h } = setup('<p>Nvidia sells the H20 and the H100 in China.</p>');
    const before = document.body.textContent;
    for (const w of ['H100', 'Nvidia', 'H20']) {
      const start = text.indexOf(w);
      expect(h.wrap({ start, end: start + w.length }, mark)).toHaveLength(1);
    }
    expect(marks()).toEqual(['Nvidia', 'H20', 'H100']);
    expect(document.body.textContent).toBe(before);
    expect(document.querySelector('p')!.innerHTML).toBe(
      '<chiplens-mark tabindex="0">Nvidia</chiplens-mark> sells the <chiplens-mark tabindex="0">H20</chiplens-mark> and the <chiplens-mark tabindex="0">H100</chiplens-mark> in China.',
    );
  });

  it('wraps a mention that spans inline elements piece by piece', () => {
    const { text, h } = setup('<p>Huawei <b>Ascend</b> 910C chips</p>');
    const start = text.indexOf('Ascend');
    const els = h.wrap({ start, end: start + 'Ascend 910C'.length }, mark);
    expect(els.map((e) => e.textContent)).toEqual(['Ascend', '910C']); // the white space between stays unwrapped
    expect(document.body.textContent).toBe('Huawei Ascend 910C chips');
  });

  it('never wraps the same text twice, even from a fresh reading of the page', () => {
    const { text, h } = setup('<p>The H20 again.</p>');
    const span = { start: text.indexOf('H20'), end: text.indexOf('H20') + 3 };
    expect(h.wrap(span, mark)).toHaveLength(1);
    expect(h.wrap(span, mark)).toHaveLength(0);
    const again = new Highlighter(collectText(document.body), document);
    expect(again.wrap(span, mark)).toHaveLength(0);
    expect(document.querySelectorAll('chiplens-mark')).toHaveLength(1);
  });

  it('skips a range whose text a page script changed after it was read', () => {
    const { text, h } = setup('<p id="p">Cambricon rose.</p><p>SMIC fell.</p>');
    document.querySelector('#p')!.firstChild!.textContent = 'Something else entirely.';
    expect(h.wrap({ start: 0, end: 9 }, mark)).toHaveLength(0);
    const smic = text.indexOf('SMIC');
    expect(h.wrap({ start: smic, end: smic + 4 }, mark)).toHaveLength(1);
  });

  it('refuses ranges across a block boundary or out of bounds', () => {
    const { ix, h } = setup('<p>Nvidia</p><p>H20</p>');
    expect(h.wrap({ start: 0, end: ix.length - 1 }, mark)).toHaveLength(0);
    expect(h.wrap({ start: 5, end: ix.length + 5 }, mark)).toHaveLength(0);
    expect(marks()).toEqual([]);
  });
});

describe('unwrapMarks', () => {
  it('restores the original markup, joining the split text nodes', () => {
    const html = '<p>Nvidia sells the H20 and <i>the H100</i> in China.</p>';
    const { text, h } = setup(html);
    for (const w of ['Nvidia', 'H20', 'H100']) h.wrap({ start: text.indexOf(w), end: text.indexOf(w) + w.length }, mark);
    expect(unwrapMarks(document.body)).toBe(3);
    expect(document.body.innerHTML).toBe(html);
    expect(document.querySelector('p')!.childNodes).toHaveLength(3);
  });
});
