/**
 * Popup benchmark: the real popup and the real service worker of the built extension in Chromium, with
 * 10,000 articles × ~30 mentions × ~10 figures in the extension's own IndexedDB.
 *
 * The store is filled the way a reader would move a library between browsers: JSON backup files, imported
 * (merge) through the library page's own import, so every row goes through the same checks and the store's import
 * path. Then a sample chip article is opened in a tab and
 * recorded by the content script, and the popup is opened for that tab (`popup.html?tab=<id>`, as the browser
 * tests open it). Times inside the popup come from the popup page's own clock (`performance.now()`, zero at
 * navigation start) via a MutationObserver installed before the page's scripts, so the polling of the driver
 * adds nothing to them.
 *
 * The fill takes most of the section's time (about 100 s on a 2-core machine): some 410,000 rows go into
 * Chromium's IndexedDB, which took about 170 µs per row here even for plain `add` calls without Dexie.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { FigureValue } from '../lib/extract/types.ts';
import { KB_ENTITIES } from '../lib/kb/index.ts';
import type { StoreDump } from '../lib/store/rows.ts';
import type { Totals } from '../lib/store/types.ts';
import { launchWithExtension, startServer, waitUntil, type ExtensionBrowser } from '../tests/e2e/harness.ts';
import { ensureBuild } from './build.ts';
import { median, quantile, type BenchResult } from './util.ts';
import { seededRandom } from '../lib/rng.ts';

const ARTICLES = 10_000;
/** Articles per backup file (about 30 MB of JSON each). */
const BATCH = 3_334;
const POPUP_RUNS = 15;
const POPUP_WARMUP = 2;
const ROUND_TRIPS = 100;
/** Co-mentions take a quarter of a second each at this size: fewer runs keep the section short. */
const CO_MENTION_TRIPS = 30;
/** The sample opened in a tab: Nvidia, the H20 and figures about them (23 August 2025). */
const SAMPLE = '/de-nvidia-h20-produktionsstopp.html';
/** The popular entity whose round trips are timed. */
const HOT = 'nvidia-h20';
const DAY = 86_400_000;
/** Two years of news. */
const START = Date.parse('2024-01-01T00:00:00Z');
const SPAN_DAYS = 731;

// ---------------------------------------------------------------------------------------------------------
// Synthetic library


/** The news of the last two years starts here; the rest of the knowledge base follows in its own order. */
const HEAD = ['nvidia', 'nvidia-h20', 'tsmc', 'huawei', 'nvidia-h200', 'amd', 'huawei-ascend-910c', 'smic', 'cambricon', 'sk-hynix', 'samsung', 'intel', 'alibaba', 'baidu', 'micron', 'asml'];

type Entity = (typeof KB_ENTITIES)[number];

/** KB entities by popularity rank, with Zipf weights (1/rank): a handful are in most articles, most are rare. */
function popularity(): { ranked: Entity[]; pick: (random: () => number) => Entity } {
  const byId = new Map(KB_ENTITIES.map((e) => [e.id, e]));
  const head = HEAD.map((id) => byId.get(id)).filter((e): e is Entity => !!e);
  const ranked = [...head, ...KB_ENTITIES.filter((e) => !HEAD.includes(e.id))];
  const cumulative: number[] = [];
  let sum = 0;
  ranked.forEach((_, i) => cumulative.push((sum += 1 / (i + 1))));
  const pick = (random: () => number) => {
    const r = random() * sum;
    let lo = 0;
    let hi = ranked.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo];
  };
  return { ranked, pick };
}

const SITES = ['halbleiter-kurier.example', 'chipwire.example', 'techboerse.example', 'asia-silicon.example', 'marktbrief.example', 'foundry-weekly.example', 'datacenter-dispatch.example', 'exportkontrolle.example', 'ki-wirtschaft.example', 'semis-daily.example'];

