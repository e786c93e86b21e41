/**
 * Backup benchmark: a generated JSON backup (default 200 MB, about 41,000 articles of 4.9 kB; set
 * `CHIPLENS_BENCH_BACKUP_MB`) imported in pieces into an empty fake-indexeddb store, exported again in pieces, and
 * imported once more with a cancel half way through the final transaction. Reports time, throughput and the peak
 * JS heap (sampled at every progress report, so between batches, where the import's own memory peaks), and whether
 * the cancelled import left the store as it was. Run alone with `npx tsx bench/backup.ts`, or as part of the
 * `store` section of `npm run bench`.
 *
 * fake-indexeddb is an in-memory JavaScript IndexedDB, so the store's rows also live on the JS heap here (in a
 * browser they live in IndexedDB, outside it): the heap figure is the import's own use plus the stored data.
 */
import { exportAll, importBackup, writeBackup } from '../lib/store/dump.ts';
import { syntheticBackup, testStore } from '../lib/store/testing.ts';
import { printTable, type BenchResult } from './util.ts';

const MB = Number(process.env.CHIPLENS_BENCH_BACKUP_MB ?? 200);
const CHARS_PER_ARTICLE = 4905;

export async function benchBackup(): Promise<BenchResult[]> {
  const articles = Math.round((MB * 1e6) / CHARS_PER_ARTICLE);
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const db = await testStore('bench-backup');
  try {
    let chars = 0;
    const source = (function* () {
      for (const piece of syntheticBackup(articles)) {
        chars += piece.length;
        yield piece;
      }
    })();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const result = await importBackup(db, source, { mode: 'merge', onProgress: sample });
    const importMs = performance.now() - t0;
    const importPeak = peak;

    peak = 0;
    let written = 0;
    const t1 = performance.now();
    await writeBackup(db, (text) => (written += text.length), { onProgress: sample });
    const exportMs = performance.now() - t1;
    const exportPeak = peak;

    // Cancelled half way through the final transaction: nothing of the second import may land.
    const countsBefore = JSON.stringify(await Promise.all([db.articles.count(), db.mentions.count(), db.figures.count(), db.notes.count()]));
    const controller = new AbortController();
    const cancelledAt = await importBackup(db, syntheticBackup(Math.min(articles, 5000), { seed: 7 }), {
      mode: 'replace',
      signal: controller.signal,
      onProgress: (p) => p.phase === 'writing' && p.done >= p.total / 2 && controller.abort(),
    }).then(
      () => 'finished',
      (e: { code?: string }) => e.code ?? 'failed',
    );
    const countsAfter = JSON.stringify(await Promise.all([db.articles.count(), db.mentions.count(), db.figures.count(), db.notes.count()]));
    const unchanged = cancelledAt === 'aborted' && countsAfter === countsBefore && (await db.staged.count()) === 0;
    // A sample read back, so the counts above are known to be rows, not only index entries.
    const sampleRows = (await exportAll(db, Date.now(), { batchRows: 5000 })).articles.length;

    const mb = chars / 1e6;
    return [
      { name: `import ${mb.toFixed(0)} MB (${result.articlesAdded} articles, ${result.notesAdded} notes), in pieces, staged, one final transaction`, value: importMs / 1000, unit: 's' },
      { name: 'import throughput', value: mb / (importMs / 1000), unit: 'MB/s' },
      { name: 'export of the same store, in pieces', value: exportMs / 1000, unit: 's' },
      { name: 'export throughput', value: written / 1e6 / (exportMs / 1000), unit: 'MB/s' },
      { name: 'peak JS heap during import (fake-indexeddb’s rows included)', value: importPeak / 1e6, unit: 'MB' },
      { name: 'JS heap before the import', value: heapBefore / 1e6, unit: 'MB' },
      { name: 'peak JS heap during export', value: exportPeak / 1e6, unit: 'MB' },
      { name: 'cancelled half way: store unchanged, staging empty (1 = yes)', value: unchanged ? 1 : 0, unit: '', goal: '1', ok: unchanged },
      { name: 'articles read back', value: sampleRows, unit: '' },
    ];
  } finally {
    db.close();
  }
}

if (/[\\/]bench[\\/]backup\.ts$/.test(process.argv[1] ?? '')) {
  printTable(`Backup (${MB} MB, fake-indexeddb in Node)`, await benchBackup());
}
