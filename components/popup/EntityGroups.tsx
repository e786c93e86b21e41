/** What was found on the page, by kind with counts; each chip or company opens its context. */
import type { FigureRow, MentionRow } from '../../lib/store/types.ts';
import { figureInWords } from '../card/format.ts';
import { capitalized, strings as cardStrings } from '../card/i18n.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { EntityGroups as Groups } from './entities.ts';

const FIGURES_SHOWN = 8;

export function EntityGroups({
  groups,
  figures,
  figureCount,
  mentions,
  onEntity,
}: {
  groups: Groups;
  /** Stored figures, when the article is stored. */
  figures: FigureRow[];
  /** Figures found on the page (may exceed the stored ones when the page grew). */
  figureCount: number;
  mentions: MentionRow[];
  onEntity: (id: string, name: string) => void;
}) {
  const { lang, t } = useLocale();
  const names = new Map(mentions.map((m) => [m.entityId, m.name]));
  return (
    <section class="found" aria-labelledby="found-h">
      <h2 id="found-h">{t.popup.found}</h2>
      <p class="muted hint">{t.popup.entityHint}</p>
      {(['chip', 'company'] as const).map((kind) =>
        groups[kind].length ? (
          <div class="group" key={kind}>
            <h3 class={`kind-${kind}`}>{t.kindGroup(kind, groups[kind].length)}</h3>
            <ul class="entities">
              {groups[kind].map((e) => (
                <li key={e.id}>
                  <button
                    type="button"
                    class={`entity kind-${kind}`}
                    data-entity={e.id}
                    onClick={() => onEntity(e.id, e.name)}
                  >
                    {/* The name read out is what the button shows, "H20 4", then what the number counts. */}
                    <span class="name">{e.name}</span> <span class="count">{e.count}</span>
                    <span class="sr-only"> {t.mentionsWord(e.count)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {figureCount > 0 && (
        <div class="group">
          <h3 class="kind-figure">{t.kindGroup('figure', figureCount)}</h3>
          {figures.length > 0 && (
            <ul class="figures">
              {figures.slice(0, FIGURES_SHOWN).map((f) => (
                <li key={f.id}>
                  <span class="value" title={`${f.quote.prefix}${f.quote.exact}${f.quote.suffix}`} data-measure={f.measure}>
                    {f.measure && f.measure !== 'unknown' ? `${capitalized(cardStrings(lang).measures[f.measure].name)}: ` : ''}
                    {figureInWords(f.value, lang)}
                  </span>
                  {f.about && (
                    <button type="button" class="link" onClick={() => onEntity(f.about!, names.get(f.about!) ?? f.about!)}>
                      {names.get(f.about) ?? f.about}
                    </button>
                  )}
                </li>
              ))}
              {figures.length > FIGURES_SHOWN && <li class="muted">+{figures.length - FIGURES_SHOWN}</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