/** Context around a mention, ≤ 32 characters a side as the content script clips it. Our own phrases. */
const PREFIXES = {
  de: ['Nach Angaben von Analysten will ', 'Im zweiten Quartal lieferte ', 'Die Regierung in Peking drängt ', 'Laut Lieferkettenkreisen plant ', 'Vor allem Rechenzentren setzen ', 'Zuletzt hatte '],
  en: ['According to analysts, ', 'In the second quarter, ', 'Supply-chain sources say ', 'Data-centre operators now buy ', 'People familiar with the plan say ', 'Earlier this year, '],
};
const SUFFIXES = {
  de: [' die Produktion deutlich ausbauen.', ' mehr Beschleuniger als erwartet.', ' auf heimische Alternativen.', ' neue Exportlizenzen beantragt.', ' im Gespräch mit Großkunden.'],
  en: [' will ramp up production sharply.', ' shipped more accelerators.', ' is courting large cloud buyers.', ' applied for new export licences.', ' cut its outlook for the year.'],
};
const TITLES = {
  de: (a: string, b: string) => [`${a} und ${b}: Was die neuen Exportregeln bedeuten`, `${a} erhöht Prognose, ${b} unter Druck`, `Wie ${a} auf ${b} reagiert`],
  en: (a: string, b: string) => [`${a} and ${b}: what the new export rules mean`, `${a} raises its outlook as ${b} struggles`, `How ${a} answers ${b}`],
};

const choose = <T>(xs: readonly T[], random: () => number): T => xs[Math.floor(random() * xs.length)];

/** A figure value and the words a page would have written for it. */
function figure(random: () => number, lang: 'de' | 'en'): { value: FigureValue; exact: string } {
  const r = random();
  const de = lang === 'de';
  if (r < 0.35) {
    const bn = Math.round(random() * 500) / 10;
    const currency = random() < 0.75 ? 'USD' : 'CNY';
    const exact = de ? `${String(bn).replace('.', ',')} Milliarden ${currency === 'USD' ? 'Dollar' : 'Yuan'}` : `${currency === 'USD' ? '$' : '¥'}${bn} billion`;
    return { value: { type: 'money', amount: bn * 1e9, currency }, exact };
  }
  if (r < 0.6) {
    const v = Math.round(random() * 800) / 10;
    return { value: { type: 'percent', value: v }, exact: de ? `${String(v).replace('.', ',')} Prozent` : `${v}%` };
  }
  if (r < 0.8) {
    const n = 1000 * (1 + Math.floor(random() * 500));
    return { value: { type: 'quantity', amount: n, unit: 'chips' }, exact: `${n.toLocaleString(de ? 'de-DE' : 'en-US')} ${de ? 'Chips' : 'chips'}` };
  }
  if (r < 0.9) {
    const gb = choose([80, 96, 141, 192, 288], random);
    return { value: { type: 'memory', amount: gb, unit: 'GB' }, exact: `${gb} GB` };
  }
  const nm = choose([3, 5, 7, 14], random);
  return { value: { type: 'process', amount: nm, unit: 'nm' }, exact: `${nm} nm` };
}

type DumpArticle = StoreDump['articles'][number];
type DumpMention = StoreDump['mentions'][number];
type DumpFigure = StoreDump['figures'][number];

