/**
 * Store benchmark: a fake-indexeddb store with 10,000 articles × 30 mentions × 10 figures, then the latency of
 * the cross-article queries and of recording one article. Run alone with `npx tsx bench/store.ts`, or as a
 * section of `npm run bench`.
 *
 * fake-indexeddb is an in-memory JavaScript implementation, so the figures measure the store's own work
 * (index choice, rows touched, transactions) rather than Chromium's disk-backed IndexedDB.
 */
import type { FigureValue, Measure } from '../lib/extract/types.ts';
import type { ArticleReport } from '../lib/report.ts';
import { recordArticle } from '../lib/store/articles.ts';
import { coMentions, entityContext, figureTimeline } from '../lib/store/context.ts';
import type { StoreDb } from '../lib/store/db.ts';
import { figureMeasure } from '../lib/store/measure.ts';
import { readingList } from '../lib/store/reading-list.ts';
import { testStore } from '../lib/store/testing.ts';
import type { ArticleRow, EntityRow, FigureRow, MentionRow } from '../lib/store/types.ts';
import { median, printTable, quantile, type BenchResult } from './util.ts';
import { seededRandom } from '../lib/rng.ts';

const ARTICLES = 10_000;
const MENTIONS_PER_ARTICLE = 30;
const FIGURES_PER_ARTICLE = 10;
const ENTITIES = 400;
const QUERY_RUNS = 200;
const WRITE_RUNS = 60;
const DAY = 86_400_000;
const START = Date.parse('2024-01-01T00:00:00Z');


/** Entity ids with Zipf-like popularity: a few (Nvidia, TSMC) occur in most articles, most are rare. */
function entityPicker(random: () => number): { ids: string[]; pick: () => string } {
  const ids = Array.from({ length: ENTITIES }, (_, i) => `entity-${String(i).padStart(3, '0')}`);
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < ENTITIES; i++) cumulative.push((sum += 1 / (i + 1)));
  return {
    ids,
    pick: () => {
      const r = random() * sum;
      let lo = 0;
      let hi = ENTITIES - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] < r) lo = mid + 1;
        else hi = mid;
      }
      return ids[lo];
    },
  };
}

const quote = (exact: string, random: () => number) => ({
  exact,
  prefix: `some words before the mention ${Math.floor(random() * 1e6)} `.slice(0, 32),
  suffix: ` and some words after it, ${Math.floor(random() * 1e6)}`.slice(0, 32),
});

function figureValue(random: () => number): FigureValue {
  const r = random();
  if (r < 0.4) return { type: 'money', amount: Math.round(random() * 5e10), currency: random() < 0.7 ? 'USD' : 'CNY' };
  if (r < 0.7) return { type: 'percent', value: Math.round(random() * 1000) / 10 };
  if (r < 0.85) return { type: 'quantity', amount: Math.round(random() * 1e6) };
  return { type: 'memory', amount: [80, 96, 141, 192][Math.floor(random() * 4)], unit: 'GB' };
}

const SYNTHETIC_MEASURES: Partial<Record<FigureValue['type'], (Measure | undefined)[]>> = {
  money: ['revenue', 'charge', 'guidance', 'investment'],
  percent: ['growth', 'market-share', undefined],
  quantity: ['shipments', 'orders', undefined],
};

/** What a synthetic figure measures: derived from its value, so the random stream (and every other number) stays as it was. */
function syntheticMeasure(v: FigureValue): Measure | undefined {
  const pool = SYNTHETIC_MEASURES[v.type];
  const n = v.type === 'percent' ? ('value' in v ? v.value * 10 : v.min) : 'amount' in v ? v.amount : 0;
  return pool?.[Math.abs(Math.floor(n)) % pool.length];
}

