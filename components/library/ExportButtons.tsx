/** Export buttons: one per format; each reads the whole store once and saves one file. */
import { useState } from 'preact/hooks';
import { useLocale } from '../i18n/locale';
import { fetchData } from '../ui/rpc';
import { downloadText, fileName } from './download';

export function ExportButtons() {
  const { t } = useLocale();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setStatus(null);
    try {
      const dump = await fetchData({ type: 'data/export' });
      const name = fileName('backup', 'json');
      downloadText(name, JSON.stringify(dump, null, 2), 'application/json');
      setStatus({ ok: true, text: t.library.exported(name) });
    } catch (e) {
      setStatus({ ok: false, text: t.library.exportFailed(e instanceof Error ? e.message : String(e)) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="export-h">
      <h2 id="export-h">{t.library.exportTitle}</h2>
      <p class="muted">{t.library.exportHint}</p>
      <div class="export-buttons">
        <button type="button" disabled={busy} data-format="json" onClick={() => void run()}>
          JSON
        </button>
      </div>
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
