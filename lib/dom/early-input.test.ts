// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EarlyInput } from './early-input.ts';

describe('EarlyInput', () => {
  it('ignores what a page script makes up: script-made pointer moves and shortcut presses count for nothing', () => {
    document.body.innerHTML = '<p>Nvidia H20</p>';
    const input = new EarlyInput(document);
    document.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true }));
    const key = new KeyboardEvent('keydown', { code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true, cancelable: true });
    window.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    expect(input.stop()).toEqual({ pointer: null, step: 0, selected: false });
  });
});
