// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightCss, HighlightStyles, luminance, pageTheme, parseColor } from './highlight-style.ts';

describe('highlight styles', () => {
  it('gives each kind its own underline style, not only its own colour', () => {
    const css = highlightCss('light');
    expect(css).toMatch(/::highlight\(chiplens-chip\) \{[^}]*underline solid/);
    expect(css).toMatch(/::highlight\(chiplens-company\) \{[^}]*underline dashed/);
    expect(css).toMatch(/::highlight\(chiplens-figure\) \{[^}]*underline dotted/);
    expect(css).toMatch(/::highlight\(chiplens-watch\) \{[^}]*underline wavy/);
    expect(css).toContain('::highlight(chiplens-note)');
    expect(highlightCss('dark')).not.toBe(css);
  });

  it('writes every rule on the root, for highlight inheritance to carry (Chromium build)', () => {
    const css = highlightCss('light');
    const selectors = [...css.matchAll(/([^\s{}]*)::highlight\(/g)].map((m) => m[1]);
    expect(selectors.length).toBeGreaterThan(10);
    expect(new Set(selectors)).toEqual(new Set([':root']));
  });

  it('paints only: no property that could move text', () => {
    const css = highlightCss('dark');
    for (const prop of ['margin', 'padding', 'border', 'font', 'display', 'line-height']) expect(css).not.toMatch(new RegExp(`[;{ ]${prop}:`));
  });

  it("uses the reader's own colour for a kind, and ignores one that is not #rrggbb", () => {
    expect(highlightCss('light', { chip: '#ff0000' })).toMatch(/chiplens-chip\) \{[^}]*rgb\(255, 0, 0\)/);
    expect(highlightCss('light', { chip: 'red; color: blue' })).toBe(highlightCss('light'));
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

  it('adds no element to the body, and removes what it installed', () => {
    document.body.innerHTML = '<p>x</p>';
    const before = document.body.innerHTML;
    const styles = new HighlightStyles(document);
    styles.set(highlightCss('light'));
    styles.set(highlightCss('dark'));
    expect(document.body.innerHTML).toBe(before);
    styles.remove();
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.adoptedStyleSheets ?? []).toHaveLength(0);
  });
});
