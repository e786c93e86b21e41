// A hostile page against ChipLens's on-page contract (DESIGN.md, "Contract: on the page"), in Chromium with the
// built extension. The reader's private data is set up first through the background: an earlier article at an
// intranet address whose title says CONFIDENTIAL and which names the same chips and companies as the hostile
// page, a note on it and a note on the hostile page's own article, and reading-list state (saved, read, tags).
// The hostile page (its own text, served from memory) then runs a script that tries everything a page can:
// focus() on every element; script-made pointer, mouse and click events over every highlight and every word;
// forged selections with synthetic mouseup/keyup and forged Alt+Shift+N/J/K; WXT's own events
// (`<id>:<entrypoint>:wxt:content-script-started` as a CustomEvent on the document and as a posted message,
// `wxt:locationchange`), forged protocol messages to every window, and a pushState storm. After each step it
// collects everything it can reach (the document's HTML, open shadow roots, same-origin frames, window.frames,
// style sheets, the performance timeline, CSS.highlights, storage, messages it received, every mutation it saw).
// The tests fail if any other article's title or URL, a note's text, a tag or reading-list state shows up there;
// if anything ChipLens shows opened on a script-made event; if a note or the reading list changed; or if
// ChipLens was switched off (its highlights gone, or a real hover no longer opening the card).
// It also checks the positive side: a real hover shows the card, in the extension frame, with the chip's maker
// and the confidential article listed; the noted passage shows its note there; the keyboard steps through the
// highlights with focus in the frame, and Escape gives focus back.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../lib/extract/index.ts';
import { entityName, lookupEntity } from '../../lib/kb/index.ts';
import { buildArticleReport, quoteAt } from '../../lib/report.ts';
import {
  askTab,
  EXTENSION_DIR,
  launchWithExtension,
  sendToBackground,
  startServer,
  waitUntil,
  type ExtensionBrowser,
  type TestServer,
} from './harness.ts';

// ---------------------------------------------------------------------------------------------------------
// The reader's private data

const CONFIDENTIAL = {
  url: 'http://intranet.corp.example/plans/q3-accelerators',
  title: 'CONFIDENTIAL: Q3 accelerator procurement plan (ref ZX-4471)',
  site: 'Corp Intranet Plans',
  text:
    'Procurement memo for the inference cluster. We compare the Nvidia H20 with the AMD MI308 and the Huawei ' +
    'Ascend 910C, and we keep an eye on TSMC capacity before the budget round closes.',
  note: 'NOTE-7Q2Z: ask finance about the allocation before Friday',
  tags: ['tag-zebra-orchid-91', 'tag-quince-harbor-18'],
};

const HOSTILE_NOTE = 'NOTE-K8M4: the figures here disagree with our supplier sheet';
const HOSTILE_TAGS = ['tag-walnut-ember-37'];

// ---------------------------------------------------------------------------------------------------------
// The hostile page: its own article text (written for this test), with a script that attacks ChipLens.

const HOSTILE_PATH = '/hostile/article.html';
const AD_PATH = '/hostile/ad.html';
const HOSTILE_TITLE = 'Nvidia slows H20 shipments while AMD waits on MI308 licences';
const HOSTILE_PUBLISHED = '2026-10-01T08:00:00Z';
const HOSTILE_PARAGRAPHS = [
  'Quarry Street Daily has learned that Nvidia told distributors the H20 will stay on allocation through the winter. ' +
    'AMD says its MI308 is still waiting for an export licence, and buyers in the region are weighing their options.',
  'Huawei plans to double output of the Ascend 910C next year, according to two suppliers, while TSMC expects ' +
    'revenue to grow 12 % in the coming quarter.',
  'Several integrators described the situation as a waiting game in which nobody wants to commit to a single vendor ' +
    'before the spring budget rounds are settled.',
  'Analysts put the revenue at risk at about $4 billion across the industry, a figure that could shrink if the ' +
    'licences arrive early.',
  'A spokesperson for the distributor declined to comment on the timing of further deliveries.',
];
/** The noted passage: inside the third paragraph, with no chip, company or figure in it. */
const NOTED_PASSAGE = 'nobody wants to commit to a single vendor';
/** The article's text as a reader sees it, one block per line. */
const HOSTILE_TEXT = [HOSTILE_TITLE, ...HOSTILE_PARAGRAPHS].join('\n');

/**
 * Installed first in <head>, before any content script: records every message posted to the window, forces
 * every shadow root this world creates open (and keeps it), records every mutation of the document and
 * every performance entry, and cancels script-made clicks so that a forged click on a link does not navigate.
 */
const EARLY_SCRIPT = String.raw`
(() => {
  const log = { messages: [], mutations: [], shadowRoots: [], perf: [], globalsBefore: new Set(Object.getOwnPropertyNames(window)) };
  window.__hostileLog = log;
  window.addEventListener('message', (e) => {
    let data;
    try { data = JSON.stringify(e.data); } catch (err) { data = String(e.data); }
    log.messages.push(String(e.origin) + ' ' + data);
  }, true);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, Object.assign({}, init, { mode: 'open' }));
    log.shadowRoots.push(root);
    return root;
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') log.mutations.push('text: ' + r.target.data);
      else if (r.type === 'attributes') log.mutations.push('attr: ' + r.target.nodeName + ' ' + r.attributeName + '=' + r.target.getAttribute(r.attributeName));
      else for (const n of r.addedNodes) log.mutations.push('added: ' + (n.outerHTML || n.textContent));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  try {
    for (const type of PerformanceObserver.supportedEntryTypes) {
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            let json = '';
            try { json = JSON.stringify(e.toJSON ? e.toJSON() : e); } catch (err) { json = String(e); }
            log.perf.push(e.entryType + ' ' + e.name + ' ' + json);
          }
        }).observe({ type, buffered: true });
      } catch (err) {}
    }
  } catch (err) {}
  document.addEventListener('click', (e) => { if (!e.isTrusted) e.preventDefault(); }, true);
})();
`;

