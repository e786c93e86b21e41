/**
 * Importing a JSON backup of any size: the page reads the file in pieces and the store checks every row as it
 * comes, stages it, and moves everything into place in one transaction at the end (see `lib/store/dump.ts`); a
 * wrong file, a cancel or a closed page changes nothing. Progress: the share of the file checked, then of the
 * rows saved.
 */
import { useRef, useState } from 'preact/hooks';
import { openStore } from '../../lib/store/db.ts';
import { BackupError, importBackup } from '../../lib/store/dump.ts';
import { StoreError } from '../../lib/store/errors.ts';
import { useLocale } from '../i18n/locale.tsx';
import { fileText, percent } from './backup-io.ts';
import { TaskProgress } from './TaskProgress.tsx';

type Phase = { phase: 'checking' | 'writing'; done: number; total: number };

export function ImportBackup({ onImported }: { onImported: () => void }) {
  const { t } = useLocale();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [progress, setProgress] = useState<Phase | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const running = useRef<AbortController | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const controller = new AbortController();
    running.current = controller;
    setStatus(null);
    setProgress({ phase: 'checking', done: 0, total: file.size });
    let read = 0;
    let db;
    try {
      db = await openStore();
      const text = fileText(file, (bytes) => {
        read += bytes;
        setProgress({ phase: 'checking', done: read, total: file.size });
      });
      const r = await importBackup(db, text, {
        mode: 'merge',
        signal: controller.signal,
        onProgress: (p) => p.phase === 'writing' && setProgress(p),
      });
      setStatus({ ok: true, text: t.library.importDone(r.articlesAdded, r.articlesMerged, r.notesAdded, r.notesSkipped) });
      onImported();
    } catch (e) {
      if (controller.signal.aborted) setStatus({ ok: false, text: t.library.importCancelled });
      else if (e instanceof BackupError && e.problem.kind === 'not-json') {
        setStatus({ ok: false, text: t.library.importNotJson(e.problem.detail) });
      } else if (e instanceof BackupError) setStatus({ ok: false, text: t.library.importFailed(t.library.backupProblem(e.problem)) });
      else if (e instanceof TypeError) setStatus({ ok: false, text: t.library.importNotText });
      else if (e instanceof StoreError) setStatus({ ok: false, text: t.library.importFailed(t.library.storeProblem(e.code)) });
      else setStatus({ ok: false, text: t.library.importFailed(e instanceof Error ? e.message : String(e)) });
    } finally {
      db?.close();
      running.current = null;
      setProgress(null);
      // The same file can be chosen again after fixing it.
      if (input.current) input.current.value = '';
    }
  };

  const shown = progress ? percent(progress.done, progress.total) : 0;
  return (
    <section class="panel" aria-labelledby="import-h">
      <h2 id="import-h">{t.library.importTitle}</h2>
      <p class="muted">{t.library.importHint}</p>
      <label>
        {t.library.importChoose}
        <input
          ref={input}
          type="file"
          name="backup"
          accept="application/json,.json"
          disabled={progress !== null}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </label>
      {progress && (
        <TaskProgress
          id="import-progress"
          label={progress.phase === 'checking' ? t.library.importChecking(shown) : t.library.importWriting(shown)}
          value={shown}
          onCancel={() => running.current?.abort()}
        />
      )}
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'} data-import-status={status.ok ? 'ok' : 'failed'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
