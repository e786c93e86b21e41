/**
 * The schema, one function per version. A database on disk may be at any earlier version; Dexie runs each
 * later version's upgrade in order inside the one version-change transaction, so an upgrade either completes
 * or leaves the old data untouched.
 *
 * Adding a version: append a function here (never edit a shipped one), describe its rows in the comment, and
 * add an upgrade test to `db.test.ts` that fills the previous version and checks every row after the upgrade.
 */
import type { Dexie, Transaction } from 'dexie';
import type { FigureValue, Language } from '../extract/types.ts';
import type { TextPosition, TextQuoteSelector } from '../passage.ts';
import { figureMeasure } from './measure.ts';

/** Version 1 rows: no reading list, no tags, no publication date, notes with a flat quote. */
export interface V1Rows {
  articles: { id?: number; url: string; title: string; site: string; lang: Language; firstSeen: number; lastSeen: number };
  mentions: {
    id?: number;
    articleId: number;
    entityId: string;
    kind: 'chip' | 'company';
    name: string;
    count: number;
    passage: TextQuoteSelector;
    start: number;
  };
  figures: { id?: number; articleId: number; about?: string; value: FigureValue; passage: TextQuoteSelector; start: number };
  notes: { id?: number; articleId: number; exact: string; prefix: string; suffix: string; body: string; createdAt: number };
}

function v1(db: Dexie): void {
  db.version(1).stores({
    articles: '++id, &url, lastSeen',
    mentions: '++id, articleId, entityId',
    figures: '++id, articleId, about',
    notes: '++id, articleId',
  });
}

/**
 * Version 2: reading list (savedAt, readAt), tags, publication date, the article's entity ids as a multi-entry
 * index, and each article's date copied onto its mentions and figures so that the cross-article queries are
 * single index ranges. A new `entities` table counts the articles per entity. Notes get a selector object
 * and an update time.
 */
function v2(db: Dexie): void {
  db.version(2)
    .stores({
      articles: '++id, &url, date, lastSeen, savedAt, readAt, *tags, *entityIds',
      mentions: '++id, [articleId+entityId], [entityId+date]',
      figures: '++id, articleId, [about+date]',
      notes: '++id, articleId, updatedAt',
      entities: 'id, articles',
    })
    .upgrade(upgradeToV2);
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  const dates = new Map<number, number>();
  const entityIds = new Map<number, Set<string>>();
  const v1Mentions: V1Rows['mentions'][] = await tx.table('mentions').toArray();
  for (const m of v1Mentions) {
    let ids = entityIds.get(m.articleId);
    if (!ids) entityIds.set(m.articleId, (ids = new Set()));
    ids.add(m.entityId);
  }
  await tx
    .table('articles')
    .toCollection()
    .modify((a: Record<string, unknown> & V1Rows['articles']) => {
      a.date = a.firstSeen;
      a.tags = [];
      a.entityIds = [...(entityIds.get(a.id!) ?? [])];
      dates.set(a.id!, a.firstSeen);
    });
  // Rows of an article that no longer exists keep date 0 rather than being dropped: an upgrade never deletes.
  await tx
    .table('mentions')
    .toCollection()
    .modify((m: Record<string, unknown> & V1Rows['mentions']) => {
      m.quote = m.passage;
      delete (m as Partial<V1Rows['mentions']>).passage;
      m.date = dates.get(m.articleId) ?? 0;
    });
  await tx
    .table('figures')
    .toCollection()
    .modify((f: Record<string, unknown> & V1Rows['figures']) => {
      f.quote = f.passage;
      delete (f as Partial<V1Rows['figures']>).passage;
      f.type = f.value.type;
      f.date = dates.get(f.articleId) ?? 0;
    });
  // Per entity: the articles (that still exist) mentioning it; name and kind from the newest of them.
  const entities = new Map<string, { id: string; kind: string; name: string; articles: number; date: number }>();
  for (const m of v1Mentions) {
    const date = dates.get(m.articleId);
    if (date === undefined) continue;
    const e = entities.get(m.entityId);
    if (!e) entities.set(m.entityId, { id: m.entityId, kind: m.kind, name: m.name, articles: 1, date });
    else {
      e.articles += 1;
      if (date >= e.date) Object.assign(e, { kind: m.kind, name: m.name, date });
    }
  }
  await tx.table('entities').bulkAdd([...entities.values()].map(({ date: _date, ...row }) => row));
  await tx
    .table('notes')
    .toCollection()
    .modify((n: Record<string, unknown> & V1Rows['notes']) => {
      n.selector = { exact: n.exact, prefix: n.prefix, suffix: n.suffix };
      const old = n as Partial<V1Rows['notes']>;
      delete old.exact;
      delete old.prefix;
      delete old.suffix;
      n.updatedAt = n.createdAt;
    });
}

/**
 * Version 3: every figure says what it measures (`measure`, `unknown` where neither its clause nor its unit
 * tells), and `[about+measure+date]` finds the latest figure of one measure about one entity in one range, however
 * many other figures the entity has. Figures stored before were never classified: they get what their unit implies
 * (memory, bandwidth…) or `unknown`, until the article is read again.
 */
function v3(db: Dexie): void {
  db.version(3)
    .stores({ figures: '++id, articleId, [about+date], [about+measure+date]' })
    .upgrade((tx) =>
      tx
        .table('figures')
        .toCollection()
        .modify((f: Record<string, unknown> & { value: FigureValue }) => {
          f.measure = figureMeasure(f.value);
        }),
    );
}

/** Version 3 rows that version 4 changes: notes without tags or colour (as in version 2). */
export interface V3Rows {
  notes: { id?: number; articleId: number; selector: TextQuoteSelector; position?: TextPosition; body: string; createdAt: number; updatedAt: number };
}

/**
 * Version 4: highlights and tags on notes. A note may carry a `color` (it is then a highlight; no existing note
 * is one) and gets `tags` (empty), indexed multi-entry so the library filters notes by tag with one lookup.
 */
function v4(db: Dexie): void {
  db.version(4)
    .stores({ notes: '++id, articleId, updatedAt, *tags' })
    .upgrade(upgradeToV4);
}

async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('notes')
    .toCollection()
    .modify((n: Record<string, unknown> & V3Rows['notes']) => {
      if (!Array.isArray(n.tags)) n.tags = [];
    });
}

/**
 * Version 5: a staging area for imports. An import writes the rows it has checked into `staged` (batches of rows
 * tagged with the import's session and table) while it reads the file, then moves them into the real tables in one
 * transaction and empties `staged` in the same one; so a file of any size lands whole or not at all, and a page
 * closed half way leaves only staged rows, which the next import clears. Empty at every other time; no data moves.
 */
function v5(db: Dexie): void {
  db.version(5).stores({ staged: '++seq, [session+table]' });
}

/** Every version in order; index + 1 is the version number. */
const VERSIONS = [v1, v2, v3, v4, v5];

/** The version this build writes. */
export const SCHEMA_VERSION = VERSIONS.length;

/** Declares versions 1..`upTo` on a Dexie instance (tests declare an older schema to build old data). */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  for (const declare of VERSIONS.slice(0, upTo)) declare(db);
}
