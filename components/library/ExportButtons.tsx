/**
 * Export buttons: one per format. The page reads the store itself (not through the background, whose messages
 * cannot carry a large store), in batches with a progress bar and a cancel button. The JSON backup is written in
 * pieces straight into a Blob; the other formats are built from the rows read.
 */
import { useRef, useState } from 'preact/hooks';
import { openStore } from '../../lib/store/db.ts';
import { exportAll, writeBackup, type RowProgress } from '../../lib/store/dump.ts';
import { StoreError } from '../../lib/store/errors.ts';
import { useLocale } from '../i18n/locale.tsx';
import { blobSink, percent } from './backup-io.ts';
import { downloadBlob, downloadText, fileName } from './download.ts';
import { EXPORT_FORMATS, buildExport, type ExportFormat, type ExportScope } from './export-formats.ts';
import { TaskProgress } from './TaskProgress.tsx';

export function ExportButtons() {
  const { lang, t } = useLocale();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [progress, setProgress] = useState<RowProgress | null>(null);
  const [scope, setScope] = useState<ExportScope>('all');
  const running = useRef<AbortController | null>(null);

  const run = async (format: ExportFormat) => {
    const controller = new AbortController();
    running.current = controller;
    setProgress({ done: 0, total: 0 });
    setStatus(null);
    const opts = { signal: controller.signal, onProgress: (p: RowProgress) => setProgress(p) };
    let db;
    try {
      db = await openStore();
      const now = new Date();
      let name: string;
      if (format === 'json') {
        const sink = blobSink();
        await writeBackup(db, sink.write, { ...opts, now: now.getTime() });
        name = fileName('backup', 'json', now);
        downloadBlob(name, sink.blob('application/json'));
      } else {
        const dump = await exportAll(db, now.getTime(), opts);
        if (controller.signal.aborted) throw new StoreError('aborted');
        const file = buildExport(format, dump, { lang, t, scope, now });
        name = file.name;
        downloadText(file.name, file.data, file.type);
      }
      setStatus({ ok: true, text: t.library.exported(name) });
    } catch (e) {
      if (controller.signal.aborted) setStatus({ ok: false, text: t.library.exportCancelled });
      else if (e instanceof StoreError) setStatus({ ok: false, text: t.library.exportFailed(t.library.storeProblem(e.code)) });
      else setStatus({ ok: false, text: t.library.exportFailed(e instanceof Error ? e.message : String(e)) });
    } finally {
      db?.close();
      running.current = null;
      setProgress(null);
    }
  };
  return (
    <section class="panel" aria-labelledby="export-h">
      <h2 id="export-h">{t.library.exportTitle}</h2>
      <p class="muted">{t.library.exportHint}</p>
      <div class="row-form">
        <label>
          {t.library.exportScope}{' '}
          <select name="export-scope" value={scope} onChange={(e) => setScope(e.currentTarget.value as ExportScope)}>
            <option value="all">{t.library.exportScopes.all}</option>
            <option value="saved">{t.library.exportScopes.saved}</option>
          </select>
        </label>
        <span class="muted">{t.library.exportScopeHint}</span>
      </div>
      <div class="export-buttons">
        {EXPORT_FORMATS.map((format) => (
          <button key={format} type="button" disabled={progress !== null} data-format={format} onClick={() => void run(format)}>
            {t.library.exportFormats[format]}
          </button>
        ))}
      </div>
      {progress && (
        <TaskProgress id="export-progress" label={t.library.exporting(percent(progress.done, progress.total))} value={percent(progress.done, progress.total)} onCancel={() => running.current?.abort()} />
      )}
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
