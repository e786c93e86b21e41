/**
 * The knowledge base's spellings as readers meet them: the names of current products, their short forms and their
 * German inflected and compound forms, found by the extractor in sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../extract/index.ts';
import type { EntityMention } from '../extract/types.ts';

const chips = (text: string) =>
  annotate(text)
    .mentions.filter((m): m is EntityMention => m.kind === 'chip')
    .map((m) => `${m.id}:${m.text}`);

describe('current products under the names the press uses', () => {
  it.each([
    ['Nvidia ships the GB300 NVL72 racks and HGX B300 boards built on Blackwell Ultra.', ['nvidia-gb300:GB300 NVL72', 'nvidia-b300:HGX B300', 'nvidia-blackwell-ultra:Blackwell Ultra']],
    ['The VR200 NVL144 rack pairs the Vera CPU with Rubin GPUs; Rubin CPX handles the prefill.', ['nvidia-vera-rubin:VR200 NVL144', 'nvidia-vera:Vera CPU', 'nvidia-rubin:Rubin GPUs', 'nvidia-rubin-cpx:Rubin CPX']],
    ['Google rents out TPU v5e, TPU v5p and Trillium chips, and now Ironwood.', ['google-tpu-v5e:TPU v5e', 'google-tpu-v5p:TPU v5p', 'google-tpu-v6e:Trillium', 'google-tpu-v7:Ironwood']],
    ['Anthropic trains on Trainium2 and Trn2 instances; Trainium 3 followed, Trainium4 is next.', ['amazon-trainium2:Trainium2', 'amazon-trainium2:Trn2', 'amazon-trainium3:Trainium 3', 'amazon-trainium4:Trainium4']],
    ['AWS also offers Inferentia2 chips for inference.', ['amazon-inferentia2:Inferentia2']],
    ['Microsoft pairs Maia 200 accelerators with Cobalt 200 CPUs; Maia 100 and Azure Cobalt 100 came first.', ['microsoft-maia-200:Maia 200', 'microsoft-cobalt-200:Cobalt 200', 'microsoft-maia-100:Maia 100', 'microsoft-cobalt-100:Azure Cobalt 100']],
    ['Broadcom’s Tomahawk 6 and Jericho4 switch chips connect the clusters.', ['broadcom-tomahawk-6:Tomahawk 6', 'broadcom-jericho4:Jericho4']],
    ['AMD will ship the MI355X, then MI400 and MI450 accelerators.', ['amd-mi355x:MI355X', 'amd-mi400:MI400', 'amd-mi450:MI450']],
    ['Huawei plans the Ascend 950PR, then Ascend 960 and Ascend 970 chips.', ['huawei-ascend-950pr:Ascend 950PR', 'huawei-ascend-960:Ascend 960', 'huawei-ascend-970:Ascend 970']],
    ['Intel sells Gaudi 3 accelerators until Jaguar Shores arrives.', ['intel-gaudi-3:Gaudi 3', 'intel-jaguar-shores:Jaguar Shores']],
    ['Meta runs MTIA chips; Nvidia offers the B30A and the RTX Pro 6000 to other buyers.', ['meta-mtia:MTIA', 'nvidia-b30a:B30A', 'nvidia-rtx-pro-6000:RTX Pro 6000']],
  ])('%s', (text, expected) => {
    expect(chips(text)).toEqual(expected);
  });
});

describe('German inflection and compounds', () => {
  it.each([
    ['Die Rubin-Chips von Nvidia kommen 2026 in die Rechenzentren.', ['nvidia-rubin:Rubin']],
    ['Google will mehr Ironwoods an Anthropic liefern als geplant, sagte der KI-Chef.', ['google-tpu-v7:Ironwoods']],
    ['Amazons Trainium-2-Cluster und die GB300-Racks sind ausgebucht.', ['amazon-trainium2:Trainium-2', 'nvidia-gb300:GB300']],
    ['Die Feynman-Generation folgt bei Nvidia auf die Rubin-GPUs.', ['nvidia-feynman:Feynman', 'nvidia-rubin:Rubin-GPUs']],
    ['Broadcoms Tomahawk-6-Switches verbinden die KI-Cluster.', ['broadcom-tomahawk-6:Tomahawk-6']],
  ])('%s', (text, expected) => {
    expect(chips(text)).toEqual(expected);
  });
});

describe('firms under the spellings the press uses', () => {
  const companies = (text: string) =>
    annotate(text)
      .mentions.filter((m): m is EntityMention => m.kind === 'company')
      .map((m) => `${m.id}:${m.text}`);

  it.each([
    // A name in capitals and its title-case spelling are both found ("X-FAB" asks for capitals throughout).
    ['Die Foundry X-Fab und X-FAB Silicon Foundries sind eins.', ['x-fab:X-Fab', 'x-fab:X-FAB Silicon Foundries']],
    ['Der Substrathersteller AT&S liefert an Intel; ESMC baut in Dresden.', ['at-s:AT&S', 'intel:Intel', 'esmc:ESMC']],
    ['Der Laserspezialist Trumpf und Süss Microtec liefern an ASML und Zeiss.', ['trumpf:Trumpf', 'suss-microtec:Süss Microtec', 'asml:ASML', 'zeiss:Zeiss']],
    ['Arista, Coherent and Lumentum sell the optics and switches of AI clusters; Innolight too.', ['arista:Arista', 'coherent:Coherent', 'lumentum:Lumentum', 'innolight:Innolight']],
  ])('%s', (text, expected) => {
    expect(companies(text)).toEqual(expected);
  });
});
