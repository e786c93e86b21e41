import { defineConfig } from 'wxt';

// Manifest and build settings. Preact JSX is compiled by esbuild through tsconfig's jsxImportSource.
export default defineConfig({
  // CHIPLENS_OUT_DIR (absolute) lets two builds live side by side; the browser tests read the same variable.
  ...(process.env.CHIPLENS_OUT_DIR ? { outDir: process.env.CHIPLENS_OUT_DIR } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources archive that Firefox's store asks for: its default globs leave out files without an extension.
  zip: { includeSources: ['LICENSE', '.nvmrc'] },
  hooks: {
    // The content script goes into every page, on a budget of 80 kB gzip: Terser packs it ~3 % tighter than
    // Vite's default esbuild minifier (80.3 → 78.3 kB). Only there: it makes a build several seconds slower.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      // The first stage runs on every page: there `browser` is the browser's own API (Chromium's MV3 `chrome.*`
      // answers with promises), not the polyfill, whose evaluation alone cost more than the rest of the stage.
      if (entrypoints.some((e) => e.name === 'first-stage')) {
        const native = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
        const alias = config.resolve?.alias;
        const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
        config.resolve = { ...config.resolve, alias: [native, ...rest] };
      }
      // CHIPLENS_UNMINIFIED=1 keeps names readable in a CPU profile.
      if (process.env.CHIPLENS_UNMINIFIED) config.build = { ...config.build, minify: false };
      else config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 }, ecma: 2020 } };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings; contextMenus: "Save to reading list" and "Add note"; activeTab + scripting: annotate a
    // tab on request where the content script was not injected (a tab opened before install). No host
    // permissions beyond the content script's matches: nothing is fetched from the network.
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // The first stage runs on every page (the content script's matches); where a page may be chip news, the
    // background loads the annotator into it, which needs the same access as a host permission.
    host_permissions: ['<all_urls>'],
    // The first stage (entrypoints/first-stage/): on every page, from the start of the document.
    content_scripts: [{ matches: ['<all_urls>'], js: ['first-stage.js'], run_at: 'document_start' }],
    // The private frame (card, notes) that the content script puts on pages, and the annotator the first stage
    // imports (Chromium; in Firefox the background injects it). Under a dynamic address, which changes every session, so a page cannot probe for them to tell that
    // ChipLens is installed.
    web_accessible_resources:
      browser === 'firefox'
        ? (['frame.html'] as unknown as { resources: string[]; matches: string[] }[])
        : [{ resources: ['frame.html', 'annotator.js'], matches: ['<all_urls>'], use_dynamic_url: true } as { resources: string[]; matches: string[] }],
    commands: {
      'annotate-page': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdAnnotate__' },
      'save-article': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdSave__' },
      'add-note': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNote__' },
    },
    // Firefox keeps IndexedDB and storage of a temporary add-on only with a stable id. 149 is the first release
    // that paints `::highlight()` text decorations and backgrounds (the Highlight API itself came in 140); hovering
    // there uses caretPositionFromPoint, as Firefox has no highlightsFromPoint. `data_collection_permissions`
    // (understood from Firefox 140, so 149 covers it) tells the store that ChipLens collects and sends nothing.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'chiplens@chiplens.app',
              strict_min_version: '149.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
