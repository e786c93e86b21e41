/**
 * Models the knowledge base does not list yet, found by their family's naming pattern, and the people, places and
 * words that share a product's or firm's name, which stay untagged. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../extract/index.ts';
import type { EntityMention } from '../extract/types.ts';
import { CHIP_BY_ID, entityName, lookupEntity, MODEL_FAMILIES, unlistedChip } from './index.ts';

const names = (text: string) =>
  annotate(text)
    .mentions.filter((m): m is EntityMention => m.kind !== 'figure')
    .map((m) => `${m.id}:${m.text}`);

/** A chip article's opening, so that the sentences under test meet the chip-text rules too. */
const CHIP_TEXT_EN = 'Nvidia ships H100 and H200 GPUs while AMD sells the MI300X accelerator to cloud providers. ';
const CHIP_TEXT_DE = 'Nvidia liefert H100- und H200-GPUs, AMD verkauft den MI300X-Beschleuniger an Cloud-Anbieter. ';

/** What is named after the opening. */
const namedAfter = (opening: string, sentence: string) =>
  annotate(opening + sentence)
    .mentions.filter((m): m is EntityMention => m.kind !== 'figure' && m.start >= opening.length)
    .map((m) => `${m.id}:${m.text}`);

describe('unlisted models of known families', () => {
  it.each([
    ['AWS is already designing Trainium5, with Trainium 6 to follow.', ['amazon:AWS', 'unknown:aws-trainium5:Trainium5', 'unknown:aws-trainium6:Trainium 6']],
    ['AMD teased the Instinct MI500X and, later, MI600 accelerators.', ['amd:AMD', 'unknown:amd-mi500x:Instinct MI500X', 'unknown:amd-mi600:MI600']],
    ['Google plans TPU v8 chips for its data centres.', ['google:Google', 'unknown:google-tpu-v8:TPU v8']],
    ['After Rubin, Nvidia could name its next GPU B400.', ['nvidia-rubin:Rubin', 'nvidia:Nvidia', 'unknown:nvidia-b400:B400']],
    ['SK hynix is sampling HBM4E and working on HBM5.', ['sk-hynix:SK hynix', 'unknown:jedec-hbm4e:HBM4E', 'unknown:jedec-hbm5:HBM5']],
    ['Microsoft will put Maia 300 accelerators into Azure data centres.', ['microsoft:Microsoft', 'unknown:microsoft-maia-300:Maia 300']],
  ])('English: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Huawei könnte 2029 einen Ascend 990 vorstellen.', ['huawei:Huawei', 'unknown:huawei-ascend-990:Ascend 990']],
    ['Amazon arbeitet bereits am Trainium5-Chip.', ['amazon:Amazon', 'unknown:aws-trainium5:Trainium5']],
    ['Meta testet den MTIA v3, Cambricon den MLU790-Beschleuniger.', ['meta:Meta', 'unknown:meta-mtia-v3:MTIA v3', 'cambricon:Cambricon', 'unknown:cambricon-mlu790:MLU790']],
    ['Broadcom bringt den Tomahawk 7 für KI-Cluster.', ['broadcom:Broadcom', 'unknown:broadcom-tomahawk-7:Tomahawk 7']],
  ])('German: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves listed models to the knowledge base, however they are spelt', () => {
    expect(names('Trainium3, Trainium 2, MI355X, Instinct MI300X, Instinct MI308, TPU v5p, Ascend 910C, HBM3E and Maia 200 are listed.')).toEqual([
      'amazon-trainium3:Trainium3',
      'amazon-trainium2:Trainium 2',
      'amd-mi355x:MI355X',
      'amd-mi300x:Instinct MI300X',
      'amd-mi308x:Instinct MI308',
      'google-tpu-v5p:TPU v5p',
      'huawei-ascend-910c:Ascend 910C',
      'jedec-hbm3e:HBM3E',
      'microsoft-maia-200:Maia 200',
    ]);
  });

  it('gives each unlisted model a stable id and a name that reads well, which the knowledge base can look up', () => {
    const m = annotate('AMD previewed the MI500X, and the MI500X impressed.').mentions.filter((x): x is EntityMention => x.kind === 'chip');
    expect(m.map((x) => [x.id, x.name])).toEqual([
      ['unknown:amd-mi500x', 'AMD Instinct MI500X'],
      ['unknown:amd-mi500x', 'AMD Instinct MI500X'],
    ]);
    expect(entityName('unknown:amd-mi500x')).toBe('AMD Instinct MI500X');
    expect(entityName('unknown:google-tpu-v8')).toBe('Google TPU v8');
    expect(lookupEntity('unknown:aws-trainium5')).toMatchObject({ kind: 'chip', unlisted: true, chip: { maker: 'amazon', name: 'AWS Trainium5' } });
    for (const id of ['unknown:', 'unknown:no-such-family9', 'unknown:aws-trainium', 'unknown:aws-trainium5 ', 'aws-trainium5']) {
      expect(unlistedChip(id), id).toBeUndefined();
    }
  });

  it('keeps the families apart from the listed chips and from each other', () => {
    const keys = MODEL_FAMILIES.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of MODEL_FAMILIES) {
      expect(CHIP_BY_ID.has(`unknown:${f.key}`), f.key).toBe(false);
      for (const lead of f.leads) expect(lead.length, f.key).toBeGreaterThanOrEqual(2);
      expect(() => new RegExp(f.pattern, 'uy'), f.key).not.toThrow();
    }
  });
});

