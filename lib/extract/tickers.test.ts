import { describe, expect, it } from 'vitest';
import { annotate } from './index.ts';

const companies = (text: string) =>
  annotate(text).mentions.filter((m) => m.kind === 'company').map((m) => `${'id' in m ? m.id : ''}:${m.text}`);

describe('tickers', () => {
  it('a symbol after an exchange, as a cashtag, with a market suffix or bare with four letters names its firm', () => {
    expect(companies('Nvidia Corp (NASDAQ: NVDA) rose.')).toEqual(['nvidia:Nvidia Corp', 'nvidia:NVDA']);
    expect(companies('$NVDA trended on forums.')).toEqual(['nvidia:NVDA']);
    expect(companies('Taiwan Semiconductor Manufacturing Co (2330.TW) reported sales.')).toEqual(['tsmc:Taiwan Semiconductor Manufacturing Co', 'tsmc:2330.TW']);
    expect(companies('Dell Technologies (DELL.N) and NVDA.O rose.')).toEqual(['dell:Dell Technologies', 'dell:DELL', 'nvidia:NVDA']);
    expect(companies('Shares of AVGO fell.')).toEqual(['broadcom:AVGO']);
  });

  it('a short symbol in brackets counts only right after its own firm', () => {
    expect(companies('Micron Technology (MU) gained.')).toEqual(['micron:Micron Technology', 'micron:MU']);
    expect(companies('The Australian Securities Exchange (ASX) fell; MU and ON are words here.')).toEqual([]);
  });

  it('numbers, unknown symbols and ordinary capitals are no tickers', () => {
    expect(companies('In 2025.TW the AI GPU and CPU (TSMC: 2330) XYZW.O rose.')).toEqual(['tsmc:TSMC']);
    expect(annotate('2330.TW rose 2%.').mentions.filter((m) => m.kind === 'figure').map((m) => m.text)).toEqual(['2%']);
  });

  it('a name that is also a word is the firm when its own symbol follows in brackets', () => {
    expect(companies('Oracle (ORCL) slid 4%.')).toEqual(['oracle:Oracle', 'oracle:ORCL']);
    expect(companies('Apple (NASDAQ: AAPL) rose.')).toEqual(['apple:Apple', 'apple:AAPL']);
    // A bracketed word that is no symbol of the firm says nothing.
    expect(companies('Pilgrims consulted the Oracle (DELPHI) often.')).toEqual([]);
    expect(companies('Pilgrims consulted the Oracle (ORCL) often.')).toEqual(['oracle:Oracle', 'oracle:ORCL']);
  });
});