/**
 * The attack, defined by the page and started by the test (so that the test can watch ChipLens's UI after each
 * step). It calls `window.__hostileProbe(label)`, when present, after each step and waits for the answer.
 */
const ATTACK_SCRIPT = String.raw`
(() => {
  const log = window.__hostileLog;
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const probe = (label) => (typeof window.__hostileProbe === 'function' ? window.__hostileProbe(label) : Promise.resolve());
  const NAMES = ['chiplens-chip', 'chiplens-company', 'chiplens-figure', 'chiplens-note', 'chiplens-watch'];
  const ranges = () => {
    const out = [];
    for (const name of NAMES) {
      const h = CSS.highlights.get(name);
      if (h) for (const r of h) out.push({ name, range: r });
    }
    return out;
  };
  const center = (rect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });

  /** Script-made pointer and mouse events at a point, on what is there, the document and the window. */
  const fireAt = (x, y) => {
    const target = document.elementFromPoint(x, y) || document.body;
    const base = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, screenX: x, screenY: y, view: window };
    const pointer = Object.assign({ pointerId: 1, pointerType: 'mouse', isPrimary: true }, base);
    for (const t of ['pointerover', 'pointerenter', 'pointermove']) target.dispatchEvent(new PointerEvent(t, pointer));
    for (const t of ['mouseover', 'mouseenter', 'mousemove']) target.dispatchEvent(new MouseEvent(t, base));
    document.dispatchEvent(new MouseEvent('mousemove', base));
    window.dispatchEvent(new PointerEvent('pointermove', pointer));
    target.dispatchEvent(new PointerEvent('pointerdown', pointer));
    target.dispatchEvent(new MouseEvent('mousedown', base));
    target.dispatchEvent(new PointerEvent('pointerup', pointer));
    target.dispatchEvent(new MouseEvent('mouseup', base));
    target.dispatchEvent(new MouseEvent('click', base));
  };

  const keys = (target, key, code, keyCode) => {
    const init = { key, code, keyCode, which: keyCode, altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true, view: window };
    target.dispatchEvent(new KeyboardEvent('keydown', init));
    target.dispatchEvent(new KeyboardEvent('keypress', init));
    target.dispatchEvent(new KeyboardEvent('keyup', init));
  };

  /** What a mouse selection ends with, made by script. */
  const endSelection = (el) => {
    const sel = getSelection();
    const rect = sel.rangeCount ? sel.getRangeAt(0).getBoundingClientRect() : el.getBoundingClientRect();
    const base = { bubbles: true, cancelable: true, composed: true, clientX: rect.right, clientY: rect.bottom, view: window };
    for (const t of [el, document, window]) {
      t.dispatchEvent(new PointerEvent('pointerup', Object.assign({ pointerId: 1, pointerType: 'mouse', isPrimary: true }, base)));
      t.dispatchEvent(new MouseEvent('mouseup', base));
      t.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', code: 'ShiftLeft', bubbles: true }));
    }
    document.dispatchEvent(new Event('selectionchange'));
  };

  const steps = {
    async focus() {
      for (const el of document.querySelectorAll('*')) {
        try {
          el.focus();
          el.dispatchEvent(new FocusEvent('focus'));
          el.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        } catch (err) {}
      }
      // The highlights' own elements, made focusable by the page.
      for (const { range } of ranges()) {
        const el = range.startContainer.parentElement;
        if (!el) continue;
        el.setAttribute('tabindex', '-1');
        el.focus();
        el.removeAttribute('tabindex');
      }
      await sleep(250);
      await probe('focus() on every element');
    },
    async pointer() {
      for (const { name, range } of ranges()) {
        const el = range.startContainer.parentElement;
        if (el) el.scrollIntoView({ block: 'center' });
        for (const rect of range.getClientRects()) {
          const c = center(rect);
          fireAt(c.x, c.y);
        }
        await sleep(180);
        await probe('script-made pointer, mouse and click events over ' + name + ' "' + range.toString() + '"');
      }
    },
    async words() {
      const blocks = new Map();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest('script, style')) continue;
        const block = parent.closest('p, h1, h2, li, header, footer, div') || parent;
        const words = blocks.get(block) || [];
        const re = /\S+/g;
        let m;
        while ((m = re.exec(n.data))) words.push([n, m.index, m.index + m[0].length]);
        blocks.set(block, words);
      }
      for (const [block, words] of blocks) {
        if (!words.length) continue;
        block.scrollIntoView({ block: 'center' });
        for (const [node, start, end] of words) {
          const r = document.createRange();
          r.setStart(node, start);
          r.setEnd(node, end);
          const rect = r.getBoundingClientRect();
          if (rect.width && rect.height) {
            const c = center(rect);
            fireAt(c.x, c.y);
          }
        }
        await sleep(180);
        await probe('script-made pointer and mouse events over every word of ' + block.nodeName + ' "' + block.textContent.trim().slice(0, 40) + '"');
      }
    },
    async selections() {
      for (const block of document.querySelectorAll('article h1, article p')) {
        block.scrollIntoView({ block: 'center' });
        getSelection().selectAllChildren(block);
        endSelection(block);
        await sleep(220);
        await probe('selectAllChildren + synthetic mouseup on "' + block.textContent.trim().slice(0, 40) + '"');
      }
      for (const { name, range } of ranges()) {
        const el = range.startContainer.parentElement;
        if (el) el.scrollIntoView({ block: 'center' });
        getSelection().setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
        endSelection(el || document.body);
        await sleep(150);
        await probe('setBaseAndExtent on ' + name + ' "' + range.toString() + '" + synthetic mouseup');
      }
      document.execCommand('selectAll');
      endSelection(document.body);
      await sleep(220);
      await probe('execCommand selectAll + synthetic mouseup');
      // Forged keyboard commands with a selection in place: Alt+Shift+N (note), J and K (step).
      const article = document.querySelector('article');
      getSelection().selectAllChildren(article.querySelector('p'));
      for (const t of [document.activeElement || document.body, document.body, document, window, article]) {
        keys(t, 'N', 'KeyN', 78);
        keys(t, 'J', 'KeyJ', 74);
        keys(t, 'K', 'KeyK', 75);
      }
      await sleep(250);
      await probe('forged Alt+Shift+N / J / K with a forged selection');
      getSelection().removeAllRanges();
    },
    async wxt(opts) {
      const scripts = [...new Set(opts.scripts.concat(['content']))];
      const prefixes = [opts.extensionId + ':', 'undefined:', ''];
      for (const p of prefixes) {
        for (const s of scripts) {
          const scope = p ? p + s + ':' : '';
          const started = scope + 'wxt:content-script-started';
          for (let i = 0; i < 3; i++) {
            const detail = { contentScriptName: s, messageId: 'forged-' + i };
            document.dispatchEvent(new CustomEvent(started, { detail }));
            window.dispatchEvent(new CustomEvent(started, { detail }));
            window.postMessage(Object.assign({ type: started }, detail), '*');
            window.postMessage({ type: started, detail }, '*');
          }
          const moved = scope + 'wxt:locationchange';
          window.dispatchEvent(new CustomEvent(moved, { detail: { newUrl: location.href + '#forged', oldUrl: location.href } }));
          const ev = new Event(moved);
          ev.newUrl = new URL('/somewhere/else', location.href);
          ev.oldUrl = new URL(location.href);
          window.dispatchEvent(ev);
        }
      }
      await sleep(300);
      await probe('forged WXT events');
    },
    async messages(opts) {
      const requests = [];
      for (let id = 1; id <= 8; id++) {
        requests.push(
          { type: 'notes/delete', id },
          { type: 'notes/update', id, patch: { body: 'overwritten by the page' } },
          { type: 'list/unsave', articleId: id },
          { type: 'list/set-tags', articleId: id, tags: ['set-by-the-page'] },
          { type: 'list/mark-read', articleId: id, read: false },
          { type: 'notes/add', note: { articleId: id, selector: { exact: 'Nvidia', prefix: '', suffix: '' }, body: 'added by the page' } },
        );
      }
      requests.push(
        { type: 'data/wipe', confirm: true },
        { type: 'page/note' },
        { type: 'page/annotate' },
        { type: 'notes/list' },
        { type: 'list/get', query: {} },
        { type: 'list/tags' },
        { type: 'entity/context', entityId: 'nvidia-h20' },
        { type: 'data/export' },
      );
      const shapes = requests.flatMap((m) => [m, Object.assign({ source: 'chiplens' }, m), { chiplens: m }, { channel: 'chiplens', request: m }, JSON.stringify(m)]);
      const targets = [window, window.parent, window.top];
      for (let i = 0; i < window.length; i++) targets.push(window.frames[i]);
      for (const f of document.querySelectorAll('iframe')) if (f.contentWindow) targets.push(f.contentWindow);
      for (const t of targets) for (const m of shapes) { try { t.postMessage(m, '*'); } catch (err) {} }
      const rt = window.chrome && window.chrome.runtime;
      if (rt && typeof rt.sendMessage === 'function') {
        for (const m of requests) {
          try { rt.sendMessage(opts.extensionId, m, (answer) => log.messages.push('runtime answer ' + JSON.stringify(answer))); } catch (err) { log.messages.push('runtime refused ' + err); }
        }
      }
      await sleep(300);
      await probe('forged protocol messages');
    },
    async storm() {
      const home = location.href;
      for (let i = 0; i < 400; i++) history.pushState({ i }, '', '/hostile/storm/' + i + '?n=' + i);
      for (let i = 0; i < 50; i++) {
        history.replaceState({ i }, '', '/hostile/storm/r' + i);
        window.dispatchEvent(new PopStateEvent('popstate', { state: { i } }));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await sleep(2);
      }
      for (let i = 0; i < 20; i++) {
        location.hash = 'h' + i;
        await sleep(5);
      }
      history.pushState({}, '', home);
      await sleep(300);
      await probe('pushState storm');
    },
  };

  /** Everything this page can read. */
  const collect = () => {
    const parts = [];
    const seen = new Set();
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot && !seen.has(el.shadowRoot)) {
          seen.add(el.shadowRoot);
          parts.push('[open shadow root of ' + el.nodeName + '] ' + el.shadowRoot.innerHTML);
          visit(el.shadowRoot);
        }
        if (/^(IFRAME|FRAME|OBJECT|EMBED)$/.test(el.nodeName)) {
          try {
            const d = el.contentDocument || (el.getSVGDocument && el.getSVGDocument());
            if (d) {
              parts.push('[frame ' + el.nodeName + ' ' + (el.src || el.data || '') + '] ' + d.documentElement.outerHTML);
              visit(d);
            } else parts.push('[frame ' + el.nodeName + ' unreadable]');
          } catch (err) { parts.push('[frame ' + el.nodeName + ' threw ' + err + ']'); }
        }
        if (typeof el.value === 'string') parts.push('[value of ' + el.nodeName + '] ' + el.value);
      }
    };
    parts.push('[html] ' + document.documentElement.outerHTML);
    parts.push('[text] ' + document.documentElement.innerText);
    visit(document);
    for (const root of log.shadowRoots) parts.push('[shadow root forced open] ' + root.innerHTML);
    for (const el of document.querySelectorAll('chiplens-ui')) parts.push('[host] shadowRoot ' + (el.shadowRoot ? 'open' : 'closed') + ' ' + el.outerHTML);
    for (let i = 0; i < window.length; i++) {
      try {
        const w = window.frames[i];
        parts.push('[window.frames[' + i + ']] ' + w.location.href + ' ' + w.name + ' ' + w.document.documentElement.outerHTML);
      } catch (err) { parts.push('[window.frames[' + i + '] not readable]'); }
    }
    const sheets = [...document.styleSheets, ...document.adoptedStyleSheets];
    for (const sheet of sheets) { try { for (const rule of sheet.cssRules) parts.push('[css] ' + rule.cssText); } catch (err) {} }
    for (const e of performance.getEntries()) {
      let detail = '';
      try { detail = e.detail === undefined ? '' : JSON.stringify(e.detail); } catch (err) { detail = String(e.detail); }
      parts.push('[performance] ' + e.entryType + ' ' + e.name + ' ' + detail);
    }
    for (const p of log.perf) parts.push('[performance observed] ' + p);
    for (const [name, h] of CSS.highlights) parts.push('[highlight ' + name + ' priority ' + h.priority + ' type ' + h.type + '] ' + [...h].map((r) => r.toString()).join(' | '));
    for (const store of [localStorage, sessionStorage]) for (let i = 0; i < store.length; i++) parts.push('[storage] ' + store.key(i) + '=' + store.getItem(store.key(i)));
    parts.push('[cookie] ' + document.cookie, '[window.name] ' + window.name, '[history.state] ' + JSON.stringify(history.state), '[title] ' + document.title, '[url] ' + location.href);
    for (const key of Object.getOwnPropertyNames(window)) {
      if (log.globalsBefore.has(key) || key.startsWith('__hostile')) continue;
      let v = '';
      try { v = JSON.stringify(window[key]); } catch (err) { v = String(window[key]); }
      parts.push('[global ' + key + '] ' + String(v).slice(0, 5000));
    }
    parts.push('[messages]\n' + log.messages.join('\n'));
    parts.push('[mutations]\n' + log.mutations.join('\n'));
    return parts.join('\n');
  };

  const chiplensEntries = () =>
    performance.getEntries().map((e) => e.name).concat(log.perf).filter((n) => /^(\w+ )?chiplens/i.test(n));

  window.__hostile = {
    async run(opts, names) {
      for (const name of names) await steps[name](opts);
    },
    collect,
    chiplensEntries,
  };
})();
`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hostilePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(HOSTILE_TITLE)} | Quarry Street Daily</title>
<meta property="og:title" content="${esc(HOSTILE_TITLE)}">
<meta property="og:site_name" content="Quarry Street Daily">
<meta property="article:published_time" content="${HOSTILE_PUBLISHED}">
<style>body { font: 17px/1.5 sans-serif; margin: 0; padding: 0 24px; } .hero { min-height: 900px; background: #eef; } iframe { border: 0; width: 300px; height: 80px; }</style>
<script>${EARLY_SCRIPT}</script>
</head>
<body>
<button id="start-here" type="button">Menu</button>
<header class="hero"><p>Quarry Street Daily: markets, policy and the supply chain.</p></header>
<main>
<article id="article">
<h1>${esc(HOSTILE_TITLE)}</h1>
${HOSTILE_PARAGRAPHS.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article>
<iframe id="ad" src="${AD_PATH}" title="Advertisement"></iframe>
<p><a id="after" href="#top">Back to the top</a></p>
</main>
<script>${ATTACK_SCRIPT}</script>
</body>
</html>`;
}

const AD_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ad</title></head>
<body><p>Advertisement: rent Nvidia H20 servers by the hour.</p></body></html>`;

// ---------------------------------------------------------------------------------------------------------
// Test plumbing

let server: TestServer;
let browser: ExtensionBrowser;
/** An extension page: reaches the background and the tabs as the popup does. */
let helper: Page;

/** The chip the card test hovers, and what its card must say. */
const CHIP_ID = 'nvidia-h20';
const chipEntry = lookupEntity(CHIP_ID);
if (chipEntry?.kind !== 'chip') throw new Error(`${CHIP_ID} is not a chip in the knowledge base`);
const CHIP_NAME = chipEntry.chip.name;
const CHIP_MAKER = entityName(chipEntry.chip.maker) ?? chipEntry.chip.maker;

/** Strings that must never be readable by the page: label → text. Filled in beforeAll from what the store said. */
const secrets = new Map<string, string>();

/** Names of the content scripts in the build (WXT scopes its events with them). */
const CONTENT_SCRIPTS: string[] = (() => {
  try {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
    return (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((js) => basename(js).replace(/\.js$/, ''));
  } catch {
    return ['content'];
  }
})();

interface NoteRow {
  id: number;
  articleId: number;
  body: string;
  selector: { exact: string; prefix: string; suffix: string };
  updatedAt: number;
}

interface ArticleRow {
  id: number;
  url: string;
  title: string;
  savedAt?: number;
  readAt?: number;
  tags: string[];
}

interface Summary {
  url: string;
  state: string;
  marks: number;
  articleId?: number;
  notes?: { anchored: number; orphaned: number };
}

const ask = <T>(message: object): Promise<T> => sendToBackground<T>(helper, message);

/** The reader's notes, reading list and tags, as the extension page sees them. */
async function privateState(): Promise<unknown> {
  const notes = await ask<NoteRow[]>({ type: 'notes/list' });
  const saved = await ask<{ items: ArticleRow[] }>({ type: 'list/get', query: { scope: 'saved', state: 'all', limit: 500 } });
  const tags = await ask<unknown>({ type: 'list/tags' });
  return {
    notes: [...notes].sort((a, b) => a.id - b.id),
    saved: saved.items.map((a) => ({ id: a.id, url: a.url, savedAt: a.savedAt, readAt: a.readAt, tags: a.tags })).sort((a, b) => a.id - b.id),
    tags,
  };
}

/** The extension frame that shows ChipLens's UI: `chrome-extension://<dynamic id>/frame.html`. */
function uiFrame(page: Page): Frame | undefined {
  return page.frames().find((f) => {
    try {
      return new URL(f.url()).pathname === '/frame.html';
    } catch {
      return false;
    }
  });
}

interface UiState {
  /** The frame exists. */
  frame: boolean;
  /** The frame's element is rendered, visible and bigger than a dot. */
  shown: boolean;
  cards: string[];
  names: string[];
  kinds: string[];
  seenHeading: string | null;
  seenLinks: { text: string; href: string }[];
  addButtons: number;
  noteBodies: string[];
  editors: number;
  /** Whether the frame's document has focus. */
  focused: boolean;
}

const CLOSED: UiState = { frame: false, shown: false, cards: [], names: [], kinds: [], seenHeading: null, seenLinks: [], addButtons: 0, noteBodies: [], editors: 0, focused: false };

/** What ChipLens shows now, read from its frame (the test may read it; the page may not). */
async function uiState(page: Page): Promise<UiState> {
  const frame = uiFrame(page);
  if (!frame) return CLOSED;
  let shown = false;
  const handle = await frame.frameElement().catch(() => null);
  if (handle) {
    shown = await handle
      .evaluate((node) => {
        const el = node as Element;
        const r = el.getBoundingClientRect();
        return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.width > 2 && r.height > 2;
      })
      .catch(() => false);
    await handle.dispose();
  }
  const inside = await frame
    .evaluate(() => {
      const visible = (selector: string) =>
        Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
      return {
        cards: visible('.card').map((e) => e.innerText),
        names: visible('.card h2.name').map((e) => e.innerText),
        kinds: visible('.card').map((e) => e.getAttribute('data-kind') ?? ''),
        seenHeading: visible('.card .seen h3')[0]?.innerText ?? null,
        seenLinks: visible('.card .seen li a').map((a) => ({ text: a.innerText, href: a.getAttribute('href') ?? '' })),
        addButtons: visible('button.add').length,
        noteBodies: visible('.view .body').map((e) => e.innerText),
        editors: visible('form.editor, textarea').length,
        focused: document.hasFocus(),
      };
    })
    .catch(() => null);
  return inside ? { frame: true, shown, ...inside } : { ...CLOSED, frame: true, shown };
}

/** Anything of ChipLens's UI open: a card, the "Add note" button, a note or the note editor. */
const isOpen = (s: UiState) => s.shown && (s.cards.length > 0 || s.addButtons > 0 || s.noteBodies.length > 0 || s.editors > 0);

/** Opens the hostile page; `probes` collects every step after which ChipLens's UI was open. */
async function openHostile(probes?: { label: string; state: UiState }[]): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.exposeBinding('__hostileProbe', async (_source, label: string) => {
    const state = await uiState(page);
    if (isOpen(state)) probes?.push({ label, state });
  });
  await page.goto(server.url(HOSTILE_PATH));
  await page.waitForFunction(() => (CSS.highlights.get('chiplens-chip')?.size ?? 0) > 0, null, { timeout: 15_000 });
  // The real pointer rests in the page's left margin, on no text.
  await page.mouse.move(2, 2);
  return page;
}

/** The page's summary from its content script. */
async function summary(page: Page): Promise<Summary | undefined> {
  const res = await askTab<Summary>(helper, page.url(), { type: 'page/summary' }).catch(() => undefined);
  return res?.ok ? res.data : undefined;
}

/** Scrolls the first highlight range of `name` whose text is `text` (any text when omitted) to the upper third and returns its centre. */
async function rangeCentre(page: Page, name: string, text?: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(
    ({ name, text }) => {
      const h = CSS.highlights.get(name);
      if (!h) return null;
      const range = Array.from(h as unknown as Iterable<Range>).find((r) => text === undefined || r.toString() === text);
      if (!range) return null;
      const top = range.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, Math.max(0, top - 200));
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
    },
    { name, text },
  );
  if (!at) throw new Error(`no ${name} highlight${text ? ` on "${text}"` : ''} in the page`);
  return at;
}

/** A real hover (trusted mouse moves) over the highlight; waits for ChipLens's UI to open and returns its state. */
async function hover(page: Page, name: string, text?: string, click = false): Promise<UiState> {
  await page.mouse.move(2, 2);
  await expect.poll(async () => isOpen(await uiState(page)), { timeout: 5000, message: 'the UI to close when the pointer leaves' }).toBe(false);
  const { x, y } = await rangeCentre(page, name, text);
  await page.mouse.move(x - 20, y, { steps: 2 });
  await page.mouse.move(x, y, { steps: 4 });
  if (click) await page.mouse.click(x, y);
  await expect.poll(async () => isOpen(await uiState(page)), { timeout: 5000, message: `a real ${click ? 'click' : 'hover'} over ${name} "${text ?? ''}" to open ChipLens's UI` }).toBe(true);
  return uiState(page);
}

/** Waits until the open card's "seen in" part has loaded, and returns the state. */
async function cardWithSeen(page: Page): Promise<UiState> {
  await expect
    .poll(async () => (await uiState(page)).seenLinks.length, { timeout: 10_000, message: 'the card to list the other articles' })
    .toBeGreaterThan(0);
  return uiState(page);
}

/** Everything the page can reach, as one text. */
const loot = (page: Page): Promise<string> => page.evaluate(() => (window as unknown as { __hostile: { collect(): string } }).__hostile.collect());

/** Fails, naming each secret and where in the loot it was, if the page could read any private string. */
function expectNoSecrets(text: string, when: string): void {
  const lower = text.toLowerCase();
  const found: string[] = [];
  for (const [label, secret] of secrets) {
    const at = lower.indexOf(secret.toLowerCase());
    if (at >= 0) found.push(`${label} ("${secret}") in: …${text.slice(Math.max(0, at - 120), at + secret.length + 60)}…`);
  }
  expect(found, `private data readable by the page ${when}`).toEqual([]);
}

async function expectNoChiplensPerformanceEntries(page: Page): Promise<void> {
  const names = await page.evaluate(() => (window as unknown as { __hostile: { chiplensEntries(): string[] } }).__hostile.chiplensEntries());
  expect(names, 'ChipLens entries in the page performance timeline').toEqual([]);
}

/**
 * The one UI host ChipLens may add: one `<chiplens-ui>` at the end of `<html>`, its shadow root closed (or none yet:
 * it is made when something is first shown).
 */
async function expectOneClosedHost(page: Page, made = true): Promise<void> {
  const hosts = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((e) => e.localName.startsWith('chiplens'))
      .map((e) => ({ name: e.localName, parent: e.parentNode === document.documentElement ? 'html' : (e.parentElement?.localName ?? '?'), last: e === e.parentElement?.lastElementChild, open: e.shadowRoot !== null })),
  );
  expect(hosts).toEqual(made || hosts.length ? [{ name: 'chiplens-ui', parent: 'html', last: true, open: false }] : []);
}

