/**
 * Readable text of an HTML document without a DOM (for the command-line annotator and Node tests): drops
 * scripts, styles, templates, comments and `data-chiplens-ignore` subtrees' tags' contents are kept out where
 * the element is a simple one; block elements become line breaks; entities are decoded.
 */
const DROP_ELEMENTS = /<(script|style|noscript|template|svg|iframe|object|head|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const BLOCK_TAGS = /<\/?(?:p|div|section|article|header|footer|nav|aside|main|h[1-6]|li|ul|ol|table|tr|td|th|blockquote|figure|figcaption|br|hr|pre|dd|dt|dl|form|title)\b[^>]*>/gi;
const ANY_TAG = /<[^>]+>/g;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—',
  hellip: '…', euro: '€', pound: '£', yen: '¥', laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', sbquo: '‚', auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß',
  eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', times: '×',
  copy: '©', reg: '®', trade: '™', deg: '°', middot: '·', bull: '•', dollar: '$', percnt: '%',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[body] ?? m;
  });
}

/** Removes elements marked data-chiplens-ignore when they are not nested in another element of the same tag. */
function dropIgnored(html: string): string {
  const re = /<([a-z][a-z0-9-]*)\b[^>]*\bdata-chiplens-ignore\b[^>]*>/gi;
  let out = html;
  for (let guard = 0; guard < 1000; guard++) {
    re.lastIndex = 0;
    const m = re.exec(out);
    if (!m) break;
    const tag = m[1].toLowerCase();
    const open = new RegExp(`<${tag}\\b[^>]*>|</${tag}\\s*>`, 'gi');
    open.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = open.exec(out); t; t = open.exec(out)) {
      depth += t[0][1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, m.index) + out.slice(end);
  }
  return out;
}

export function htmlToText(html: string): string {
  const body = dropIgnored(html.replace(COMMENTS, '')).replace(DROP_ELEMENTS, ' ');
  const text = decodeEntities(body.replace(BLOCK_TAGS, '\n').replace(ANY_TAG, ''));
  return text
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
