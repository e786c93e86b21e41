/**
 * Deleting one article from the library: a button, then a question the reader must answer (what goes: the article,
 * its chips, companies and figures, and how many of their notes). Cancel has the focus while the question is open,
 * Escape answers it with no, and the button gets the focus back.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary } from '../../lib/store/types.ts';
import { useLocale } from '../i18n/locale.tsx';
import { errorText } from '../i18n/errors.ts';
import { ErrorNote } from '../ui/ErrorNote.tsx';
import { fetchData, request } from '../ui/rpc.ts';

export function DeleteArticle({ article, onDeleted }: { article: Pick<ArticleSummary, 'id' | 'title' | 'url'>; onDeleted: () => void }) {
  const { lang, t } = useLocale();
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle');
  const [notes, setNotes] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const ids = `delete-${article.id}`;

  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (step === 'confirm') cancelRef.current?.focus();
    else if (step === 'idle' && refocus.current) {
      refocus.current = false;
      startRef.current?.focus();
    }
  }, [step]);

  const start = async () => {
    setError(null);
    setNotes(null);
    setStep('confirm');
    try {
      setNotes((await fetchData({ type: 'notes/list', articleId: article.id })).length);
    } catch {
      // The question still stands without the count.
    }
  };
  const cancel = () => {
    refocus.current = true;
    setStep('idle');
  };
  const remove = async () => {
    setStep('busy');
    const res = await request({ type: 'article/delete', articleId: article.id });
    if (res.ok) onDeleted();
    else {
      setStep('confirm');
      setError(errorText(lang, res.error));
    }
  };

  if (step === 'idle') {
    return (
      <button type="button" ref={startRef} data-delete-article onClick={() => void start()} aria-label={t.library.deleteArticle.startLabel(article.title || article.url)}>
        {t.library.deleteArticle.start}
      </button>
    );
  }
  return (
    <div class="confirm" role="alertdialog" aria-labelledby={`${ids}-h`} aria-describedby={`${ids}-text`} onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <p id={`${ids}-h`}>
        <strong>{t.library.deleteArticle.question(article.title || article.url)}</strong>
      </p>
      <p id={`${ids}-text`}>{t.library.deleteArticle.what(notes)}</p>
      <div class="buttons">
        <button type="button" ref={cancelRef} disabled={step === 'busy'} onClick={cancel}>
          {t.cancel}
        </button>
        <button type="button" class="danger" disabled={step === 'busy'} onClick={() => void remove()}>
          {t.library.deleteArticle.confirm}
        </button>
      </div>
      {error && <ErrorNote message={error} />}
    </div>
  );
}
