// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { annotate } from '../extract/index.ts';
import type { Mention } from '../extract/types.ts';
import { annotateSubtree, LOCAL_CHARS, REST_MIN_CHARS, type PipelineOptions } from './pipeline.ts';
import { textOf } from './text-index.ts';
import { SliceClock } from './schedule.ts';

const CHIP_ARTICLE = `
  <header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
  <article>
    <h1>Nvidia halts H20 production</h1>
    <p>Nvidia told its suppliers to stop work on the <b>H20</b> accelerator, which it designed for China.
       Shares of Cambricon rose 9.87 % while Hygon gained 6 percent.</p>
    <p>SMIC, which makes the Huawei Ascend 910C, also climbed. The H20 offers 96 GB of HBM3.</p>
    <script>window.tags = ["H100", "Nvidia"];</script>
    <aside data-chiplens-ignore><p>Newsletter: everything about Nvidia and AMD.</p></aside>
  </article>
  <footer>© 2025 Example News</footer>`;

const CRISPS = `
  <article><h1>Twelve salt and vinegar crisps, tasted</h1>
  <p>The winner cost £1.85 for 150 g; two baked bags promised 30% less fat.</p>
  <p>Thin chips carry seasoning well but go stale fast.</p></article>`;

/** What the pipeline handed over, as `kind:id-or-type:range text`. */
let shown: string[] = [];

function options(over: Partial<PipelineOptions> = {}): PipelineOptions {
  return {
    annotate: (text, lang) => annotate(text, lang ? { lang } : {}),
    gate: 'auto',
    onRange: (m, range) => void shown.push(`${m.kind}:${m.kind === 'figure' ? m.value.type : m.id}:${range.toString()}`),
    ...over,
  };
}

const marks = () => shown;
beforeEach(() => {
  shown = [];
});

