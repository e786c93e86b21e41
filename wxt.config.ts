import { defineConfig } from 'wxt';

// Manifest and build settings. Preact JSX is compiled by esbuild through tsconfig's jsxImportSource.
export default defineConfig({
  // CHIPLENS_OUT_DIR (absolute) lets two builds live side by side; the browser tests read the same variable.
  ...(process.env.CHIPLENS_OUT_DIR ? { outDir: process.env.CHIPLENS_OUT_DIR } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    commands: {
      'annotate-page': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Annotate the current page with ChipLens',
      },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the current page to the ChipLens reading list',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Add a ChipLens note to the selected text',
      },
    },
  },
});
