/**
 * Figures about one entity over time, grouped by what they measure (revenue in one currency, shipments in one
 * unit, memory…), oldest first, with a bar per value so a jump is visible at a glance. Figures whose measure is not
 * known are listed in groups of their own, without bars: they are not set against each other.
 */
import type { Language } from '../../lib/extract/types.ts';
import type { TimelinePoint } from '../../lib/store/types.ts';
import { capitalized, strings as cardStrings } from '../card/i18n.ts';
import { figureInWords, formatDate } from '../card/format.ts';
import { isoTime } from '../../lib/store/times.ts';
import { useLocale } from '../i18n/locale.tsx';
import { comparable, magnitude, measureGroupKey } from './figures.ts';

interface Group {
  key: string;
  label: string;
  /** Whether the group's values may be compared (bars drawn). */
  compared: boolean;
  points: TimelinePoint[];
}

/** Groups points by measure and comparable key, keeping each group's order (oldest first) and groups by first date. */
export function groupTimeline(points: readonly TimelinePoint[], label: (p: TimelinePoint) => string): Group[] {
  const groups = new Map<string, Group>();
  for (const p of points) {
    const key = measureGroupKey(p.value, p.measure);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: label(p), compared: comparable(p.value, p.measure) && p.value.type !== 'date', points: [] }));
    g.points.push(p);
  }
  return [...groups.values()];
}

/** A group's heading: "Write-off · Amount of money (USD)", "Measure not known · Quantity (wafers)". */
export function groupLabel(p: Pick<TimelinePoint, 'value' | 'measure'>, lang: Language): string {
  const names = cardStrings(lang);
  const v = p.value;
  const unit = v.type === 'money' ? ` (${v.currency})` : v.type === 'quantity' && v.unit ? ` (${names.units[v.unit] ?? v.unit})` : '';
  const kind = names.figureType[v.type] + unit;
  const measure = names.measures[p.measure].name;
  // A spec's measure and its type have the same name ("Memory"): say it once.
  return measure.toLowerCase() === names.figureType[v.type].toLowerCase() ? kind : `${capitalized(measure)} · ${kind}`;
}

/** @param level heading level of each group (one below the timeline's own heading; h4 by default) */
export function Timeline({ points, currentArticleId, level = 4 }: { points: readonly TimelinePoint[]; currentArticleId?: number; level?: 3 | 4 | 5 }) {
  const G = level === 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  const { lang, t } = useLocale();
  if (!points.length) return <p class="muted">{t.context.noTimeline}</p>;
  const groups = groupTimeline(points, (p) => groupLabel(p, lang));
  return (
    <div class="timeline">
      {groups.map((g) => {
        const top = Math.max(...g.points.map((p) => Math.abs(magnitude(p.value)[1])).filter(Number.isFinite), 0);
        return (
          <section key={g.key} aria-label={g.label} data-measure={g.points[0].measure}>
            <G>{g.label}</G>
            <ol>
              {g.points.map((p, i) => {
                const share = top > 0 && g.compared ? Math.max(2, (Math.abs(magnitude(p.value)[1]) / top) * 100) : 0;
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
