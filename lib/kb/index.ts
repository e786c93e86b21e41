/**
 * The knowledge base as the extractor sees it: ids, names, aliases, chip makers and categories, company tickers,
 * countries and roles. The annotator injected into news pages loads this module, so it stays free of the card's
 * facts; those are in `./facts.ts`.
 */
import { unlistedModel, type MatchableEntity } from '../extract/matcher.ts';
import { CHIPS, CHIP_BY_ID, MODEL_FAMILIES } from './chips/index.ts';
import { COMPANIES, COMPANY_BY_ID } from './companies/index.ts';
import type { Chip, Company, CompanyRole, ModelFamily } from './types.ts';

export type { Chip, Company } from './types.ts';
export { CHIPS, CHIP_BY_ID, COMPANIES, COMPANY_BY_ID, MODEL_FAMILIES };

/** Roles that make a company part of the chip story itself (not only a buyer). */
const CHIP_ROLES: ReadonlySet<CompanyRole> = new Set(['designer', 'foundry', 'memory', 'equipment', 'eda', 'packaging', 'idm']);

export function isChipIndustry(company: Company): boolean {
  return company.roles.some((r) => CHIP_ROLES.has(r));
}

/** Chips first: where a chip and a company share a spelling, the chip reading wins in the matcher. */
export const KB_ENTITIES: readonly MatchableEntity[] = [
  ...CHIPS.map((c): MatchableEntity => ({ kind: 'chip', id: c.id, name: c.name, aliases: c.aliases, needsContext: c.needsContext })),
  ...COMPANIES.map((c): MatchableEntity => ({ kind: 'company', id: c.id, name: c.name, aliases: c.aliases, needsContext: c.needsContext })),
];

const UNLISTED = 'unknown:';

/**
 * The chip behind an id the matcher gave a model the knowledge base does not list ("unknown:aws-trainium5"): its
 * family's maker and category, and the name the matcher gave it. Undefined for any other id.
 */
export function unlistedChip(id: string): { chip: Chip; family: ModelFamily } | undefined {
  if (!id.startsWith(UNLISTED)) return undefined;
  const rest = id.slice(UNLISTED.length);
  let family: ModelFamily | undefined;
  for (const f of MODEL_FAMILIES) if (rest.startsWith(f.key) && (!family || f.key.length > family.key.length)) family = f;
  const model = family ? rest.slice(family.key.length) : '';
  if (!family || !/^[a-z0-9]+$/.test(model)) return undefined;
  const { name } = unlistedModel(family, model);
  return { chip: { id, name, aliases: [], maker: family.maker, category: family.category }, family };
}

export function entityName(id: string): string | undefined {
  return CHIP_BY_ID.get(id)?.name ?? COMPANY_BY_ID.get(id)?.name ?? unlistedChip(id)?.chip.name;
}

/** What the knowledge base knows of an id; `unlisted` for a model it knows only by its family's pattern. */
export function lookupEntity(id: string): { kind: 'chip'; chip: Chip; unlisted?: true } | { kind: 'company'; company: Company } | undefined {
  const chip = CHIP_BY_ID.get(id);
  if (chip) return { kind: 'chip', chip };
  const company = COMPANY_BY_ID.get(id);
  if (company) return { kind: 'company', company };
  const unlisted = unlistedChip(id);
  return unlisted ? { kind: 'chip', chip: unlisted.chip, unlisted: true } : undefined;
}
