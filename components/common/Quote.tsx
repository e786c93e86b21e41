/** A passage as stored (W3C TextQuoteSelector): the quoted words marked, with the text around them. */
import type { TextQuoteSelector } from '../../lib/passage.ts';

export function Quote({ quote, lang }: { quote: TextQuoteSelector; lang?: string }) {
  if (!quote.exact && !quote.prefix && !quote.suffix) return null;
  return (
    <blockquote class="quote" lang={lang}>
      {quote.prefix && <span class="ctx">…{quote.prefix.trimStart()}</span>}
      <mark>{quote.exact}</mark>
      {quote.suffix && <span class="ctx">{quote.suffix.trimEnd()}…</span>}
    </blockquote>
  );
}
