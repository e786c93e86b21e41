/**
 * The card's facts about an entity: summaries and sourced figures, apart from the matching data in `./index.ts`.
 * They make up most of the knowledge base's bytes, and only the card in ChipLens's own frame shows them, so
 * nothing the annotator loads into news pages may import this module (`./facts.test.ts` checks).
 */
import { CHIP_FACTS } from './chips/facts.ts';
import { COMPANY_FACTS } from './companies/facts.ts';
import type { ChipFacts, CompanyFacts } from './types.ts';

const NONE: Readonly<ChipFacts & CompanyFacts> = Object.freeze({});

/** The facts about the chip with this id; none for an id the knowledge base has no facts for. */
export function chipFacts(id: string): Readonly<ChipFacts> {
  // Own keys only: an id such as "constructor" must not find Object.prototype's.
  return Object.hasOwn(CHIP_FACTS, id) ? CHIP_FACTS[id] : NONE;
}

/** The facts about the company with this id; none for an id the knowledge base has no facts for. */
export function companyFacts(id: string): Readonly<CompanyFacts> {
  return Object.hasOwn(COMPANY_FACTS, id) ? COMPANY_FACTS[id] : NONE;
}
