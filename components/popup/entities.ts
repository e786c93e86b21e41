/**
 * The chips and companies of the page, grouped by kind, from the live page or the stored article. Pure.
 */
import type { PageSummary } from '../../lib/page-protocol.ts';
import type { ArticleDetail } from '../../lib/store/types.ts';

export interface FoundEntity {
  id: string;
  kind: 'chip' | 'company';
  name: string;
  /** Mentions on the page. */
  count: number;
}

export interface EntityGroups {
  chip: FoundEntity[];
  company: FoundEntity[];
}

/**
 * Groups the entities found, most mentioned first. The live summary wins when it has any: it also counts
 * content the page added after it was recorded. The stored article covers a page that is not annotated now
 * (switched off, or read before).
 */
export function groupEntities(summary: PageSummary | null, detail: ArticleDetail | null): EntityGroups {
  const list: FoundEntity[] = summary?.entities.length
    ? summary.entities
    : (detail?.mentions ?? []).map((m) => ({ id: m.entityId, kind: m.kind, name: m.name, count: m.count }));
  const groups: EntityGroups = { chip: [], company: [] };
  for (const e of list) groups[e.kind].push(e);
  for (const g of [groups.chip, groups.company]) g.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return groups;
}