/** One synthetic article's report: 30 distinct entities, 10 figures, 70 % of them about one of its entities. */
function syntheticReport(n: number, random: () => number, pick: () => string): ArticleReport {
  const ids = new Set<string>();
  while (ids.size < MENTIONS_PER_ARTICLE) ids.add(pick());
  const entities = [...ids].map((id, i) => ({
    id,
    kind: (i % 3 ? 'chip' : 'company') as 'chip' | 'company',
    name: id.toUpperCase(),
    count: 1 + Math.floor(random() * 5),
    quote: quote(id, random),
    start: i * 300,
  }));
  const figures = Array.from({ length: FIGURES_PER_ARTICLE }, (_, i) => {
    const value = figureValue(random);
    const measure = syntheticMeasure(value);
    return {
      value,
      ...(measure ? { measure } : {}),
      ...(random() < 0.7 ? { about: entities[Math.floor(random() * entities.length)].id } : {}),
      quote: quote('12,5 Milliarden Dollar', random),
      start: i * 700 + 50,
    };
  });
  const dated = random() < 0.7;
  return {
    url: `https://news${n % 40}.example/2025/article-${n}`,
    title: `Synthetic article ${n} about chips and export rules`,
    site: `news${n % 40}.example`,
    lang: n % 2 ? 'de' : 'en',
    ...(dated ? { publishedAt: new Date(START + Math.floor(random() * 1000) * DAY).toISOString() } : {}),
    entities,
    figures,
  };
}

/** Fills the store in bulk (one transaction per 500 articles), bypassing recordArticle's per-article lookup. */
async function fill(db: StoreDb, random: () => number, pick: () => string): Promise<void> {
  const CHUNK = 500;
  const entities = new Map<string, EntityRow>();
  for (let base = 0; base < ARTICLES; base += CHUNK) {
    const reports = Array.from({ length: Math.min(CHUNK, ARTICLES - base) }, (_, i) => syntheticReport(base + i, random, pick));
    await db.transaction('rw', db.articles, db.mentions, db.figures, async () => {
      const rows = reports.map((r, i): Omit<ArticleRow, 'id'> => {
        const firstSeen = START + Math.floor(((base + i) / ARTICLES) * 1000 * DAY);
        const publishedAt = r.publishedAt ? Date.parse(r.publishedAt) : undefined;
        return {
          url: r.url,
          title: r.title,
          site: r.site!,
          lang: r.lang,
          ...(publishedAt !== undefined ? { publishedAt } : {}),
          date: publishedAt ?? firstSeen,
          firstSeen,
          lastSeen: firstSeen,
          ...((base + i) % 5 === 0 ? { savedAt: firstSeen } : {}),
          tags: (base + i) % 7 === 0 ? ['china'] : [],
          entityIds: r.entities.map((e) => e.id),
        };
      });
      const ids = await db.articles.bulkAdd(rows as ArticleRow[], { allKeys: true });
      const mentions: Omit<MentionRow, 'id'>[] = [];
      const figures: Omit<FigureRow, 'id'>[] = [];
      reports.forEach((r, i) => {
        const articleId = ids[i];
        const date = rows[i].date;
        for (const e of r.entities) {
          const row = entities.get(e.id) ?? { id: e.id, kind: e.kind, name: e.name, articles: 0 };
          row.articles += 1;
          entities.set(e.id, row);
        }
        for (const e of r.entities) mentions.push({ articleId, entityId: e.id, kind: e.kind, name: e.name, count: e.count, quote: e.quote, start: e.start, date });
        for (const f of r.figures) figures.push({ articleId, ...(f.about ? { about: f.about } : {}), type: f.value.type, value: f.value, measure: figureMeasure(f.value, f.measure), quote: f.quote, start: f.start, date });
      });
      await db.mentions.bulkAdd(mentions as MentionRow[]);
      await db.figures.bulkAdd(figures as FigureRow[]);
    });
  }
  await db.entities.bulkPut([...entities.values()]);
}

async function timeRuns(runs: number, op: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await op(i);
    times.push(performance.now() - t0);
  }
  return times;
}

function result(name: string, value: number, goal?: number): BenchResult {
  return { name, value, unit: 'ms', ...(goal !== undefined ? { goal: `≤ ${goal}`, ok: value <= goal } : {}) };
}

