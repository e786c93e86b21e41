/**
 * Which times the store accepts, and how anything that shows a time copes with one it does not.
 *
 * Times are epoch milliseconds. JavaScript dates end at ±8.64e15 ms; a larger number is still a number (IndexedDB
 * indexes it, JSON carries it), but `new Date(n).toISOString()` throws and `Intl` refuses it, so one such row used
 * to break every view and export that showed it. The rules:
 *
 * - A time the reader's browser made (first and last seen, saved, read, note created and edited, backup made) lies
 *   between {@link EARLIEST_TIME} and one day after now (a day of grace for a backup made on a machine whose clock
 *   runs ahead).
 * - A publication date a page states lies between the same start and one year after now: sites date articles
 *   ahead (embargoes, time zones, typos), but a date years away is a page pinning itself first in every list.
 * - The start is 1 January 1970, the zero the store counts from: ChipLens never wrote a negative time, and every
 *   backup an earlier version wrote (whose schema asked for times ≥ 0) stays importable. The upper bounds are what
 *   keep a page or a crafted file from pinning an article first or past JavaScript's last date.
 * - Anything shown copes with a time outside those ranges (data stored before these rules, or written by hand):
 *   {@link validTime} tells whether it can be shown at all, and views then say "unknown date" instead of throwing.
 *
 * Pure: no Dexie, so the UI can import it.
 */

/** 1970-01-01T00:00:00Z. */
export const EARLIEST_TIME = 0;

const DAY = 86_400_000;

/** How far ahead of now a time the browser made may lie. */
export const SEEN_GRACE_MS = DAY;

/** How far ahead of now a stated publication date may lie. */
export const PUBLISHED_GRACE_MS = 366 * DAY;

/** Whether `ms` is a whole number of milliseconds from 1970 up to one day after `now`. */
export function seenTimeOk(ms: number, now: number = Date.now()): boolean {
  return Number.isInteger(ms) && ms >= EARLIEST_TIME && ms <= now + SEEN_GRACE_MS;
}

/** Whether `ms` is a whole number of milliseconds from 1970 up to a year after `now`. */
export function publishedTimeOk(ms: number, now: number = Date.now()): boolean {
  return Number.isInteger(ms) && ms >= EARLIEST_TIME && ms <= now + PUBLISHED_GRACE_MS;
}

/** JavaScript's last representable date, in ms either side of 1970. */
const DATE_LIMIT = 8.64e15;

/** Whether `ms` can be turned into a date at all (a finite number within JavaScript's date range). */
export function validTime(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= DATE_LIMIT;
}

/** The ISO 8601 form of `ms` for a `<time datetime>` attribute or a document, or `undefined` when it is no date. */
export function isoTime(ms: unknown): string | undefined {
  return validTime(ms) ? new Date(ms).toISOString() : undefined;
}
