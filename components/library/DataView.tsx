/** The reader's data: export in every format, import of a JSON backup, and deleting everything. */
import { useLocale } from '../i18n/locale.tsx';
import { WipeData } from '../common/WipeData.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { ImportBackup } from './ImportBackup.tsx';

export function DataView({ onChanged }: { onChanged: () => void }) {
  const { t } = useLocale();
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h" class="sr-only">
        {t.library.dataTitle}
      </h2>
      <ExportButtons />
      <ImportBackup onImported={onChanged} />
      <WipeData onWiped={onChanged} />
    </section>
  );
}
