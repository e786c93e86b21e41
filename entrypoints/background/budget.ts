import { browser } from 'wxt/browser';
import { RecordBudget } from '../../lib/record-limits.ts';

/** Where the spent slots wait for the next worker: session storage, which pages and content scripts cannot read. */
const KEY = 'recordBudget';

/**
 * The tabs' budget for new articles, kept in session storage so that it outlives the service worker (a page
 * could otherwise wait for an idle worker to stop and start again with a fresh budget). Session storage is
 * cleared when the browser closes, as the budget's windows are short.
 */
export function persistedBudget(): RecordBudget {
  const budget = new RecordBudget();
  const session = browser.storage.session;
  if (!session) return budget;
  budget.ready = session.get(KEY).then(
    (saved) => budget.restore(saved[KEY]),
    () => undefined,
  );
  budget.onChange = (snapshot) => void session.set({ [KEY]: snapshot }).catch(() => undefined);
  return budget;
}
