/** A long task's progress bar with its words and a cancel button (export and import of backups). */
import { useLocale } from '../i18n/locale.tsx';

export function TaskProgress({ label, value, onCancel, id }: { label: string; value: number; onCancel: () => void; id: string }) {
  const { t } = useLocale();
  return (
    <div class="task-progress row" data-task={id}>
      <label for={`${id}-bar`}>{label}</label>
      <progress id={`${id}-bar`} max={100} value={value} />
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
