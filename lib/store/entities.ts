/**
 * The `entities` table: per entity, the number of stored articles mentioning it and its latest name.
 * Every write that changes an article's entity list updates it in the same transaction.
 */
import { Dexie } from 'dexie';
import type { StoreDb } from './db.ts';
import type { EntityRow } from './types.ts';

/** What an article says about one of its entities. */
export interface EntityNaming {
  id: string;
  kind: EntityRow['kind'];
  name: string;
}

/**
 * Moves the counts from an article's old entity list to its new one and takes names and kinds from the new
 * one. Call inside a transaction that includes `db.entities`.
 */
export async function applyEntityChange(db: StoreDb, before: readonly string[], after: readonly EntityNaming[]): Promise<void> {
  const old = new Set(before);
  const now = new Map(after.map((e) => [e.id, e]));
  const touched = [...new Set([...old, ...now.keys()])];
  if (!touched.length) return;
  const rows = await db.entities.bulkGet(touched);
  const put: EntityRow[] = [];
  const drop: string[] = [];
  touched.forEach((id, i) => {
    const naming = now.get(id);
    const row: EntityRow = rows[i] ?? { id, kind: naming?.kind ?? 'chip', name: naming?.name ?? id, articles: 0 };
    row.articles += (naming ? 1 : 0) - (old.has(id) ? 1 : 0);
    if (naming) Object.assign(row, { kind: naming.kind, name: naming.name });
    if (row.articles > 0) put.push(row);
    else drop.push(id);
  });
  await db.entities.bulkPut(put);
  if (drop.length) await db.entities.bulkDelete(drop);
}

/**
 * Recomputes the rows of the given entities from the articles and mentions (after bulk changes such as an
 * import). Call inside a transaction that includes `db.articles`, `db.mentions` and `db.entities`.
 */
export async function recountEntities(db: StoreDb, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  const [counts, newest] = await Promise.all([
    Promise.all(list.map((id) => db.articles.where('entityIds').equals(id).count())),
    Promise.all(
      list.map((id) =>
        db.mentions
          .where('[entityId+date]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
          .last(),
      ),
    ),
  ]);
  const put: EntityRow[] = [];
  const drop: string[] = [];
  list.forEach((id, i) => {
    const m = newest[i];
    // An entity listed by an article but without a mention row (a hand-edited backup) keeps its count.
    if (counts[i] > 0) put.push({ id, kind: m?.kind ?? 'chip', name: m?.name ?? id, articles: counts[i] });
    else drop.push(id);
  });
  await db.entities.bulkPut(put);
  if (drop.length) await db.entities.bulkDelete(drop);
}
