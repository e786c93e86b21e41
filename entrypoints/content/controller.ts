/**
 * ChipLens on one page: decides whether to annotate (settings, relevance gate, the reader's request), runs the
 * sliced pipeline, keeps new content marked, reports the article to the background and answers the popup.
 * Runs never overlap: each waits for the previous one, and a newer decision cancels an older run.
 */
import type { SeenIn } from '../../components/card/Card.tsx';
import { CardHost } from '../../components/card/host.tsx';
import { createMark, unwrapMark, unwrapMarks } from '../../lib/dom/highlight.ts';
import { installMarkStyles, pageTheme, type Theme } from '../../lib/dom/mark-style.ts';
import { annotateSubtree, type PipelineResult } from '../../lib/dom/pipeline.ts';
import { isInsideSkipped, UI_ATTR } from '../../lib/dom/readable.ts';
import { yieldToMain } from '../../lib/dom/schedule.ts';
import { textOf } from '../../lib/dom/text-index.ts';
import { DomWatcher } from '../../lib/dom/watch.ts';
import { annotate, getMatcher } from '../../lib/extract/index.ts';
import type { Annotation, Language, Mention } from '../../lib/extract/types.ts';
import { buildArticleReport } from '../../lib/report.ts';
import { decide, sameKinds, type Decision, type Settings } from '../../lib/settings.ts';
import { CardInteraction } from './interaction.ts';
import { readLoadedMeta, readPageInfo, type LoadedMeta } from './page-info.ts';
import type { PageSummary } from './protocol.ts';
import type { Background } from './bridge.ts';

type State = 'off' | 'idle' | 'active';

/** A page that is not (yet) a chip article is read again at most this often while content keeps arriving. */
const IDLE_RECHECK_MS = 2000;

/**
 * After a single-page navigation the new article usually arrives later than the new address (the router
 * changes the URL, then loads and renders): for this long, changes make the whole page be read and reported
 * again, so the store does not keep the previous article under the new address.
 */
const NAVIGATION_SETTLE_MS = 10_000;

export interface ControllerOptions {
  doc: Document;
  /** The page address (changes on single-page sites). */
  url: () => string;
  settings: Settings;
  background: Background;
}

export class PageController {
  private state: State = 'off';
  private settings: Settings;
  private decision: Decision;
  /** The reader asked for this page (shortcut, popup): annotate whatever the gate says. */
  private forced = false;
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly doc: Document;
  private readonly watcher: DomWatcher | null;
  private readonly mentionOf = new WeakMap<Element, Mention>();
  private readonly card: CardHost;
  private readonly interaction: CardInteraction;
  private theme: Theme = 'light';
  private stylesInstalled = false;
  private lang: Language | undefined;
  private annotation: Annotation | undefined;
  /** Mentions found in content added after the full run (for the summary). */
  private added: Mention[] = [];
  private articleId: number | undefined;
  /** Report the page even without entities (the reader added a note to it). */
  private recordAnyway = false;
  private reported: Promise<void> = Promise.resolve();
  private readonly seenCache = new Map<string, Promise<SeenIn>>();
  private lastFullRun = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private hiddenFingerprint: string | null = null;
  private navigatedAt = -Infinity;
  /** The head's identity claims at load, so that stale ones after an in-page move are not believed. */
  private readonly loadedMeta: LoadedMeta;

  constructor(private readonly opts: ControllerOptions) {
    this.doc = opts.doc;
    this.loadedMeta = readLoadedMeta(opts.doc, opts.url());
    this.settings = opts.settings;
    this.decision = decide(this.settings, opts.url());
    const body = this.doc.body;
    this.watcher = body ? new DomWatcher(body, { onChange: (blocks, stale) => this.onDomChange(blocks, stale) }) : null;
    this.card = new CardHost(this.doc);
    this.interaction = new CardInteraction(this.doc, {
      host: this.card,
      resolve: (mark) => this.cardFor(mark),
      loadSeen: (id) => this.loadSeen(id),
      theme: () => this.theme,
    });
  }

  /** First run after load, as the settings decide. */
  start(): Promise<void> {
    if (this.decision === 'off') return Promise.resolve();
    return this.fullRun();
  }

  /** Annotates now, whatever the gate and site settings say (the reader asked). Resolves when done. */
  async annotateNow(): Promise<PageSummary> {
    this.forced = true;
    await this.fullRun();
    return this.summary();
  }

  /**
   * The stored article's id, recording the page first when it was not (a note needs its article): annotates
   * on the reader's behalf and reports the page even without a chip or company in it. Undefined when the
   * background could not record it.
   */
  async recordedArticle(): Promise<number | undefined> {
    await this.reported;
    if (this.articleId === undefined) {
      this.recordAnyway = true;
      await this.annotateNow();
      await this.reported;
    }
    return this.articleId;
  }

