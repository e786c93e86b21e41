/** Packaging, assembly and test firms, and the makers of AI servers and racks: what the card says about them, keyed by the ids of `./assemblers-and-server-makers.ts`. */
import type { CompanyFacts } from '../types.ts';

export const ASSEMBLERS_AND_SERVER_MAKERS_FACTS: Readonly<Record<string, CompanyFacts>> = {
  amkor: {
    summary: 'US outsourced chip packaging and test (OSAT) company.',
  },
  ase: {
    summary: "Taiwanese group that is the world's largest outsourced chip packaging and test (OSAT) provider.",
  },
  jcet: {
    summary: "China's largest outsourced chip packaging and test company.",
  },
  tongfu: {
    summary: "Chinese chip packaging and test company, AMD's main assembly partner.",
  },
  foxconn: {
    summary: 'Taiwanese contract manufacturer (Hon Hai) and a major assembler of Nvidia AI servers.',
  },
  quanta: {
    summary: 'Taiwanese contract manufacturer of AI servers for cloud providers.',
  },
  wistron: {
    summary: 'Taiwanese contract manufacturer that builds GPU boards and AI servers.',
  },
  wiwynn: {
    summary: 'Taiwanese maker of cloud and AI servers, part of the Wistron group.',
  },
  supermicro: {
    summary: 'US maker of AI servers built around Nvidia and AMD GPUs.',
  },
  dell: {
    summary: 'US maker of PCs and AI servers.',
  },
  hpe: {
    summary: 'US maker of servers, supercomputers and AI systems.',
  },
  inspur: {
    summary: "Chinese server maker, China's largest vendor of AI servers.",
  },
  lenovo: {
    summary: 'Chinese maker of PCs and servers, including AI servers.',
  },
  sugon: {
    summary: 'Chinese server and supercomputer maker on the US Entity List, a major shareholder of Hygon.',
  },
  wingtech: {
    summary: 'Chinese electronics manufacturer and parent company of the Dutch chipmaker Nexperia.',
  },
  ibiden: {
    summary: 'Japanese maker of IC substrates for high-end processors and AI accelerators.',
  },
  unimicron: {
    summary: 'Taiwanese maker of IC substrates and printed circuit boards.',
  },
  kyec: {
    summary: 'Taiwanese chip-testing company with a large share of AI-accelerator testing.',
  },
  inventec: {
    summary: 'Taiwanese contract manufacturer of servers, including AI servers.',
  },
  pegatron: {
    summary: 'Taiwanese contract manufacturer of electronics and servers.',
  },
  asus: {
    summary: 'Taiwanese maker of PCs, graphics cards and AI servers.',
  },
  celestica: {
    summary: 'Canadian contract manufacturer of networking switches and servers for hyperscalers.',
  },
  h3c: {
    summary: 'Chinese server and networking maker controlled by Tsinghua Unigroup\'s Unisplendour, a large builder of AI servers.',
  },
  xfusion: {
    summary: 'Chinese server maker spun out of Huawei\'s x86 server business in 2021.',
  },
};