/** One backup of `count` articles starting at global number `first`; ids are local to the backup, as in an export. */
function backup(first: number, count: number, random: () => number, pick: (random: () => number) => Entity): StoreDump {
  const articles: DumpArticle[] = [];
  const mentions: DumpMention[] = [];
  const figures: DumpFigure[] = [];
  for (let i = 0; i < count; i++) {
    const n = first + i;
    const id = i + 1;
    const lang = random() < 0.55 ? 'de' : 'en';
    const day = Math.floor(random() * SPAN_DAYS);
    const published = START + day * DAY + Math.floor(random() * DAY);
    const dated = random() < 0.75;
    const firstSeen = published + Math.floor(random() * 3 * DAY);
    const lastSeen = firstSeen + (random() < 0.2 ? Math.floor(random() * 10 * DAY) : 0);
    // ~30 distinct entities, drawn by popularity.
    const want = 22 + Math.floor(random() * 17);
    const chosen = new Map<string, Entity>();
    for (let guard = 0; chosen.size < want && guard < 2000; guard++) {
      const e = pick(random);
      chosen.set(e.id, e);
    }
    const list = [...chosen.values()];
    const site = choose(SITES, random);
    const d = new Date(published);
    const saved = random() < 0.15;
    articles.push({
      id,
      url: `https://www.${site}/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${list[0].id}-${list[1].id}-${n}`,
      title: choose(TITLES[lang](list[0].name, list[1].name), random),
      site,
      lang,
      ...(dated ? { publishedAt: published } : {}),
      firstSeen,
      lastSeen,
      ...(saved ? { savedAt: lastSeen, ...(random() < 0.5 ? { readAt: lastSeen + DAY } : {}) } : {}),
      tags: saved && random() < 0.4 ? [choose(['china', 'export', 'hbm', 'foundry'], random)] : [],
      entityIds: list.map((e) => e.id),
    });
    list.forEach((e, k) => {
      mentions.push({
        articleId: id,
        entityId: e.id,
        kind: e.kind as 'chip' | 'company',
        name: e.name,
        // Popular entities are named more often in an article.
        count: 1 + Math.floor(random() * (k < 5 ? 8 : 3)),
        quote: { exact: choose([e.name, ...e.aliases], random), prefix: choose(PREFIXES[lang], random), suffix: choose(SUFFIXES[lang], random) },
        start: 200 + k * 250 + Math.floor(random() * 200),
      });
    });
    const nFigures = 6 + Math.floor(random() * 9);
    for (let k = 0; k < nFigures; k++) {
      const f = figure(random, lang);
      // Most figures are about one of the article's leading entities.
      const about = random() < 0.75 ? list[Math.floor(random() * Math.min(list.length, 8))].id : undefined;
      figures.push({
        articleId: id,
        ...(about ? { about } : {}),
        value: f.value,
        quote: { exact: f.exact, prefix: choose(PREFIXES[lang], random), suffix: choose(SUFFIXES[lang], random) },
        start: 400 + k * 600 + Math.floor(random() * 300),
      });
    }
  }
  return { format: 'chiplens-store', version: 3, exportedAt: START + SPAN_DAYS * DAY, articles, mentions, figures, notes: [] };
}

// ---------------------------------------------------------------------------------------------------------
// Browser side

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** Sends one request to the service worker from an extension page and returns its data (or throws). */
async function ask<T>(helper: Page, message: object): Promise<T> {
  const res = await helper.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    message,
  );
  const answer = res as Answer<T>;
  if (!answer?.ok) throw new Error(`${JSON.stringify(message).slice(0, 80)} failed: ${answer ? answer.error.message : 'no answer'}`);
  return answer.data;
}

/** Imports a backup file through the library page (`library.html#/data`), as a reader picks one; throws if it fails. */
async function importBackupFile(library: Page, file: string): Promise<void> {
  const status = library.locator('[data-import-status]');
  await library.locator('input[type=file]').setInputFiles(file);
  await waitUntil(async () => (await library.locator('[data-task=import-progress]').count()) === 0 && (await status.count()) > 0, 600_000, 'the import to finish');
  if ((await status.getAttribute('data-import-status')) !== 'ok') throw new Error(`import failed: ${await status.innerText()}`);
}

/** The tab showing `url`, once the background has recorded its article (see tests/e2e/popup.e2e.test.ts). */
async function recordedTab(helper: Page, url: string): Promise<{ tabId: number; articleId: number }> {
  let found: { tabId: number; articleId: number } | undefined;
  await waitUntil(
    async () => {
      found = await helper.evaluate(async (u) => {
        const { chrome } = globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown): Promise<{ ok: boolean; data: { url: string; articleId?: number } }> } };
        };
        for (const tab of await chrome.tabs.query({})) {
          const res = await chrome.tabs.sendMessage(tab.id, { type: 'page/summary' }).catch(() => undefined);
          if (res?.ok && res.data.url === u && res.data.articleId !== undefined) return { tabId: tab.id, articleId: res.data.articleId };
        }
        return undefined;
      }, url);
      return found !== undefined;
    },
    30_000,
    `the content script to record ${url}`,
  );
  return found!;
}

