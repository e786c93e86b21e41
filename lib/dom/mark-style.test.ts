// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { installMarkStyles, luminance, markCss, pageTheme, parseColor } from './mark-style.ts';

describe('mark styles', () => {
  it('gives each kind its own underline style, not only its own colour', () => {
    const css = markCss('light');
    expect(css).toMatch(/data-kind="chip"\] \{\s*text-decoration-style: solid/);
    expect(css).toMatch(/data-kind="company"\] \{\s*text-decoration-style: dashed/);
    expect(css).toMatch(/data-kind="figure"\] \{\s*text-decoration-style: dotted/);
    expect(markCss('dark')).not.toBe(css);
  });

  it('pins every property that could move text', () => {
    const css = markCss('dark');
    for (const prop of ['display: inline', 'margin: 0', 'padding: 0', 'border: 0', 'font: inherit', 'line-height: inherit']) {
      expect(css).toContain(`${prop} !important`);
    }
  });

  it('reads colours and tells dark pages from light ones', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual([255, 255, 255]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseColor('rgb(20 20 20 / 90%)')).toEqual([20, 20, 20]);
    expect(luminance([255, 255, 255])).toBeCloseTo(1);
    expect(luminance([0, 0, 0])).toBe(0);
    document.body.innerHTML = '<div id="d" style="background-color: rgb(24, 26, 27)"><p id="p">x</p></div><p id="l">y</p>';
    document.body.style.backgroundColor = 'rgb(250, 250, 250)';
    expect(pageTheme(document.getElementById('p')!)).toBe('dark');
    expect(pageTheme(document.getElementById('l')!)).toBe('light');
  });

  it('installs one style element, marked as ChipLens UI, and updates it in place', () => {
    const a = installMarkStyles(document, 'light');
    const b = installMarkStyles(document, 'dark');
    expect(a).toBe(b);
    expect(document.querySelectorAll('style[data-chiplens-ui]')).toHaveLength(1);
    expect(b.textContent).toBe(markCss('dark'));
  });
});
