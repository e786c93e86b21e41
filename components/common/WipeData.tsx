/**
 * Deleting every stored article, figure and note, in two steps: the first shows what would go, the second
 * deletes. Used by the library's data view and the options page.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Totals } from '../../lib/store/types.ts';
import { useLocale } from '../i18n/locale.tsx';
import { errorText } from '../i18n/errors.ts';
import { fetchData, request } from '../ui/rpc.ts';

export function WipeData({ onWiped }: { onWiped?: () => void }) {
  const { lang, t } = useLocale();
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [totals, setTotals] = useState<Totals | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  // The safe choice gets the focus when the question appears; the start button gets it back after.
  useLayoutEffect(() => {
    if (step === 'confirm') cancelRef.current?.focus();
  }, [step]);

  const start = async () => {
    setStatus(null);
    try {
      setTotals(await fetchData({ type: 'stats/totals' }));
    } catch {
      setTotals(null);
    }
    setStep('confirm');
  };
  const cancel = () => {
    setStep('idle');
    startRef.current?.focus();
  };
  const wipe = async () => {
    setStep('busy');
    const res = await request({ type: 'data/wipe', confirm: true });
    setStep('idle');
    setStatus(res.ok ? { ok: true, text: t.wipe.done } : { ok: false, text: t.wipe.failed(errorText(lang, res.error)) });
    if (res.ok) onWiped?.();
  };

  return (
    <section class="panel danger" aria-labelledby="wipe-h">
      <h2 id="wipe-h">{t.wipe.title}</h2>
      <p class="muted">{t.wipe.hint}</p>
      {step === 'idle' && (
        <button type="button" class="danger" ref={startRef} onClick={() => void start()}>
          {t.wipe.start}
        </button>
      )}
      {step !== 'idle' && (
        <div
          class="confirm"
          role="alertdialog"
          aria-labelledby="wipe-confirm-h"
          aria-describedby="wipe-confirm-text"
          onKeyDown={(e) => e.key === 'Escape' && cancel()}
        >
          <h3 id="wipe-confirm-h">{t.wipe.confirmTitle}</h3>
          <p id="wipe-confirm-text">{t.wipe.confirmText(totals?.articles ?? 0, totals?.notes ?? 0)}</p>
          <div class="buttons">
            <button type="button" ref={cancelRef} disabled={step === 'busy'} onClick={cancel}>
              {t.cancel}
            </button>
            <button type="button" class="danger" disabled={step === 'busy'} onClick={() => void wipe()}>
              {t.wipe.confirm}
            </button>
          </div>
        </div>
      )}
      {status && (
        <p class={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
