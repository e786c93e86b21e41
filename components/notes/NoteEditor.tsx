import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteStrings } from './strings.ts';

export interface NoteEditorProps {
  strings: NoteStrings;
  /** The noted passage, shown above the text field. */
  quote: string;
  initial?: string;
  /** Saves; resolves to null when saved, else to the sentence to show. */
  onSave: (body: string) => Promise<string | null>;
  onCancel: () => void;
}

const QUOTE_SHOWN = 280;

/** The note's text field: Save or Ctrl/Cmd+Enter saves, Cancel or Escape leaves it unchanged. */
export function NoteEditor({ strings, quote, initial = '', onSave, onCancel }: NoteEditorProps) {
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const problem = await onSave(body);
    // On success the editor is gone; only a failure is shown here.
    if (problem !== null) {
      setError(problem);
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  const shown = quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN)}…` : quote;
  return (
    <form
      class="panel editor"
      aria-label={strings.editorLabel}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <blockquote class="quote">{shown}</blockquote>
      <label class="sr" for="chiplens-note-body">
        {strings.bodyLabel}
      </label>
      <textarea
        id="chiplens-note-body"
        ref={field}
        value={body}
        placeholder={strings.placeholder}
        aria-describedby="chiplens-note-hint"
        onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="hint" id="chiplens-note-hint">
        {strings.hint}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onCancel}>
          {strings.cancel}
        </button>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? strings.saving : strings.save}
        </button>
      </div>
    </form>
  );
}
