import { describe, expect, it, vi } from 'vitest';
import { watchAddress } from './address.ts';

function fakeView(withNavigation: boolean) {
  const listeners = new Map<string, (e: Event) => void>();
  const nav = withNavigation
    ? { addEventListener: (t: string, l: (e: Event) => void) => listeners.set(`nav:${t}`, l), removeEventListener: (t: string) => listeners.delete(`nav:${t}`) }
    : undefined;
  const timers: (() => void)[] = [];
  const view = {
    location: { href: 'https://news.example/a' },
    navigation: nav,
    setInterval: (f: () => void) => timers.push(f),
    clearInterval: () => (timers.length = 0),
    addEventListener: (t: string, l: (e: Event) => void) => listeners.set(t, l),
    removeEventListener: (t: string) => listeners.delete(t),
  };
  return { view: view as unknown as Window, listeners, timers, go: (url: string) => (view.location.href = url) };
}

describe('watchAddress', () => {
  it('looks at the address when the Navigation API says an entry changed, and reports a real change once', () => {
    const { view, listeners, timers, go } = fakeView(true);
    const seen = vi.fn();
    const stop = watchAddress(view, seen, 500);
    expect(timers).toHaveLength(0);
    const fire = () => listeners.get('nav:currententrychange')!(new Event('currententrychange'));
    fire(); // an event without a move (or one a page dispatched) changes nothing
    expect(seen).not.toHaveBeenCalled();
    go('https://news.example/b');
    fire();
    fire();
    expect(seen.mock.calls).toEqual([['https://news.example/b']]);
    stop();
    expect(listeners.has('nav:currententrychange')).toBe(false);
  });

  it('polls where there is no Navigation API', () => {
    const { view, timers, go } = fakeView(false);
    const seen = vi.fn();
    watchAddress(view, seen, 500);
    expect(timers).toHaveLength(1);
    go('https://news.example/c');
    timers[0]();
    timers[0]();
    expect(seen.mock.calls).toEqual([['https://news.example/c']]);
  });
});
