/**
 * Stock tickers as names of their firms: "(NASDAQ: NVDA)", "$NVDA", "2330.TW", "NVDA.O", "Shares of AVGO". Only
 * symbols the knowledge base lists, and only where the writing shows they are symbols: a short symbol ("MU", "ON",
 * "ASX") is also a word or an exchange, so it counts only with an exchange, a cashtag, a market suffix or in
 * brackets right after its own firm's name.
 */
import { COMPANIES } from '../kb/index.ts';
import { tokenHash, type Tokens } from './tokens.ts';
import type { EntityMention } from './types.ts';

interface TickerOwner {
  id: string;
  name: string;
}

let byTicker: Map<string, TickerOwner> | null = null;
/** Token hashes (see `tokenHash`) of every symbol's first part: most words of a page are rejected by one read. */
const FIRST = new Uint8Array(1 << 16);

function tickerMap(): Map<string, TickerOwner> {
  if (byTicker) return byTicker;
  byTicker = new Map();
  for (const c of COMPANIES) {
    for (const t of c.tickers ?? []) {
      byTicker.set(t, { id: c.id, name: c.name });
      FIRST[tokenHash(t.split('.')[0].toLowerCase())] = 1;
    }
  }
  return byTicker;
}

/** Reuters instrument codes add the US exchange to the symbol: "NVDA.O", "AMD.OQ", "DELL.N". */
const US_EXCHANGE_SUFFIX = new Set(['O', 'OQ', 'N', 'K', 'P']);
const EXCHANGE_BEFORE = /(?:NASDAQ|Nasdaq|NYSE|Nyse|NYSE American|TWSE|TPEx|HKEX|SEHK|SSE|SZSE|KRX|KOSDAQ|TSE|TYO|Xetra|XETRA|Euronext)[ \u00a0]?:[ \u00a0]?$/;
/** A bare symbol in running text ("Shares of NVDA") needs four letters: shorter ones are words or acronyms. */
const BARE_MIN = 4;

function isUpperOrDigit(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** Whether [start, end) is all capitals and digits. */
function allUpperOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isUpperOrDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Ticker mentions that overlap none of `entities` (sorted, disjoint), in text order. `entities` is read to accept
 * "Super Micro Computer (SMCI)": a bracketed symbol right after its own firm.
 */
export function findTickers(text: string, tokens: Tokens, entities: readonly EntityMention[]): EntityMention[] {
  const map = tickerMap();
  const { starts, ends, count, hashes } = tokens;
  const out: EntityMention[] = [];
  let e = 0;
  for (let t = 0; t < count; t++) {
    if (FIRST[hashes[t]] === 0) continue;
    const a = starts[t];
    const b = ends[t];
    // Most words fail here, at their first or second character ("Nvidia", "the").
    if (b - a < 2 || b - a > 6 || !isUpperOrDigit(text.charCodeAt(a)) || !isUpperOrDigit(text.charCodeAt(a + 1))) continue;
    if (!allUpperOrDigit(text, a, b)) continue;
    let symbol = text.slice(a, b);
    let end = b;
    let owner: TickerOwner | undefined;
    let us = false;
    const next = t + 1 < count ? t + 1 : -1;
    if (next >= 0 && text.charCodeAt(b) === 0x2e && starts[next] === b + 1 && ends[next] - starts[next] <= 3 && allUpperOrDigit(text, starts[next], ends[next])) {
      const suffix = text.slice(starts[next], ends[next]);
      owner = map.get(`${symbol}.${suffix}`);
      if (owner) {
        end = ends[next];
        symbol = `${symbol}.${suffix}`;
      } else if (US_EXCHANGE_SUFFIX.has(suffix)) {
        owner = map.get(symbol);
      }
      if (owner) t = next;
    } else {
      owner = map.get(symbol);
      if (!owner) continue;
      us = true;
    }
    if (!owner) continue;
    // Skip what the name matcher already tagged ("AMD", "ASML").
    while (e < entities.length && entities[e].end <= a) e++;
    if (e < entities.length && entities[e].start < end) continue;
    if (us && !usSymbolShown(text, a, end, symbol, owner, entities, e)) continue;
    out.push({ kind: 'company', id: owner.id, name: owner.name, start: a, end, text: '' });
  }
  return out;
}

/** Whether a bare US symbol at [a, end) is written as a symbol: cashtag, exchange, brackets after its firm, length. */
function usSymbolShown(text: string, a: number, end: number, symbol: string, owner: TickerOwner, entities: readonly EntityMention[], e: number): boolean {
  if (text.charCodeAt(a - 1) === 0x24 && !isUpperOrDigit(text.charCodeAt(a - 2) || 0)) return true;
  if (EXCHANGE_BEFORE.test(text.slice(Math.max(0, a - 18), a))) return true;
  if (text.charCodeAt(a - 1) === 0x28 && text.charCodeAt(end) === 0x29) {
    const before = entities[e - 1];
    if (before && before.id === owner.id && a - before.end <= 2) return true;
  }
  return symbol.length >= BARE_MIN && /[A-Z]/.test(symbol);
}

const BRACKETED_SYMBOL = /^ ?\((?:[A-Za-z]+: ?)?([A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?)\)/;

/**
 * Whether the firm's own symbol follows in brackets: "Oracle (ORCL)", "Crusoe (NASDAQ: CRSO)". A name that is also
 * a word is then the firm.
 */
export function ownTickerFollows(text: string, end: number, id: string): boolean {
  if (text.charCodeAt(end) !== 0x28 && text.charCodeAt(end + 1) !== 0x28) return false;
  const m = BRACKETED_SYMBOL.exec(text.slice(end, end + 24));
  if (!m) return false;
  const owner = tickerMap().get(m[1]) ?? tickerMap().get(m[1].replace(/\.(?:O|OQ|N|K|P)$/, ''));
  return owner?.id === id;
}
