/** A highlight on the page: its colour (change it), its tags, and Delete after a second step. Escape closes. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MarkColor } from '../../lib/marks.ts';
import { MarkPalette } from './MarkPalette.tsx';
import type { NoteStrings } from './strings.ts';
import { TagEditor } from './TagEditor.tsx';

export interface HighlightViewProps {
  strings: NoteStrings;
  color: MarkColor;
  tags: string[];
  focusFirst?: boolean;
  onColor: (c: MarkColor) => Promise<string | null>;
  onTags: (tags: string[]) => Promise<string[] | string>;
  onDelete: () => Promise<string | null>;
  onClose: () => void;
}

export function HighlightView({ strings, color, tags, focusFirst, onColor, onTags, onDelete, onClose }: HighlightViewProps) {
  const [current, setCurrent] = useState(color);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusFirst) box.current?.querySelector<HTMLButtonElement>('button[aria-pressed=true]')?.focus({ preventScroll: true });
  }, [focusFirst]);
  const run = async (p: Promise<string | null>) => {
    setError(null);
    const problem = await p;
    if (problem !== null) setError(problem);
  };
  return (
    <div
      ref={box}
      class="panel view highlight"
      role="dialog"
      aria-label={strings.highlightLabel}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <MarkPalette
        strings={strings}
        current={current}
        onPick={(c) => {
          if (c === current) return;
          setCurrent(c);
          void run(onColor(c));
        }}
      />
      <TagEditor tags={tags} strings={strings.tagStrings} onSave={onTags} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        {confirming ? (
          <>
            <span class="ask">{strings.confirmDeleteHighlight}</span>
            <button type="button" onClick={() => setConfirming(false)}>
              {strings.keep}
            </button>
            <button type="button" class="danger" onClick={() => void run(onDelete())}>
              {strings.delete}
            </button>
          </>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {strings.delete}
          </button>
        )}
      </div>
    </div>
  );
}
