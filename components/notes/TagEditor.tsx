/**
 * A row of tags with one "Edit tags" button; the button opens an inline editor (each tag with a remove button and
 * a field for a new one) in place of the row, so a list shows no text box until the reader asks for one. Every
 * change is saved at once; Escape or Done closes the editor. Used in the page's frame and in the library.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TagStrings } from './strings.ts';

export interface TagEditorProps {
  tags: readonly string[];
  strings: TagStrings;
  /** Saves the new list; resolves to the list as stored (normalised) or to the sentence to show on failure. */
  onSave: (tags: string[]) => Promise<string[] | string>;
  /** Controlled by a list that allows one editor at a time; uncontrolled when left out. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Names what the tags belong to, for the editor's accessible label. */
  label?: string;
}

export function TagEditor({ tags: initial, strings, onSave, open: openProp, onOpenChange, label }: TagEditorProps) {
  const [tags, setTags] = useState<readonly string[]>(initial);
  const [ownOpen, setOwnOpen] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const open = openProp ?? ownOpen;
  const setOpen = (o: boolean) => (onOpenChange ? onOpenChange(o) : setOwnOpen(o));
  useEffect(() => setTags(initial), [initial.join('\u0000')]);
  useEffect(() => {
    if (open) field.current?.focus({ preventScroll: true });
  }, [open]);

  const save = async (next: string[]) => {
    setError(null);
    const res = await onSave(next);
    if (typeof res === 'string') setError(res);
    else setTags(res);
  };
  const add = () => {
    const added = draft.split(',').map((t) => t.trim()).filter(Boolean);
    setDraft('');
    if (added.length) void save([...tags, ...added]);
  };
  const close = () => {
    setOpen(false);
    setTimeout(() => opener.current?.focus({ preventScroll: true }), 0);
  };

  if (!open) {
    return (
      <div class="tags">
        {tags.map((t) => (
          <span class="tag" key={t}>
            {t}
          </span>
        ))}
        <button type="button" class="tag-edit" ref={opener} aria-label={label ? `${strings.editTags}: ${label}` : strings.editTags} onClick={() => setOpen(true)}>
          {tags.length ? strings.editTags : `+ ${strings.tags}`}
        </button>
        {error && (
          <span class="error" role="alert">
            {error}
          </span>
        )}
      </div>
    );
  }
  return (
    <div
      class="tags editing"
      role="group"
      aria-label={label ? `${strings.tags}: ${label}` : strings.tags}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      {tags.map((t) => (
        <span class="tag" key={t}>
          {t}
          <button type="button" class="tag-x" aria-label={strings.removeTag(t)} onClick={() => void save(tags.filter((x) => x !== t))}>
            ×
          </button>
        </span>
      ))}
      <input
        ref={field}
        class="tag-input"
        aria-label={strings.newTag}
        placeholder={strings.newTag}
        value={draft}
        size={14}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }}
      />
      <button type="button" onClick={add}>
        {strings.addTag}
      </button>
      <button type="button" class="primary" onClick={() => (draft.trim() && add(), close())}>
        {strings.done}
      </button>
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
