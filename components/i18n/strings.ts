/**
 * The words of the popup, the library page and the options page, in English and German (formal "Sie",
 * as the extension's store description). Which one is spoken is decided by `lib/i18n.ts`.
 */
import type { UiLanguage } from '../../lib/i18n.ts';
import type { BackupProblem } from '../../lib/store/dump.ts';
import type { StoreErrorCode } from '../../lib/store/errors.ts';
import type { SearchKind } from '../../lib/store/search.ts';
import { capitalized, type MeasureWord, type SentencePart } from '../card/i18n.ts';

/** What one sentence of "what's new here" is made of, each already in words. */
export interface ChangeWords {
  /** The entity's name (rendered in its `entity` slot). */
  name: string;
  measure: MeasureWord;
  here: string;
  before: string;
  direction: 'up' | 'down' | 'changed';
  /** The earlier article's date. */
  date: string;
}

export interface UiStrings {
  appName: string;
  loading: string;
  retry: string;
  cancel: string;
  save: string;
  delete: string;
  edit: string;
  close: string;
  back: string;
  kinds: { chip: string; company: string; figure: string };
  /** One of a kind: "Chip", "Company". */
  kindOne: { chip: string; company: string; figure: string };
  /** Group heading with its count: "Chips (3)". */
  kindGroup: (kind: 'chip' | 'company' | 'figure', n: number) => string;
  mentions: (n: number) => string;
  /** The word after a count of mentions, without the number: "mentions". */
  mentionsWord: (n: number) => string;
  articles: (n: number) => string;

  popup: {
    openLibrary: string;
    openOptions: string;
    annotate: string;
    annotating: string;
    annotateFailed: string;
    closed: Record<'browser' | 'store' | 'file' | 'other' | 'hidden', string>;
    closedTitle: string;
    noTab: string;
    notRunning: string;
    notRunningHint: string;
    unrelatedTitle: string;
    unrelated: string;
    offTitle: string;
    off: string;
    welcomeTitle: string;
    welcome: string;
    notStored: string;
    /** Why the page in the tab is not stored (yet). */
    notRecorded: { dwell: (seconds: number) => string; hidden: string; rateLimited: (perMinute: number) => string; failed: string };
    found: string;
    whatsNew: string;
    whatsNewNone: string;
    /** One sentence per change; the earlier article's title goes in its `article` slot, the entity in `entity`. */
    change: (w: ChangeWords) => SentencePart[];
    saveToList: string;
    removeFromList: string;
    saved: string;
    markRead: string;
    markUnread: string;
    read: string;
    noteLabel: string;
    notePlaceholder: string;
    addNote: string;
    noteAdded: string;
    /** Notes whose passage is no longer on the page (the text changed too much). */
    notesOrphaned: (n: number) => string;
    notesHere: (n: number) => string;
    pageNote: string;
    siteMode: string;
    siteModes: { auto: string; always: string; never: string };
    entityHint: string;
  };

  context: {
    otherArticles: (n: number) => string;
    /** The articles section's heading while its count is loading. */
    articlesTitle: string;
    inArticles: (n: number) => string;
    timeline: string;
    noTimeline: string;
    coMentions: string;
    noCoMentions: string;
    /** Said under the co-mentions when they were counted over the latest `n` articles only. */
    coMentionsSampled: (n: number) => string;
    coMentionCount: (n: number) => string;
    everything: (name: string) => string;
    datedSeen: string;
    moreArticles: (n: number) => string;
  };

  library: {
    title: string;
    nav: { list: string; notes: string; search: string; entities: string; data: string };
    /** The full-text search over notes, highlights and article titles. */
    find: {
      title: string;
      label: string;
      placeholder: string;
      /** What can be found and how, before anything is typed. */
      start: string;
      /** Nothing matches, and what to try instead. */
      none: (q: string) => string;
      found: (n: number) => string;
      /** A group's heading with how many matched in all. */
      groups: Record<SearchKind, (n: number) => string>;
      /** Under a group that shows only its newest hits. */
      newest: (shown: number, total: number) => string;
      /** Said after a note's or highlight's link, which opens the article at its passage in a new tab. */
      opensPassage: string;
      /** Said after an article's link. */
      opensArticle: string;
    };
    stats: (articles: number, saved: number, unread: number, notes: number) => string;
    listTitle: string;
    state: string;
    states: { all: string; unread: string; read: string };
    tag: string;
    anyTag: string;
    search: string;
    searchPlaceholder: string;
    entity: string;
    entityPlaceholder: string;
    unknownEntity: (q: string) => string;
    sort: string;
    sorts: { saved: string; date: string; seen: string; title: string };
    scope: string;
    scopes: { saved: string; seen: string };
    emptyList: string;
    emptyFiltered: string;
    results: (shown: number, total: number) => string;
    loadMore: string;
    remove: string;
    savedOn: (date: string) => string;
    readOn: (date: string) => string;
    entitiesIn: (n: number) => string;
    notesTitle: string;
    emptyNotes: string;
    /** No note or highlight passes the chosen filters. */
    emptyNotesFiltered: string;
    /** Filter of the notes view: notes with text, highlights, or both. */
    noteKind: string;
    noteKinds: { all: string; notes: string; highlights: string };
    /** The word beside a highlight's colour swatch in lists. */
    highlight: string;
    /** No article has been recorded at all yet. */
    emptyArticles: string;
    noteOn: string;
    wholeArticle: string;
    deleted: string;
    entitiesTitle: string;
    entitySearchHint: string;
    entityTitle: string;
    entityNotFound: string;
    entityNotes: string;
    kbFacts: string;
    dataTitle: string;
    exportTitle: string;
    exportHint: string;
    exportFailed: (why: string) => string;
    exported: (file: string) => string;
    /** Button labels, one per export format. */
    exportFormats: { json: string; markdown: string; markdownZip: string; csvFigures: string; csvList: string; csvNotes: string; annotations: string };
    exportScope: string;
    exportScopes: { all: string; saved: string };
    /** Says that the JSON backup ignores the scope. */
    exportScopeHint: string;
    annotationsLabel: string;
    importTitle: string;
    importHint: string;
    importChoose: string;
    importNotJson: (why: string) => string;
    importDone: (added: number, merged: number, notes: number, skipped: number) => string;
    importFailed: (why: string) => string;
    /** Progress of a long export or import, as a whole percentage. */
    exporting: (percent: number) => string;
    importChecking: (percent: number) => string;
    importWriting: (percent: number) => string;
    exportCancelled: string;
    importCancelled: string;
    importNotText: string;
    /** What is wrong with a backup file, in a sentence. */
    backupProblem: (p: BackupProblem) => string;
    /** A storage failure during an export or import. */
    storeProblem: (code: StoreErrorCode) => string;
    deleteArticle: {
      start: string;
      /** The start button's accessible name, which says which article. */
      startLabel: (title: string) => string;
      question: (title: string) => string;
      /** What goes with it; `notes` is null while the count is loading. */
      what: (notes: number | null) => string;
      confirm: string;
    };
  };

