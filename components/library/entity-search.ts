/**
 * Finding a chip or company by what the reader types: its name or any alias in the knowledge base, ignoring
 * case and accents. Pure.
 */
import { fold } from '../../lib/fold.ts';
import { CHIPS, COMPANIES } from '../../lib/kb/index.ts';

export { fold };

export interface EntityHit {
  id: string;
  kind: 'chip' | 'company';
  name: string;
}

interface Entry extends EntityHit {
  keys: string[];
}

let index: Entry[] | undefined;

function entries(): Entry[] {
  index ??= [
    ...CHIPS.map((c): Entry => ({ id: c.id, kind: 'chip', name: c.name, keys: [...new Set([c.name, ...c.aliases].map(fold))] })),
    ...COMPANIES.map((c): Entry => ({ id: c.id, kind: 'company', name: c.name, keys: [...new Set([c.name, ...c.aliases].map(fold))] })),
  ];
  return index;
}

/**
 * Entities whose name or alias matches `query`: exact matches first, then names starting with it, then names
 * containing it; chips before companies within a rank, then alphabetically.
 */
export function searchEntities(query: string, limit = 10): EntityHit[] {
  const q = fold(query);
  if (!q) return [];
  const ranked: [number, Entry][] = [];
  for (const e of entries()) {
    let rank = Infinity;
    for (const k of e.keys) {
      if (k === q) rank = Math.min(rank, 0);
      else if (k.startsWith(q)) rank = Math.min(rank, 1);
      else if (k.includes(q)) rank = Math.min(rank, 2);
    }
    if (rank < Infinity) ranked.push([rank, e]);
  }
  ranked.sort((a, b) => a[0] - b[0] || (a[1].kind === b[1].kind ? a[1].name.localeCompare(b[1].name) : a[1].kind === 'chip' ? -1 : 1));
  return ranked.slice(0, limit).map(([, { id, kind, name }]) => ({ id, kind, name }));
}

/**
 * The entity a name or alias denotes exactly. Where a chip and a company share a spelling, the chip wins, as
 * in the matcher.
 */
export function resolveEntity(query: string): EntityHit | undefined {
  const q = fold(query);
  const e = q ? entries().find((x) => x.keys.includes(q)) : undefined;
  return e ? { id: e.id, kind: e.kind, name: e.name } : undefined;
}

/** The knowledge base's entry for an id. */
export function entityById(id: string): EntityHit | undefined {
  const e = entries().find((x) => x.id === id);
  return e ? { id: e.id, kind: e.kind, name: e.name } : undefined;
}
