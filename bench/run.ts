/**
 * `npm run bench` (through scripts/bench.mjs, which bundles this file): every performance target of the project,
 * printed as numbers against their goals. Sections: extract (Node), store (fake-indexeddb in Node), page
 * (Chromium with the built extension), popup (the real popup and service worker in Chromium over 10,000 stored
 * articles), stage (the first stage's decision on a typical and a 1 MB page), cost (main-thread time ChipLens adds
 * to non-chip pages, first highlight on chip pages, content-script sizes), backup (export and import of a 200 MB
 * backup in pieces; also part of store). `npm run bench -- store` runs one section.
 */
import { benchBackup } from './backup.ts';
import { benchCost } from './cost.ts';
import { benchExtract } from './extract.ts';
import { benchPage } from './page.ts';
import { benchPopup } from './popup.ts';
import { benchStage } from './stage.ts';
import { benchStore } from './store.ts';
import { printTable } from './util.ts';

const only = process.argv.slice(2);
const want = (s: string) => !only.length || only.includes(s);

if (want('extract')) printTable(`Extraction (Node ${process.version}, bundled code)`, benchExtract());
if (want('store')) printTable('Store (10,000 articles × 30 mentions × 10 figures, fake-indexeddb in Node)', await benchStore());
if (want('store') || want('backup')) printTable('Backup export and import in pieces (fake-indexeddb in Node)', await benchBackup());
if (want('page')) {
  const { title, rows } = await benchPage();
  printTable(title, rows);
}
if (want('popup')) {
  const { title, rows } = await benchPopup();
  printTable(title, rows);
}
if (want('stage')) {
  const { title, rows } = await benchStage();
  printTable(title, rows);
}
if (want('cost')) {
  const { title, rows } = await benchCost();
  printTable(title, rows);
}