describe('people, places and words that share a name', () => {
  const english = [
    'The astronomer Vera Rubin measured how fast galaxies rotate.',
    'Richard Feynman lectured on physics at Caltech.',
    'Feynman won a Nobel prize in 1965.',
    'Maia Sandu won the election in Moldova.',
    'Maia, a friend of mine, called.',
    'Quanta Magazine published a story on prime numbers.',
    'Their credo is simple: ship early.',
    'Jericho is one of the oldest inhabited cities.',
    'Cobalt prices rose as mines in Congo cut output.',
    'Cobalt 300 tonnes were shipped from the mine.',
    'Ironwood trees grow slowly in the desert.',
    'Trillium flowers bloom in spring.',
    'Take the B400 road to the village.',
    'Ascend 300 metres to the summit.',
    'Tomahawk 4 missiles were fired from a warship.',
    'MI5 and MI6 are British intelligence agencies.',
  ];
  const german = [
    'Die Astronomin Vera Rubin wies dunkle Materie nach.',
    'Der Physiker Richard Feynman erhielt 1965 den Nobelpreis.',
    'Feynman erhielt 1965 den Nobelpreis für Physik.',
    'Maia Sandu gewann die Wahl in Moldau.',
    'Das Magazin Quanta berichtete über Primzahlen.',
    'Das Credo des Gründers lautet: früh liefern.',
    'Jericho liegt im Westjordanland.',
    'Der Preis für Cobalt stieg, weil Minen im Kongo weniger förderten.',
    'Das Ironwood-Holz ist sehr hart.',
    'Die Trillium blüht im Frühling im Wald.',
  ];
  it.each(english)('stay untagged in English, alone and in a chip article: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
    expect(namedAfter(CHIP_TEXT_EN, sentence)).toEqual([]);
  });
  it.each(german)('stay untagged in German, alone and in a chip article: %s', (sentence) => {
    expect(names(sentence)).toEqual([]);
    expect(namedAfter(CHIP_TEXT_DE, sentence)).toEqual([]);
  });

  it.each([
    ['Nvidia named its Rubin successor Feynman, due in 2028.', 'nvidia-feynman:Feynman'],
    ['Microsoft says Maia accelerators now run Copilot.', 'microsoft-maia:Maia'],
    ['Quanta Computer builds GB300 racks for Nvidia.', 'quanta:Quanta Computer'],
    ['Credo Technology sells active electrical cables for AI servers.', 'credo:Credo Technology'],
    ['Broadcom’s Jericho switch chips link AI clusters.', 'broadcom-jericho:Jericho'],
    ['Microsoft’s Cobalt CPUs run Teams in Azure.', 'microsoft-cobalt:Cobalt'],
    ['Google stellt mit Ironwood seine siebte TPU-Generation vor.', 'google-tpu-v7:Ironwood'],
    ['Die Trillium-Chips von Google laufen in der Cloud.', 'google-tpu-v6e:Trillium'],
  ])('are tagged where the context says chip or firm: %s', (sentence, expected) => {
    expect(names(sentence)).toContain(expected);
  });
});
