/**
 * How chip-like a whole text is: decides typos ("H2O") and whether the text is a chip article at all.
 */
import { COMPANY_BY_ID, isChipIndustry } from '../kb/index.ts';
import { CHIP_STEMS } from './cue-words.ts';
import { LANGUAGE_SAMPLE_CHARS, type FunctionWordCounts } from './language.ts';
import { listedLength, listRuns, looksLikeList, runCursor } from './lists.ts';
import type { Candidate } from './matcher.ts';

export interface DocSignal {
  distinctChips: number;
  distinctChipCompanies: number;
  cues: number;
  /** What the firms named in the text's prose add up to (see `companyEvidence`). */
  companyEvidence: number;
  /** How often the most named chip firm of its own (not a generalist) is named in the prose; 0 for none. */
  pureChipFirmMentions: number;
  /** Whether a generalist that also makes chips (Samsung, Apple) is named in the prose. */
  generalistInProse: boolean;
  /** Distinct words of product reviews ("Akku", "Kamera", "console"). */
  reviewWords: number;
  /** Characters of prose: the text without its menus and link lists. */
  proseLength: number;
}

const CUE_SAMPLE_CHARS = 60_000;
const DOC_CUES = new RegExp(
  [...CHIP_STEMS, 'data cent', 'architektur', 'architecture', 'wafer', 'foundr', 'hbm', 'nvlink', 'cuda', 'flops', 'exportkontroll', 'export control', 'lithogra'].join('|'),
  'gi',
);

/** Distinct review words that make a text a product review. */
const REVIEW = 3;
/**
 * Words of reviews of consoles, phones, laptops and televisions. Where several stand, a chip maker named once is the
 * supplier of the device under review ("a custom processor designed with AMD"), not the subject.
 */
const REVIEW_WORDS =
  /(?:konsolen?|consoles?|controller|gamepad|smartphones?|handys?|akkus?|batter(?:y|ies|ie|ien)|kameras?|cameras?|displays?|bildschirm|screens?|lautsprecher|speakers|fazit|verdict|laptops?|notebooks?|fernseher|televisions?|tablets?|kopfhörer|headphones)(?![\p{L}\p{N}])/giu;

/**
 * Firms the knowledge base counts as chip designers or makers that readers know for something else: phones,
 * consoles, computers, appliances. Named alone, without a chip or a chip word, they make a consumer story.
 */
const GENERALISTS = new Set(['apple', 'samsung', 'sony', 'lenovo', 'dell', 'hpe', 'cisco', 'bosch', 'zte']);

/** Weights of a firm in the prose, by kind: chip firms, chip designers that are mainly clouds, the rest. */
const CHIP_FIRM = 2;
const CLOUD_CHIP_FIRM = 1.5;
const OTHER_FIRM = 1;

/** Below this length a text is a headline or teaser. */
export const SHORT_TEXT_CHARS = 500;
/** From this length on a text is a full article. */
export const FULL_ARTICLE_CHARS = 3000;

function countMatches(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/** A letter or digit: a word that one follows directly does not start there. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Distinct words `re` finds where no letter or digit precedes them. That is checked here, not by a lookbehind at
 * the start of `re`: one there runs at every position of the text and keeps the engine from skipping ahead to the
 * words' first letters (4x slower warm, up to 10x on a page's first call).
 */
function distinctMatches(re: RegExp, s: string): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > 0 && WORD_CHAR.test(s[m.index - 1])) continue;
    // Five letters tell the words apart and fold their forms ("Akku", "Akkus"; "battery", "batteries").
    seen.add(m[0].slice(0, 5).toLowerCase());
  }
  return seen.size;
}

/** 1 for a headline or teaser, 0 for a full article, in between for texts in between. */
function shortness(length: number): number {
  return 1 - Math.min(1, Math.max(0, length - SHORT_TEXT_CHARS) / (FULL_ARTICLE_CHARS - SHORT_TEXT_CHARS));
}