  /** Runs a DOM write of ChipLens's own (note elements) without the watcher taking it for page content. */
  quietly(write: () => void): void {
    if (this.watcher) this.watcher.quietly(write);
    else write();
  }

  /** New settings from storage: switch off, re-highlight other kinds, or start. */
  applySettings(next: Settings): void {
    const prev = this.settings;
    this.settings = next;
    const decision = decide(next, this.opts.url());
    const changed = decision !== this.decision;
    this.decision = decision;
    if (decision === 'off' && !this.forced) {
      this.switchOff();
      return;
    }
    if (changed || !sameKinds(prev, next)) {
      if (!sameKinds(prev, next)) this.clearMarks();
      void this.fullRun();
    }
  }

  /** The page was hidden or shown again. */
  onVisibility(hidden: boolean): void {
    if (!this.watcher || this.state === 'off') return;
    if (hidden) {
      this.watcher.stop();
      this.hiddenFingerprint = this.fingerprint();
      return;
    }
    this.watcher.start();
    // Changes made while hidden were not observed: read the page again if it changed.
    if (this.hiddenFingerprint !== null && this.hiddenFingerprint !== this.fingerprint()) {
      if (this.state === 'active' && this.doc.body) this.onDomChange([this.doc.body], []);
      else this.scheduleIdleRecheck();
    }
    this.hiddenFingerprint = null;
  }

  /** A single-page site moved to another article: read it as a new page. Resolves when it has been read. */
  onLocationChange(): Promise<void> {
    if (this.state === 'off' && !this.forced) return Promise.resolve();
    this.articleId = undefined;
    this.recordAnyway = false;
    this.seenCache.clear();
    this.navigatedAt = Date.now();
    return this.fullRun();
  }

  /** Removes everything ChipLens added and stops watching (the extension is being unloaded). */
  destroy(): void {
    this.switchOff();
    this.card.destroy();
  }

  summary(): PageSummary {
    const counts = { chip: 0, company: 0, figure: 0 };
    const entities = new Map<string, PageSummary['entities'][number]>();
    for (const m of [...(this.annotation?.mentions ?? []), ...this.added]) {
      counts[m.kind]++;
      if (m.kind === 'figure') continue;
      const e = entities.get(m.id);
      if (e) e.count++;
      else entities.set(m.id, { id: m.id, kind: m.kind, name: m.name, count: 1 });
    }
    const s: PageSummary = {
      url: this.opts.url(),
      decision: this.decision,
      state: this.state,
      forced: this.forced,
      relevant: this.annotation?.relevant ?? false,
      marks: this.doc.getElementsByTagName('chiplens-mark').length,
      counts,
      entities: [...entities.values()].sort((a, b) => b.count - a.count),
    };
    if (this.lang) s.language = this.lang;
    if (this.articleId !== undefined) s.articleId = this.articleId;
    return s;
  }

  // -------------------------------------------------------------------------------------------------------

  private enqueue(job: (generation: number) => Promise<void>): Promise<void> {
    const generation = this.generation;
    const run = this.queue.then(() => (generation === this.generation ? job(generation) : undefined));
    this.queue = run.catch((e: unknown) => console.error('ChipLens:', e));
    return this.queue;
  }

  private pipelineOptions(generation: number) {
    return {
      annotate: (text: string, lang?: Language) => annotate(text, lang ? { lang } : {}),
      prepare: () => void getMatcher(),
      shouldWrap: (m: Mention) => this.settings.kinds[m.kind],
      makeMark: createMark,
      onWrapped: (m: Mention, els: Element[]) => {
        if (!this.stylesInstalled) this.installStyles();
        for (const el of els) this.mentionOf.set(el, m);
      },
      mutate: (write: () => void) => (this.watcher ? this.watcher.quietly(write) : write()),
      cancelled: () => generation !== this.generation,
    };
  }

  private installStyles(): void {
    installMarkStyles(this.doc, this.theme);
    this.stylesInstalled = true;
    this.interaction.attach();
  }

  private fullRun(): Promise<void> {
    clearTimeout(this.idleTimer);
    return this.enqueue(async (generation) => {
      const body = this.doc.body;
      if (!body) return;
      const gate = this.forced || this.decision === 'always' ? 'force' : 'auto';
      this.theme = pageTheme(body);
      performance.mark('chiplens:start');
      const t0 = performance.now();
      const r = await annotateSubtree(body, { ...this.pipelineOptions(generation), gate });
      if (r.cancelled) return;
      this.lastFullRun = Date.now();
      this.lang = r.annotation.language;
      this.annotation = r.annotation;
      this.added = [];
      const active = r.annotation.relevant || gate === 'force';
      this.state = active ? 'active' : 'idle';
      this.measure(t0, r);
      this.watcher?.start();
      if (active && (this.recordAnyway || r.annotation.mentions.some((m) => m.kind !== 'figure'))) this.report(r);
    });
  }

