import type { Language } from './types.ts';
import type { Tokens } from './tokens.ts';

const DE = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'von', 'den', 'dem', 'des', 'auf', 'für', 'eine', 'ein', 'einen', 'sich', 'auch', 'wird', 'wurde', 'hat', 'haben', 'nach', 'bei', 'zu', 'im', 'über', 'sind', 'als', 'dass', 'oder', 'aber', 'noch', 'wie', 'vor']);
const EN = new Set(['the', 'and', 'is', 'not', 'with', 'of', 'to', 'for', 'that', 'on', 'was', 'are', 'has', 'have', 'it', 'its', 'by', 'as', 'from', 'at', 'will', 'this', 'be', 'which', 'but', 'or', 'after', 'said', 'were', 'their', 'than']);

/**
 * German or English, by counting frequent function words in (at most) the first 4,000 tokens. Ties and texts
 * without any function word go to English.
 */
export function detectLanguage(text: string, tokens: Tokens): Language {
  let de = 0;
  let en = 0;
  const n = Math.min(tokens.count, 4000);
  for (let i = 0; i < n; i++) {
    const len = tokens.ends[i] - tokens.starts[i];
    if (len > 6) continue;
    const w = text.slice(tokens.starts[i], tokens.ends[i]).toLowerCase();
    if (DE.has(w)) de++;
    else if (EN.has(w)) en++;
  }
  return de > en ? 'de' : 'en';
}