/**
 * Installed before the popup's scripts: notes on the page's clock when the entity buttons, "what's new" and
 * (after `window.__open()`) the entity context first appear in the DOM.
 */
const OBSERVE_POPUP = `
  window.__t = {};
  // Every request the popup makes, with its start and end on the page's clock (for the breakdown line).
  window.__req = [];
  const wrap = (api, method, label) => {
    if (!api || typeof api[method] !== 'function' || api[method].__timed) return;
    const call = api[method].bind(api);
    const timed = (...args) => {
      const entry = { type: label(args), start: performance.now() };
      const p = call(...args);
      Promise.resolve(p).finally(() => { entry.end = performance.now(); window.__req.push(entry); });
      return p;
    };
    timed.__timed = true;
    api[method] = timed;
  };
  for (const ns of [globalThis.chrome, globalThis.browser]) {
    wrap(ns?.runtime, 'sendMessage', (a) => a[0]?.type);
    wrap(ns?.tabs, 'sendMessage', (a) => 'tab ' + a[1]?.type);
    wrap(ns?.tabs, 'get', () => 'tabs.get');
    wrap(ns?.tabs, 'query', () => 'tabs.query');
    wrap(ns?.storage?.local, 'get', () => 'storage.get');
  }
  document.addEventListener('DOMContentLoaded', () => window.__req.push({ type: 'DOMContentLoaded', start: performance.now(), end: performance.now() }));
  const check = () => {
    const t = window.__t, now = performance.now();
    if (t.entities === undefined && document.querySelector('button.entity')) t.entities = now;
    if (t.whatsNew === undefined) {
      const w = document.querySelector('.whats-new');
      // Ready once it shows a list of changes or its "none" line rather than the loading line (which ends in "…").
      if (w && (w.querySelector('ul') || [...w.querySelectorAll('p')].some((p) => !p.textContent.trim().endsWith('…')))) t.whatsNew = now;
    }
    const ctx = document.querySelector('.entity-context');
    if (t.clicked !== undefined && ctx) {
      // Each of its three sections shows a status line until its own answer is in.
      const sections = ctx.querySelectorAll(':scope > section');
      const ready = (i) => sections[i] && !sections[i].querySelector('[role=status]');
      if (t.context === undefined && ready(0) && ready(1)) t.context = now;
      if (t.co === undefined && ready(2)) t.co = now;
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  window.__open = () => {
    const b = document.querySelector('button.entity');
    window.__t.entity = b.dataset.entity;
    window.__t.clicked = performance.now();
    b.click();
  };`;

interface PopupRun {
  /** Navigation start → first `button.entity`. */
  entities: number;
  /** Navigation start → "what's new" ready. */
  whatsNew: number;
  /** Click on the first entity → its other articles and its figure timeline shown. */
  context: number;
  /** Click on the first entity → the entities often named with it shown (the slowest query). */
  co: number;
  entity: string;
  /** The popup's requests (and DOMContentLoaded) until "what's new" was ready, on the page's clock. */
  requests: { type: string; start: number; end: number }[];
}

/** Opens the popup for `tabId` in a fresh page and times it; see {@link OBSERVE_POPUP}. */
async function popupRun(ext: ExtensionBrowser, tabId: number): Promise<PopupRun> {
  const page = await ext.context.newPage();
  try {
    await page.setViewportSize({ width: 400, height: 900 });
    await page.addInitScript(OBSERVE_POPUP);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
    const t = () => page.evaluate(() => (window as unknown as { __t: Partial<PopupRun> & { clicked?: number } }).__t);
    await page.waitForFunction(() => {
      const t = (window as unknown as { __t?: { entities?: number; whatsNew?: number } }).__t;
      return t?.entities !== undefined && t.whatsNew !== undefined;
    }, null, { timeout: 30_000, polling: 20 });
    await page.evaluate(() => (window as unknown as { __open(): void }).__open());
    await page.waitForFunction(() => {
      const t = (window as unknown as { __t: { context?: number; co?: number } }).__t;
      return t.context !== undefined && t.co !== undefined;
    }, null, { timeout: 30_000, polling: 20 });
    const r = await t();
    const requests = await page.evaluate(() => (window as unknown as { __req: PopupRun['requests'] }).__req);
    if (errors.length) throw new Error(`popup script error: ${errors[0]}`);
    return {
      entities: r.entities!,
      whatsNew: r.whatsNew!,
      context: r.context! - r.clicked!,
      co: r.co! - r.clicked!,
      entity: r.entity!,
      requests: requests.filter((q) => q.start < r.whatsNew!),
    };
  } finally {
    await page.close();
  }
}

