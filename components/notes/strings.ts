/** The words of the note UI in the page, in the reader's UI language. */
import type { UiLanguage } from '../../lib/i18n.ts';

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
};

export function noteStrings(lang: UiLanguage): NoteStrings {
  return lang === 'de' ? DE : EN;
}
