/**
 * The knowledge base as the extractor sees it: ids, names, aliases, chip makers and categories, company tickers,
 * countries and roles. The annotator injected into news pages loads this module, so it stays free of the card's
 * facts; those are in `./facts.ts`.
 */
import type { MatchableEntity } from '../extract/matcher.ts';
import { CHIPS, CHIP_BY_ID } from './chips/index.ts';
import { COMPANIES, COMPANY_BY_ID } from './companies/index.ts';
import type { Chip, Company, CompanyRole } from './types.ts';

export type { Chip, Company } from './types.ts';
export { CHIPS, CHIP_BY_ID, COMPANIES, COMPANY_BY_ID };

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

export function entityName(id: string): string | undefined {
  return CHIP_BY_ID.get(id)?.name ?? COMPANY_BY_ID.get(id)?.name;
}

export function lookupEntity(id: string): { kind: 'chip'; chip: Chip } | { kind: 'company'; company: Company } | undefined {
  const chip = CHIP_BY_ID.get(id);
  if (chip) return { kind: 'chip', chip };
  const company = COMPANY_BY_ID.get(id);
  return company ? { kind: 'company', company } : undefined;
}
