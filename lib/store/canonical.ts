/**
 * Article identity: one stored row per article, however the reader reached it (a newsletter link full of
 * tracking parameters, the AMP copy, a share link with a fragment).
 */

/**
 * Query parameters that identify a click or a campaign, never the article. Matched case-insensitively.
 * German publishers add their own (`wt_mc`, `wt_zmc` from Webtrekk/Mapp), so the list is wider than Google's.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ref_src',
  'ref_url',
  'cmpid',
  'wt_mc',
  'wt_zmc',
  'ocid',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'spm',
]);

/** Prefixes of whole families of campaign parameters (utm_source, utm_medium, …, pk_campaign, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'at_'];

/** Whether a query parameter only tracks the click and so says nothing about which article this is. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * Normalises one absolute http(s) URL: drops the fragment (except hash-routed pages, `#/…` and `#!…`, where
 * the fragment is the page), drops tracking parameters and keeps the others in their order. Host case and
 * default ports are normalised by the URL parser itself. Returns `null` for anything that is not http(s).
 */
export function cleanUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  url.username = '';
  url.password = '';
  if (!(url.hash.startsWith('#/') || url.hash.startsWith('#!'))) url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
  if (kept.length !== [...url.searchParams].length) {
    // Rebuild only when something was dropped, so untouched queries keep their exact encoding.
    url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  }
  // `new URL('https://a.de/x?')` keeps a bare "?"; setting the empty search removes it.
  if (url.search === '') url.search = '';
  return url.toString();
}

/**
 * Whether a page's declared canonical URL can be trusted as its identity: on exactly the page's own host (and
 * port), and not the site's front page when the page itself is not (a common CMS mistake that would merge every
 * article into one).
 *
 * Exact host, not "same site": on shared hosts every subdomain belongs to someone else (`alice.substack.com`,
 * `bob.github.io`, `x.blogspot.com`, `y.vercel.app`, the public suffixes), and private addresses share nothing but
 * their digits, so a looser rule lets one site's page speak for another's article. Publishers whose AMP or mobile
 * copy lives on another host lose the merge of the two copies; that costs a duplicate row, never a wrong one.
 */
function isSaneCanonical(canonical: URL, page: URL): boolean {
  if (canonical.host !== page.host) return false;
  const isRoot = (u: URL) => u.pathname === '/' || u.pathname === '';
  if (isRoot(canonical) && !isRoot(page)) return false;
  return true;
}

/**
 * The identity of an article: its `<link rel=canonical>` or `og:url` when the page gives one that is sane,
 * else the page URL without fragment and tracking parameters.
 *
 * @param pageUrl - the address in the tab (`location.href`).
 * @param declared - the canonical link or og:url as written in the page; may be relative.
 * @returns the identity URL, or `null` when `pageUrl` is not an http(s) address.
 */
export function canonicalUrl(pageUrl: string, declared?: string | null): string | null {
  const page = cleanUrl(pageUrl);
  if (page === null) return null;
  if (declared && declared.trim()) {
    const canonical = cleanUrl(declared, page);
    if (canonical !== null && isSaneCanonical(new URL(canonical), new URL(page))) return canonical;
  }
  return page;
}
