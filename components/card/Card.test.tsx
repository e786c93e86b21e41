// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chipFacts } from '../../lib/kb/facts.ts';
import { CHIP_BY_ID, COMPANY_BY_ID } from '../../lib/kb/index.ts';
import { Card, type CardProps } from './Card.tsx';

function show(props: CardProps): HTMLElement {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(<Card {...props} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const rows = (root: HTMLElement) =>
  Object.fromEntries(Array.from(root.querySelectorAll('.row')).map((r) => [r.querySelector('dt')!.textContent, r.querySelector('dd')!.textContent]));

describe('Card', () => {
  it('shows a chip with its maker and each sourced fact, numbered to its source', () => {
    const chip = { ...CHIP_BY_ID.get('nvidia-h20')!, ...chipFacts('nvidia-h20') };
    const root = show({ subject: { kind: 'chip', id: 'nvidia-h20', text: 'H20' }, lang: 'en' });
    expect(root.querySelector('.name')!.textContent).toBe(chip.name);
    const r = rows(root);
    expect(r.Maker).toBe('Nvidia');
    expect(r.Architecture).toBe(`${chip.architecture!.value}1`);
    expect(r.Memory).toContain(chip.memory!.value);
    expect(r['Export control']).toContain('US licence needed for China');
    const sources = Array.from(root.querySelectorAll('.sources li')).map((li) => li.textContent);
    expect(sources).toContain(chip.architecture!.source.title);
    expect(sources).toContain(chip.exportControl!.source.title);
    // The card lives in ChipLens's own frame: its links are reachable by keyboard.
    for (const a of Array.from(root.querySelectorAll('a'))) expect(a.getAttribute('tabindex')).toBeNull();
  });

  it('says in either language that a model known only by its family’s pattern is not in the knowledge base yet', () => {
    const en = show({ subject: { kind: 'chip', id: 'unknown:aws-trainium5', text: 'Trainium5' }, lang: 'en' });
    expect(en.querySelector('.name')!.textContent).toBe('AWS Trainium5');
    expect(rows(en).Maker).toBe('Amazon');
    expect(en.querySelector('.unlisted')!.textContent).toMatch(/^Not in ChipLens’s knowledge base yet/);
    expect(en.querySelector('.sources')).toBeNull();
    const de = show({ subject: { kind: 'chip', id: 'unknown:huawei-ascend-990', text: 'Ascend 990' }, lang: 'de' });
    expect(de.querySelector('.name')!.textContent).toBe('Huawei Ascend 990');
    expect(rows(de).Hersteller).toBe('Huawei');
    expect(de.querySelector('.unlisted')!.textContent).toMatch(/^Noch nicht in der Wissensbasis/);
    // A known chip says nothing of the kind.
    expect(show({ subject: { kind: 'chip', id: 'nvidia-h20', text: 'H20' }, lang: 'en' }).querySelector('.unlisted')).toBeNull();
  });

  it('speaks German to a German reader: summary, values with a decimal comma, source names', () => {
    const facts = chipFacts('nvidia-h20');
    const root = show({ subject: { kind: 'chip', id: 'nvidia-h20', text: 'H20' }, lang: 'de' });
    expect(root.querySelector('.summary')!.textContent).toBe(facts.summary!.de);
    const r = rows(root);
    expect(r.Bandbreite).toBe('4,0 TB/s1');
    expect(r.Hersteller).toBe('Nvidia');
    const sources = Array.from(root.querySelectorAll('.sources li')).map((li) => li.textContent);
    expect(sources).toContain(facts.bandwidth!.source.de);
    expect(sources).not.toContain(facts.bandwidth!.source.title);
    expect(root.querySelector('.ref')!.getAttribute('title')).toBe(facts.architecture!.source.de);
    // The same card in English keeps the knowledge base's own words.
    const en = show({ subject: { kind: 'chip', id: 'nvidia-h20', text: 'H20' }, lang: 'en' });
    expect(en.querySelector('.summary')!.textContent).toBe(facts.summary!.en);
    expect(rows(en).Bandwidth).toBe('4.0 TB/s1');
  });

  it('gives a company its German summary and the summary’s source', () => {
    const root = show({ subject: { kind: 'company', id: 'celestial-ai', text: 'Celestial AI' }, lang: 'de' });
    expect(root.querySelector('.summary')!.textContent).toMatch(/^US-Start-up hinter der optischen Verbindung Photonic Fabric.*1$/);
    expect(root.querySelector('.sources li a')!.textContent).toMatch(/^Marvell-Pressemitteilung, 2\. Dez\. 2025/);
  });

  it('shows a company with role, country and tickers in the page language', () => {
    const nvidia = COMPANY_BY_ID.get('nvidia')!;
    const root = show({ subject: { kind: 'company', id: 'nvidia', text: 'Nvidia' }, lang: 'de' });
    const r = rows(root);
    expect(r.Rolle).toBe('Chipentwickler');
    expect(r.Land).toBe('Vereinigte Staaten');
    expect(r['Börsenkürzel']).toBe(nvidia.tickers!.join(' · '));
  });

  it('shows a figure in plain words, its power of ten, a dated dollar value and what it is about', () => {
    const root = show({
      subject: { kind: 'figure', value: { type: 'money', amount: 1.5e12, currency: 'CNY' }, about: 'huawei', text: '1,5 Billionen Yuan' },
      lang: 'en',
    });
    const r = rows(root);
    expect(r['In words']).toMatch(/^1\.5 trillion .*\(CNY\) = 1\.5 × 10¹²$/);
    expect(r['In US dollars']).toMatch(/^about 211 billion US dollars \(USD\)rate of Oct 21, 2025 \(1 EUR = 8\.2626 CNY; 1 EUR = 1\.1607 USD; ECB/);
    expect(r.About).toBe('Huawei');
  });

  it('says how many other articles mention the entity and lists the latest three', () => {
    const items = [1, 2, 3, 4].map((i) => ({ title: `Story ${i}`, site: 'example.org', date: Date.UTC(2025, 7, i), url: `https://example.org/${i}` }));
    const root = show({ subject: { kind: 'company', id: 'nvidia', text: 'Nvidia' }, lang: 'en', seen: { state: 'ready', total: 7, items } });
    expect(root.querySelector('.seen h3')!.textContent).toBe('Seen in 7 other articles');
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('.seen a'));
    expect(links.map((a) => a.textContent)).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(links[0].getAttribute('href')).toBe('https://example.org/1');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(root.querySelector('.seen .meta')!.textContent).toBe('example.org · Aug 1, 2025');
    const none = show({ subject: { kind: 'chip', id: 'nvidia-h20', text: 'H20' }, lang: 'de', seen: { state: 'ready', total: 0, items: [] } });
    expect(none.querySelector('.seen')!.textContent).toBe('Noch in keinem anderen Artikel gesehen');
  });

  it('says what a figure measures and what another article said of the same measure, in the page language', () => {
    const subject = { kind: 'figure', value: { type: 'money', amount: 5.5e9, currency: 'USD' }, about: 'nvidia', measure: 'charge', text: '$5.5 billion' } as const;
    const figure = { value: { type: 'money', amount: 4.5e9, currency: 'USD' } as const, date: Date.UTC(2026, 10, 12, 12), title: 'Nvidia books a charge', site: 'example.org', url: 'https://example.org/1' };
    const en = show({ subject, lang: 'en', earlier: { state: 'ready', figure } });
    expect(en.querySelector('.sub')!.textContent).toBe('Write-off · Amount of money');
    expect(en.querySelector('.earlier')!.textContent!.replace(/\u00a0/g, ' ')).toBe('Write-off: $5.5 bn here; $4.5 bn in “Nvidia books a charge”, Nov 12, 2026');
    const link = en.querySelector<HTMLAnchorElement>('.earlier a')!;
    expect(link.getAttribute('href')).toBe('https://example.org/1');
    expect(link.textContent).toBe('Nvidia books a charge');
    const de = show({ subject, lang: 'de', earlier: { state: 'ready', figure } });
    expect(de.querySelector('.sub')!.textContent).toBe('Abschreibung · Geldbetrag');
    expect(de.querySelector('.earlier')!.textContent!.replace(/\u00a0/g, ' ')).toBe('Abschreibung: 5,5 Mrd. $ hier; 4,5 Mrd. $ in „Nvidia books a charge“, 12.11.2026');
    const none = show({ subject, lang: 'de', earlier: { state: 'ready' } });
    expect(none.querySelector('.earlier')!.textContent).toBe('Noch keine frühere Angabe zu: Abschreibung');
  });

  it('names a figure by its type alone when its measure is not known, and compares it with nothing', () => {
    const root = show({ subject: { kind: 'figure', value: { type: 'money', amount: 5.5e9, currency: 'USD' }, about: 'nvidia', text: '$5.5 billion' }, lang: 'en' });
    expect(root.querySelector('.sub')!.textContent).toBe('Amount of money');
    expect(root.querySelector('.earlier')).toBeNull();
  });
});