async function runAttack(page: Page, steps: string[]): Promise<void> {
  await page.evaluate(
    ({ opts, steps }) => (window as unknown as { __hostile: { run(o: object, s: string[]): Promise<void> } }).__hostile.run(opts, steps),
    { opts: { extensionId: browser.extensionId, scripts: CONTENT_SCRIPTS }, steps },
  );
}

// ---------------------------------------------------------------------------------------------------------

let privateBefore: unknown;

beforeAll(async () => {
  server = await startServer();
  server.add(HOSTILE_PATH, hostilePage());
  server.add(AD_PATH, AD_HTML);
  browser = await launchWithExtension();
  helper = await browser.extensionPage('options.html');

  // The earlier, confidential article: names the same chips and companies as the hostile page.
  const confidential = await ask<{ article: ArticleRow }>({
    type: 'article/seen',
    report: buildArticleReport(
      { url: CONFIDENTIAL.url, title: CONFIDENTIAL.title, site: CONFIDENTIAL.site, lang: 'en', publishedAt: '2026-11-30T09:00:00Z' },
      CONFIDENTIAL.text,
      annotate(CONFIDENTIAL.text, { lang: 'en' }),
    ),
  });
  const confId = confidential.article.id;
  // The hostile page's own article, recorded as a visit would (the content script records it again).
  const hostileUrl = server.url(HOSTILE_PATH);
  const own = await ask<{ article: ArticleRow }>({
    type: 'article/seen',
    report: buildArticleReport(
      { url: hostileUrl, title: HOSTILE_TITLE, site: 'Quarry Street Daily', lang: 'en', publishedAt: HOSTILE_PUBLISHED },
      HOSTILE_TEXT,
      annotate(HOSTILE_TEXT, { lang: 'en' }),
    ),
  });
  const ownId = own.article.id;

  const paragraph = HOSTILE_PARAGRAPHS[2];
  const at = paragraph.indexOf(NOTED_PASSAGE);
  await ask({ type: 'notes/add', note: { articleId: ownId, selector: quoteAt(paragraph, at, at + NOTED_PASSAGE.length), body: HOSTILE_NOTE } });
  await ask({ type: 'notes/add', note: { articleId: confId, selector: quoteAt(CONFIDENTIAL.text, 0, 15), body: CONFIDENTIAL.note } });

  const savedConf = await ask<ArticleRow>({ type: 'list/save', articleId: confId });
  const readConf = await ask<ArticleRow>({ type: 'list/mark-read', articleId: confId, read: true });
  await ask({ type: 'list/set-tags', articleId: confId, tags: CONFIDENTIAL.tags });
  const savedOwn = await ask<ArticleRow>({ type: 'list/save', articleId: ownId });
  await ask({ type: 'list/set-tags', articleId: ownId, tags: HOSTILE_TAGS });

  secrets.set('other article title', CONFIDENTIAL.title);
  secrets.set('other article title (marker)', 'CONFIDENTIAL');
  secrets.set('other article title (reference)', 'ZX-4471');
  secrets.set('other article URL', CONFIDENTIAL.url);
  secrets.set('other article host', new URL(CONFIDENTIAL.url).host);
  secrets.set('other article site', CONFIDENTIAL.site);
  secrets.set('note on the other article', CONFIDENTIAL.note);
  secrets.set('note on the other article (marker)', CONFIDENTIAL.note.slice(0, 9));
  secrets.set('note on this page', HOSTILE_NOTE);
  secrets.set('note on this page (marker)', HOSTILE_NOTE.slice(0, 9));
  for (const t of [...CONFIDENTIAL.tags, ...HOSTILE_TAGS]) secrets.set(`tag ${t}`, t);
  secrets.set('reading-list field savedAt', 'savedAt');
  secrets.set('reading-list field readAt', 'readAt');
  if (savedConf.savedAt) secrets.set('saved time of the other article', String(savedConf.savedAt));
  if (readConf.readAt) secrets.set('read time of the other article', String(readConf.readAt));
  if (savedOwn.savedAt) secrets.set('saved time of this article', String(savedOwn.savedAt));
  secrets.set('"seen in" line (English)', 'other article');
  secrets.set('"seen in" line (German)', 'weiteren Artikel');

  privateBefore = await privateState();
  // The hostile page itself must not contain any secret, or the checks below would prove nothing.
  expectNoSecrets(hostilePage() + AD_HTML, 'in the test page as served (test bug)');
});

