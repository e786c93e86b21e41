import { describe, expect, it, vi } from 'vitest';
import type { AnyResponse } from '../../lib/messages';
import { StoreError } from '../../lib/store/errors';
import { testStore } from '../../lib/store/testing';
import { createMessageListener, lazyStore } from './listener';

describe('createMessageListener', () => {
  it('returns true and answers through sendResponse', async () => {
    const db = await testStore();
    const listener = createMessageListener(async () => db);
    const answer = new Promise<AnyResponse>((resolve) => {
      expect(listener({ type: 'stats/totals' }, {}, resolve)).toBe(true);
    });
    expect(await answer).toEqual({ ok: true, data: { articles: 0, saved: 0, unread: 0, notes: 0, figures: 0, entities: 0 } });
    db.close();
  });

  it('answers bad messages too, so no sender waits for ever', async () => {
    const listener = createMessageListener(() => Promise.reject(new Error('must not open')));
    const answer = await new Promise<AnyResponse>((resolve) => listener({ hello: 1 }, {}, resolve));
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
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