  wipe: {
    title: string;
    hint: string;
    start: string;
    confirmTitle: string;
    confirmText: (articles: number, notes: number) => string;
    confirm: string;
    done: string;
    failed: (why: string) => string;
  };

  options: {
    title: string;
    enabled: string;
    enabledHint: string;
    kindsTitle: string;
    kindsHint: string;
    sitesTitle: string;
    sitesHint: string;
    siteHost: string;
    siteInvalid: string;
    addSite: string;
    noSites: string;
    always: string;
    never: string;
    colorsTitle: string;
    colorsHint: string;
    resetColor: string;
    watchTitle: string;
    watchHint: string;
    watchTerm: string;
    watchKind: string;
    addWatch: string;
    noWatch: string;
    watchInvalid: string;
    languageTitle: string;
    languageAuto: (browserLang: string) => string;
    languageNames: { en: string; de: string };
    /** Why ChipLens reads every site, and what it keeps. */
    privacyTitle: string;
    privacy: string[];
    saved: string;
  };
}

const EN_DIRECTION: Record<ChangeWords['direction'], string> = { up: 'up from', down: 'down from', changed: 'against' };
const DE_DIRECTION: Record<ChangeWords['direction'], string> = { up: 'gestiegen von', down: 'gesunken von', changed: 'gegenüber' };

const pl = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const TABLE_EN = { articles: 'Article', mentions: 'Mention', figures: 'Figure', notes: 'Note', backup: 'The backup' } as const;
const TABLE_DE = { articles: 'Artikel', mentions: 'Erwähnung', figures: 'Zahl', notes: 'Notiz', backup: 'Die Sicherung' } as const;

/** "Article 3" for the fourth row of `articles`; the backup's own fields by name alone. */
function rowName(names: Record<string, string>, table: string, index: number): string {
  return table === 'backup' ? names.backup : `${names[table] ?? table} ${index + 1}`;
}