afterEach(async () => {
  for (const p of browser.context.pages()) if (p !== helper) await p.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a hostile page', () => {
  it('shows the card on a real hover only inside the extension frame: the chip, its maker and the confidential article', async () => {
    const page = await openHostile();
    await expectOneClosedHost(page, false);
    await waitUntil(async () => (await summary(page))?.articleId !== undefined, 15_000, 'the hostile page to be recorded');

    await hover(page, 'chiplens-chip', 'H20');
    const state = await cardWithSeen(page);
    const frame = uiFrame(page)!;
    expect(new URL(frame.url()).protocol).toBe('chrome-extension:');
    expect(state.names).toEqual([CHIP_NAME]);
    expect(state.cards[0]).toContain(CHIP_MAKER);
    expect(state.seenHeading).toMatch(/^Seen in \d+ other articles?$/);
    expect(state.seenLinks).toContainEqual({ text: CONFIDENTIAL.title, href: CONFIDENTIAL.url });
    // The page's own article is not "another article".
    expect(state.seenLinks.map((l) => l.href)).not.toContain(page.url());

    // Shown to the reader, and out of the page's reach while it is shown.
    expectNoSecrets(await loot(page), 'while the card is open');
    await expectNoChiplensPerformanceEntries(page);
    await expectOneClosedHost(page);
  });

  it('shows the note of a noted passage on a real click (a hover opens nothing), inside the frame only', async () => {
    const page = await openHostile();
    await waitUntil(async () => JSON.stringify((await summary(page))?.notes) === JSON.stringify({ anchored: 1, orphaned: 0 }), 15_000, 'the note to be placed');
    const ranges = await page.evaluate(() => Array.from((CSS.highlights.get('chiplens-note') ?? []) as unknown as Iterable<Range>).map((r) => r.toString()));
    expect(ranges.join('').replace(/\s+/g, ' ')).toBe(NOTED_PASSAGE);
    const state = await hover(page, 'chiplens-note', undefined, true);
    await expect.poll(async () => (await uiState(page)).noteBodies).toEqual([HOSTILE_NOTE]);
    expect(state.shown).toBe(true);
    expectNoSecrets(await loot(page), 'while the note is shown');
  });

  it('opens the card from the keyboard with focus in the frame (Alt+Shift+J), and Escape gives focus back', async () => {
    const page = await openHostile();
    // A real Tab puts focus on the page's first control.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-here');
    const first = await page.evaluate(() => {
      const all: { kind: string; range: Range }[] = [];
      for (const kind of ['chip', 'company', 'figure']) for (const r of (CSS.highlights.get(`chiplens-${kind}`) ?? []) as unknown as Iterable<Range>) all.push({ kind, range: r });
      all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return { kind: all[0].kind, text: all[0].range.toString() };
    });

    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(async () => isOpen(await uiState(page)), { message: 'Alt+Shift+J to open a card' }).toBe(true);
    const state = await uiState(page);
    expect(state.kinds).toEqual([first.kind]);
    expect(state.focused, 'focus inside the frame').toBe(true);
    // From the page, focus is on ChipLens's host (the frame is in its closed shadow root).
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('chiplens-ui');
    // The highlight was scrolled into view (it starts below the page's 900 px banner).
    const inView = await page.evaluate((text) => {
      const all: Range[] = [];
      for (const kind of ['chip', 'company', 'figure']) for (const r of (CSS.highlights.get(`chiplens-${kind}`) ?? []) as unknown as Iterable<Range>) all.push(r);
      const r = all.find((x) => x.toString() === text)!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    }, first.text);
    expect(inView, `"${first.text}" scrolled into view`).toBe(true);
    expectNoSecrets(await loot(page), 'while the card opened from the keyboard is open');

    await page.keyboard.press('Escape');
    await expect.poll(async () => isOpen(await uiState(page)), { message: 'Escape to close the card' }).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-here');
    expect(await page.evaluate(() => document.hasFocus())).toBe(true);
  });

  it('steps to the next and previous highlight with Alt+Shift+J / Alt+Shift+K while the card has focus', async () => {
    const page = await openHostile();
    await page.keyboard.press('Tab');
    const kinds = await page.evaluate(() => {
      const all: { kind: string; range: Range }[] = [];
      for (const kind of ['chip', 'company', 'figure']) for (const r of (CSS.highlights.get(`chiplens-${kind}`) ?? []) as unknown as Iterable<Range>) all.push({ kind, range: r });
      all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return all.slice(0, 3).map((x) => ({ kind: x.kind, text: x.range.toString() }));
    });
    expect(kinds.length).toBe(3);
    /** The open card: its kind, its name and whether its frame has focus; null when none is open. */
    const current = async () => {
      const s = await uiState(page);
      return isOpen(s) && s.kinds.length ? { kind: s.kinds[0], name: s.names[0], focused: s.focused } : null;
    };
    const nameOf = async () => (await current())?.name;
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(current, { message: 'Alt+Shift+J to open a card' }).not.toBeNull();
    const one = (await current())!;
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(nameOf, { message: 'Alt+Shift+J in the card to step to the next highlight' }).not.toBe(one.name);
    const two = (await current())!;
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(nameOf, { message: 'Alt+Shift+J to step once more' }).not.toBe(two.name);
    const three = (await current())!;
    expect([one.kind, two.kind, three.kind]).toEqual(kinds.map((k) => k.kind));
    expect(three.focused, 'focus stays in the frame while stepping').toBe(true);
    await page.keyboard.press('Alt+Shift+K');
    await expect.poll(nameOf, { message: 'Alt+Shift+K to step back' }).toBe(two.name);
    await page.keyboard.press('Escape');
    await expect.poll(async () => isOpen(await uiState(page))).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-here');
  });

  it('opens nothing and reveals nothing on script focus, script-made pointer/mouse/click events, forged selections and forged keys', async () => {
    const probes: { label: string; state: UiState }[] = [];
    const page = await openHostile(probes);
    await waitUntil(async () => (await summary(page))?.notes?.anchored === 1, 15_000, 'the note to be placed');
    await runAttack(page, ['focus', 'pointer', 'words', 'selections']);
    expect(
      probes.map((p) => `${p.label} → ${JSON.stringify({ cards: p.state.names, add: p.state.addButtons, notes: p.state.noteBodies.length, editors: p.state.editors })}`),
      'ChipLens UI opened by script-made events',
    ).toEqual([]);
    expectNoSecrets(await loot(page), 'after script-made events');
    await expectNoChiplensPerformanceEntries(page);
    expect(await privateState(), 'notes and reading list after the attack').toEqual(privateBefore);
  });

  it('stays on, and changes no note or reading-list entry, after forged WXT events, forged messages and a pushState storm', async () => {
    const probes: { label: string; state: UiState }[] = [];
    const page = await openHostile(probes);
    const url = page.url();
    await waitUntil(async () => (await summary(page))?.articleId !== undefined, 15_000, 'the hostile page to be recorded');
    const before = await summary(page);
    expect(before?.state).toBe('active');
    const articlesBefore = (await ask<{ articles: number }>({ type: 'stats/totals' })).articles;

    await runAttack(page, ['wxt', 'messages', 'storm']);
    expect(page.url()).toBe(url);
    expect(probes.map((p) => p.label), 'ChipLens UI opened by forged events').toEqual([]);
    // Let anything ChipLens does after a navigation or an invalidation happen.
    await page.waitForTimeout(1500);

    expect(await privateState(), 'notes and reading list after the attack').toEqual(privateBefore);
    expectNoSecrets(await loot(page), 'after forged events');
    await expectNoChiplensPerformanceEntries(page);

    // Still on: highlights in the page, the content script answering, a real hover opening the card.
    expect(await page.evaluate(() => CSS.highlights.get('chiplens-chip')?.size ?? 0)).toBeGreaterThan(0);
    await expect.poll(async () => (await summary(page))?.state, { timeout: 10_000, message: 'the content script to answer as active' }).toBe('active');
    const after = await summary(page);
    expect(after?.marks).toBe(before?.marks);
    await hover(page, 'chiplens-chip', 'H20');
    const state = await cardWithSeen(page);
    expect(state.names).toEqual([CHIP_NAME]);
    expect(state.seenLinks.map((l) => l.text)).toContain(CONFIDENTIAL.title);
    expectNoSecrets(await loot(page), 'with the card open after forged events');
    await expectOneClosedHost(page);

    const articlesAfter = (await ask<{ articles: number }>({ type: 'stats/totals' })).articles;
    if (articlesAfter > articlesBefore) {
      console.warn(`hostile.e2e: the pushState storm made ChipLens record ${articlesAfter - articlesBefore} more article(s) (not a contract failure).`);
    }
  });
});
