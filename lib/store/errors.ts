/**
 * Store failures as values the UI can show. IndexedDB and Dexie report the same problem under several names
 * (a quota error may arrive bare, inside an AbortError or inside a BulkError); this folds them into one code.
 */

export type StoreErrorCode =
  | 'quota' // the browser's storage quota is exhausted
  | 'unavailable' // no IndexedDB here (some private windows, disabled storage) or the database could not open
  | 'version' // the data on disk is newer than this build of the extension
  | 'blocked' // an upgrade waits for another open connection
  | 'not-found'
  | 'invalid' // the input cannot be stored (bad URL, broken backup)
  | 'conflict' // a uniqueness rule was violated
  | 'aborted' // the transaction was aborted; nothing of it was written
  | 'unknown';

/**
 * What a user reads for each code (the English UI shows the same sentences); the technical detail stays in
 * `cause`.
 */
export const STORE_ERROR_MESSAGES: Readonly<Record<StoreErrorCode, string>> = {
  quota: 'The browser has no storage left for ChipLens. Free disk space, or export and remove old articles; nothing of this change was saved.',
  unavailable:
    'ChipLens cannot use the browser database here (IndexedDB is unavailable, for example in some private windows). Nothing was saved.',
  version: 'The saved data comes from a newer version of ChipLens. Update the extension to use it; nothing was changed.',
  blocked: 'A database upgrade is waiting for another ChipLens page to close. Close other ChipLens tabs and try again.',
  'not-found': 'That item does not exist (any more).',
  invalid: 'The data could not be stored because it is not valid.',
  conflict: 'The change conflicts with data already stored; nothing was saved.',
  aborted: 'The change was cancelled before it finished; nothing of it was saved.',
  unknown: 'The ChipLens database reported an unexpected error; nothing of this change was saved.',
};

/**
 * One problem a validator found in a message or a backup, in words of no language, so the UI can say it in the
 * reader's: where (`articles.3.url`, '' for the whole input) and what.
 */
export interface ValidationIssue {
  path: string;
  /**
   * `type` (wrong kind of value; `expected` names it), `too-small` / `too-big` (`limit`, `of`: a string's length,
   * an array's items, a number's value), `format`, `value` (not one of the allowed values), `keys` (unknown
   * fields, in `keys`), `union` (none of the shapes fits), `rule` (a rule of this project, named in `rule`).
   */
  code: 'type' | 'too-small' | 'too-big' | 'format' | 'value' | 'keys' | 'union' | 'rule' | 'other';
  expected?: string;
  limit?: number;
  of?: 'string' | 'array' | 'number' | 'other';
  keys?: string[];
  /** For `rule`: which one (`url`, `duplicate-id`, `duplicate-url`, `missing-article`, `order`, `id-or-url`, `time-seen`, `time-published`). */
  rule?: string;
  /** The validator's own English sentence, for logs and for an issue the UI has no words for. */
  message: string;
}

/** The fields of a zod issue this module reads (zod stays out of this module's imports). */
interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  keys?: unknown;
  params?: Record<string, unknown>;
}

/** A validator's issues as {@link ValidationIssue}s; the first `max`. */
export function validationIssues(issues: readonly IssueLike[], max = 6): ValidationIssue[] {
  return issues.slice(0, max).map((i) => {
    const path = i.path.map(String).join('.');
    const base = { path, message: i.message };
    const of = i.origin === 'string' || i.origin === 'array' || i.origin === 'number' ? i.origin : 'other';
    switch (i.code) {
      case 'invalid_type':
        return { ...base, code: 'type', expected: String(i.expected) };
      case 'too_small':
        return { ...base, code: 'too-small', limit: Number(i.minimum), of };
      case 'too_big':
        return { ...base, code: 'too-big', limit: Number(i.maximum), of };
      case 'invalid_format':
        return { ...base, code: 'format' };
      case 'invalid_value':
        return { ...base, code: 'value' };
      case 'unrecognized_keys':
        return { ...base, code: 'keys', keys: Array.isArray(i.keys) ? i.keys.map(String) : [] };
      case 'invalid_union':
        return { ...base, code: 'union' };
      case 'custom': {
        const rule = typeof i.params?.rule === 'string' ? i.params.rule : typeof i.params?.time === 'string' ? `time-${i.params.time}` : undefined;
        return rule ? { ...base, code: 'rule', rule } : { ...base, code: 'other' };
      }
      default:
        return { ...base, code: 'other' };
    }
  });
}

/** A store failure with a stable code and a sentence for the reader. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** For `invalid`: what the validator found. */
  readonly issues?: ValidationIssue[];

  constructor(code: StoreErrorCode, message?: string, options?: { cause?: unknown; issues?: ValidationIssue[] }) {
    super(message ?? STORE_ERROR_MESSAGES[code], options);
    this.code = code;
    if (options?.issues) this.issues = options.issues;
  }
}

/** Error names (DOMException, Dexie) and the code each stands for. */
const BY_NAME: Record<string, StoreErrorCode> = {
  QuotaExceededError: 'quota',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  DatabaseClosedError: 'unavailable',
  VersionError: 'version',
  ConstraintError: 'conflict',
  DataError: 'invalid',
  DataCloneError: 'invalid',
  NotFoundError: 'not-found',
};

/** Wrappers whose own name says less than the error inside them. */
const WRAPPERS = new Set(['AbortError', 'OpenFailedError', 'UpgradeError', 'BulkError', 'ModifyError', 'UnknownError', 'Error']);

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The chain of an error and the errors it wraps, outermost first. */
function chain(e: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let cur: unknown = e;
  while (cur && typeof cur === 'object' && out.length < 8 && !out.includes(cur as ErrorLike)) {
    const err = cur as ErrorLike;
    out.push(err);
    const failures = Array.isArray(err.failures) ? err.failures : err.failures && typeof err.failures === 'object' ? Object.values(err.failures) : [];
    cur = err.inner ?? err.cause ?? failures[0];
  }
  return out;
}

/**
 * Folds any error thrown by Dexie or IndexedDB into a {@link StoreError}. The most specific known name in
 * the chain wins; a bare AbortError means the transaction rolled back.
 */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const links = chain(e);
  for (const link of links) {
    if (link instanceof StoreError) return link;
    const name = typeof link.name === 'string' ? link.name : '';
    const code = BY_NAME[name];
    if (code) return new StoreError(code, undefined, { cause: e });
    if (!WRAPPERS.has(name) && name) break;
  }
  const names = links.map((l) => l.name);
  if (names.includes('AbortError')) return new StoreError('aborted', undefined, { cause: e });
  if (names.includes('OpenFailedError')) return new StoreError('unavailable', undefined, { cause: e });
  const first = links[0];
  const detail = first ? `${String(first.name ?? 'Error')}: ${String(first.message ?? '')}` : String(e);
  return new StoreError('unknown', `${STORE_ERROR_MESSAGES.unknown} (${detail})`, { cause: e });
}

/** Runs a store operation and rethrows any failure as a {@link StoreError}. */
export async function guard<T>(op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (e) {
    throw toStoreError(e);
  }
}
