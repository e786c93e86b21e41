/**
 * Test and benchmark helpers: isolated in-memory databases and hand-built reports.
 * Imported by tests and `bench/store.ts` only.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { FigureValue, Measure } from '../extract/types.ts';
import type { ArticleReport, EntityEntry, FigureEntry } from '../report.ts';
import { openStore, type StoreDb, type StoreDeps } from './db.ts';
import { importBackup, type ImportOptions, type ImportResult } from './dump.ts';
import type { EntityRow } from './types.ts';
import { seededRandom } from '../rng.ts';

/** A fresh fake IndexedDB of its own, so tests never see each other's data. */
export function freshDeps(): Required<StoreDeps> {
  return { indexedDB: new IDBFactory() as unknown as IDBFactory, IDBKeyRange: IDBKeyRange as unknown as typeof globalThis.IDBKeyRange };
}

/** An opened store on a fresh fake IndexedDB. */
export async function testStore(name = 'chiplens-test'): Promise<StoreDb> {
  return openStore(name, freshDeps());
}

/** A mention entry for a report. */
export function entity(id: string, count = 1, kind: EntityEntry['kind'] = 'chip', start = 0): EntityEntry {
  return { id, kind, name: id.toUpperCase(), count, quote: { exact: id, prefix: `before ${id} `, suffix: ` after ${id}` }, start };
}

/** A figure entry for a report. */
export function figure(value: FigureValue, about?: string, start = 0, measure?: Measure): FigureEntry {
  return { value, ...(about ? { about } : {}), ...(measure ? { measure } : {}), quote: { exact: JSON.stringify(value), prefix: 'p ', suffix: ' s' }, start };
}

/** A report for `https://news.example/<slug>`. */
export function report(slug: string, parts: Partial<ArticleReport> = {}): ArticleReport {
  return {
    url: `https://news.example/${slug}`,
    title: `Title ${slug}`,
    lang: 'en',
    site: 'news.example',
    entities: [],
    figures: [],
    ...parts,
  };
}

/**
 * The `entities` table as it should be, computed from scratch from articles and mentions: for comparing with
 * the table the writes maintain.
 */
export async function expectedEntities(db: StoreDb): Promise<EntityRow[]> {
  const [articles, mentions] = await Promise.all([db.articles.toArray(), db.mentions.toArray()]);
  const byId = new Map<string, EntityRow & { date: number }>();
  for (const a of articles) {
    for (const id of a.entityIds) {
      const row = byId.get(id) ?? { id, kind: 'chip', name: id, articles: 0, date: -Infinity };
      row.articles += 1;
      byId.set(id, row);
    }
  }
  for (const m of mentions) {
    const row = byId.get(m.entityId);
    if (row && m.date >= row.date) Object.assign(row, { kind: m.kind, name: m.name, date: m.date });
  }
  return [...byId.values()].map(({ date: _date, ...row }) => row).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The text in pieces of `size` characters, as a file is read. */
export function* pieces(text: string, size = 4096): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

/** Imports a backup given as JSON text, read in pieces. */
export function importText(db: StoreDb, text: string, opts: ImportOptions = { mode: 'merge' }, size?: number): Promise<ImportResult> {
  return importBackup(db, pieces(text, size), opts);
}

/** Imports a backup given as a value (serialised first, as a file would hold it). */
export function importDump(db: StoreDb, dump: unknown, opts: ImportOptions = { mode: 'merge' }): Promise<ImportResult> {
  return importText(db, JSON.stringify(dump), opts);
}


/**
 * A valid backup of `articles` synthetic articles (about 5.5 kB each, like the realistic articles of the issue:
 * 12 mentions, 5 figures, a note on every fourth), as JSON text in pieces of about `pieceChars` characters, the
 * way a file is read. Generated on the fly, so a backup of hundreds of megabytes is never one string.
 */
export function* syntheticBackup(articles: number, opts: { seed?: number; now?: number; pieceChars?: number } = {}): Generator<string> {
  const random = seededRandom(opts.seed ?? 20261205);
  const now = opts.now ?? Date.parse('2026-12-01T00:00:00Z');
  const day = 86_400_000;
  const start = now - 700 * day;
  const pieceChars = opts.pieceChars ?? 1 << 16;
  const words = 'Exportkontrollen Nachfrage Rechenzentren Lieferkette Speicherbandbreite Fertigung Prozessknoten Umsatzprognose'.split(' ');
  const passage = (exact: string) => ({
    exact,
    prefix: `${words[Math.floor(random() * words.length)]} und ${words[Math.floor(random() * words.length)]} vor `,
    suffix: ` nach ${words[Math.floor(random() * words.length)]}, sagte der Analyst am Dienstag.`,
  });
  let buf = `{"format":"chiplens-store","version":2,"exportedAt":${now}`;
  const flush = function* (force: boolean) {
    if (buf.length >= pieceChars || (force && buf)) {
      yield buf;
      buf = '';
    }
  };
  const table = function* (name: string, rows: (i: number) => object[]) {
    buf += `,"${name}":[`;
    let first = true;
    for (let i = 1; i <= articles; i++) {
      for (const row of rows(i)) {
        buf += (first ? '' : ',') + JSON.stringify(row);
        first = false;
        yield* flush(false);
      }
    }
    buf += ']';
  };
  const firstSeen = (i: number) => start + Math.floor((i / articles) * 690 * day);
  yield* table('articles', (i) => [
    {
      id: i,
      url: `https://news${i % 50}.example/2026/chips/article-${i}`,
      title: `Synthetischer Artikel ${i}: Chips, Exportregeln und die Nachfrage nach Rechenzentren`,
      site: `news${i % 50}.example`,
      lang: i % 2 ? 'de' : 'en',
      ...(i % 3 ? { publishedAt: firstSeen(i) - day } : {}),
      firstSeen: firstSeen(i),
      lastSeen: firstSeen(i) + day,
      ...(i % 5 === 0 ? { savedAt: firstSeen(i) + 1000 } : {}),
      tags: i % 7 === 0 ? ['china', 'export'] : [],
      entityIds: Array.from({ length: 12 }, (_, k) => `entity-${(i * 7 + k * 13) % 400}`),
    },
  ]);
  let mentionId = 0;
  yield* table('mentions', (i) =>
    Array.from({ length: 12 }, (_, k) => ({
      id: ++mentionId,
      articleId: i,
      entityId: `entity-${(i * 7 + k * 13) % 400}`,
      kind: k % 3 ? 'chip' : 'company',
      name: `ENTITY ${(i * 7 + k * 13) % 400}`,
      count: 1 + Math.floor(random() * 5),
      quote: passage(`ENTITY ${(i * 7 + k * 13) % 400}`),
      start: k * 300,
    })),
  );
  let figureId = 0;
  yield* table('figures', (i) =>
    Array.from({ length: 5 }, (_, k) => ({
      id: ++figureId,
      articleId: i,
      about: `entity-${(i * 7 + k * 13) % 400}`,
      value: { type: 'money', amount: Math.round(random() * 5e10), currency: 'USD' },
      quote: passage('12,5 Milliarden Dollar'),
      start: k * 700 + 50,
    })),
  );
  let noteId = 0;
  yield* table('notes', (i) =>
    i % 4
      ? []
      : [{ id: ++noteId, articleId: i, selector: passage('Nachfrage'), body: `Notiz ${i}: prüfen, ob die Zahl stimmt.`, createdAt: firstSeen(i) + 5000, updatedAt: firstSeen(i) + 6000 }],
  );
  buf += '}';
  yield* flush(true);
}
