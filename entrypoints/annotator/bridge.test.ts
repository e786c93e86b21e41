import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Response } from '../../lib/messages.ts';
import type { ArticleReport } from '../../lib/report.ts';
import { backgroundBridge } from './bridge.ts';
import { VisibleTime, type Visibility } from './visible-time.ts';

function fakeVisibility(initially = true) {
  let visible = initially;
  const listeners = new Set<() => void>();
  const v: Visibility & { set(next: boolean): void } = {
    visible: () => visible,
    watch(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    set(next) {
      visible = next;
      for (const l of [...listeners]) l();
    },
  };
  return v;
}

const report = (url: string): ArticleReport => ({ url, title: 't', lang: 'en', entities: [], figures: [] });

function setup(visible = true, answer: (n: number) => Response<'article/seen'> = (n) => ({ ok: true, data: { article: { id: n } as never, created: true } })) {
  const visibility = fakeVisibility(visible);
  const sent: string[] = [];
  const send = vi.fn(async (req: { report: ArticleReport }) => {
    sent.push(req.report.url);
    return answer(sent.length);
  });
  const bridge = backgroundBridge({ send: send as never, time: new VisibleTime(visibility, () => Date.now()), dwellMs: 2000 });
  return { bridge, sent, visibility };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('backgroundBridge', () => {
  it('records a page once it has been visible for the dwell time', async () => {
    const { bridge, sent } = setup();
    const id = bridge.articleSeen(report('https://news.example/a'));
    await vi.advanceTimersByTimeAsync(1900);
    expect(sent).toEqual([]);
    expect(bridge.status()).toEqual({ state: 'waiting', reason: 'dwell' });
    await vi.advanceTimersByTimeAsync(200);
    expect(await id).toBe(1);
    expect(sent).toEqual(['https://news.example/a']);
    expect(bridge.status()).toEqual({ state: 'recorded' });
  });

  it('sends only the address the reader stays on when a script moves the address again and again', async () => {
    const { bridge, sent } = setup();
    const answers = [];
    for (let i = 0; i < 200; i++) {
      answers.push(bridge.articleSeen(report(`https://news.example/storm/${i}`)));
      await vi.advanceTimersByTimeAsync(5);
    }
    await vi.advanceTimersByTimeAsync(2500);
    expect(sent).toEqual(['https://news.example/storm/199']);
    const ids = await Promise.all(answers);
    expect(ids.filter((x) => x !== undefined)).toEqual([1]);
  });

  it('treats a hash or tracking-parameter change as the same article: no new wait', async () => {
    const { bridge, sent } = setup();
    const first = bridge.articleSeen(report('https://news.example/a'));
    await vi.advanceTimersByTimeAsync(2000);
    await first;
    expect(await bridge.articleSeen(report('https://news.example/a#comments'))).toBe(2);
    expect(await bridge.articleSeen(report('https://news.example/a?utm_source=x'))).toBe(3);
    expect(sent).toHaveLength(3);
    expect(bridge.status()).toEqual({ state: 'recorded' });
  });

  it('records nothing while the page is hidden, and counts only visible time', async () => {
    const { bridge, sent, visibility } = setup(false);
    const id = bridge.articleSeen(report('https://news.example/a'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual([]);
    expect(bridge.status()).toEqual({ state: 'waiting', reason: 'hidden' });
    visibility.set(true);
    await vi.advanceTimersByTimeAsync(1000);
    visibility.set(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual([]);
    visibility.set(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await id).toBe(1);
  });

  it('answers a report replaced by a newer one for the same address with the newer one\'s id', async () => {
    const { bridge, sent } = setup();
    const first = bridge.articleSeen(report('https://news.example/a'));
    await vi.advanceTimersByTimeAsync(500);
    const second = bridge.articleSeen(report('https://news.example/a'));
    await vi.advanceTimersByTimeAsync(2000);
    expect([await first, await second]).toEqual([1, 1]);
    expect(sent).toHaveLength(1);
  });

  it('sends at once what the reader asked to record (a note on the page)', async () => {
    const { bridge, sent } = setup();
    expect(await bridge.articleSeen(report('https://news.example/a'), { readerAsked: true })).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('counts the dwell time from the load, not from the first report', async () => {
    const { bridge, sent } = setup();
    await vi.advanceTimersByTimeAsync(1500);
    const id = bridge.articleSeen(report('https://news.example/a'));
    await vi.advanceTimersByTimeAsync(600);
    expect(await id).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('says why the background refused the page', async () => {
    const { bridge } = setup(true, () => ({ ok: false, error: { code: 'rate-limited', message: 'too many' } }));
    const id = bridge.articleSeen(report('https://news.example/a'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(await id).toBeUndefined();
    expect(bridge.status()).toEqual({ state: 'refused', reason: 'rate-limited', message: 'too many' });
  });
});