/** Times `runs` round trips of one request from an extension page through the service worker. */
async function roundTrips(helper: Page, message: object, runs: number): Promise<number[]> {
  return helper.evaluate(
    async ({ message, runs }) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: { message: string } }> } } };
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const res = await chrome.runtime.sendMessage(message);
        times.push(performance.now() - t0);
        if (!res?.ok) throw new Error(res?.error?.message ?? 'no answer');
      }
      return times;
    },
    { message, runs },
  );
}

/** Median start and end of each request type across runs, in order of start. */
function breakdown(runs: PopupRun[], from: (r: PopupRun) => number, to: (r: PopupRun) => number): string {
  const byType = new Map<string, { start: number[]; end: number[] }>();
  for (const r of runs) {
    for (const q of r.requests.filter((q) => q.start >= from(r) && q.start < to(r))) {
      const e = byType.get(q.type) ?? { start: [], end: [] };
      e.start.push(q.start);
      e.end.push(q.end);
      byType.set(q.type, e);
    }
  }
  return [...byType]
    .map(([type, e]) => ({ type, start: median(e.start), end: median(e.end), n: e.start.length / runs.length }))
    .sort((a, b) => a.start - b.start)
    .map((q) => `${q.type}${q.n > 1 ? ` ×${q.n.toFixed(1)}` : ''} ${q.start.toFixed(0)} → ${q.end.toFixed(0)}`)
    .join(', ');
}

const ms = (name: string, value: number, goal?: number): BenchResult => ({ name, value, unit: 'ms', ...(goal !== undefined ? { goal: `≤ ${goal}`, ok: value <= goal } : {}) });

