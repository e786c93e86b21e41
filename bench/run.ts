/**
 * `npm run bench`: every performance target of the project, printed as numbers against their goals.
 * Sections: extraction (Node), store (fake-indexeddb in Node), page (Chromium with the built extension).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { benchExtract } from './extract.ts';
import { printTable, type BenchResult } from './util.ts';

const only = process.argv.slice(2);
const want = (s: string) => !only.length || only.includes(s);

async function optional(file: string, fn: string): Promise<(() => Promise<BenchResult[]>) | null> {
  const p = join(import.meta.dirname ?? '.', file);
  if (!existsSync(p)) return null;
  const mod = (await import(p)) as Record<string, () => Promise<BenchResult[]>>;
  return mod[fn] ?? null;
}

if (want('extract')) printTable('Extraction (Node ' + process.version + ')', benchExtract());
if (want('store')) {
  const store = await optional('store.ts', 'benchStore');
  if (store) printTable('Store (10,000 articles, fake-indexeddb in Node)', await store());
}
if (want('page')) {
  const page = await optional('page.ts', 'benchPage');
  if (page) printTable('Page (Chromium, built extension)', await page());
}