const EN: UiStrings = {
  appName: 'ChipLens',
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  save: 'Save',
  delete: 'Delete',
  edit: 'Edit',
  close: 'Close',
  back: 'Back',
  kinds: { chip: 'Chips', company: 'Companies', figure: 'Figures' },
  kindOne: { chip: 'Chip', company: 'Company', figure: 'Figure' },
  kindGroup: (kind, n) => `${EN.kinds[kind]} (${n})`,
  mentions: (n) => pl(n, 'mention', 'mentions'),
  mentionsWord: (n) => (n === 1 ? 'mention' : 'mentions'),
  articles: (n) => pl(n, 'article', 'articles'),

  popup: {
    openLibrary: 'Library',
    openOptions: 'Options',
    annotate: 'Annotate this page',
    annotating: 'Annotating…',
    annotateFailed: 'ChipLens could not annotate this page. Reload it and try again.',
    closedTitle: 'ChipLens cannot read this page',
    closed: {
      browser: 'This is a browser page. Browsers do not let extensions read their own pages.',
      store: 'This is an extension store page. Browsers keep extensions out of their stores.',
      file: 'This is a local file. Allow ChipLens access to file URLs in the browser’s extension settings to read it.',
      other: 'Extensions cannot read pages of this kind.',
      hidden: 'Browser pages, extension stores and (unless you allow it) local files are closed to extensions.',
    },
    noTab: 'There is no page to look at in this window.',
    notRunning: 'ChipLens is not running on this page yet.',
    notRunningHint: 'The page was probably open before ChipLens was installed. Annotate it now or reload it.',
    unrelatedTitle: 'Nothing about chips here',
    unrelated: 'This page does not look like an article about AI chips, so ChipLens left it alone.',
    offTitle: 'ChipLens is off here',
    off: 'ChipLens is switched off for this site. You can still annotate the page once.',
    welcomeTitle: 'Welcome to ChipLens',
    welcome:
      'Read news about AI chips as usual. ChipLens highlights chips, companies and figures, remembers where you met them and shows here what other articles said.',
    notStored: 'This article is not stored yet.',
    notRecorded: {
      dwell: (seconds) => `Not stored yet: ChipLens stores a page once it has been in view for ${seconds} seconds.`,
      hidden: 'Not stored yet: ChipLens stores a page only once it has been in view.',
      rateLimited: (n) =>
        `Not stored: this tab opened more new pages in a short time than ChipLens records (${n} a minute), because a page can fake navigations to fill your library. It will be stored when you open it again later.`,
      failed: 'Not stored: the ChipLens store did not take this page.',
    },
    found: 'Found on this page',
    whatsNew: 'What’s new here',
    whatsNewNone: 'No figure here differs from what earlier articles said.',
    change: ({ name, measure, here, before, direction, date }) => [
      { slot: 'entity' },
      `${/s$/i.test(name) ? '’' : '’s'} ${measure.name} ${measure.plural ? 'are' : 'is'} ${here} here, ${EN_DIRECTION[direction]} ${before} in “`,
      { slot: 'article' },
      `” on ${date}.`,
    ],
    saveToList: 'Save to reading list',
    removeFromList: 'Remove from list',
    saved: 'On your reading list',
    markRead: 'Mark read',
    markUnread: 'Mark unread',
    read: 'Read',
    noteLabel: 'Note on this article',
    notePlaceholder: 'What you want to remember about this article',
    addNote: 'Add note',
    noteAdded: 'Note added.',
    notesOrphaned: (n) => (n === 1 ? 'One note could not be placed on this page: its passage changed. It is kept below.' : `${n} notes could not be placed on this page: their passages changed. They are kept below.`),
    notesHere: (n) => pl(n, 'note', 'notes'),
    pageNote: 'Whole article',
    siteMode: 'On this site',
    siteModes: { auto: 'Chip articles only', always: 'Always annotate', never: 'Never annotate' },
    entityHint: 'Choose one to see what other articles said.',
  },

  context: {
    articlesTitle: 'Articles',
    otherArticles: (n) => (n === 0 ? 'No other article mentions it yet.' : `In ${pl(n, 'other article', 'other articles')}`),
    inArticles: (n) => (n === 0 ? 'No article you read mentions it yet.' : `In ${pl(n, 'article', 'articles')}`),
    timeline: 'Figures over time',
    noTimeline: 'No figures about it yet.',
    coMentions: 'Often mentioned with',
    noCoMentions: 'Not yet seen with anything else.',
    coMentionsSampled: (n) => `Counted over the latest ${n} articles that mention it.`,
    coMentionCount: (n) => pl(n, 'article', 'articles'),
    everything: (name) => `Everything about ${name}`,
    datedSeen: 'date first seen',
    moreArticles: (n) => `and ${pl(n, 'more', 'more')}`,
  },

  library: {
    title: 'ChipLens library',
    nav: { list: 'Reading list', notes: 'Notes', search: 'Search', entities: 'Chips & companies', data: 'Your data' },
    find: {
      title: 'Search your library',
      label: 'Search notes, highlights and titles',
      placeholder: 'Words to find',
      start:
        'Type one or more words to find them in your notes, your highlights and the titles of the articles you met. Case and accents do not matter: “hakkari” finds “Hakkâri”, and the start of a word is enough (“prognos” finds “Umsatzprognose”). A note or highlight opens its article at the passage.',
      none: (q) => `Nothing matches “${q}”. Every word must occur in the same note, highlight or title: try fewer words, or only the start of a word.`,
      found: (n) => (n === 1 ? '1 match' : `${n} matches`),
      groups: {
        article: (n) => `Article titles (${n})`,
        note: (n) => `Notes (${n})`,
        highlight: (n) => `Highlights (${n})`,
      },
      newest: (shown, total) => `The newest ${shown} of ${total} are shown; add a word to narrow the search.`,
      opensPassage: '(opens the article at the passage in a new tab)',
      opensArticle: '(opens in a new tab)',
    },
    stats: (articles, saved, unread, notes) =>
      `${pl(articles, 'article', 'articles')} met · ${saved} on the list (${unread} unread) · ${pl(notes, 'note', 'notes')}`,
    listTitle: 'Reading list',
    state: 'Show',
    states: { all: 'All', unread: 'Unread', read: 'Read' },
    tag: 'Tag',
    anyTag: 'Any tag',
    search: 'Search titles',
    searchPlaceholder: 'Words in the title',
    entity: 'Mentions',
    entityPlaceholder: 'A chip or company',
    unknownEntity: (q) => `ChipLens knows no chip or company called “${q}”.`,
    sort: 'Sort by',
    sorts: { saved: 'Date saved', date: 'Publication date', seen: 'Last seen', title: 'Title' },
    scope: 'Articles',
    scopes: { saved: 'On the reading list', seen: 'All articles met' },
    emptyList: 'Your reading list is empty. Save an article from the ChipLens popup or the page’s context menu.',
    emptyFiltered: 'No article matches.',
    results: (shown, total) => `${shown} of ${total}`,
    loadMore: 'Show more',
    remove: 'Remove',
    savedOn: (d) => `saved ${d}`,
    readOn: (d) => `read ${d}`,
    entitiesIn: (n) => pl(n, 'chip or company', 'chips and companies'),
    notesTitle: 'All notes',
    emptyNotes:
      'No notes yet. On an article, select a passage and choose “Add note” or “Highlight” beside it (or press Alt+Shift+N); a note on a whole article is added in the ChipLens popup.',
    emptyNotesFiltered: 'No note or highlight matches these filters. Choose another tag or “All”.',
    noteKind: 'Show',
    noteKinds: { all: 'Notes and highlights', notes: 'Notes only', highlights: 'Highlights only' },
    highlight: 'Highlight',
    emptyArticles: 'No articles yet. Open an article about AI chips and it appears here; save it to your reading list from the ChipLens popup.',
    noteOn: 'On',
    wholeArticle: 'Note on the whole article',
    deleted: 'Deleted.',
    entitiesTitle: 'Chips and companies',
    entitySearchHint: 'Type a name to see everything you have met about it.',
    entityTitle: 'Everything you met about it',
    entityNotFound: 'ChipLens does not know this chip or company.',
    entityNotes: 'Your notes on articles mentioning it',
    kbFacts: 'From the knowledge base',
    dataTitle: 'Your data',
    exportTitle: 'Export',
    exportHint: 'Everything stays in this browser until you export it.',
    exportFailed: (why) => `Export failed: ${why}`,
    exported: (file) => `Saved ${file}.`,
    exportFormats: {
      json: 'JSON backup',
      markdown: 'Markdown digest',
      markdownZip: 'Markdown, one file per article (.zip)',
      csvFigures: 'CSV: figures',
      csvList: 'CSV: reading list',
      csvNotes: 'CSV: notes and highlights',
      annotations: 'Web Annotation (JSON-LD)',
    },
    exportScope: 'Articles',
    exportScopes: { all: 'All articles met', saved: 'Only the reading list' },
    exportScopeHint: 'The JSON backup always holds everything, for a complete restore.',
    annotationsLabel: 'ChipLens notes and highlights',
    importTitle: 'Import a backup',
    importHint: 'Choose a ChipLens JSON backup. It is checked completely first and merged without duplicates; a wrong file changes nothing.',
    importChoose: 'Choose backup file',
    importNotJson: (why) => `This file is not JSON, so nothing was imported (${why}).`,
    importDone: (added, merged, notes, skipped) =>
      `Imported: ${pl(added, 'new article', 'new articles')}, ${merged} merged, ${pl(notes, 'note', 'notes')} added, ${skipped} already there.`,
    importFailed: (why) => `Nothing was imported. ${why}`,
    exporting: (p) => `Exporting… ${p} %`,
    importChecking: (p) => `Checking the backup… ${p} %`,
    importWriting: (p) => `Saving… ${p} %`,
    exportCancelled: 'Export cancelled; no file was saved.',
    importCancelled: 'Import cancelled; nothing was changed.',
    importNotText: 'This file is not UTF-8 text, so it is no ChipLens backup; nothing was imported.',
    backupProblem: (p) => {
      switch (p.kind) {
        case 'not-json':
          return `The file is not valid JSON at character ${p.at} (${p.detail}).`;
        case 'not-object':
        case 'not-backup':
          return 'This JSON file is not a ChipLens backup.';
        case 'too-deep':
          return `${p.table === undefined ? 'A value' : rowName(TABLE_EN, p.table, p.index ?? 0)} is nested far deeper than any backup’s rows.`;
        case 'too-large':
          return `${p.table === undefined ? 'A value' : rowName(TABLE_EN, p.table, p.index ?? 0)} is larger than any row of a backup can be.`;
        case 'version':
          return `This backup has version ${p.version}, which this version of ChipLens cannot read. Update ChipLens and try again.`;
        case 'missing':
          return `The backup has no “${p.field}”; the file may be cut short.`;
        case 'row':
          return `${rowName(TABLE_EN, p.table, p.index)}: “${p.field}” is not valid (${p.detail}).`;
        case 'time':
          return `${rowName(TABLE_EN, p.table, p.index)}: “${p.field}” is not a date between 1 January 1970 and ${p.rule === 'seen' ? 'tomorrow' : 'a year from now'}.`;
        case 'duplicate':
          return `${rowName(TABLE_EN, p.table, p.index)}: the ${p.field === 'id' ? 'id' : 'address'} ${p.value} occurs twice.`;
        case 'orphan':
          return `${rowName(TABLE_EN, p.table, p.index)} belongs to article ${p.articleId}, which is not in the backup.`;
      }
    },
    storeProblem: (code) =>
      (
        {
        quota: 'The browser has no storage left for ChipLens. Free disk space and try again.',
        unavailable: 'ChipLens cannot open its database here (IndexedDB is unavailable).',
        version: 'The stored data comes from a newer version of ChipLens. Update the extension.',
        blocked: 'A database upgrade waits for another ChipLens page to close. Close other ChipLens tabs and try again.',
        aborted: 'The change was cancelled before it finished.',
        } as Partial<Record<StoreErrorCode, string>>
      )[code] ?? 'The ChipLens database reported an unexpected error.',
    deleteArticle: {
      start: 'Delete…',
      startLabel: (title) => `Delete “${title}”…`,
      question: (title) => `Delete “${title}”?`,
      what: (notes) =>
        `This deletes the article, its chips, companies and figures${notes === null ? ' and your notes on it' : notes === 0 ? '' : notes === 1 ? ' and your note on it' : ` and your ${notes} notes on it`} for good. It comes back only if you read it again.`,
      confirm: 'Yes, delete the article',
    },
  },

  wipe: {
    title: 'Delete all data',
    hint: 'Removes every stored article, figure, reading-list entry and note from this browser. Your options stay.',
    start: 'Delete all data…',
    confirmTitle: 'Delete everything?',
    confirmText: (articles, notes) =>
      `This deletes ${pl(articles, 'article', 'articles')} and ${pl(notes, 'note', 'notes')} for good. Export a backup first if you may want them back.`,
    confirm: 'Yes, delete everything',
    done: 'All data deleted.',
    failed: (why) => `Nothing was deleted: ${why}`,
  },

  options: {
    title: 'ChipLens options',
    enabled: 'Highlight chip articles',
    enabledHint: 'When off, ChipLens marks and keeps no page until you ask it to.',
    kindsTitle: 'What to highlight',
    kindsHint: 'Everything is still remembered for the popup; this only changes what is marked on the page.',
    sitesTitle: 'Sites',
    privacyTitle: 'Why ChipLens can read every site',
    privacy: [
      'Chip news comes from many sites, so ChipLens looks at the text of the pages you open. It first checks whether a page is about AI chips; other pages are left untouched and nothing of them is kept.',
      'What ChipLens keeps (the articles it highlighted, their chips, companies and figures, your reading list and notes) stays in this browser. Nothing is sent anywhere, and you can export it in the library or delete it all below.',
    ],
    sitesHint: 'By default ChipLens marks pages that are about AI chips. Choose sites it should always or never annotate.',
    siteHost: 'Site (for example heise.de)',
    siteInvalid: 'Enter a host name such as heise.de or a full address.',
    addSite: 'Add site',
    noSites: 'No site set; every site follows the default.',
    always: 'Always',
    never: 'Never',
    colorsTitle: 'Colours',
    colorsHint: 'Colours of the highlights on light pages. Dark pages get lighter tones of the same colours.',
    resetColor: 'Default',
    watchTitle: 'Watch terms',
    watchHint: 'Names ChipLens does not know yet, such as a new chip. They are highlighted like known ones.',
    watchTerm: 'Name',
    watchKind: 'Kind',
    addWatch: 'Add term',
    noWatch: 'No watch terms.',
    watchInvalid: 'A watch term needs 2 to 60 characters and must not be there already.',
    languageTitle: 'Language',
    languageAuto: (b) => `Like the browser (${b})`,
    languageNames: { en: 'English', de: 'Deutsch' },
    saved: 'Saved.',
  },
};

