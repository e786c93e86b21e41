/**
 * Failures in the reader's language. The background answers a failed request with a code and, for a message or a
 * backup that did not validate, the validator's issues (`MessageError`); its own `message` is English, for logs.
 * Everything a reader sees of a failure goes through {@link errorText} here.
 */
import type { UiLanguage } from '../../lib/i18n.ts';
import type { ErrorCode, MessageError } from '../../lib/messages.ts';
import { STORE_ERROR_MESSAGES, type ValidationIssue } from '../../lib/store/errors.ts';

interface ErrorStrings {
  codes: Record<ErrorCode, string>;
  /** Before the list of a backup's or a request's problems. */
  issuesIntro: string;
  /** Where: "articles › 3 › url"; the whole input. */
  whole: string;
  issue: (i: ValidationIssue) => string;
  /** An error that is not a ChipLens failure (a bug, a browser error): its own text kept. */
  unexpected: (detail: string) => string;
}

const TYPE_NAMES: Record<UiLanguage, Record<string, string>> = {
  en: { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list', date: 'a date' },
  de: { string: 'Text', number: 'eine Zahl', boolean: 'true oder false', object: 'ein Objekt', array: 'eine Liste', date: 'ein Datum' },
};

const EN: ErrorStrings = {
  codes: {
    ...STORE_ERROR_MESSAGES,
    'bad-request': 'ChipLens refused a request it could not read; nothing was changed.',
    'unknown-type': 'ChipLens does not know this request; nothing was changed.',
    'no-response': 'The ChipLens background could not be reached. Reload the page or the extension.',
    forbidden: 'ChipLens answers this only for its own pages, not for a script in a web page; nothing was changed.',
    'rate-limited': 'This tab added as many new articles as ChipLens takes from one tab for now; this page was not stored.',
  },
  issuesIntro: 'Problems found:',
  whole: 'the file',
  issue: (i) => {
    switch (i.code) {
      case 'type':
        return `should be ${TYPE_NAMES.en[i.expected ?? ''] ?? i.expected}`;
      case 'too-small':
        return i.of === 'string' ? `is shorter than ${i.limit} characters` : i.of === 'array' ? `has fewer than ${i.limit} entries` : `is less than ${i.limit}`;
      case 'too-big':
        return i.of === 'string' ? `is longer than ${i.limit} characters` : i.of === 'array' ? `has more than ${i.limit} entries` : `is more than ${i.limit}`;
      case 'format':
        return 'is not in the expected format';
      case 'value':
        return 'is not one of the allowed values';
      case 'keys':
        return `has unknown fields: ${(i.keys ?? []).join(', ')}`;
      case 'union':
        return 'fits none of the allowed forms';
      case 'rule':
        return RULES.en[i.rule ?? ''] ?? 'breaks a rule';
      default:
        return 'is not valid';
    }
  },
  unexpected: (detail) => `Something went wrong: ${detail}`,
};

const DE: ErrorStrings = {
  codes: {
    quota: 'Der Browser hat keinen Speicherplatz mehr für ChipLens. Geben Sie Speicherplatz frei oder exportieren und entfernen Sie alte Artikel; von dieser Änderung wurde nichts gespeichert.',
    unavailable: 'ChipLens kann die Datenbank des Browsers hier nicht nutzen (IndexedDB ist nicht verfügbar, etwa in manchen privaten Fenstern). Es wurde nichts gespeichert.',
    version: 'Die gespeicherten Daten stammen von einer neueren ChipLens-Version. Aktualisieren Sie die Erweiterung, um sie zu nutzen; es wurde nichts geändert.',
    blocked: 'Ein Datenbank-Update wartet darauf, dass eine andere ChipLens-Seite geschlossen wird. Schließen Sie andere ChipLens-Tabs und versuchen Sie es erneut.',
    'not-found': 'Diesen Eintrag gibt es nicht (mehr).',
    invalid: 'Die Daten konnten nicht gespeichert werden, weil sie ungültig sind.',
    conflict: 'Die Änderung widerspricht bereits gespeicherten Daten; es wurde nichts gespeichert.',
    aborted: 'Die Änderung wurde abgebrochen, bevor sie fertig war; nichts davon wurde gespeichert.',
    unknown: 'Die ChipLens-Datenbank meldete einen unerwarteten Fehler; von dieser Änderung wurde nichts gespeichert.',
    'bad-request': 'ChipLens hat eine Anfrage abgelehnt, die es nicht lesen konnte; es wurde nichts geändert.',
    'unknown-type': 'ChipLens kennt diese Anfrage nicht; es wurde nichts geändert.',
    'no-response': 'Der ChipLens-Hintergrund ist nicht erreichbar. Laden Sie die Seite oder die Erweiterung neu.',
    forbidden: 'ChipLens beantwortet das nur für seine eigenen Seiten, nicht für ein Skript in einer Webseite; es wurde nichts geändert.',
    'rate-limited': 'Dieser Tab hat so viele neue Artikel hinzugefügt, wie ChipLens vorerst von einem Tab annimmt; diese Seite wurde nicht gespeichert.',
  },
  issuesIntro: 'Gefundene Probleme:',
  whole: 'die Datei',
  issue: (i) => {
    switch (i.code) {
      case 'type':
        return `sollte ${TYPE_NAMES.de[i.expected ?? ''] ?? i.expected} sein`;
      case 'too-small':
        return i.of === 'string' ? `ist kürzer als ${i.limit} Zeichen` : i.of === 'array' ? `hat weniger als ${i.limit} Einträge` : `ist kleiner als ${i.limit}`;
      case 'too-big':
        return i.of === 'string' ? `ist länger als ${i.limit} Zeichen` : i.of === 'array' ? `hat mehr als ${i.limit} Einträge` : `ist größer als ${i.limit}`;
      case 'format':
        return 'hat nicht das erwartete Format';
      case 'value':
        return 'ist keiner der erlaubten Werte';
      case 'keys':
        return `hat unbekannte Felder: ${(i.keys ?? []).join(', ')}`;
      case 'union':
        return 'passt auf keine der erlaubten Formen';
      case 'rule':
        return RULES.de[i.rule ?? ''] ?? 'verletzt eine Regel';
      default:
        return 'ist ungültig';
    }
  },
  unexpected: (detail) => `Etwas ist schiefgegangen: ${detail}`,
};

/** The project's own validation rules (`params.rule` of a custom issue). */
const RULES: Record<UiLanguage, Record<string, string>> = {
  en: {
    url: 'must be an http(s) address',
    'duplicate-id': 'is the id of another article too',
    'duplicate-url': 'is the address of another article too',
    'missing-article': 'belongs to an article that is not in the backup',
    order: 'ends before it starts',
    'id-or-url': 'needs an article id or an address',
    'time-seen': 'must be a date from 1970 up to tomorrow',
    'time-published': 'must be a date from 1970 up to a year from now',
  },
  de: {
    url: 'muss eine http(s)-Adresse sein',
    'duplicate-id': 'ist auch die ID eines anderen Artikels',
    'duplicate-url': 'ist auch die Adresse eines anderen Artikels',
    'missing-article': 'gehört zu einem Artikel, der nicht in der Sicherung ist',
    order: 'endet, bevor es beginnt',
    'id-or-url': 'braucht eine Artikel-ID oder eine Adresse',
    'time-seen': 'muss ein Datum von 1970 bis morgen sein',
    'time-published': 'muss ein Datum von 1970 bis in einem Jahr sein',
  },
};

const STRINGS: Record<UiLanguage, ErrorStrings> = { en: EN, de: DE };

/** A failed request's error, as the reader should read it. */
export function errorText(lang: UiLanguage, error: Pick<MessageError, 'code' | 'issues'>): string {
  const s = STRINGS[lang];
  const head = s.codes[error.code] ?? s.codes.unknown;
  if (!error.issues?.length) return head;
  const where = (path: string) => (path ? path.split('.').join(' › ') : s.whole);
  return `${head} ${s.issuesIntro} ${error.issues.map((i) => `${where(i.path)}: ${s.issue(i)}`).join('; ')}.`;
}

/** Any thrown value as the reader should read it: a failed request in their language, anything else as it says. */
export function thrownText(lang: UiLanguage, e: unknown): string {
  const error = e !== null && typeof e === 'object' ? (e as { error?: unknown }).error : undefined;
  if (error !== null && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string') {
    return errorText(lang, error as MessageError);
  }
  return STRINGS[lang].unexpected(e instanceof Error ? e.message : String(e));
}
