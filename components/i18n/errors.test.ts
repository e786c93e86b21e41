import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../lib/messages.ts';
import { BackupError, exportAll, recordArticle, StoreError } from '../../lib/store/index.ts';
import { RequestError } from '../../lib/send.ts';
import { importText, report, testStore } from '../../lib/store/testing.ts';
import { uiStrings } from './strings.ts';
import { errorText, thrownText } from './errors.ts';

describe('failures in the reader’s language', () => {
  it('says every store code in German for German readers, and in English for English ones', () => {
    const codes = ['quota', 'unavailable', 'version', 'blocked', 'not-found', 'invalid', 'conflict', 'aborted', 'unknown', 'bad-request', 'unknown-type', 'no-response'] as const;
    for (const code of codes) {
      const de = errorText('de', { code });
      const en = errorText('en', { code });
      expect(de).not.toBe(en);
      expect(de.length).toBeGreaterThan(20);
    }
    expect(errorText('de', { code: 'quota' })).toMatch(/keinen Speicherplatz/);
    expect(errorText('en', { code: 'quota' })).toMatch(/no storage left/);
  });

  it("words a broken backup's problem in German, with where it is", async () => {
    const db = await testStore('backup-words');
    const caught = await importText(db, JSON.stringify({ format: 'chiplens-store', version: 2, exportedAt: 0, articles: [{ id: 1, url: 'ftp://x', title: 5 }], mentions: [], figures: [], notes: [] })).catch((e: unknown) => e);
    db.close();
    expect(caught).toBeInstanceOf(BackupError);
    const de = uiStrings('de').library.backupProblem((caught as BackupError).problem);
    expect(de).toMatch(/^Artikel 1: „/);
    expect(uiStrings('en').library.backupProblem((caught as BackupError).problem)).toMatch(/^Article 1: “/);
  });

  it('carries the validator issues of a bad request to the UI, worded there', async () => {
    const db = await testStore(`errors-${Math.random()}`);
    const res = await handleMessage(db, { type: 'list/set-tags', articleId: 'x', tags: [1] });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('bad-request');
    expect(res.error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['articleId', 'tags.0']));
    const de = errorText('de', res.error);
    expect(de).toMatch(/articleId: sollte eine Zahl sein/);
    expect(de).toMatch(/tags › 0: sollte Text sein/);
    db.close();
  });

  it('says a project rule in words (the same article twice in a backup)', async () => {
    const db = await testStore(`errors-${Math.random()}`);
    await recordArticle(db, report('one'));
    const dump = await exportAll(db);
    const caught = await importText(db, JSON.stringify({ ...dump, articles: [...dump.articles, ...dump.articles] })).catch((e: unknown) => e);
    expect((caught as BackupError).problem).toMatchObject({ kind: 'duplicate', field: 'id' });
    expect(uiStrings('de').library.backupProblem((caught as BackupError).problem)).toMatch(/^Artikel 2: die Kennung \d+ kommt doppelt vor\.$/);
    db.close();
  });

  it('keeps the text of an error that is not a failed request', () => {
    expect(thrownText('de', new RequestError({ code: 'not-found', message: 'There is no note with id 3.' }))).toBe('Diesen Eintrag gibt es nicht (mehr).');
    expect(thrownText('de', new Error('boom'))).toBe('Etwas ist schiefgegangen: boom');
  });
});
