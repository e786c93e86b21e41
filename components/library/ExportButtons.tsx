/** Export buttons: one per format; each reads the whole store once and saves one file. */
import { useState } from 'preact/hooks';
import { useLocale } from '../i18n/locale';
import { thrownText } from '../i18n/errors';
import { fetchData } from '../ui/rpc';
import { downloadText } from './download';
import { EXPORT_FORMATS, buildExport, type ExportFormat, type ExportScope } from './export-formats';

export function ExportButtons() {
  const { lang, t } = useLocale();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [scope, setScope] = useState<ExportScope>('all');
  const run = async (format: ExportFormat) => {
    setBusy(true);
    setStatus(null);
    try {
      const dump = await fetchData({ type: 'data/export' });
      const file = buildExport(format, dump, { lang, t, scope });
      downloadText(file.name, file.data, file.type);
      setStatus({ ok: true, text: t.library.exported(file.name) });
    } catch (e) {
      setStatus({ ok: false, text: t.library.exportFailed(thrownText(lang, e)) });
    } finally {
      setBusy(false);
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
          <button key={format} type="button" disabled={busy} data-format={format} onClick={() => void run(format)}>
            {t.library.exportFormats[format]}
          </button>
        ))}
      </div>
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