/** The `popup` section of `npm run bench`: fills the extension's store, opens the popup, returns the table. */
export async function benchPopup(): Promise<{ title: string; rows: BenchResult[] }> {
  const build = ensureBuild();
  console.log(`\nPopup benchmark: ${build.note}`);
  const random = seededRandom(20261123);
  const { pick } = popularity();

  const tGen = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'chiplens-bench-'));
  const backups: string[] = [];
  let bytes = 0;
  let expected = { articles: 0, figures: 0, mentions: 0 };
  for (let first = 0; first < ARTICLES; first += BATCH) {
    const dump = backup(first, Math.min(BATCH, ARTICLES - first), random, pick);
    expected = { articles: expected.articles + dump.articles.length, figures: expected.figures + dump.figures.length, mentions: expected.mentions + dump.mentions.length };
    const file = join(dir, `backup-${first}.json`);
    const json = JSON.stringify(dump);
    bytes += json.length;
    await writeFile(file, json);
    backups.push(file);
  }
  const genMs = performance.now() - tGen;
  const mb = bytes / 1e6;

  const server = await startServer();
  const ext = await launchWithExtension();
  try {
    const helper = await ext.extensionPage('options.html');
    const library = await ext.extensionPage('library.html#/data');
    const t0 = performance.now();
    for (const file of backups) await importBackupFile(library, file);
    const fillMs = performance.now() - t0;
    await library.close();
    await rm(dir, { recursive: true, force: true });
    const totals = await ask<Totals>(helper, { type: 'stats/totals' });
    if (totals.articles !== expected.articles || totals.figures !== expected.figures) {
      throw new Error(`store not filled as expected: ${JSON.stringify(totals)}; expected ${JSON.stringify(expected)}`);
    }
    console.log(
      `  filled ${totals.articles} articles, ${expected.mentions} mentions, ${totals.figures} figures, ${totals.entities} entities ` +
        `(${mb.toFixed(0)} MB of backup JSON in ${backups.length} files imported through the library page; generated in ${(genMs / 1000).toFixed(1)} s)`,
    );

    const article = await ext.context.newPage();
    await article.goto(server.url(SAMPLE));
    const { tabId, articleId } = await recordedTab(helper, article.url());

    const popups: PopupRun[] = [];
    for (let i = 0; i < POPUP_WARMUP + POPUP_RUNS; i++) popups.push(await popupRun(ext, tabId));
    const cold = popups[0];
    const warm = popups.slice(POPUP_WARMUP);
    const entity = warm[0].entity;

    const context = await roundTrips(helper, { type: 'entity/context', entityId: HOT, excludeArticleId: articleId, limit: 5 }, ROUND_TRIPS);
    const timeline = await roundTrips(helper, { type: 'entity/timeline', entityId: HOT }, ROUND_TRIPS);
    const co = await roundTrips(helper, { type: 'entity/co-mentions', entityId: HOT, limit: 8 }, CO_MENTION_TRIPS);
    const articleGet = await roundTrips(helper, { type: 'article/get', articleId }, 30);
    const totalsTrip = await roundTrips(helper, { type: 'stats/totals' }, 10);
    const hot = await ask<{ total: number }>(helper, { type: 'entity/context', entityId: HOT, limit: 1 });
    const nvidia = await ask<{ total: number }>(helper, { type: 'entity/context', entityId: 'nvidia', limit: 1 });

    console.log(`  popup before its first render (median start → end, ms since navigation): ${breakdown(warm, () => 0, (r) => r.entities)}`);
    console.log(`  popup after it, until "what's new" is ready: ${breakdown(warm, (r) => r.entities, (r) => r.whatsNew)}`);
    const col = (f: (r: PopupRun) => number) => warm.map(f);
    return {
      title: `Popup (Chromium, built extension at ${build.dir}; ${totals.articles} stored articles; ${POPUP_RUNS} popup opens after ${POPUP_WARMUP} warm-ups; ${ROUND_TRIPS} round trips, co-mentions ${CO_MENTION_TRIPS})`,
      rows: [
        { name: `fill: ${ARTICLES} articles by ${backups.length} backup files imported in the library page`, value: fillMs / 1000, unit: 's' },
        ms('popup: navigation → entity buttons rendered, median', median(col((r) => r.entities)), 150),
        ms('popup: navigation → entity buttons rendered, p95', quantile(col((r) => r.entities), 0.95)),
        ms('popup: first open (service worker and database warm-up)', cold.entities),
        ms("popup: navigation → \"what's new\" ready, median", median(col((r) => r.whatsNew))),
        ms(`popup: click ${entity} → its articles and timeline shown, median`, median(col((r) => r.context)), 100),
        ms('popup: click → context view, p95', quantile(col((r) => r.context), 0.95)),
        ms('popup: click → co-mentions shown, median', median(col((r) => r.co))),
        ms(`round trip entity/context (${HOT}, limit 5), median`, median(context), 10),
        ms('round trip entity/context, p95', quantile(context, 0.95), 25),
        ms(`round trip entity/timeline (${HOT}, 200 points), median`, median(timeline), 10),
        ms('round trip entity/timeline, p95', quantile(timeline, 0.95), 25),
        ms(`round trip entity/co-mentions (${HOT}, 8), median`, median(co)),
        ms('round trip entity/co-mentions, p95', quantile(co, 0.95)),
        ms('round trip article/get (the open article), median', median(articleGet)),
        ms('round trip stats/totals (not awaited by the popup), median', median(totalsTrip)),
        { name: `articles mentioning ${HOT}`, value: hot.total, unit: '' },
        { name: 'articles mentioning nvidia', value: nvidia.total, unit: '' },
      ],
    };
  } finally {
    await ext.close();
    await server.close();
  }
}