describe('annotateSubtree', () => {
  it('gives chips, companies and figures of a chip article a range each and leaves the page as it was', async () => {
    document.body.innerHTML = CHIP_ARTICLE;
    const before = document.body.innerHTML;
    const r = await annotateSubtree(document.body, options());
    expect(r.annotation.relevant).toBe(true);
    expect(r.annotation.language).toBe('en');
    const got = marks();
    expect(got).toContain('chip:nvidia-h20:H20');
    expect(got).toContain('company:nvidia:Nvidia');
    expect(got).toContain('company:cambricon:Cambricon');
    expect(got).toContain('figure:percent:9.87 %');
    expect(got).toContain('chip:huawei-ascend-910c:Ascend 910C');
    expect(got).toContain('figure:memory:96 GB');
    expect(r.marked).toBe(got.length);
    expect(r.firstMarkAt).toBeTypeOf('number');
    expect(document.body.innerHTML).toBe(before);
    // Not in scripts, not in the ignored aside.
    expect(got.filter((g) => g.endsWith(':Nvidia'))).toHaveLength(r.annotation.mentions.filter((m) => m.text === 'Nvidia').length);
    expect(r.annotation.mentions.some((m) => m.text === 'AMD')).toBe(false);
    // Mention offsets point into the text the pipeline read.
    const text = r.index.parts.join('');
    for (const m of r.annotation.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('shows nothing on a page that is not about chips, and shows it only when forced', async () => {
    document.body.innerHTML = CRISPS;
    const html = document.body.innerHTML;
    const r = await annotateSubtree(document.body, options());
    expect(r.annotation.relevant).toBe(false);
    expect(r.marked).toBe(0);
    expect(document.body.innerHTML).toBe(html);
    const forced = await annotateSubtree(document.body, options({ gate: 'force' }));
    expect(forced.marked).toBeGreaterThan(0);
    expect(marks()).toContain('figure:percent:30%');
  });

  it('finds the same mentions with small chunks as with one chunk, and shows only the kinds asked for', async () => {
    document.body.innerHTML = CHIP_ARTICLE.repeat(6);
    const one = await annotateSubtree(document.body, options({ gate: 'force', shouldShow: () => false }));
    const small = await annotateSubtree(document.body, options({ chunkChars: 400, shouldShow: (m) => m.kind === 'chip' }));
    const key = (m: Mention) => `${m.kind}:${m.start}:${m.end}`;
    expect(small.annotation.mentions.filter((m) => m.kind !== 'figure').map(key)).toEqual(
      one.annotation.mentions.filter((m) => m.kind !== 'figure').map(key),
    );
    expect(new Set(marks().map((m) => m.split(':')[0]))).toEqual(new Set(['chip']));
  });

  it('reads a long text in chunks that start small and grow, and a short one in one call', async () => {
    const sizes: number[] = [];
    const spy = (t: string, l?: 'de' | 'en') => (sizes.push(t.length), annotate(t, l ? { lang: l } : {}));
    document.body.innerHTML = CHIP_ARTICLE.repeat(40);
    await annotateSubtree(document.body, options({ annotate: spy, chunkChars: 4000, firstChunkChars: 500 }));
    expect(sizes.length).toBeGreaterThan(4);
    // About 500, 1000, 2000, then 4000 each (cut at paragraph ends, so a little less).
    expect(sizes[0]).toBeLessThanOrEqual(500);
    expect(sizes[1]).toBeGreaterThan(500);
    expect(sizes[1]).toBeLessThanOrEqual(1000);
    expect(sizes[2]).toBeLessThanOrEqual(2000);
    expect(Math.max(...sizes)).toBeGreaterThan(2000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4000);
    sizes.length = 0;
    document.body.innerHTML = CHIP_ARTICLE.repeat(3);
    const r = await annotateSubtree(document.body, options({ annotate: spy, chunkChars: 4000, firstChunkChars: 500 }));
    expect(sizes).toEqual([r.index.length]);
  });

  it('starts every extractor call in a fresh slice', async () => {
    document.body.innerHTML = CHIP_ARTICLE.repeat(20);
    let t = 0;
    const clock = new SliceClock(12, () => t);
    const atCall: number[] = [];
    const costly = (text: string, l?: 'de' | 'en') => {
      atCall.push(clock.elapsed());
      t += 10; // each call costs 10 ms of the 12 ms budget
      return annotate(text, l ? { lang: l } : {});
    };
    await annotateSubtree(document.body, options({ annotate: costly, chunkChars: 600, firstChunkChars: 600, clock }));
    expect(atCall.length).toBeGreaterThan(3);
    expect(Math.max(...atCall)).toBeLessThanOrEqual(2);
    // The longest slice is one call, not two.
    expect(clock.longestMs).toBeLessThan(20);
  });

  it('yields between slices and stops when cancelled', async () => {
    document.body.innerHTML = CHIP_ARTICLE.repeat(20);
    let calls = 0;
    const r = await annotateSubtree(
      document.body,
      options({ chunkChars: 300, annotate: (t, l) => (calls++, annotate(t, l ? { lang: l } : {})), cancelled: () => calls >= 3 }),
    );
    expect(r.cancelled).toBe(true);
    expect(calls).toBe(3);
  });
});

describe('code and inputs', () => {
  it('never reads pre, code, kbd, samp, form fields or editable regions', async () => {
    document.body.innerHTML = `<article><p>Nvidia ships the H20 to China; Cambricon and Hygon rose.</p>
      <pre>H100 = 4</pre><p>Run <code>h20 --nvidia</code> or press <kbd>H200</kbd>; it prints <samp>B200 ok</samp>.</p>
      <textarea>H800</textarea><div contenteditable="true">MI308</div></article>`;
    const r = await annotateSubtree(document.body, options({ gate: 'force' }));
    const texts = r.annotation.mentions.map((m) => m.text);
    for (const t of ['H100', 'H200', 'B200', 'H800', 'MI308']) expect(texts).not.toContain(t);
    expect(texts).toContain('H20');
  });
});

describe('pages in other languages', () => {
  it('takes a long French page for no chip article, even where a later chunk names chip firms', async () => {
    const fr = '<p>Le conseil municipal a voté le budget de la ville pour les écoles, les routes et la bibliothèque, après un long débat entre les élus de la majorité et ceux de l’opposition.</p>';
    const chips = '<p>Nvidia et AMD vendent des puces H20 et MI308; Cambricon et Hygon montent de 9 %; SMIC fabrique le Ascend 910C.</p>';
    document.body.innerHTML = fr.repeat(40) + chips.repeat(10);
    const r = await annotateSubtree(document.body, options({ chunkChars: 2000, firstChunkChars: 2000 }));
    expect(r.annotation.detected).toBe('other');
    expect(r.annotation.relevant).toBe(false);
    expect(marks()).toEqual([]);
  });
});

// Several reads of a 60 kB page each: slow on a busy machine.
describe('the rest of a long text read elsewhere', { timeout: 60_000 }, () => {
  // Written for this test: an English page whose first part says nothing about chips and whose rest does.
  const FILLER = '<p>The harbour festival opened on Saturday with a parade of fishing boats, a brass band and stalls selling smoked fish, bread and cider along the quay.</p>';
  const CHIPS = '<p>Nvidia ships the H20 to China while AMD readies the MI308; Cambricon rose 9.87 % and SMIC, which makes the Ascend 910C, gained 6 percent.</p>';
  const page = () => FILLER.repeat(80) + CHIPS.repeat(400);

  const run = async (over: Partial<PipelineOptions>) => {
    shown = [];
    document.body.innerHTML = page();
    const r = await annotateSubtree(document.body, options(over));
    return { r, shown: [...shown], mentions: r.annotation.mentions.map((m) => `${m.start}:${m.text}`) };
  };

  it('hands over the rest cut as it would cut it, and shows the same as reading it all here', async () => {
    const here = await run({});
    let asked: string[] = [];
    let localCalls = 0;
    const elsewhere = await run({
      annotate: (t, l) => (localCalls++, annotate(t, l ? { lang: l } : {})),
      annotateRest: async (texts, lang) => {
        asked = texts;
        return texts.map((t) => annotate(t, { lang }));
      },
    });
    expect(elsewhere.r.index.length).toBeGreaterThan(LOCAL_CHARS + REST_MIN_CHARS);
    expect(localCalls).toBeLessThanOrEqual(3);
    expect(asked.length).toBeGreaterThan(3);
    // The pieces are the text from where reading here stopped to its end, in order.
    const text = textOf(elsewhere.r.index);
    expect(text.endsWith(asked.join(''))).toBe(true);
    expect(text.length - asked.join('').length).toBeGreaterThanOrEqual(LOCAL_CHARS);
    // The first part alone is no chip article; the rest makes the page one, and what the first part held shows too.
    expect(elsewhere.r.annotation.relevant).toBe(true);
    expect(elsewhere.mentions).toEqual(here.mentions);
    expect(elsewhere.shown).toEqual(here.shown);
    expect(elsewhere.r.marked).toBe(here.r.marked);
  });

  it('reads the rest here when it cannot be read elsewhere', async () => {
    const here = await run({});
    let localCalls = 0;
    const failed = await run({ annotate: (t, l) => (localCalls++, annotate(t, l ? { lang: l } : {})), annotateRest: async () => null });
    expect(failed.mentions).toEqual(here.mentions);
    expect(failed.shown).toEqual(here.shown);
    expect(localCalls).toBeGreaterThan(5);
    const thrown = await run({ annotateRest: () => Promise.reject(new Error('no background')) });
    expect(thrown.mentions).toEqual(here.mentions);
  });

  it('keeps a short text to itself, and stops when cancelled while it waits', async () => {
    document.body.innerHTML = CHIP_ARTICLE.repeat(6);
    let asked = 0;
    await annotateSubtree(document.body, options({ annotateRest: async () => (asked++, null) }));
    expect(asked).toBe(0);
    let cancel = false;
    const r = await run({
      annotateRest: async (texts, lang) => {
        cancel = true;
        return texts.map((t) => annotate(t, { lang }));
      },
      cancelled: () => cancel,
    });
    expect(r.r.cancelled).toBe(true);
    expect(r.shown).toEqual([]);
  });
});
