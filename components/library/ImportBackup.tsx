/**
 * Importing a JSON backup: the file is read and parsed here, then validated and merged by the store in one
 * transaction, so a wrong file changes nothing and its problem is shown as the store words it.
 */
import { useRef, useState } from 'preact/hooks';
import { useLocale } from '../i18n/locale';
import { errorText } from '../i18n/errors';
import { request } from '../ui/rpc';

export function ImportBackup({ onImported }: { onImported: () => void }) {
  const { lang, t } = useLocale();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setStatus(null);
    try {
      let dump: unknown;
      try {
        dump = JSON.parse(await file.text());
      } catch {
        // The engine's own parse message is English whatever the UI speaks: the file's name says which file.
        setStatus({ ok: false, text: t.library.importNotJson(file.name) });
        return;
      }
      const res = await request({ type: 'data/import', dump, mode: 'merge' });
      if (res.ok) {
        const r = res.data;
        setStatus({ ok: true, text: t.library.importDone(r.articlesAdded, r.articlesMerged, r.notesAdded, r.notesSkipped) });
        onImported();
      } else {
        setStatus({ ok: false, text: t.library.importFailed(errorText(lang, res.error)) });
      }
    } finally {
      setBusy(false);
      // The same file can be chosen again after fixing it.
      if (input.current) input.current.value = '';
    }
  };

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
          disabled={busy}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </label>
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'} data-import-status={status.ok ? 'ok' : 'failed'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