  /** Performance entries for the page's own tools and the benchmark: when, how long, how much. */
  private measure(t0: number, r: PipelineResult): void {
    if (r.firstMarkAt !== undefined) performance.mark('chiplens:first-mark', { startTime: r.firstMarkAt });
    performance.measure('chiplens:annotate', {
      start: t0,
      end: performance.now(),
      detail: {
        busyMs: r.clock.busyMs,
        longestSliceMs: r.clock.longestMs,
        firstMarkMs: r.firstMarkAt !== undefined ? r.firstMarkAt - t0 : null,
        marks: r.marked,
        chars: r.index.length,
        mentions: r.annotation.mentions.length,
        relevant: r.annotation.relevant,
      },
    });
  }

  private report(r: PipelineResult): void {
    this.seenCache.clear();
    // In a task of its own: on a 1 MB page, joining the text and quoting its mentions takes 20–40 ms, which
    // made the run's last slice a long task.
    this.reported = yieldToMain()
      .then(() => {
        const page = readPageInfo(this.doc, this.opts.url(), r.annotation.language, this.loadedMeta);
        return this.opts.background.articleSeen(buildArticleReport(page, textOf(r.index), r.annotation));
      })
      .then((id) => {
        if (id !== undefined) this.articleId = id;
      });
  }

  private onDomChange(blocks: Element[], stale: Element[]): void {
    if (this.state === 'off') return;
    if (this.state === 'idle') {
      this.scheduleIdleRecheck();
      return;
    }
    const unwrapStale = () => stale.length && this.watcher?.quietly(() => stale.forEach((m) => m.isConnected && unwrapMark(m)));
    if (Date.now() - this.navigatedAt < NAVIGATION_SETTLE_MS) {
      void this.enqueue(async () => void unwrapStale());
      void this.fullRun();
      return;
    }
    void this.enqueue(async (generation) => {
      const body = this.doc.body;
      if (!body) return;
      unwrapStale();
      for (const block of blocks) {
        if (!block.isConnected || (block !== body && isInsideSkipped(block, body))) continue;
        const r = await annotateSubtree(block, { ...this.pipelineOptions(generation), gate: 'force', lang: this.lang });
        if (r.cancelled) return;
        this.added.push(...r.annotation.mentions);
      }
    });
  }

  /** Content arrived on a page that was not a chip article (yet): read it again soon, not on every change. */
  private scheduleIdleRecheck(): void {
    if (this.idleTimer !== undefined) return;
    const wait = Math.max(0, this.lastFullRun + IDLE_RECHECK_MS - Date.now());
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.state === 'idle') void this.fullRun();
    }, wait);
  }

  private switchOff(): void {
    this.generation++;
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    this.watcher?.stop();
    this.interaction.detach();
    this.clearMarks();
    this.doc.querySelector(`style[${UI_ATTR}="marks"]`)?.remove();
    this.stylesInstalled = false;
    this.state = 'off';
  }

  private clearMarks(): void {
    this.card.hide();
    const body = this.doc.body;
    if (!body) return;
    if (this.watcher) this.watcher.quietly(() => unwrapMarks(body));
    else unwrapMarks(body);
  }

  private fingerprint(): string {
    const body = this.doc.body;
    return body ? `${body.getElementsByTagName('*').length}:${body.textContent?.length ?? 0}` : '';
  }

  private cardFor(mark: Element) {
    const m = this.mentionOf.get(mark);
    if (!m) return null;
    const lang = this.lang ?? 'en';
    if (m.kind === 'figure') {
      return {
        props: { subject: { kind: 'figure' as const, value: m.value, about: m.about, text: m.text }, lang },
        entityId: undefined,
      };
    }
    return { props: { subject: { kind: m.kind, id: m.id, text: m.text }, lang }, entityId: m.id };
  }

  private loadSeen(entityId: string): Promise<SeenIn> {
    let p = this.seenCache.get(entityId);
    if (!p) {
      // After the report, so this article is known and left out of "other articles".
      p = this.reported.then(() => this.opts.background.entityContext(entityId, this.articleId));
      this.seenCache.set(entityId, p);
      // A failure is not kept: the next hover asks again.
      void p.then((s) => s.state === 'unavailable' && this.seenCache.delete(entityId));
    }
    return p;
  }
}