/** The filled benchmark store, its entity ids (most common first) and the entity picker used to fill it. */
export async function buildBenchStore(): Promise<{ db: StoreDb; ids: string[]; pick: () => string; fillMs: number }> {
  const random = seededRandom(20261123);
  const { ids, pick } = entityPicker(random);
  const db = await testStore('bench');
  const t0 = performance.now();
  await fill(db, random, pick);
  return { db, ids, pick, fillMs: performance.now() - t0 };
}

/** Fills a store and measures the goals; see the module comment. */
export async function benchStore(): Promise<BenchResult[]> {
  const { db, ids, pick, fillMs } = await buildBenchStore();
  try {
    const [articles, mentions, figures] = await Promise.all([db.articles.count(), db.mentions.count(), db.figures.count()]);

    // Varied entities: every run a different one, from the most common to the rarest.
    const entityFor = (i: number) => ids[(i * 7919) % ENTITIES];
    const articleFor = (i: number) => 1 + ((i * 104729) % ARTICLES);

    await timeRuns(20, (i) => entityContext(db, entityFor(i), { excludeArticleId: articleFor(i) }));
    const context = await timeRuns(QUERY_RUNS, (i) => entityContext(db, entityFor(i), { excludeArticleId: articleFor(i), limit: 10 }));
    await timeRuns(20, (i) => figureTimeline(db, entityFor(i)));
    const timeline = await timeRuns(QUERY_RUNS, (i) => figureTimeline(db, entityFor(i)));
    // What "what's new" and a figure's card ask: the latest figures of one measure before the article being read.
    const measureFor = (i: number): Measure => (['revenue', 'charge', 'growth', 'shipments', 'memory'] as const)[i % 5];
    const earlierOf = (i: number) => figureTimeline(db, entityFor(i), { measure: measureFor(i), earlierThan: articleFor(i), limit: 20 });
    await timeRuns(20, earlierOf);
    const earlier = await timeRuns(QUERY_RUNS, earlierOf);
    const co = await timeRuns(50, (i) => coMentions(db, entityFor(i), 10));
    const list = await timeRuns(50, (i) => readingList(db, { state: 'unread', text: i % 2 ? 'chips' : '', sort: 'saved', limit: 50 }));

    // Writing one article: brand-new ones, and revisits that replace an article's mentions and figures.
    const writeRandom = seededRandom(7);
    const fresh = await timeRuns(WRITE_RUNS, (i) => recordArticle(db, syntheticReport(ARTICLES + i, writeRandom, pick)));
    const revisit = await timeRuns(WRITE_RUNS, (i) => recordArticle(db, syntheticReport(articleFor(i) - 1, writeRandom, pick)));

    const hottest = await entityContext(db, ids[0], { limit: 1 });
    return [
      { name: `fill ${articles} articles, ${mentions} mentions, ${figures} figures (bulk)`, value: fillMs / 1000, unit: 's' },
      result('entity context, median (limit 10, excluding current)', median(context), 10),
      result('entity context, p95', quantile(context, 0.95), 25),
      result('figure timeline, median (up to 200 points)', median(timeline), 10),
      result('figure timeline, p95', quantile(timeline, 0.95), 25),
      result('earlier figures of one measure (what is new, card), median', median(earlier), 10),
      result('earlier figures of one measure, p95', quantile(earlier, 0.95), 25),
      result('record one article (30 mentions, 10 figures), new, median', median(fresh), 15),
      result('record one article, revisit replacing rows, median', median(revisit), 15),
      result('co-mentions, median', median(co)),
      result('reading list (unread, title search), median', median(list)),
      { name: `most common entity occurs in (articles)`, value: hottest.total, unit: '' },
    ];
  } finally {
    db.close();
  }
}

// Run directly (`npx tsx bench/store.ts`), not when bundled into bench/run.ts, whose own URL is argv[1].
if (/[\\/]bench[\\/]store\.ts$/.test(process.argv[1] ?? '')) {
  printTable('Store (10,000 articles, fake-indexeddb in Node)', await benchStore());
}
