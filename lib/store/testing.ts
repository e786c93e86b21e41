/**
 * Test and benchmark helpers: isolated in-memory databases and hand-built reports.
 * Imported by tests and `bench/store.ts` only.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { FigureValue, Measure } from '../extract/types';
import type { ArticleReport, EntityEntry, FigureEntry } from '../report';
import { openStore, type StoreDb, type StoreDeps } from './db';
import type { EntityRow } from './types';

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
