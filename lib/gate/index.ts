/**
 * The first look's verdict: could this page be chip news? The first stage sends a sketch of every page the reader
 * opens (see `lib/dom/sketch.ts`) and the background judges it here, in its own thread, before the annotator and
 * its knowledge base are loaded into the page; so it is small (a few dozen cue words, no knowledge base), pure and
 * fast (a couple of regex passes over the page's main text). It is built for recall: it only has to keep the
 * annotator off pages that are plainly about something else, in another language, or a menu of firm names; the
 * annotator's own relevance verdict decides the rest.
 */
import { countFunctionWords, languageFromCounts, type DetectedLanguage } from '../extract/language.ts';
import { CHIP_GROUPS, CONTRARY, GENERIC, GROUPS, STRONG, type CueGroup } from './cues.ts';
import { listedLength, listRuns, looksLikeList, runCursor } from '../extract/lists.ts';
import { buildScanner } from './scanner.ts';
import type { PageSketch } from './page-sketch.ts';

export { SKETCH_LIMITS, type PageSketch } from './page-sketch.ts';

/** Whether the page names one of the reader's own terms (they want those found everywhere). */
export function namesWatchTerm(sketch: PageSketch, terms: readonly { term: string }[]): boolean {
  if (!terms.length) return false;
  const text = `${sketch.title}\n${sketch.headings}\n${sketch.main}`.toLocaleLowerCase();
  return terms.some((w) => text.includes(w.term.toLocaleLowerCase()));
}

export interface QuickVerdict {
  /** Load the annotator: the page may be chip news in German or English. */
  maybe: boolean;
  language: DetectedLanguage;
  /** The chip evidence over the evidence a page of this length needs: 1 or more is enough. */
  score: number;
}

const SCANNER = buildScanner(GROUPS);

/** How much a hit in each part of the page counts: a title states what the page is about, body text may stray. */
const TITLE = 3;
const LEAD = 2;
const MAIN = 1;

/** Hits of one cue count up to this many (weighted) times: one word repeated is still one piece of evidence. */
const CAP = 4;
/** Big tech firms together never reach the lowest threshold (1): they only add to other evidence. */
const GENERIC_CAP = 0.9;

/** Below this length a text is a headline or teaser: one chip firm or model named once is enough. */
const TEASER = 300;
const ARTICLE = 2000;

/**
 * Evidence a page of this length needs. A teaser: one mention of a chip firm. A full article: several chip words,
 * or one strong one repeated. Longer texts need a little more again, so that a long review naming a chip maker in
 * passing does not pass on its length alone.
 */
function needed(length: number): number {
  if (length <= TEASER) return 1;
  if (length <= ARTICLE) return 1 + (7 * (length - TEASER)) / (ARTICLE - TEASER);
  return 8 + 4 * Math.log2(length / ARTICLE);
}

/** Cue key → weighted hits; cue key → its group. */
interface Tally {
  hits: Map<string, number>;
  group: Map<string, CueGroup>;
}

const tally = (): Tally => ({ hits: new Map(), group: new Map() });

function add(t: Tally, key: string, group: CueGroup, weight: number): void {
  t.hits.set(key, (t.hits.get(key) ?? 0) + weight);
  t.group.set(key, group);
}

/** Counts the cues of a text into `prose`, or into `list` where `inList` says they stand in a menu. */
function scan(text: string, weight: number, prose: Tally, list?: Tally, inList?: (offset: number) => boolean): void {
  if (!text) return;
  const re = SCANNER.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cue = SCANNER.classify(m[0]);
    if (cue) add(list && inList?.(m.index) ? list : prose, cue.key, cue.group, weight);
  }
}

/** Weight of the medium and weak cues by the number of distinct contrary words on the page. */
const DAMP = [1, 1, 0.5, 0.2, 0.1];
/** A list of names, however long, counts as one weak piece of evidence: below the lowest threshold. */
const LIST_CAP = 0.9;

/** The chip evidence of the hits in some parts of the page, each cue counted over all of them. */
function evidenceOf(tallies: Tally[], damp: number): number {
  let evidence = 0;
  let generic = 0;
  const seen = new Set<string>();
  for (const t of tallies) {
    for (const [key, group] of t.group) {
      if (group === CONTRARY || seen.has(key)) continue;
      seen.add(key);
      let hits = 0;
      for (const u of tallies) hits += u.hits.get(key) ?? 0;
      const value = group.weight * Math.min(hits, CAP) * (group === STRONG ? 1 : damp);
      if (group === GENERIC) generic += value;
      else evidence += value;
    }
  }
  return evidence + Math.min(generic, GENERIC_CAP);
}

/** Characters of the main text the language is read from. */
const LANGUAGE_SAMPLE = 2000;

/**
 * The gate's own tie-break between German and English, lighter than the annotator's: the verdict does not depend
 * on it, and the annotator detects the language again.
 */
function germanOrEnglish(de: number, en: number, sample: string): 'de' | 'en' {
  if (de !== en) return de > en ? 'de' : 'en';
  return /[\u00e4\u00f6\u00fc\u00df]/i.test(sample) ? 'de' : 'en';
}

/** Whether a page might be chip news in German or English; see the module comment. */
export function quickVerdict(sketch: PageSketch): QuickVerdict {
  const { title, description, headings, main, htmlLang } = sketch;
  const sample = `${title}\n${description}\n${headings}\n${main.length > LANGUAGE_SAMPLE ? main.slice(0, LANGUAGE_SAMPLE) : main}`;
  const counts = countFunctionWords(sample);
  const language = languageFromCounts(counts, htmlLang) ?? germanOrEnglish(counts.de, counts.en, sample);

  const lead = tally();
  const prose = tally();
  const list = tally();
  scan(title, TITLE, lead);
  scan(description, LEAD, lead);
  scan(headings, LEAD, lead);
  // A short text with next to no function words is a list as a whole (the counts cover only the head of a long
  // one); otherwise its runs of short lines are.
  let listed = main.length;
  if (main.length <= LANGUAGE_SAMPLE && looksLikeList(counts)) scan(main, MAIN, list);
  else {
    const runs = listRuns(main);
    scan(main, MAIN, prose, list, runCursor(runs));
    listed = listedLength(runs);
  }

  // Several words of reviews, kitchens or sports: "chip" and a chip firm named in passing are about something else.
  const contrary = new Set<string>();
  for (const t of [lead, prose]) for (const [key, g] of t.group) if (g === CONTRARY) contrary.add(key);
  const damp = DAMP[Math.min(contrary.size, DAMP.length - 1)];
  const evidence = evidenceOf([lead, prose], damp) + Math.min(evidenceOf([list], damp), LIST_CAP) * damp;

  // The length of the prose sets the bar: a menu left in the main text neither helps nor hinders an article.
  const score = evidence / needed(description.length + headings.length + main.length - listed);
  // Big tech firms alone never make chip news, in a menu or not; the first stage relies on that to ask nothing
  // of pages without a chip word (`./prefilter.ts`).
  const named = [lead, prose, list].some((t) => [...t.group.values()].some((g) => CHIP_GROUPS.includes(g)));
  return { maybe: language !== 'other' && named && score >= 1, language, score: Math.round(score * 100) / 100 };
}
