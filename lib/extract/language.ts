import type { Language } from './types.ts';

// Frequent function words; whole words only, case-insensitive.
const DE = /\b(?:der|die|das|und|ist|nicht|mit|von|den|dem|des|auf|für|eine|einen|sich|auch|wird|wurde|hat|haben|nach|bei|zu|im|über|sind|als|dass|oder|aber|noch|wie|vor)\b/gi;
const EN = /\b(?:the|and|is|not|with|of|to|for|that|on|was|are|has|have|it|its|by|as|from|at|will|this|be|which|but|or|after|said|were|their|than)\b/gi;
const SAMPLE = 12_000;

// Headlines and teasers often have no function word at all ("Nvidia-Aktie bricht ein", "Cambricon shares jump
// 10%"). Spelling and word endings tell them apart: umlauts and ß, German noun and adjective suffixes, a few
// words of market news; English -ing/-ed forms and the same kind of market words.
const DE_MARKS = /[äöüßÄÖÜ]|\b\p{L}+(?:ung|ungen|heit|keit|schaft|lich|liche[nmrs]?|isch|ische[nmrs]?|ieren|iert)\b|\b(?:ein|bei|gegen|laut|soll|will|darf|zeigt|bricht|steigt|fällt|sinkt|Aktie|Aktien|Prozent|Milliarden?|Millionen?|Umsatz|Gewinn|Peking)\b|\bge\p{Ll}{3,}(?:t|en)\b|[\p{L}\p{N}]-\p{Lu}\p{Ll}+\b/gu;
const EN_MARKS = /\b\p{L}{3,}(?:ing|ed)\b|\b(?:says|said|shares|stock|jumps?|hits?|sells?|cuts?|halts?|cleared|rises?|falls?|percent|billion|million|revenue|profit|chipmaker|amid|Beijing)\b/gu;
/** Function-word counts closer than this leave the decision to the marks. */
const CLOSE = 3;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}

/**
 * German or English, by counting frequent function words in the first 12,000 characters; where the counts are
 * close (headlines, teasers), by German and English spelling marks as well. Ties go to English.
 */
export function detectLanguage(text: string): Language {
  const s = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let de = count(DE, s);
  let en = count(EN, s);
  if (Math.abs(de - en) < CLOSE) {
    de += count(DE_MARKS, s);
    en += count(EN_MARKS, s);
  }
  return de > en ? 'de' : 'en';
}
