import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NoteStrings } from './strings.ts';

export interface NoteViewProps {
  strings: NoteStrings;
  body: string;
  /** Move focus to the first button (opened from the keyboard). */
  focusFirst?: boolean;
  onEdit: () => void;
  /** Deletes; resolves to null when deleted, else to the sentence to show. */
  onDelete: () => Promise<string | null>;
  onClose: () => void;
  /** Shown under the text (the note's tags). */
  children?: ComponentChildren;
}

/** A note's text with Edit and Delete; Delete asks once more before it deletes. Escape closes. */
export function NoteView({ strings, body, focusFirst, onEdit, onDelete, onClose, children }: NoteViewProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusFirst) first.current?.focus({ preventScroll: true });
  }, [focusFirst]);
  useEffect(() => {
    if (confirming) confirm.current?.focus({ preventScroll: true });
  }, [confirming]);

  const remove = async () => {
    setBusy(true);
    setError(null);
    const problem = await onDelete();
    if (problem !== null) {
      setError(problem);
      setBusy(false);
    }
  };

  return (
    <div
      class="panel view"
      role="dialog"
      aria-label={strings.viewLabel}
      id="chiplens-note-view"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <p class="body">{body.trim() ? body : <span class="muted">{strings.empty}</span>}</p>
      {children}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        {confirming ? (
          <>
            <span class="ask">{strings.confirmDelete}</span>
            <button type="button" onClick={() => setConfirming(false)}>
              {strings.keep}
            </button>
            <button type="button" class="danger" ref={confirm} disabled={busy} onClick={() => void remove()}>
              {strings.delete}
            </button>
          </>
        ) : (
          <>
            <button type="button" ref={first} onClick={onEdit}>
              {strings.edit}
            </button>
            <button type="button" class="danger" onClick={() => setConfirming(true)}>
              {strings.delete}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
