/**
 * ChipLens on one page: decides whether to annotate (settings, relevance gate, the reader's request), runs the
 * sliced pipeline, keeps the highlights of changing content right, reports the article to the background and
 * answers the popup. The page's DOM is never written: highlights are ranges in `CSS.highlights`.
 * Runs never overlap: each waits for the previous one, and a newer decision cancels an older run.
 */
import { highlightCss, HighlightStyles, pageTheme, type Theme } from '../../lib/dom/highlight-style.ts';
import { HighlightLayer, kindOf, type HighlightApi } from '../../lib/dom/highlights.ts';
import { annotateSubtree, type PipelineOptions, type PipelineResult } from '../../lib/dom/pipeline.ts';
import { isInsideSkipped } from '../../lib/dom/readable.ts';
import { yieldToMain } from '../../lib/dom/schedule.ts';
import { textOf } from '../../lib/dom/text-index.ts';
import { DomWatcher } from '../../lib/dom/watch.ts';
import { annotate, getMatcher } from '../../lib/extract/index.ts';
import type { Annotation, Language, Mention } from '../../lib/extract/types.ts';
import { buildArticleReport } from '../../lib/report.ts';
import { decide, sameKinds, sameLook, type Decision, type Settings } from '../../lib/settings.ts';
import { readLoadedMeta, readPageInfo, type LoadedMeta } from './page-info.ts';
import type { PageSummary } from '../../lib/page-protocol.ts';
import type { Background } from './bridge.ts';
import { extractInBackground } from './background-extract.ts';
import { earlyPaint, releaseEarlyPaint } from './annotator-handle.ts';

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
  api: HighlightApi;
  /** The page address (changes on single-page sites). */
  url: () => string;
  settings: Settings;
  background: Background;
  /** A highlight went away (its text changed or the reader switched its kind off). */
  onRemoved?: (range: Range) => void;
  /** Reads the rest of a long page elsewhere (see `PipelineOptions.annotateRest`); the background by default. */
  readRest?: PipelineOptions['annotateRest'];
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
  /** The page's highlights, each with the mention it shows. */
  readonly layer: HighlightLayer<Mention>;
  private readonly styles: HighlightStyles;
  private theme: Theme = 'light';
  private lang: Language | undefined;
  private annotation: Annotation | undefined;
  /** Mentions found in blocks read again after the full run, by block (a block read again replaces its list). */
  private added = new Map<Element, Mention[]>();
  private articleId: number | undefined;
  /** Report the page even without entities (the reader added a note to it). */
  private recordAnyway = false;
  private reported: Promise<void> = Promise.resolve();
  private lastFullRun = 0;
  private runs = 0;
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
    this.watcher = body ? new DomWatcher(body, { onChange: (blocks, removed) => this.onDomChange(blocks, removed) }) : null;
    // The first stage's early highlights are taken over: the layer goes on with their Highlight objects, so the
    // registry's entries never change while the page is read (see `lib/dom/early-paint.ts`).
    const api: HighlightApi = { ...opts.api, create: (kind) => earlyPaint()?.adopt(kind) ?? opts.api.create(kind) };
    this.layer = new HighlightLayer<Mention>(api, this.doc);
    this.styles = earlyPaint()?.adoptStyles() ?? new HighlightStyles(this.doc);
  }

  /** Light or dark, as the page's background was when it was last read. */
  get pageTheme(): Theme {
    return this.theme;
  }

  /** The page's language as read, once it has been. */
  get language(): Language | undefined {
    return this.lang;
  }

  /** First run after load, as the settings decide. */
  start(): Promise<void> {
    if (this.decision === 'off') {
      releaseEarlyPaint();
      return Promise.resolve();
    }
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
    // Not waited for when the page is not recorded yet: a first report may be waiting out the dwell time, and the
    // reader adding a note or highlight here has seen the page (a report on their behalf replaces the waiting one).
    if (this.articleId === undefined) {
      this.recordAnyway = true;
      await this.annotateNow();
      await this.reported;
    }
    return this.articleId;
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
    if (this.state === 'active' && !sameLook(prev, next)) this.installStyles();
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
      if (this.state === 'active' && this.doc.body) this.onDomChange([this.doc.body]);
      else this.scheduleIdleRecheck();
    }
    this.hiddenFingerprint = null;
  }

  /** A single-page site moved to another article: read it as a new page. Resolves when it has been read. */
  onLocationChange(): Promise<void> {
    if (this.state === 'off' && !this.forced) return Promise.resolve();
    this.articleId = undefined;
    this.recordAnyway = false;
    this.navigatedAt = Date.now();
    return this.fullRun();
  }

  /** Removes everything ChipLens added and stops watching (the extension is being unloaded). */
  destroy(): void {
    this.switchOff();
  }

  summary(): PageSummary {
    const counts = { chip: 0, company: 0, figure: 0 };
    const entities = new Map<string, PageSummary['entities'][number]>();
    for (const m of [...(this.annotation?.mentions ?? []), ...[...this.added.values()].flat()]) {
      counts[m.kind]++;
      if (m.kind === 'figure') continue;
      const e = entities.get(m.id);
      if (e) e.count++;
      else entities.set(m.id, { id: m.id, kind: m.kind, name: m.name, count: 1 });
    }
    const s: PageSummary = {
      url: this.opts.url(),
      decision: this.decision,
      stage: 'annotator',
      state: this.state,
      forced: this.forced,
      relevant: this.annotation?.relevant ?? false,
      runs: this.runs,
      marks: this.layer.size,
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
    const watchTerms = this.settings.watchTerms;
    return {
      annotate: (text: string, lang?: Language) => annotate(text, { ...(lang ? { lang } : {}), watchTerms }),
      prepare: () => void getMatcher(watchTerms),
      annotateRest: this.opts.readRest ?? extractInBackground,
      shouldShow: (m: Mention) => this.settings.kinds[m.kind],
      onRange: (m: Mention, range: Range) => {
        if (!this.layer.size) this.installStyles();
        earlyPaint()?.confirm(range);
        this.layer.add(kindOf(m), range, m);
      },
      cancelled: () => generation !== this.generation,
    };
  }

  private installStyles(): void {
    this.styles.set(highlightCss(this.theme, this.settings.colors));
  }

  private fullRun(): Promise<void> {
    clearTimeout(this.idleTimer);
    return this.enqueue(async (generation) => {
      const body = this.doc.body;
      if (!body) return;
      const gate = this.forced || this.decision === 'always' ? 'force' : 'auto';
      this.theme = pageTheme(body);
      // A fresh read replaces what an earlier one showed (a page that changed, another article on the same tab).
      if (this.layer.size) this.clearMarks();
      const r = await annotateSubtree(body, { ...this.pipelineOptions(generation), gate });
      if (r.cancelled) return;
      // The page is read: what the first stage showed and this read did not find again goes (and the stylesheet
      // taken over from it, if nothing is shown).
      releaseEarlyPaint();
      if (!this.layer.size) this.styles.remove();
      this.lastFullRun = Date.now();
      this.runs++;
      this.lang = r.annotation.language;
      this.annotation = r.annotation;
      this.added.clear();
      const active = r.annotation.relevant || gate === 'force';
      this.state = active ? 'active' : 'idle';
      this.watcher?.start();
      if (active && (this.recordAnyway || r.annotation.mentions.some((m) => m.kind !== 'figure'))) this.report(r);
    });
  }

  private report(r: PipelineResult): void {
    // In a task of its own: on a 1 MB page, joining the text and quoting its mentions takes 20–40 ms, which
    // made the run's last slice a long task.
    this.reported = yieldToMain()
      .then(() => {
        const page = readPageInfo(this.doc, this.opts.url(), r.annotation.language, this.loadedMeta);
        // A note is the reader's own act on this page: it need not wait until the page has been in view a while.
        return this.opts.background.articleSeen(buildArticleReport(page, textOf(r.index), r.annotation), { readerAsked: this.recordAnyway });
      })
      .then((id) => {
        if (id !== undefined) this.articleId = id;
      });
  }

  private onDomChange(blocks: Element[], removed = false): void {
    if (this.state === 'off') return;
    // Text the page took out: its ranges collapsed into the element around it.
    if (removed && this.state === 'active') this.dropWhere((range) => range.collapsed || !range.startContainer.isConnected);
    if (!blocks.length) return;
    if (this.state === 'idle') {
      this.scheduleIdleRecheck();
      return;
    }
    if (Date.now() - this.navigatedAt < NAVIGATION_SETTLE_MS) {
      void this.fullRun();
      return;
    }
    void this.enqueue(async (generation) => {
      const body = this.doc.body;
      if (!body) return;
      // What changed is read again as a whole: its old ranges go (a rewritten text node keeps its place in the
      // DOM, so ranges over it would cover other words now), then its text is annotated afresh.
      const live = blocks.filter((b) => b.isConnected && (b === body || !isInsideSkipped(b, body)));
      for (const b of this.added.keys()) if (!b.isConnected) this.added.delete(b);
      this.dropWhere((range) => range.collapsed || !range.startContainer.isConnected || live.some((b) => b.contains(range.startContainer)));
      if (!live.length) return;
      for (const block of live) {
        const r = await annotateSubtree(block, { ...this.pipelineOptions(generation), gate: 'force', lang: this.lang });
        if (r.cancelled) return;
        this.added.set(block, r.annotation.mentions);
      }
    });
  }

  private dropWhere(drop: (range: Range) => boolean): void {
    const gone: Range[] = [];
    this.layer.removeWhere((hit) => {
      if (!drop(hit.range)) return false;
      gone.push(hit.range);
      return true;
    });
    for (const r of gone) this.opts.onRemoved?.(r);
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
    this.clearMarks();
    releaseEarlyPaint();
    this.styles.remove();
    this.state = 'off';
  }

  private clearMarks(): void {
    this.dropWhere(() => true);
    this.layer.clear();
  }

  private fingerprint(): string {
    const body = this.doc.body;
    return body ? `${body.getElementsByTagName('*').length}:${body.textContent?.length ?? 0}` : '';
  }
}
