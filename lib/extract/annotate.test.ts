import { describe, expect, it } from 'vitest';
import { annotate } from './index.ts';
import type { EntityMention, FigureMention, Mention } from './types.ts';

const entities = (text: string) =>
  annotate(text).mentions.filter((m): m is EntityMention => m.kind !== 'figure').map((m) => `${m.kind}:${m.id}:${m.text}`);
const figures = (text: string) => annotate(text).mentions.filter((m): m is FigureMention => m.kind === 'figure');

describe('offsets', () => {
  it('text equals the slice of the input at start/end, also after astral characters and CRLF', () => {
    const text = '🚀 Nvidias H20-Chips\r\nkosten 13,5 Milliarden US-Dollar; Huawei’s Ascend 910C.';
    const a = annotate(text);
    expect(a.mentions.length).toBeGreaterThanOrEqual(5);
    for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('mentions are sorted and never overlap', () => {
    const text = 'Alibaba will 200.000 H200 bestellen, Nvidia H200 KI-Chips für 50 Milliarden US-Dollar.';
    const ms: Mention[] = annotate(text).mentions;
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
  });
});

describe('word boundaries and inflection', () => {
  it('German genitive and English possessive', () => {
    expect(entities('Nvidias Umsatz sinkt.')).toEqual(['company:nvidia:Nvidias']);
    expect(entities('Nvidia’s revenue and AMD’s chips.')).toEqual(['company:nvidia:Nvidia', 'company:amd:AMD']);
    expect(entities("Huawei's Ascend 910C")).toEqual(['company:huawei:Huawei', 'chip:huawei-ascend-910c:Ascend 910C']);
  });

  it('hyphen compounds keep the name and drop the rest', () => {
    expect(entities('Die H20-Chips und Nvidia-Aktien fielen.')).toEqual(['chip:nvidia-h20:H20', 'company:nvidia:Nvidia']);
    expect(entities('die neue Blackwell-Architektur')).toEqual(['chip:nvidia-blackwell:Blackwell']);
  });

  it('does not find names inside longer words', () => {
    expect(entities('Künstliche Intelligenz und Bloomberg-Intelligence-Experten')).toEqual([]);
    expect(entities('Die Intelligence-Abteilung wächst.')).toEqual([]);
    expect(entities('AMDX und Samsungite')).toEqual([]);
  });

  it('case rules: acronyms must be upper-case, names capitalised', () => {
    expect(entities('amd and asml and tsmc')).toEqual([]);
    expect(entities('AMD, ASML und TSMC')).toEqual(['company:amd:AMD', 'company:asml:ASML', 'company:tsmc:TSMC']);
    expect(entities('NVIDIA und Nvidia und nvidia')).toEqual(['company:nvidia:NVIDIA', 'company:nvidia:Nvidia']);
  });

  it('non-ASCII hyphens and spaces inside names', () => {
    expect(entities('Moore\u00a0Threads und die RTX\u00a0Pro\u00a06000D')).toEqual([
      'company:moore-threads:Moore\u00a0Threads',
      'chip:nvidia-rtx-pro-6000d:RTX\u00a0Pro\u00a06000D',
    ]);
    expect(entities('Der H20\u2011Chip')).toEqual(['chip:nvidia-h20:H20']);
  });

  it('"The Information" is a publication, "Hygon Information" a company', () => {
    expect(entities('The Information berichtete über Hygon Information.')).toEqual(['company:hygon:Hygon Information']);
  });

  it('longest name wins', () => {
    expect(entities('Taiwan Semiconductor Manufacturing Co. (TSMC)')).toEqual([
      'company:tsmc:Taiwan Semiconductor Manufacturing Co',
      'company:tsmc:TSMC',
    ]);
  });
});

describe('context rules for ambiguous names', () => {
  it('A100 and B30 as motorways are not chips', () => {
    expect(entities('Auf der A100 in Berlin staut sich der Verkehr.')).toEqual([]);
    expect(entities('Die B30 bei Biberach ist wegen einer Baustelle gesperrt.')).toEqual([]);
  });

  it('A100 and B30 next to chip words are chips', () => {
    expect(entities('Nvidia ersetzt die A100 durch den H100.')).toContain('chip:nvidia-a100:A100');
    expect(entities('Der B30-Chip soll nach China.')).toEqual(['chip:nvidia-b30:B30']);
  });

  it('in an English chip text, a firm’s name that is also a word names the firm when capitalised in a sentence', () => {
    const chips = 'Nvidia sells H100 and B200 GPUs to cloud firms.\n\n';
    const firms = (text: string) => entities(chips + text).filter((e) => !/nvidia/.test(e));
    expect(firms('Meta plans to spend $70 billion, and Amazon expects similar outlays.')).toEqual(['company:meta:Meta', 'company:amazon:Amazon']);
    expect(firms('Oracle’s backlog grew.')).toEqual(['company:oracle:Oracle']);
    // Title case, lower case, a sentence opened without a firm's verb, a person: not the firm.
    expect(firms('The Apple Harvest Festival drew crowds. An oracle predicted rain. Lambda functions run code.')).toEqual([]);
    expect(firms('Michael Dell said demand was strong.')).toEqual([]);
    expect(firms('Fires in the Amazon basin spread. Amazon plans more Trainium chips.')).toEqual([
      'company:amazon:Amazon',
      'chip:amazon-trainium:Trainium',
    ]);
    // Without chips around, the name still needs a cue of its own.
    expect(entities('Meta plans to spend $70 billion this year.')).toEqual([]);
  });

  it('a web address, a beer and a keyboard are not the chips that share their names', () => {
    const chips = 'Etched bet on Sohu, and d-Matrix on Corsair. Huawei’s Kirin 9000S phone chip is made by SMIC.\n\n';
    // Each name is tagged where the chips are introduced, and nowhere after.
    const count = (name: string, text: string) => entities(chips + text).filter((e) => e.endsWith(`:${name}`)).length;
    expect(count('Sohu', 'Sohu.com, the Chinese web portal, is unrelated.')).toBe(1);
    expect(count('Corsair', 'A Corsair gaming keyboard costs $150.')).toBe(1);
    expect(count('Kirin', 'Kirin beer is brewed by Kirin Holdings in Japan.')).toBe(0);
  });

  it('Helios in a myth is not AMD’s rack, even after the rack was named', () => {
    const text = 'AMD will ship MI450 chips in its Helios rack. In Greek mythology, Helios drove the sun across the sky.';
    expect(entities(text).filter((e) => e.includes('Helios'))).toEqual(['chip:amd-mi400:Helios']);
  });

  it('in a German chip text, such a name before a verb firms take names the firm', () => {
    const chips = 'Nvidia verkauft H100- und B200-GPUs an Cloud-Anbieter.\n\n';
    const firms = (text: string) => entities(chips + text).filter((e) => !/nvidia/.test(e));
    expect(firms('Meta will 2026 bis zu 72 Milliarden Dollar investieren. Auch Oracle meldete Rekordaufträge.')).toEqual([
      'company:meta:Meta',
      'company:oracle:Oracle',
    ]);
    // German capitalises nouns: without such a verb the word stays a word.
    expect(firms('Die Montage erfolgt in Vietnam. Montage ist aufwendig. Das Alphabet hat 26 Buchstaben.')).toEqual([]);
  });

  it('Kunlun as mountains or as Kunlun Tech is not Baidu’s chip', () => {
    expect(entities('The Kunlun Mountains stretch across western China, where Nvidia and Huawei sell AI chips.')).toEqual([
      'company:nvidia:Nvidia',
      'company:huawei:Huawei',
    ]);
    expect(entities('Kunlun Tech shares rose after Baidu put its Kunlun chips into service.')).toEqual([
      'company:kunlun-tech:Kunlun Tech',
      'company:baidu:Baidu',
      'chip:baidu-kunlun:Kunlun chips',
    ]);
  });

  it('Hopper and Blackwell as people are not chips', () => {
    expect(entities('Edward Hopper malte Nighthawks.')).toEqual([]);
    expect(entities('The actor Dennis Hopper and the writer Rose Blackwell met.')).toEqual([]);
  });

  it('Hopper and Blackwell as architectures are chips', () => {
    expect(entities('Der H20 nutzt Nvidias Hopper-Architektur.')).toContain('chip:nvidia-hopper:Hopper');
    // A German noun before the name is no given name: after an article, or as the end of a compound.
    expect(entities('Der Nachfolger Blackwell nutzt HBM3e-Speicher.')).toContain('chip:nvidia-blackwell:Blackwell');
    expect(entities('Nvidia liefert. Der Hopper-Nachfolger Blackwell ist gefragt.')).toContain('chip:nvidia-blackwell:Blackwell');
    expect(entities('Die Ausstellung zeigt Bilder des Malers Edward Hopper.')).toEqual([]);
  });

  it('Ascend, Instinct and Gaudi as ordinary words are not tagged', () => {
    expect(entities('Prices ascend. Her Instinct told her so. We visited Gaudi buildings in Barcelona.')).toEqual([]);
  });

  it('chips as food: a crisps review has no entities and is not relevant', () => {
    const text =
      'We tested twelve bags of potato chips. The salt and vinegar crisps were the crunchiest, the paprika chips too oily. ' +
      'Apple crisps made a sweet finish, and the sea salt chips won overall.';
    const a = annotate(text);
    expect(a.mentions.filter((m) => m.kind !== 'figure')).toEqual([]);
    expect(a.relevant).toBe(false);
  });

  it('an apple harvest is not about Apple', () => {
    const a = annotate('Die Apfelernte fällt gut aus: Apple und Boskop sind die beliebtesten Sorten im Obstbau, sagt der Bauer.');
    expect(a.mentions.filter((m) => m.kind !== 'figure')).toEqual([]);
    expect(a.relevant).toBe(false);
  });

  it('typos of chip names in a chip article: H2O, H-20, Ascend910B', () => {
    const article = 'Nvidia darf den H200 nach China liefern. Die Behörden erlauben den Kauf von H2O nur für Forschung.';
    expect(entities(article)).toContain('chip:nvidia-h20:H2O');
    expect(entities('Huawei liefert Ascend910B und Nvidia den H-20.')).toEqual([
      'company:huawei:Huawei',
      'chip:huawei-ascend-910b:Ascend910B',
      'company:nvidia:Nvidia',
      'chip:nvidia-h20:H-20',
    ]);
  });

  it('H2O as water stays water', () => {
    expect(entities('Wasser hat die Formel H2O.')).toEqual([]);
    expect(entities('Nvidia kühlt mit Wasser (H2O) statt Luft.')).toEqual(['company:nvidia:Nvidia']);
  });
});

describe('figures in context', () => {
  it('numbers inside names are not figures', () => {
    expect(figures('DeepSeek-V3.1 nutzt FP8, Cambricon (688256.SH) den MLU590 und Nvidia den H20.')).toEqual([]);
  });

  it('counts of a chip: "200.000 H200"', () => {
    const [f] = figures('Alibaba darf 200.000 H200 bestellen.');
    expect(f.text).toBe('200.000');
    expect(f.value).toEqual({ type: 'quantity', amount: 200000, unit: 'Nvidia H200' });
    expect(f.about).toBe('nvidia-h200');
  });

  it('about: the company the sentence is about', () => {
    const fs = figures('Der Aktienkurs von Cambricon ist um 20 % gestiegen. Hygon Information legte 9,87 % zu.');
    expect(fs.map((f) => f.about)).toEqual(['cambricon', 'hygon']);
  });

  it('about: "the company" refers back to a firm, not to a chip named after it', () => {
    const text = 'Nvidia said sales rose. "Blackwell Ultra is ramping at full speed," Huang said. Kress said the company would buy back $60 billion of stock.';
    expect(figures(text)[0].about).toBe('nvidia');
    // With no firm to refer back to, the chip is still the best guess.
    expect(figures('Blackwell Ultra chips are ramping. The company said revenue reached $60 billion.')[0].about).toBe('nvidia-blackwell-ultra');
  });

  it('about: specs belong to the chip', () => {
    const [mem, bw] = figures('Nvidia verkauft den H20 mit 96 GB HBM3 und 4,0 TB/s.');
    expect(mem.about).toBe('nvidia-h20');
    expect(bw.about).toBe('nvidia-h20');
  });

  it('German Billion is 10^12, English billion 10^9', () => {
    expect(figures('Der Sektor ist eine Billion Yuan wert, sagt Cambricon.')[0].value).toEqual({ type: 'money', amount: 1e12, currency: 'CNY' });
    expect(figures('The sector is worth one billion yuan, Cambricon said.')[0].value).toEqual({ type: 'money', amount: 1e9, currency: 'CNY' });
  });
});

describe('language and relevance', () => {
  it('detects German and English', () => {
    expect(annotate('Der Chip ist schnell und die Nachfrage ist hoch.').language).toBe('de');
    expect(annotate('The chip is fast and the demand is high.').language).toBe('en');
  });

  it('honours an explicit language', () => {
    expect(annotate('1.500 GPUs', { lang: 'en' }).mentions[0]).toMatchObject({ value: { amount: 1.5 } });
    expect(annotate('1.500 GPUs', { lang: 'de' }).mentions[0]).toMatchObject({ value: { amount: 1500 } });
  });

  it('a chip article is relevant', () => {
    expect(annotate('Nvidia stoppt die Produktion des H20. Cambricon und SMIC profitieren von der Nachfrage nach KI-Chips.').relevant).toBe(true);
    expect(annotate('AMD ships the MI308 to China while TSMC expands CoWoS capacity for AI accelerators.').relevant).toBe(true);
  });

  it('a headline or teaser about one chip firm is relevant; the same firm named once in a long text is not', () => {
    expect(annotate('Nvidia stock fell 3%.').relevant).toBe(true);
    expect(annotate('SK Hynix sells out 2026 HBM supply.').relevant).toBe(true);
    const filler = 'The weather was mild and the city council met to discuss parking fees and school holidays. '.repeat(40);
    expect(annotate(`${filler}Nvidia stock fell 3%. ${filler}`).relevant).toBe(false);
  });

  it('a short text about a cloud giant or a non-chip company is not', () => {
    expect(annotate('Google opened a new office in Munich.').relevant).toBe(false);
    expect(annotate('Oracle shares jumped 36% after the company forecast cloud revenue of $144 billion.').relevant).toBe(false);
  });

  it('a text that merely names a big company is not', () => {
    expect(annotate('Microsoft released a new version of Word with better spell checking.').relevant).toBe(false);
  });

  it('empty and whitespace-only texts', () => {
    expect(annotate('')).toEqual({ language: 'en', detected: 'en', relevant: false, mentions: [] });
    expect(annotate('   \n\t ').mentions).toEqual([]);
  });
});

describe('watch terms', () => {
  it('a reader’s own term is highlighted', () => {
    const a = annotate('Der neue Zhurong-X1 kommt 2026.', { watchTerms: [{ term: 'Zhurong-X1', kind: 'chip' }] });
    expect(a.mentions[0]).toMatchObject({ kind: 'chip', text: 'Zhurong-X1', name: 'Zhurong-X1' });
  });
});

describe('compound and context figures', () => {
  it('hyphenated German compounds: "10-Milliarden-Dollar-Deal", "5-Prozent-Hürde"', () => {
    const fs = figures('Ein 10-Milliarden-Dollar-Deal mit Nvidia und eine 5-Prozent-Hürde für AMD.');
    expect(fs.map((f) => [f.text, f.value])).toEqual([
      ['10-Milliarden-Dollar', { type: 'money', amount: 10e9, currency: 'USD' }],
      ['5-Prozent', { type: 'percent', value: 5 }],
    ]);
  });

  it('a maker between the count and the chip: "10,000 Nvidia A100 chips"', () => {
    const [f] = figures('Microsoft bought 10,000 Nvidia A100 chips for its data centers.');
    expect(f).toMatchObject({ text: '10,000', value: { type: 'quantity', amount: 10000, unit: 'Nvidia A100' }, about: 'nvidia-a100' });
  });

  it('a bare scaled amount after money in the same passage is money in that currency', () => {
    const fs = figures('Der Umsatz stieg auf 30,8 Milliarden US-Dollar (Vorjahr: 13,5 Mrd.), meldete Nvidia.');
    expect(fs[1]).toMatchObject({ text: '13,5 Mrd.', value: { type: 'money', amount: 13.5e9, currency: 'USD' } });
  });

  it('separately written amounts of a range stay two figures', () => {
    const fs = figures('Nvidia shipped chips worth $12 billion to $15 billion.');
    expect(fs.map((f) => f.text)).toEqual(['$12 billion', '$15 billion']);
  });

  it('a count hyphenated to a noun is no figure ("Top-10-Chips")', () => {
    expect(figures('Die Top-10-Chips von AMD.')).toEqual([]);
  });
});

describe('one sense per discourse', () => {
  it('an ambiguous name already used as a chip keeps that sense in a sentence without cues', () => {
    const text = 'The Rubin platform pairs Rubin GPUs with HBM4. Rubin ships next year, and the Rubin shortage is over.';
    expect(entities(text).filter((e) => e.startsWith('chip:nvidia-rubin:'))).toHaveLength(4);
  });

  it('but not where the sentence says otherwise', () => {
    const text = 'Nvidia sells the A100 chip. Auf der A100 staut sich der Verkehr.';
    expect(entities(text)).toEqual(['company:nvidia:Nvidia', 'chip:nvidia-a100:A100']);
  });
});


describe('cues right next to an ambiguous name', () => {
  it('an English possessive makes a capitalised ambiguous name the company', () => {
    expect(entities("At the other end of the arms race, Meta's metadata teams are busy.")).toEqual(['company:meta:Meta']);
    expect(entities('Oracle’s cloud grew.')).toEqual(['company:oracle:Oracle']);
  });

  it('but not the lower-case word, and not without the possessive', () => {
    expect(entities("The oracle's answer was vague; metadata matters; arms race.")).toEqual([]);
    expect(entities('Meta is a prefix in many words.')).toEqual([]);
  });

  it('"herself", "himself" and ", who" make a name a person even beside chip words', () => {
    expect(entities('Grace Hopper herself might have liked a superchip named after her.')).toEqual([]);
    expect(entities('Rubin, who chairs the panel, spoke about GPU export rules.')).toEqual([]);
    expect(entities('The Grace Hopper superchip pairs a CPU with a GPU.')).toEqual(['chip:nvidia-gh200:Grace Hopper superchip']);
  });

  it('a unit name after a number is the unit: "70 Micron", "10 Ampere"', () => {
    const text = 'Micron liefert HBM3E-Chips an Nvidia. Ein Haar ist rund 70 Micron dick, der Chip zieht 10 Ampere.';
    expect(entities(text)).toEqual(['company:micron:Micron', 'chip:jedec-hbm3e:HBM3E', 'company:nvidia:Nvidia']);
  });

  it('a unit word in the sentence vetoes the company ("a micron is a micrometre")', () => {
    expect(entities('Micron sells HBM chips to Nvidia. One Micron equals one micrometre.')).toEqual(['company:micron:Micron', 'company:nvidia:Nvidia']);
  });
});

describe('names added for articles beyond the fixtures', () => {
  it('companies of the wider supply chain', () => {
    expect(entities('Ampere Computing, Tower Semiconductor, ASM International, Besi, Aixtron and Zeiss supply the chip industry.')).toEqual([
      'company:ampere-computing:Ampere Computing',
      'company:tower-semiconductor:Tower Semiconductor',
      'company:asm-international:ASM International',
      'company:besi:Besi',
      'company:aixtron:Aixtron',
      'company:zeiss:Zeiss',
    ]);
  });

  it('"Ampere Computing" is the company, "Ampere architecture" the Nvidia generation', () => {
    expect(entities('Ampere Computing designs CPUs; the A100 uses the Ampere architecture.')).toEqual([
      'company:ampere-computing:Ampere Computing',
      'chip:nvidia-a100:A100',
      'chip:nvidia-ampere:Ampere architecture',
    ]);
  });

  it('"Epyc" and "EPYC" are both the AMD server CPU', () => {
    expect(entities('Epyc and EPYC servers')).toEqual(['chip:amd-epyc:Epyc', 'chip:amd-epyc:EPYC']);
  });

  it('China-market gaming GPUs and server CPUs', () => {
    expect(entities('Nvidia sells the RTX 5090D in China, next to servers with Xeon and EPYC CPUs.')).toEqual([
      'company:nvidia:Nvidia',
      'chip:nvidia-rtx-5090d:RTX 5090D',
      'chip:intel-xeon:Xeon',
      'chip:amd-epyc:EPYC',
    ]);
  });

  it('Kirin needs a chip context; the Tower of London is no foundry', () => {
    expect(entities('Kirin beer and the Tower of London.')).toEqual([]);
    expect(entities('Huawei’s Kirin 9000S chip is made by SMIC.')).toContain('chip:hisilicon-kirin:Kirin 9000S');
  });
});

describe('what a figure is about', () => {
  const about = (text: string) => figures(text).map((f) => [f.text, f.about]);

  it('a name inside an inserted clause is not the subject', () => {
    expect(about('Broadcom, which makes custom chips for Google and Meta, reported revenue of $15.95 billion.')).toEqual([['$15.95 billion', 'broadcom']]);
    expect(about('SK Hynix, Hauptlieferant von Nvidia, meldete einen Umsatz von 24,4 Billionen Won.')).toEqual([['24,4 Billionen Won', 'sk-hynix']]);
    // Without an inserted clause the nearest name before the figure is still its subject.
    expect(about('Cambricon rose 3.5% and SMIC climbed 4%.')).toEqual([['3.5%', 'cambricon'], ['4%', 'smic']]);
  });

  it('revenue and shares belong to the maker, not to a memory standard', () => {
    expect(about('Micron says its HBM3E uses 30% less power.')).toEqual([['30%', 'micron']]);
  });

  it('a data centre’s power is a company figure, a chip’s power a spec', () => {
    expect(about('Nvidia will invest $100 billion as OpenAI deploys 10 GW of Nvidia systems.')[1]).toEqual(['10 GW', 'openai']);
    expect(about('The MI355X is rated at 1,400 W.')).toEqual([['1,400 W', 'amd-mi355x']]);
  });

  it('a process node in a sentence about a foundry belongs to the foundry', () => {
    expect(about('Huawei’s Ascend 910C is made on 7nm. SMIC hopes to reach 5nm next year.')).toEqual([['7nm', 'huawei-ascend-910c'], ['5nm', 'smic']]);
  });

  it('a chip named before the figure wins over a product named after it', () => {
    const text = 'The Ascend 950 is due in 2026 and will pair a new die with 128 GB HBM3E, followed by the Ascend 960 in 2027.';
    expect(about(text)).toEqual([['128 GB', 'huawei-ascend-950']]);
    expect(about('With 96 GB of HBM3, the H20 is a cut-down H100.')).toEqual([['96 GB', 'nvidia-h20']]);
  });

  it('a sentence that opens with a pronoun for a chip continues the previous subject', () => {
    const text = 'Der H20 ist eine Variante der Hopper-Architektur. Seine Leistung liegt unter der des H100, dafür bietet er 96 GB HBM3.';
    expect(about(text)).toEqual([['96 GB', 'nvidia-h20']]);
    // A sentence that names its own chip first keeps it.
    expect(about('The H20 is a cut-down part. The H100 has 80 GB.')).toEqual([['80 GB', 'nvidia-h100']]);
  });

  it('a spec in a sentence about memory alone belongs to the memory', () => {
    expect(about('Micron is sampling HBM4 with more than 2.8 TB/s per stack.')).toEqual([['2.8 TB/s', 'jedec-hbm4']]);
  });

  it('a figure followed by "for" and a name is that name’s', () => {
    expect(about('Each 910C offers about 780 TFLOPS, versus 2,250 TFLOPS for Nvidia’s B200.')).toEqual([
      ['780 TFLOPS', 'huawei-ascend-910c'],
      ['2,250 TFLOPS', 'nvidia-b200'],
    ]);
    expect(about('Der H20 kam auf 4 TB/s, gegenüber 3,35 TB/s für den H100.')).toEqual([
      ['4 TB/s', 'nvidia-h20'],
      ['3,35 TB/s', 'nvidia-h100'],
    ]);
    expect(about('AMD gained 3%, compared with 5% for Nvidia.')).toEqual([['3%', 'amd'], ['5%', 'nvidia']]);
    // "for" and something else than a name leaves the sentence's subject.
    expect(about('Nvidia forecast revenue of $65 billion for the fourth quarter.')).toEqual([['$65 billion', 'nvidia']]);
  });

  it('a chip named in the figure’s own clause is the one it describes', () => {
    expect(about('Der H200 ist dem H20 überlegen: Er bietet 141 GB HBM3e, der H20 dagegen nur 96 GB.')).toEqual([
      ['141 GB', 'nvidia-h200'],
      ['96 GB', 'nvidia-h20'],
    ]);
    expect(about('Compared with the H100, the H20 has 96 GB.')).toEqual([['96 GB', 'nvidia-h20']]);
    expect(about('The H100 (80 GB), the H200 (141 GB) and the B200 (192 GB) all use HBM.')).toEqual([
      ['80 GB', 'nvidia-h100'],
      ['141 GB', 'nvidia-h200'],
      ['192 GB', 'nvidia-b200'],
    ]);
    // A decimal comma is no clause break; an inserted name before the figure's clause still is not its subject.
    expect(about('Der H200 liefert 4,8 TB/s.')).toEqual([['4,8 TB/s', 'nvidia-h200']]);
    expect(about('The H20, a cut-down H100, carries 96 GB.')).toEqual([['96 GB', 'nvidia-h20']]);
  });

  it('specs do not reach back across a paragraph break', () => {
    expect(about('Nvidia’s H20 is popular.\nThe new fabs use a 3nm process.')).toEqual([['3nm', undefined]]);
  });

  it('"the company" and "der Konzern" refer back to the firm named before in the paragraph', () => {
    expect(about('TSMC beat estimates. Revenue rose to NT$990 billion, the company said.')).toEqual([['NT$990 billion', 'tsmc']]);
    expect(about('TSMC meldete Rekordzahlen. Der Konzern ist mehr als eine Billion Dollar wert.')).toEqual([['eine Billion Dollar', 'tsmc']]);
    expect(about('TSMC meldete Rekordzahlen.\n\nDer Konzern ist mehr als eine Billion Dollar wert.')).toEqual([['eine Billion Dollar', 'tsmc']]);
    expect(about('TSMC meldete Rekordzahlen.\nDas Wetter war mild.\nDer Konzern ist mehr als eine Billion Dollar wert.')).toEqual([['eine Billion Dollar', undefined]]);
    expect(about('TSMC beat estimates. Revenue rose to NT$990 billion.')).toEqual([['NT$990 billion', undefined]]);
  });
});

describe('people who share a name with a company', () => {
  it('a title before the surname or a hyphenated given name after it', () => {
    const text = 'Lam Research fell. Analyst Lam Chi-keung said the impact was manageable.';
    expect(entities(text)).toEqual(['company:lam-research:Lam Research']);
    expect(entities('Lam Research fell. Lam said the chip tools impact was manageable.')).toEqual([
      'company:lam-research:Lam Research',
      'company:lam-research:Lam',
    ]);
  });
});

describe('family and model', () => {
  it('"Instinct MI308" is one mention of the model; an architecture before a model stays its own mention', () => {
    expect(entities("AMD's Instinct MI308 and the Blackwell B200.")).toEqual([
      'company:amd:AMD',
      'chip:amd-mi308x:Instinct MI308',
      'chip:nvidia-blackwell:Blackwell',
      'chip:nvidia-b200:B200',
    ]);
  });

  it('a family name apart from the model stays the family', () => {
    expect(entities('AMD Instinct accelerators such as the MI300X.')).toEqual(['company:amd:AMD', 'chip:amd-instinct:Instinct', 'chip:amd-mi300x:MI300X']);
  });
});

describe('specs in a relative clause', () => {
  it('belong to the chip the clause follows', () => {
    const [a, b] = figures("Huawei's CloudMatrix uses the Ascend 910C and consumes 559 kW, versus Nvidia's GB200 NVL72, which needs about 145 kW.");
    expect([a.about, b.about]).toEqual(['huawei-ascend-910c', 'nvidia-gb200']);
  });

  it('but a new clause after the chip is the subject’s again', () => {
    const [f] = figures('The H20 is slower than the H100, and it carries 96 GB.');
    expect(f.about).toBe('nvidia-h20');
  });
});

describe('sentences and abbreviations', () => {
  it('"U.S." and "Mr." end no sentence: the cue and the subject are still in it', () => {
    const a = annotate("Nvidia's U.S. sales rose 5% while Hopper demand stayed high.");
    expect(a.mentions.map((m) => (m.kind === 'figure' ? `${m.text}@${m.about}` : m.id))).toEqual(['nvidia', '5%@nvidia', 'nvidia-hopper']);
  });

  it('a real sentence end still separates subjects', () => {
    const fs = figures('Cambricon fell. Revenue rose 5% at a firm nobody named.');
    expect(fs[0].about).toBeUndefined();
  });
});

describe('AI-chip buyers and start-ups named in export-licence news', () => {
  it('Gulf AI firms, a German cloud and Chinese GPU start-ups', () => {
    expect(entities('Nvidia may ship to G42 and Humain; Deutsche Telekom runs a GPU cloud; Lisuan and Moore Threads make GPUs.')).toEqual([
      'company:nvidia:Nvidia',
      'company:g42:G42',
      'company:humain:Humain',
      'company:deutsche-telekom:Deutsche Telekom',
      'company:lisuan:Lisuan',
      'company:moore-threads:Moore Threads',
    ]);
  });

  it('Robinson Crusoe is no data-centre builder', () => {
    expect(entities('Robinson Crusoe was stranded on an island.')).toEqual([]);
  });
});

describe('German compounds', () => {
  it('"Meta-Chef", "Tesla-Aktie" name the firm without any chip word nearby', () => {
    expect(entities('Meta-Chef Mark Zuckerberg und Tesla-Chef Elon Musk äußerten sich nicht.')).toEqual(['company:meta:Meta', 'company:tesla:Tesla']);
  });

  it('a prefix in a compound noun keeps no sense from elsewhere in the text ("Meta-Analyse")', () => {
    expect(entities('Meta-Chef Mark Zuckerberg äußerte sich nicht. Eine Meta-Analyse zeigt das Gegenteil.')).toEqual(['company:meta:Meta']);
  });

  it('but English lower-case compounds do ("Meta-owned")', () => {
    expect(entities('Meta buys Nvidia GPUs. Meta-owned WhatsApp grew.')).toEqual(['company:meta:Meta', 'company:nvidia:Nvidia', 'company:meta:Meta']);
  });
});

describe('model numbers without their family word', () => {
  it('"the Ascend 950 in 2026, the 960 in 2027 and the 970 in 2028"', () => {
    expect(entities('Huawei promised the Ascend 950 in 2026, the 960 in 2027 and the 970 in 2028.')).toEqual([
      'company:huawei:Huawei',
      'chip:huawei-ascend-950:Ascend 950',
      'chip:huawei-ascend-960:960',
      'chip:huawei-ascend-970:970',
    ]);
    expect(entities('Huawei plant Ascend 950PR, 950DT und 960.')).toContain('chip:huawei-ascend-960:960');
  });

  it('not a count, an amount or a number after a verb', () => {
    expect(entities('Huawei’s Ascend 910C; the company will sell 960 of them.')).toEqual(['company:huawei:Huawei', 'chip:huawei-ascend-910c:Ascend 910C']);
    const fs = figures('The Ascend 950 ships in 2026; it sold the 960 million units.');
    expect(fs.map((f) => f.text)).toEqual(['960 million units']);
  });

  it('not short numbers ("Gaudi 3 and 2 others") and not outside the sentence', () => {
    expect(entities('Intel sells the Gaudi 3 and 2 others.')).toEqual(['company:intel:Intel', 'chip:intel-gaudi-3:Gaudi 3']);
    expect(entities('Huawei ships the Ascend 950. The 960 comes later.')).toEqual(['company:huawei:Huawei', 'chip:huawei-ascend-950:Ascend 950']);
  });
});

describe('counts with a name inside', () => {
  it('stop before the name so that marks never overlap', () => {
    const ms = annotate('Bytedance ordered 1 Million Nvidia-GPUs and 72 Blackwell GPUs.').mentions;
    for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
    expect(figures('Sie bestellen 200.000 H200-Chips.')[0]).toMatchObject({ text: '200.000', about: 'nvidia-h200' });
    expect(figures('Meta bought 2 million Nvidia GPUs.')[0]).toMatchObject({ text: '2 million', value: { type: 'quantity', amount: 2e6 } });
  });
});

describe('the Rubin observatory', () => {
  it('is no chip, even in a text about Nvidia’s Vera Rubin', () => {
    expect(entities('Nvidia unveiled Vera Rubin chips. Separately, the Vera Rubin Observatory released new images.')).toEqual([
      'company:nvidia:Nvidia',
      'chip:nvidia-vera-rubin:Vera Rubin',
    ]);
  });
});

describe('invariants on scrambled text', () => {
  // Words and signs that each trigger some rule, shuffled by a seeded generator: offsets must stay exact,
  // mentions sorted and disjoint, and values finite, whatever the order.
  const vocab = [
    'Nvidia', "Nvidia's", 'Nvidias', 'H20', 'H200-Chips', 'Ascend 950', '960', 'the', 'und', ',', '.', '1,5', '1.500', '$',
    '€', '¥', 'Rmb10bn', 'Milliarden', 'billion', 'Mrd.', 'Prozent', '%', '-', '5', '30', '2025', 'GB', 'TB/s', 'nm',
    'Instinct', 'MI308', 'Meta', '-Chef', 'Micron', 'Grace Hopper', 'herself', 'zwischen', 'half', 'a', 'eine', 'halbe',
    'Million', 'Chips', 'AI', 'FP16', 'TFLOPS', 'kW', 'GW', 'der Konzern', 'Lam', 'Chi-keung', 'U.S.', '\n', 'hundred',
    'two', 'thousand', 'GPUs', 'KI-Prozessoren', '20pc', '₩3tn', '=', '(', ')',
  ];
  // 3,000 annotations take seconds on a busy machine; this checks invariants, not speed.
  it('holds for 3,000 scrambled texts', { timeout: 30_000 }, () => {
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 3000; n++) {
      const parts: string[] = [];
      for (let i = 3 + Math.floor(rnd() * 25); i > 0; i--) parts.push(vocab[Math.floor(rnd() * vocab.length)]);
      const text = parts.join(rnd() < 0.6 ? ' ' : '');
      const ms = annotate(text).mentions;
      ms.forEach((m, i) => {
        expect(text.slice(m.start, m.end), text).toBe(m.text);
        if (i) expect(m.start, text).toBeGreaterThanOrEqual(ms[i - 1].end);
        if (m.kind === 'figure') for (const v of Object.values(m.value)) if (typeof v === 'number') expect(Number.isFinite(v), text).toBe(true);
      });
    }
  });
});

describe('power, interface and server names', () => {
  it('are companies; a crystal lattice is not', () => {
    expect(entities('Navitas, Rambus, ASPEED and H3C rose; the crystal lattice held.')).toEqual([
      'company:navitas:Navitas',
      'company:rambus:Rambus',
      'company:aspeed:ASPEED',
      'company:h3c:H3C',
    ]);
  });
});

describe('speakers', () => {
  it('a chip name that speaks is a person, a company that speaks stays a company', () => {
    expect(entities('Nvidia ships Blackwell GPUs. Blackwell said the chips were late.')).toEqual([
      'company:nvidia:Nvidia',
      'chip:nvidia-blackwell:Blackwell',
    ]);
    expect(entities('Meta buys AI chips. Meta said it would buy more.')).toEqual(['company:meta:Meta', 'company:meta:Meta']);
  });

  it('a given name and a firm that speak at a sentence start are a person ("Michael Dell told analysts")', () => {
    expect(entities('Dell Technologies sells AI servers. Michael Dell told analysts the pipeline grew.')).toEqual(['company:dell:Dell Technologies']);
    expect(entities('Dell Technologies sells AI servers. Rival Dell said AI servers sold out. Dell said orders rose.')).toEqual([
      'company:dell:Dell Technologies',
      'company:dell:Dell',
      'company:dell:Dell',
    ]);
    // Without speech the capitalised word at a sentence start is no given name.
    expect(entities('Nvidia ships GPUs. Die Blackwell-GPUs sind knapp.')).toContain('chip:nvidia-blackwell:Blackwell');
  });
});

describe('references back to a firm', () => {
  const about = (text: string) => figures(text).map((f) => f.about);

  it('"the memory maker", "der südkoreanische Speicherhersteller", "It expects"', () => {
    expect(about('Micron beat estimates on HBM chip sales. The Boise, Idaho-based memory maker forecast revenue of $12.5 billion.')).toEqual(['micron']);
    expect(about('SK Hynix meldete Rekordzahlen. Der südkoreanische Speicherhersteller erwartet 20 Prozent mehr Umsatz.')).toEqual(['sk-hynix']);
    expect(about('TSMC beat estimates. It expects gross margins of 59.5% to 61.5%.')).toEqual(['tsmc']);
  });

  it('but not a sentence about something else', () => {
    expect(about('SK Hynix meldete Rekordzahlen. Die Nachfrage nach Speicher stieg um 20 Prozent.')).toEqual([undefined]);
  });
});

describe('German articles before an ambiguous name', () => {
  it('"den Arm" is the body part, "von Arm" and "Arm-Architektur" the firm', () => {
    const text = 'Arm liefert Chip-Designs an Nvidia. Der Chef brach sich den Arm beim Skifahren. Die Arm-Architektur dominiert, die Lizenz von Arm auch.';
    expect(entities(text).filter((e) => e.startsWith('company:arm'))).toHaveLength(3);
    expect(annotate(text).mentions.some((m) => m.start === text.indexOf('den Arm') + 4)).toBe(false);
  });

  it('after an inflected adjective or possessive a German name is the noun: "seinen Arm", "größter Trumpf"', () => {
    expect(entities('Er legte seinen Arm um die GPU-Server von Nvidia.')).toEqual(['company:nvidia:Nvidia']);
    expect(entities('Die KI-Chips sind Nvidias größter Trumpf.')).toEqual(['company:nvidia:Nvidias']);
    expect(entities('Der Laserspezialist Trumpf liefert für die EUV-Anlagen von ASML.')).toContain('company:trumpf:Trumpf');
    expect(entities('Die Lizenz kommt unter Arm-Bedingungen von Arm, dem Chipdesigner.')).toContain('company:arm:Arm');
    expect(entities('Er hob den rechten Arm, als Nvidia GPUs zeigte.')).toEqual(['company:nvidia:Nvidia']);
    // Words that only end like an adjective stand before firms.
    expect(entities('Tech-Konzerne wie Apple, Meta und Amazon kaufen KI-Chips.')).toEqual(['company:apple:Apple', 'company:meta:Meta', 'company:amazon:Amazon']);
    expect(entities('Der Wettbewerb gegen Meta um KI-Chips.')).toEqual(['company:meta:Meta']);
  });
});

describe('AI-infrastructure names', () => {
  it('Lambda the GPU cloud near chip words; the Greek letter, AWS Lambda and lambda functions are not it', () => {
    expect(entities('Nvidia-backed Lambda signed a GPU cluster deal with Microsoft.')).toEqual([
      'company:nvidia:Nvidia',
      'company:lambda:Lambda',
      'company:microsoft:Microsoft',
    ]);
    expect(entities('The Lambda variant spread quickly across the country.')).toEqual([]);
    expect(entities('Developers use AWS Lambda and lambda functions for serverless code.')).toEqual(['company:amazon:AWS Lambda']);
  });

  it('Helios the AMD rack, CloudMatrix 384 the Ascend 910C system, Graviton4 and Axion the cloud CPUs', () => {
    expect(entities('AMD showed the Helios rack with 72 GPUs.')).toEqual(['company:amd:AMD', 'chip:amd-mi400:Helios']);
    expect(entities('Helios, the sun god, rode a chariot across the sky.')).toEqual([]);
    expect(entities('Huawei’s CloudMatrix 384 links 384 chips.')).toEqual(['company:huawei:Huawei', 'chip:huawei-ascend-910c:CloudMatrix 384']);
    expect(entities('AWS Graviton4 and Google’s Axion CPUs run Arm cores.')).toEqual([
      'company:amazon:AWS',
      'chip:amazon-graviton4:Graviton4',
      'company:google:Google',
      'chip:google-axion:Axion',
      'company:arm:Arm',
    ]);
    expect(entities('Axion shampoo is sold in supermarkets.')).toEqual([]);
  });
});

describe('model numbers and clauses in chip texts', () => {
  it('an ambiguous model number is the chip in a text naming several chips, not in a road report', () => {
    expect(entities('Nvidia sells H100 and GB200 GPUs. One old A100 still costs $10,000 on eBay.')).toContain('chip:nvidia-a100:A100');
    expect(entities('Nvidia sells H100 and GB200 GPUs. Der Stau auf der A100 wurde länger.')).not.toContain('chip:nvidia-a100:A100');
    // One chip named is not enough.
    expect(entities('Nvidia sells the H100. One old A100 still costs $10,000 on eBay.')).not.toContain('chip:nvidia-a100:A100');
  });

  it('a spec after a semicolon belongs to the chip of its own clause', () => {
    const fs = figures("AMD's MI355X is rated at 1,400 W; the MI350X tops out at 1,000W. The MI355X has 288 GB; it beats the MI300X.");
    expect(fs.map((f) => f.about)).toEqual(['amd-mi355x', 'amd-mi350x', 'amd-mi355x']);
  });
});

describe('currency and owner of market figures', () => {
  it('"¥" is the yen for a Japanese firm and the yuan for a Chinese one in the same text', () => {
    const fs = figures('Alibaba will spend RMB380bn on AI. Tokyo Electron cut its forecast to ¥2.35 trillion. Cambricon revenue was ¥2.9 billion.');
    expect(fs.map((f) => (f.value.type === 'money' ? f.value.currency : ''))).toEqual(['CNY', 'JPY', 'CNY']);
  });

  it('a share price belongs to a firm, not to the chip named before it; a chip\'s share of revenue does not', () => {
    const about = (text: string) => figures(text).map((f) => f.about);
    expect(about('Qualcomm unveiled the AI200, with 768 GB per card; shares rose 11% on Monday.')).toEqual(['qualcomm-ai200', 'qualcomm']);
    expect(about('Qualcomm said the AI200 share of revenue was 13%.')).toEqual(['qualcomm-ai200']);
  });
});

describe('process nodes of foundries', () => {
  it('belong to the foundry named right before them, else to the first one after', () => {
    const about = (text: string) => figures(text).map((f) => f.about);
    expect(about("Intel's 18A node competes with TSMC's 2-nm and Samsung's 3-nanometer processes.")).toEqual(['tsmc', 'samsung']);
    expect(about('The 5nm node at SMIC lags TSMC.')).toEqual(['smic']);
  });
});

describe('the river', () => {
  it('"along the Amazon" in a sentence about deforestation is no firm, even after AWS', () => {
    expect(entities('AWS sells Trainium chips. Researchers surveyed deforestation along the Amazon.')).toEqual([
      'company:amazon:AWS',
      'chip:amazon-trainium:Trainium',
    ]);
    expect(entities('AWS sells Trainium chips. Amazon expects its data centre spending to rise.')).toContain('company:amazon:Amazon');
  });
});

describe('AI start-ups and their chips', () => {
  it('Blackhole, Wormhole, Sohu, SN40L, Corsair and CS-3 beside their makers', () => {
    expect(entities("Tenstorrent sells Blackhole and Wormhole cards; Etched's Sohu, SambaNova's SN40L, d-Matrix's Corsair and the Cerebras CS-3 compete with GPUs.")).toEqual([
      'company:tenstorrent:Tenstorrent',
      'chip:tenstorrent-blackhole:Blackhole',
      'chip:tenstorrent-wormhole:Wormhole',
      'company:etched:Etched',
      'chip:etched-sohu:Sohu',
      'company:sambanova:SambaNova',
      'chip:sambanova-sn40l:SN40L',
      'company:d-matrix:d-Matrix',
      'chip:d-matrix-corsair:Corsair',
      'company:cerebras:Cerebras',
      'chip:cerebras-wse-3:CS-3',
    ]);
  });

  it('but not the portal, the keyboard maker or physics; share prices are no cue for a chip', () => {
    expect(entities('Sohu.com reported strong advertising revenue. Sohu shares rose.')).toEqual([]);
    expect(entities('Corsair launched a new gaming keyboard.')).toEqual([]);
    expect(entities('Physicists say a Wormhole could bend light.')).toEqual([]);
    expect(entities('Oracle shares rose.')).toEqual(['company:oracle:Oracle']);
  });
});

describe('epithets and namesakes', () => {
  it('"the Oracle of Omaha" and "the Amazon of China" name someone else; "Oracle of course" is the firm', () => {
    expect(entities('Warren Buffett, the Oracle of Omaha, bought Nvidia shares.')).toEqual(['company:nvidia:Nvidia']);
    expect(entities('Alibaba, the Amazon of China, buys Nvidia chips.')).toEqual(['company:alibaba:Alibaba', 'company:nvidia:Nvidia']);
    expect(entities('Oracle of course buys Nvidia GPUs.')).toEqual(['company:oracle:Oracle', 'company:nvidia:Nvidia']);
  });

  it('the mathematician and the admiral are not architectures', () => {
    expect(entities('Nvidia named chips after Ada Lovelace, the mathematician.')).toEqual(['company:nvidia:Nvidia']);
    expect(entities('Nvidia GPUs honour Rear Admiral Grace Hopper.')).toEqual(['company:nvidia:Nvidia']);
    expect(entities('Nvidia sells Ada Lovelace GPUs.')).toContain('chip:nvidia-ada-lovelace:Ada Lovelace');
  });

  it('a person named like an architecture is no cue for the other names beside it', () => {
    expect(entities('Ada Lovelace and Grace Hopper were pioneers of programming.')).toEqual([]);
    expect(entities('People: Ada Lovelace · Grace Hopper · John Backus')).toEqual([]);
    expect(entities('Die Architekturen Ampere, Hopper und Blackwell stammen von Nvidia.')).toContain('chip:nvidia-ampere:Ampere');
  });
});

describe('people named like chips', () => {
  it('a chip name followed by a surname is a person ("Maia Sandu", "Grace Wu") in English', () => {
    expect(entities("Maia Sandu, Moldova's president, met Microsoft about AI chips.")).toEqual(['company:microsoft:Microsoft']);
    expect(entities('Microsoft said Maia chips would power Copilot.')).toContain('chip:microsoft-maia:Maia');
  });

  it('a title-case headline is no run of names; German capitalised nouns are no headline', () => {
    expect(entities('Nvidia Says Blackwell Demand Is Insane As GPU Sales Soar')).toEqual(['company:nvidia:Nvidia', 'chip:nvidia-blackwell:Blackwell']);
    expect(entities('Nvidia GPUs, said fans of painter Edward Hopper.')).toEqual(['company:nvidia:Nvidia']);
    expect(entities('Die Nvidia GPUs und Edward Hopper Bilder.')).toEqual(['company:nvidia:Nvidia']);
  });

  it('a sentence-initial name with a job apposition is a person ("Jane Blackwell, a spokeswoman")', () => {
    expect(entities('Jane Blackwell, a spokeswoman for the county, said Nvidia GPUs were fine.')).toEqual(['company:nvidia:Nvidia']);
    expect(entities('Nvidia ships GPUs. New Blackwell, the architecture, is fast.')).toContain('chip:nvidia-blackwell:Blackwell');
  });
});

describe('clauses after a semicolon', () => {
  it('"; the company also signed a $9.7 billion deal" is about the sentence\'s firm; a named chip in the clause keeps its figure', () => {
    const about = (text: string) => figures(text).map((f) => f.about);
    expect(about("Microsoft's site will house thousands of GB200s; the company also signed a $9.7 billion deal.")).toEqual(['microsoft']);
    expect(about('Nvidia ships H20 chips; its H20 sales reached $4 billion.')).toEqual(['nvidia-h20']);
  });
});
