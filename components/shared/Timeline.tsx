/**
 * Figures about one entity over time, grouped by what they measure (money in one currency, units, memory…),
 * oldest first, with a bar per value so a jump is visible at a glance.
 */
import type { TimelinePoint } from '../../lib/store/types';
import { strings as cardStrings } from '../card/i18n';
import { figureInWords, formatDate } from '../card/format';
import { isoTime } from '../../lib/store/times';
import { useLocale } from '../i18n/locale';
import { comparableKey, magnitude } from './figures';

interface Group {
  key: string;
  label: string;
  points: TimelinePoint[];
}

/** Groups points by comparable key, keeping each group's order (oldest first) and groups by first date. */
export function groupTimeline(points: readonly TimelinePoint[], label: (p: TimelinePoint) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const p of points) {
    const key = comparableKey(p.value);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: label(p), points: [] }));
    g.points.push(p);
  }
  return [...groups.values()];
}

export function Timeline({ points, currentArticleId }: { points: readonly TimelinePoint[]; currentArticleId?: number }) {
  const { lang, t } = useLocale();
  if (!points.length) return <p class="muted">{t.context.noTimeline}</p>;
  const names = cardStrings(lang);
  const groups = groupTimeline(points, (p) => {
    const v = p.value;
    const unit = v.type === 'money' ? ` (${v.currency})` : v.type === 'quantity' && v.unit ? ` (${names.units[v.unit] ?? v.unit})` : '';
    return names.figureType[v.type] + unit;
  });
  return (
    <div class="timeline">
      {groups.map((g) => {
        const top = Math.max(...g.points.map((p) => Math.abs(magnitude(p.value)[1])).filter(Number.isFinite), 0);
        return (
          <section key={g.key} aria-label={g.label}>
            <h4>{g.label}</h4>
            <ol>
              {g.points.map((p, i) => {
                const share = top > 0 && g.key !== 'date' ? Math.max(2, (Math.abs(magnitude(p.value)[1]) / top) * 100) : 0;
                const here = p.article.id === currentArticleId;
                return (
                  <li key={i} class={here ? 'here' : undefined}>
                    <time dateTime={isoTime(p.date)} title={p.dated === 'seen' ? t.context.datedSeen : undefined}>
                      {formatDate(p.date, lang)}
                      {p.dated === 'seen' ? '*' : ''}
                    </time>
                    <span class="value">{figureInWords(p.value, lang)}</span>
                    {share > 0 && (
                      <span class="bar" aria-hidden="true">
                        <span style={{ width: `${share}%` }} />
                      </span>
                    )}
                    <a class="source" href={p.article.url} target="_blank" rel="noopener noreferrer" title={p.quote.exact}>
                      {p.article.site}
                    </a>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