const DE: UiStrings = {
  appName: 'ChipLens',
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  cancel: 'Abbrechen',
  save: 'Speichern',
  delete: 'Löschen',
  edit: 'Bearbeiten',
  close: 'Schließen',
  back: 'Zurück',
  kinds: { chip: 'Chips', company: 'Unternehmen', figure: 'Zahlen' },
  kindOne: { chip: 'Chip', company: 'Unternehmen', figure: 'Zahl' },
  kindGroup: (kind, n) => `${DE.kinds[kind]} (${n})`,
  mentions: (n) => pl(n, 'Nennung', 'Nennungen'),
  mentionsWord: (n) => (n === 1 ? 'Nennung' : 'Nennungen'),
  articles: (n) => pl(n, 'Artikel', 'Artikel'),

  popup: {
    openLibrary: 'Bibliothek',
    openOptions: 'Einstellungen',
    annotate: 'Diese Seite markieren',
    annotating: 'Wird markiert …',
    annotateFailed: 'ChipLens konnte diese Seite nicht markieren. Laden Sie sie neu und versuchen Sie es noch einmal.',
    closedTitle: 'ChipLens kann diese Seite nicht lesen',
    closed: {
      browser: 'Das ist eine Seite des Browsers. Browser lassen Erweiterungen ihre eigenen Seiten nicht lesen.',
      store: 'Das ist eine Seite eines Erweiterungs-Stores. Browser halten Erweiterungen aus ihren Stores heraus.',
      file: 'Das ist eine lokale Datei. Erlauben Sie ChipLens in den Erweiterungseinstellungen des Browsers den Zugriff auf Datei-URLs.',
      other: 'Seiten dieser Art können Erweiterungen nicht lesen.',
      hidden: 'Browser-Seiten, Erweiterungs-Stores und (sofern nicht erlaubt) lokale Dateien sind für Erweiterungen gesperrt.',
    },
    noTab: 'In diesem Fenster ist keine Seite offen.',
    notRunning: 'ChipLens läuft auf dieser Seite noch nicht.',
    notRunningHint: 'Die Seite war vermutlich schon offen, bevor ChipLens installiert wurde. Markieren Sie sie jetzt oder laden Sie sie neu.',
    unrelatedTitle: 'Hier geht es nicht um Chips',
    unrelated: 'Diese Seite sieht nicht nach einem Artikel über KI-Chips aus, deshalb hat ChipLens sie nicht verändert.',
    offTitle: 'ChipLens ist hier aus',
    off: 'ChipLens ist für diese Website ausgeschaltet. Sie können die Seite trotzdem einmal markieren.',
    welcomeTitle: 'Willkommen bei ChipLens',
    welcome:
      'Lesen Sie Nachrichten über KI-Chips wie gewohnt. ChipLens hebt Chips, Unternehmen und Zahlen hervor, merkt sich, wo sie Ihnen begegnet sind, und zeigt hier, was andere Artikel dazu schrieben.',
    notStored: 'Dieser Artikel ist noch nicht gespeichert.',
    notRecorded: {
      dwell: (seconds) => `Noch nicht gespeichert: ChipLens speichert eine Seite, sobald sie ${seconds} Sekunden lang sichtbar war.`,
      hidden: 'Noch nicht gespeichert: ChipLens speichert eine Seite erst, wenn sie sichtbar war.',
      rateLimited: (n) =>
        `Nicht gespeichert: In diesem Tab wurden in kurzer Zeit mehr neue Seiten geöffnet, als ChipLens aufnimmt (${n} pro Minute), denn eine Seite kann Navigationen vortäuschen, um Ihre Bibliothek zu füllen. Beim nächsten Öffnen wird sie gespeichert.`,
      failed: 'Nicht gespeichert: Der ChipLens-Speicher hat diese Seite nicht angenommen.',
    },
    found: 'Auf dieser Seite gefunden',
    whatsNew: 'Neu in diesem Artikel',
    whatsNewNone: 'Keine Zahl hier weicht von dem ab, was frühere Artikel schrieben.',
    change: ({ measure, here, before, direction, date }) => [
      `${measure.plural ? 'Die' : capitalized(measure.article ?? 'die')} ${measure.name} von `,
      { slot: 'entity' },
      ` ${measure.plural ? 'liegen' : 'liegt'} hier bei ${here}, ${DE_DIRECTION[direction]} ${before} in „`,
      { slot: 'article' },
      `“ vom ${date}.`,
    ],
    saveToList: 'Auf die Leseliste',
    removeFromList: 'Von der Liste nehmen',
    saved: 'Auf Ihrer Leseliste',
    markRead: 'Als gelesen markieren',
    markUnread: 'Als ungelesen markieren',
    read: 'Gelesen',
    noteLabel: 'Notiz zu diesem Artikel',
    notePlaceholder: 'Was Sie sich zu diesem Artikel merken wollen',
    addNote: 'Notiz hinzufügen',
    noteAdded: 'Notiz hinzugefügt.',
    notesOrphaned: (n) => (n === 1 ? 'Eine Notiz ließ sich auf der Seite nicht mehr zuordnen: Ihre Textstelle hat sich geändert. Sie bleibt unten erhalten.' : `${n} Notizen ließen sich auf der Seite nicht mehr zuordnen: Ihre Textstellen haben sich geändert. Sie bleiben unten erhalten.`),
    notesHere: (n) => pl(n, 'Notiz', 'Notizen'),
    pageNote: 'Ganzer Artikel',
    siteMode: 'Auf dieser Website',
    siteModes: { auto: 'Nur Chip-Artikel', always: 'Immer markieren', never: 'Nie markieren' },
    entityHint: 'Wählen Sie einen Eintrag, um zu sehen, was andere Artikel schrieben.',
  },

  context: {
    articlesTitle: 'Artikel',
    otherArticles: (n) => (n === 0 ? 'Noch in keinem anderen Artikel.' : `In ${n} ${n === 1 ? 'anderen Artikel' : 'anderen Artikeln'}`),
    inArticles: (n) => (n === 0 ? 'Noch kein Artikel, den Sie gelesen haben, nennt es.' : `In ${n} ${n === 1 ? 'Artikel' : 'Artikeln'}`),
    timeline: 'Zahlen im Zeitverlauf',
    noTimeline: 'Noch keine Zahlen dazu.',
    coMentions: 'Oft genannt mit',
    noCoMentions: 'Noch mit nichts anderem zusammen gesehen.',
    coMentionsSampled: (n) => `Gezählt in den letzten ${n} Artikeln, die es nennen.`,
    coMentionCount: (n) => pl(n, 'Artikel', 'Artikel'),
    everything: (name) => `Alles über ${name}`,
    datedSeen: 'Datum der ersten Lektüre',
    moreArticles: (n) => `und ${n} weitere`,
  },

  library: {
    title: 'ChipLens-Bibliothek',
    nav: { list: 'Leseliste', notes: 'Notizen', search: 'Suchen', entities: 'Chips & Unternehmen', data: 'Ihre Daten' },
    find: {
      title: 'Bibliothek durchsuchen',
      label: 'Notizen, Markierungen und Titel durchsuchen',
      placeholder: 'Gesuchte Wörter',
      start:
        'Geben Sie ein oder mehrere Wörter ein, um sie in Ihren Notizen, Ihren Markierungen und den Titeln der gelesenen Artikel zu finden. Groß- und Kleinschreibung und Akzente spielen keine Rolle: „hakkari“ findet „Hakkâri“, „maerz“ findet „März“, und der Anfang eines Wortes genügt („prognos“ findet „Umsatzprognose“). Eine Notiz oder Markierung öffnet ihren Artikel an der Stelle.',
      none: (q) =>
        `Nichts passt zu „${q}“. Jedes Wort muss in derselben Notiz, Markierung oder demselben Titel vorkommen: Versuchen Sie es mit weniger Wörtern oder nur dem Anfang eines Wortes.`,
      found: (n) => (n === 1 ? '1 Treffer' : `${n} Treffer`),
      groups: {
        article: (n) => `Artikeltitel (${n})`,
        note: (n) => `Notizen (${n})`,
        highlight: (n) => `Markierungen (${n})`,
      },
      newest: (shown, total) => `Die neuesten ${shown} von ${total} werden gezeigt; ein weiteres Wort grenzt die Suche ein.`,
      opensPassage: '(öffnet den Artikel an der Stelle in einem neuen Tab)',
      opensArticle: '(öffnet in einem neuen Tab)',
    },
    stats: (articles, saved, unread, notes) =>
      `${pl(articles, 'Artikel', 'Artikel')} gelesen · ${saved} auf der Liste (${unread} ungelesen) · ${pl(notes, 'Notiz', 'Notizen')}`,
    listTitle: 'Leseliste',
    state: 'Anzeigen',
    states: { all: 'Alle', unread: 'Ungelesen', read: 'Gelesen' },
    tag: 'Schlagwort',
    anyTag: 'Alle Schlagwörter',
    search: 'Titel durchsuchen',
    searchPlaceholder: 'Wörter im Titel',
    entity: 'Nennt',
    entityPlaceholder: 'Ein Chip oder Unternehmen',
    unknownEntity: (q) => `ChipLens kennt keinen Chip und kein Unternehmen namens „${q}“.`,
    sort: 'Sortieren nach',
    sorts: { saved: 'Gespeichert am', date: 'Erscheinungsdatum', seen: 'Zuletzt gesehen', title: 'Titel' },
    scope: 'Artikel',
    scopes: { saved: 'Auf der Leseliste', seen: 'Alle gelesenen Artikel' },
    emptyList: 'Ihre Leseliste ist leer. Speichern Sie Artikel über das ChipLens-Fenster oder das Kontextmenü der Seite.',
    emptyFiltered: 'Kein Artikel passt.',
    results: (shown, total) => `${shown} von ${total}`,
    loadMore: 'Mehr anzeigen',
    remove: 'Entfernen',
    savedOn: (d) => `gespeichert ${d}`,
    readOn: (d) => `gelesen ${d}`,
    entitiesIn: (n) => (n === 1 ? '1 Chip oder Unternehmen' : `${n} Chips und Unternehmen`),
    notesTitle: 'Alle Notizen',
    emptyNotes:
      'Noch keine Notizen. Wählen Sie in einem Artikel eine Stelle aus und dann daneben „Notiz hinzufügen“ oder „Markieren“ (oder drücken Sie Alt+Umschalt+N); eine Notiz zum ganzen Artikel legen Sie im ChipLens-Fenster an.',
    emptyNotesFiltered: 'Keine Notiz und keine Markierung passt zu diesen Filtern. Wählen Sie ein anderes Schlagwort oder „Alle“.',
    noteKind: 'Anzeigen',
    noteKinds: { all: 'Notizen und Markierungen', notes: 'Nur Notizen', highlights: 'Nur Markierungen' },
    highlight: 'Markierung',
    emptyArticles:
      'Noch keine Artikel. Öffnen Sie einen Artikel über KI-Chips, dann erscheint er hier; auf Ihre Leseliste setzen Sie ihn im ChipLens-Fenster.',
    noteOn: 'Zu',
    wholeArticle: 'Notiz zum ganzen Artikel',
    deleted: 'Gelöscht.',
    entitiesTitle: 'Chips und Unternehmen',
    entitySearchHint: 'Geben Sie einen Namen ein, um alles zu sehen, was Ihnen dazu begegnet ist.',
    entityTitle: 'Alles, was Ihnen dazu begegnet ist',
    entityNotFound: 'ChipLens kennt diesen Chip oder dieses Unternehmen nicht.',
    entityNotes: 'Ihre Notizen zu Artikeln, die es nennen',
    kbFacts: 'Aus der Wissensbasis',
    dataTitle: 'Ihre Daten',
    exportTitle: 'Exportieren',
    exportHint: 'Alles bleibt in diesem Browser, bis Sie es exportieren.',
    exportFailed: (why) => `Export fehlgeschlagen: ${why}`,
    exported: (file) => `${file} gespeichert.`,
    exportFormats: {
      json: 'JSON-Sicherung',
      markdown: 'Markdown-Übersicht',
      markdownZip: 'Markdown, eine Datei je Artikel (.zip)',
      csvFigures: 'CSV: Zahlen',
      csvList: 'CSV: Leseliste',
      csvNotes: 'CSV: Notizen und Markierungen',
      annotations: 'Web Annotation (JSON-LD)',
    },
    exportScope: 'Artikel',
    exportScopes: { all: 'Alle gesehenen Artikel', saved: 'Nur die Leseliste' },
    exportScopeHint: 'Die JSON-Sicherung enthält immer alles, damit sich alles wiederherstellen lässt.',
    annotationsLabel: 'ChipLens-Notizen und -Markierungen',
    importTitle: 'Sicherung importieren',
    importHint:
      'Wählen Sie eine JSON-Sicherung von ChipLens. Sie wird zuerst vollständig geprüft und ohne Dubletten zusammengeführt; eine falsche Datei ändert nichts.',
    importChoose: 'Sicherungsdatei wählen',
    importNotJson: (why) => `Diese Datei ist kein JSON, es wurde nichts importiert (${why}).`,
    importDone: (added, merged, notes, skipped) =>
      `Importiert: ${added} neue Artikel, ${merged} zusammengeführt, ${pl(notes, 'Notiz', 'Notizen')} hinzugefügt, ${skipped} schon vorhanden.`,
    importFailed: (why) => `Es wurde nichts importiert. ${why}`,
    exporting: (p) => `Exportiere … ${p} %`,
    importChecking: (p) => `Prüfe die Sicherung … ${p} %`,
    importWriting: (p) => `Speichere … ${p} %`,
    exportCancelled: 'Export abgebrochen; es wurde keine Datei gespeichert.',
    importCancelled: 'Import abgebrochen; es wurde nichts geändert.',
    importNotText: 'Diese Datei ist kein UTF-8-Text und damit keine ChipLens-Sicherung; es wurde nichts importiert.',
    backupProblem: (p) => {
      switch (p.kind) {
        case 'not-json':
          return `Die Datei ist an Zeichen ${p.at} kein gültiges JSON (${p.detail}).`;
        case 'not-object':
        case 'not-backup':
          return 'Diese JSON-Datei ist keine ChipLens-Sicherung.';
        case 'too-deep':
          return `${p.table === undefined ? 'Ein Wert' : rowName(TABLE_DE, p.table, p.index ?? 0)} ist viel tiefer verschachtelt als jede Zeile einer Sicherung.`;
        case 'too-large':
          return `${p.table === undefined ? 'Ein Wert' : rowName(TABLE_DE, p.table, p.index ?? 0)} ist größer, als eine Zeile einer Sicherung sein kann.`;
        case 'version':
          return `Diese Sicherung hat die Version ${p.version}, die diese ChipLens-Version nicht lesen kann. Aktualisieren Sie ChipLens und versuchen Sie es erneut.`;
        case 'missing':
          return `Der Sicherung fehlt „${p.field}“; die Datei ist vielleicht unvollständig.`;
        case 'row':
          return `${rowName(TABLE_DE, p.table, p.index)}: „${p.field}“ ist ungültig (${p.detail}).`;
        case 'time':
          return `${rowName(TABLE_DE, p.table, p.index)}: „${p.field}“ ist kein Datum zwischen dem 1. Januar 1970 und ${p.rule === 'seen' ? 'morgen' : 'einem Jahr ab heute'}.`;
        case 'duplicate':
          return `${rowName(TABLE_DE, p.table, p.index)}: ${p.field === 'id' ? 'die Kennung' : 'die Adresse'} ${p.value} kommt doppelt vor.`;
        case 'orphan':
          return `${rowName(TABLE_DE, p.table, p.index)} gehört zu Artikel ${p.articleId}, der nicht in der Sicherung ist.`;
      }
    },
    storeProblem: (code) =>
      (
        {
        quota: 'Der Browser hat keinen Speicherplatz mehr für ChipLens. Geben Sie Speicher frei und versuchen Sie es erneut.',
        unavailable: 'ChipLens kann seine Datenbank hier nicht öffnen (IndexedDB ist nicht verfügbar).',
        version: 'Die gespeicherten Daten stammen von einer neueren ChipLens-Version. Aktualisieren Sie die Erweiterung.',
        blocked: 'Eine Datenbank-Aktualisierung wartet darauf, dass eine andere ChipLens-Seite geschlossen wird. Schließen Sie andere ChipLens-Tabs und versuchen Sie es erneut.',
        aborted: 'Die Änderung wurde abgebrochen, bevor sie fertig war.',
        } as Partial<Record<StoreErrorCode, string>>
      )[code] ?? 'Die ChipLens-Datenbank meldete einen unerwarteten Fehler.',
    deleteArticle: {
      start: 'Löschen …',
      startLabel: (title) => `„${title}“ löschen …`,
      question: (title) => `„${title}“ löschen?`,
      what: (notes) =>
        `Damit werden der Artikel, seine Chips, Unternehmen und Zahlen${notes === null ? ' und Ihre Notizen dazu' : notes === 0 ? '' : notes === 1 ? ' und Ihre Notiz dazu' : ` und Ihre ${notes} Notizen dazu`} endgültig gelöscht. Er kommt nur zurück, wenn Sie ihn wieder lesen.`,
      confirm: 'Ja, Artikel löschen',
    },
  },

  wipe: {
    title: 'Alle Daten löschen',
    hint: 'Entfernt alle gespeicherten Artikel, Zahlen, Leselisten-Einträge und Notizen aus diesem Browser. Ihre Einstellungen bleiben.',
    start: 'Alle Daten löschen …',
    confirmTitle: 'Wirklich alles löschen?',
    confirmText: (articles, notes) =>
      `Damit werden ${pl(articles, 'Artikel', 'Artikel')} und ${pl(notes, 'Notiz', 'Notizen')} endgültig gelöscht. Exportieren Sie vorher eine Sicherung, wenn Sie sie vielleicht zurückhaben wollen.`,
    confirm: 'Ja, alles löschen',
    done: 'Alle Daten gelöscht.',
    failed: (why) => `Es wurde nichts gelöscht: ${why}`,
  },

  options: {
    title: 'ChipLens-Einstellungen',
    enabled: 'Chip-Artikel hervorheben',
    enabledHint: 'Ausgeschaltet markiert und speichert ChipLens keine Seite, bis Sie es darum bitten.',
    kindsTitle: 'Was hervorgehoben wird',
    kindsHint: 'Gemerkt wird trotzdem alles; das ändert nur, was auf der Seite markiert wird.',
    sitesTitle: 'Websites',
    privacyTitle: 'Warum ChipLens jede Website lesen darf',
    privacy: [
      'Chip-Nachrichten stehen auf vielen Websites, daher liest ChipLens den Text der Seiten, die Sie öffnen. Zuerst prüft es, ob eine Seite von KI-Chips handelt; andere Seiten bleiben unberührt, und nichts davon wird gespeichert.',
      'Was ChipLens speichert (die markierten Artikel mit ihren Chips, Firmen und Zahlen, Ihre Leseliste und Notizen), bleibt in diesem Browser. Nichts wird irgendwohin gesendet; Sie können alles in der Bibliothek exportieren oder unten löschen.',
    ],
    sitesHint: 'Normalerweise markiert ChipLens Seiten, die von KI-Chips handeln. Legen Sie Websites fest, die es immer oder nie markieren soll.',
    siteHost: 'Website (zum Beispiel heise.de)',
    siteInvalid: 'Geben Sie einen Hostnamen wie heise.de oder eine vollständige Adresse ein.',
    addSite: 'Website hinzufügen',
    noSites: 'Keine Website festgelegt; alle folgen der Voreinstellung.',
    always: 'Immer',
    never: 'Nie',
    colorsTitle: 'Farben',
    colorsHint: 'Farben der Markierungen auf hellen Seiten. Dunkle Seiten bekommen hellere Töne derselben Farben.',
    resetColor: 'Standard',
    watchTitle: 'Beobachtete Begriffe',
    watchHint: 'Namen, die ChipLens noch nicht kennt, etwa ein neuer Chip. Sie werden wie bekannte hervorgehoben.',
    watchTerm: 'Name',
    watchKind: 'Art',
    addWatch: 'Begriff hinzufügen',
    noWatch: 'Keine beobachteten Begriffe.',
    watchInvalid: 'Ein Begriff braucht 2 bis 60 Zeichen und darf noch nicht in der Liste stehen.',
    languageTitle: 'Sprache',
    languageAuto: (b) => `Wie der Browser (${b})`,
    languageNames: { en: 'English', de: 'Deutsch' },
    saved: 'Gespeichert.',
  },
};

/** The strings for a language. */
export function uiStrings(lang: UiLanguage): UiStrings {
  return lang === 'de' ? DE : EN;
}