export function docSignal(text: string, sure: Candidate[], counts: FunctionWordCounts): DocSignal {
  const chips = new Set<string>();
  const chipCos = new Set<string>();
  // Firms named in a menu or a list of links are the site's, not the article's: they count only for typos. The
  // function words are counted in the head of a text, so only a text no longer than that can be a list as a whole.
  const wholeList = text.length <= LANGUAGE_SAMPLE_CHARS && looksLikeList(counts);
  const runs = wholeList ? [] : listRuns(text);
  const inList = runCursor(runs);
  const proseMentions = new Map<string, number>();
  for (const c of sure) {
    const e = c.entry.entity;
    if (e.kind === 'chip') chips.add(e.id);
    else {
      const co = COMPANY_BY_ID.get(e.id);
      if (co && isChipIndustry(co)) chipCos.add(e.id);
      if (!wholeList && !inList(c.start)) proseMentions.set(e.id, (proseMentions.get(e.id) ?? 0) + 1);
    }
  }
  // One regex pass over the head of the text; stems catch German compounds ("Chiphersteller", "KI-Beschleuniger").
  const head = text.length > CUE_SAMPLE_CHARS ? text.slice(0, CUE_SAMPLE_CHARS) : text;
  const cues = countMatches(DOC_CUES, head);
  const reviewWords = distinctMatches(REVIEW_WORDS, head);
  const proseLength = wholeList ? 0 : text.length - listedLength(runs);

  // A firm named once among others in a text longer than a teaser is mentioned in passing ("its members include
  // Intel, IBM and Google"); the only firm a paragraph names is likely its subject, however often "the company"
  // stands for it. In a product review every firm is a supplier.
  const passing = (shortness(proseLength) < 1 && proseMentions.size > 1) || reviewWords >= REVIEW;
  let companyEvidence = 0;
  let pureChipFirmMentions = 0;
  let generalistInProse = false;
  for (const [id, mentions] of proseMentions) {
    const co = COMPANY_BY_ID.get(id);
    const chipFirm = !!co && isChipIndustry(co);
    // Microsoft and Google design chips, but mostly they buy them and rent them out.
    const cloud = chipFirm && co.roles.includes('cloud');
    if (chipFirm && !cloud) {
      if (GENERALISTS.has(id)) generalistInProse = true;
      else pureChipFirmMentions = Math.max(pureChipFirmMentions, mentions);
    }
    const weight = !chipFirm ? OTHER_FIRM : cloud ? CLOUD_CHIP_FIRM : CHIP_FIRM;
    companyEvidence += passing && (mentions === 1 || reviewWords >= REVIEW) ? weight / 2 : weight;
  }
  return {
    distinctChips: chips.size,
    distinctChipCompanies: chipCos.size,
    cues,
    companyEvidence,
    pureChipFirmMentions,
    generalistInProse,
    reviewWords,
    proseLength,
  };
}

/**
 * Whether the text is chip news. A full article needs several chip names or cues; a headline or teaser about one
 * chip firm is chip news too. A console or phone review that names a chip maker once, a list of firm names (a
 * menu) and an encyclopedia entry listing member firms are not: firms named in lists do not count, a firm named
 * once among others beyond a teaser counts half, a product review gets no teaser's leniency, and generalists
 * (Samsung, Apple) do not make a teaser chip news on their own.
 */
export function isRelevant(s: DocSignal): boolean {
  const core = s.distinctChips + s.distinctChipCompanies;
  const score = 3 * s.distinctChips + s.companyEvidence + 0.5 * Math.min(s.cues, 8);
  return core >= 1 && score >= 5 - 3 * teaserLeniency(s);
}

/**
 * How far a short text is let off the evidence a full article needs (0 to 1): as far as it is short, when it is
 * about a chip or a chip firm. Beyond a headline's length the firm must be named twice or come with a chip word;
 * named once among other firms it is a passing mention ("members include Intel, IBM and Google"). A generalist
 * (Samsung, Apple) needs a chip word even in a headline. Never for a product review.
 */
function teaserLeniency(s: DocSignal): number {
  if (s.reviewWords >= REVIEW) return 0;
  const short = shortness(s.proseLength);
  const chipWords = s.distinctChips > 0 || s.cues > 0;
  const aboutChipFirm = s.pureChipFirmMentions > 0 && (short === 1 || s.pureChipFirmMentions >= 2 || chipWords);
  return s.distinctChips > 0 || aboutChipFirm || (s.generalistInProse && chipWords) ? short : 0;
}

/** A chip document strong enough that a lone typo ("den Kauf von H2O") reads as the chip. */
export function isChipDocument(s: DocSignal): boolean {
  return s.distinctChips >= 1 || (s.distinctChipCompanies >= 1 && s.cues >= 3);
}
