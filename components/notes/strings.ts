/** The words of the note UI in the page, in the reader's UI language. */
import type { UiLanguage } from '../../lib/i18n.ts';
import type { MarkColor } from '../../lib/marks.ts';

/** The words of tag editing, in the frame and the library alike. */
export interface TagStrings {
  tags: string;
  noTags: string;
  editTags: string;
  newTag: string;
  addTag: string;
  removeTag: (tag: string) => string;
  done: string;
}

export interface NoteStrings {
  addNote: string;
  editorLabel: string;
  viewLabel: string;
  bodyLabel: string;
  placeholder: string;
  hint: string;
  save: string;
  saving: string;
  cancel: string;
  edit: string;
  delete: string;
  confirmDelete: string;
  keep: string;
  empty: string;
  /** The page could not be recorded, so the note has no article to belong to. */
  cannotRecord: string;
  /** Answer to the context menu or the keyboard command when nothing readable is selected. */
  selectFirst: string;
  /** The highlight palette's group label, and each colour's name. */
  highlight: string;
  highlightIn: (color: string) => string;
  highlightLabel: string;
  colors: Record<MarkColor, string>;
  confirmDeleteHighlight: string;
  tagStrings: TagStrings;
}

const EN: NoteStrings = {
  addNote: 'Add note',
  editorLabel: 'ChipLens note',
  viewLabel: 'ChipLens note',
  bodyLabel: 'Your note on the selected passage',
  placeholder: 'Your note…',
  hint: 'Ctrl+Enter saves · Esc cancels',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete',
  confirmDelete: 'Delete this note?',
  keep: 'Keep',
  empty: 'No text: a marked passage only.',
  cannotRecord: 'ChipLens could not record this page, so the note was not saved. Reload the page and try again.',
  selectFirst: 'Select a passage of the article to add a note to it.',
  highlight: 'Highlight',
  highlightIn: (c) => `Highlight in ${c.toLowerCase()}`,
  highlightLabel: 'ChipLens highlight',
  colors: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
  confirmDeleteHighlight: 'Delete this highlight?',
  tagStrings: {
    tags: 'Tags',
    noTags: 'No tags',
    editTags: 'Edit tags',
    newTag: 'New tag',
    addTag: 'Add',
    removeTag: (t) => `Remove tag ${t}`,
    done: 'Done',
  },
};

const DE: NoteStrings = {
  addNote: 'Notiz hinzufügen',
  editorLabel: 'ChipLens-Notiz',
  viewLabel: 'ChipLens-Notiz',
  bodyLabel: 'Ihre Notiz zur markierten Stelle',
  placeholder: 'Ihre Notiz…',
  hint: 'Strg+Enter speichert · Esc bricht ab',
  save: 'Speichern',
  saving: 'Speichert…',
  cancel: 'Abbrechen',
  edit: 'Bearbeiten',
  delete: 'Löschen',
  confirmDelete: 'Diese Notiz löschen?',
  keep: 'Behalten',
  empty: 'Kein Text: nur eine markierte Stelle.',
  cannotRecord: 'ChipLens konnte diese Seite nicht erfassen, die Notiz wurde nicht gespeichert. Seite neu laden und noch einmal versuchen.',
  selectFirst: 'Markieren Sie eine Stelle im Artikel, um eine Notiz dazu anzulegen.',
  highlight: 'Markieren',
  highlightIn: (c) => `${c} markieren`,
  highlightLabel: 'ChipLens-Markierung',
  colors: { yellow: 'Gelb', green: 'Grün', blue: 'Blau', pink: 'Rosa', purple: 'Violett' },
  confirmDeleteHighlight: 'Diese Markierung löschen?',
  tagStrings: {
    tags: 'Schlagwörter',
    noTags: 'Keine Schlagwörter',
    editTags: 'Schlagwörter bearbeiten',
    newTag: 'Neues Schlagwort',
    addTag: 'Hinzufügen',
    removeTag: (t) => `Schlagwort ${t} entfernen`,
    done: 'Fertig',
  },
};

export function noteStrings(lang: UiLanguage): NoteStrings {
  return lang === 'de' ? DE : EN;
}
