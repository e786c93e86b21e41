import { describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../lib/store/errors';
import { testStore } from '../../lib/store/testing';
import { createMessageListener, lazyStore } from './listener';

describe('createMessageListener', () => {
  it('returns true and answers through sendResponse', async () => {
    const db = await testStore();
    const listener = createMessageListener(async () => db);
    const answer = new Promise<unknown>((resolve) => {
      expect(listener({ type: 'stats/totals' }, {}, resolve)).toBe(true);
    });
    expect(await answer).toEqual({ ok: true, data: { articles: 0, saved: 0, unread: 0, notes: 0, figures: 0, entities: 0 } });
    db.close();
  });

  it('answers bad messages too, so no sender waits for ever', async () => {
    const listener = createMessageListener(() => Promise.reject(new Error('must not open')));
    const answer = await new Promise<unknown>((resolve) => listener({ hello: 1 }, {}, resolve));
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  it("answers the first stage's page/stage apart, with the sender, and never from the store", async () => {
    const stage = vi.fn(async (_m: unknown, sender: { url?: string }) => ({ loaded: sender.url === 'https://news.example/a' }));
    const listener = createMessageListener(() => Promise.reject(new Error('must not open')), stage);
    const answer = await new Promise<unknown>((resolve) => listener({ type: 'page/stage', load: 'now' }, { url: 'https://news.example/a' }, resolve));
    expect(answer).toEqual({ ok: true, data: { loaded: true } });
    expect(stage).toHaveBeenCalledOnce();
  });
});

describe('lazyStore', () => {
  it('opens once and reuses the connection', async () => {
    const db = await testStore();
    const open = vi.fn(async () => db);
    const get = lazyStore(open);
    expect(await get()).toBe(db);
    expect(await get()).toBe(db);
    expect(open).toHaveBeenCalledTimes(1);
    db.close();
  });

  it('retries after a failed open', async () => {
    const db = await testStore();
    const open = vi.fn().mockRejectedValueOnce(new StoreError('blocked')).mockResolvedValueOnce(db);
    const get = lazyStore(open);
    await expect(get()).rejects.toMatchObject({ code: 'blocked' });
    expect(await get()).toBe(db);
    expect(open).toHaveBeenCalledTimes(2);
    db.close();
  });
});
