/**
 * The hover card: what ChipLens knows about one highlight. Facts come from the knowledge base with their
 * sources (`lib/kb/facts.ts`: the card renders in ChipLens's own frame, so the annotator in the page need not
 * carry them); "seen in" comes from the reader's own store of articles.
 */
import type { FigureValue, Language } from '../../lib/extract/types.ts';
import type { CardSubject } from '../../lib/frame-protocol.ts';
import { chipFacts, companyFacts } from '../../lib/kb/facts.ts';
import { entityName, lookupEntity } from '../../lib/kb/index.ts';
import type { Bilingual, Chip, Company, Fact, Source } from '../../lib/kb/types.ts';
import { figureMeasure } from '../../lib/store/measure.ts';
import { countryName, factValue, figureInWords, figureShort, formatDate, powerOfTen, usdInWords, usdOf } from './format.ts';
import { capitalized, strings, type CardStrings } from './i18n.ts';

export type { CardSubject };

/** One other article in which the entity occurs. */
export interface SeenItem {
  title: string;
  site: string;
  /** Epoch milliseconds (publication date, else first seen). */
  date: number;
  url: string;
}

export type SeenIn =
  | { state: 'loading' }
  | { state: 'ready'; total: number; items: SeenItem[] }
  | { state: 'unavailable' };

/** The latest figure of the same entity, measure and unit that another article gave (the reader's own data). */
export interface EarlierFigure {
  value: FigureValue;
  /** Epoch milliseconds (publication date, else first seen). */
  date: number;
  title: string;
  site: string;
  url: string;
}

export type Earlier = { state: 'loading' } | { state: 'ready'; figure?: EarlierFigure } | { state: 'unavailable' };

export interface CardProps {
  subject: CardSubject;
  lang: Language;
  /** Context for the subject's entity (for a figure: the entity it is about); absent when there is none. */
  seen?: SeenIn;
  /** For a figure of known measure about an entity: what was said before; absent when it compares with nothing. */
  earlier?: Earlier;
}

/** A source's name in the card's language: its German name where it has one. */
function sourceTitle(s: Source, lang: Language): string {
  return lang === 'de' && s.de ? s.de : s.title;
}

/** Numbers sources in order of first use, so each fact can point to its document with a short mark. */
class SourceList {
  constructor(readonly lang: Language) {}
  readonly items: Source[] = [];
  ref(s: Source): number {
    let i = this.items.findIndex((x) => x.title === s.title && x.url === s.url);
    if (i < 0) i = this.items.push(s) - 1;
    return i + 1;
  }
}

function FactRow({ label, fact, show, sources }: { label: string; fact?: Fact<unknown>; show?: string; sources: SourceList }) {
  if (!fact) return null;
  const n = sources.ref(fact.source);
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>
        {show ?? factValue(String(fact.value), sources.lang)}
        <sup class="ref" title={sourceTitle(fact.source, sources.lang)}>
          {n}
        </sup>
      </dd>
    </div>
  );
}

/** The card's one-line description, with a mark pointing to its document where it has one. */
function Summary({ text, source, sources }: { text?: Bilingual; source?: Source; sources: SourceList }) {
  if (!text) return null;
  return (
    <p class="summary">
      {text[sources.lang]}
      {source && (
        <sup class="ref" title={sourceTitle(source, sources.lang)}>
          {sources.ref(source)}
        </sup>
      )}
    </p>
  );
}

function Sources({ list, t }: { list: SourceList; t: CardStrings }) {
  if (!list.items.length) return null;
  return (
    <ol class="sources" aria-label={t.source}>
      {list.items.map((s, i) => (
        <li key={i} value={i + 1}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {sourceTitle(s, list.lang)}
            </a>
          ) : (
            sourceTitle(s, list.lang)
          )}
        </li>
      ))}
    </ol>
  );
}

function ChipBody({ chip, unlisted, lang, t }: { chip: Chip; unlisted?: boolean; lang: Language; t: CardStrings }) {
  const facts = chipFacts(chip.id);
  const sources = new SourceList(lang);
  const maker = entityName(chip.maker) ?? chip.maker;
  return (
    <>
      <header>
        <span class="kind">{t.kind.chip}</span>
        <h2 class="name">{chip.name}</h2>
        <p class="sub">
          {t.category[chip.category]} · {maker}
        </p>
      </header>
      {unlisted && <p class="summary unlisted">{t.unlisted}</p>}
      <Summary text={facts.summary} source={facts.summarySource} sources={sources} />
      <dl class="facts">
        <div class="row">
          <dt>{t.facts.maker}</dt>
          <dd>{maker}</dd>
        </div>
        <FactRow label={t.facts.architecture} fact={facts.architecture} sources={sources} />
        <FactRow label={t.facts.memory} fact={facts.memory} sources={sources} />
        <FactRow label={t.facts.bandwidth} fact={facts.bandwidth} sources={sources} />
        <FactRow label={t.facts.process} fact={facts.process} sources={sources} />
        <FactRow label={t.facts.launchYear} fact={facts.launchYear} sources={sources} />
        <FactRow
          label={t.facts.exportControl}
          fact={facts.exportControl}
          show={facts.exportControl ? t.exportControl[facts.exportControl.value] : undefined}
          sources={sources}
        />
      </dl>
      <Sources list={sources} t={t} />
    </>
  );
}

function CompanyBody({ company, lang, t }: { company: Company; lang: Language; t: CardStrings }) {
  const { summary, summarySource } = companyFacts(company.id);
  const sources = new SourceList(lang);
  return (
    <>
      <header>
        <span class="kind">{t.kind.company}</span>
        <h2 class="name">{company.name}</h2>
        {company.roles.length > 0 && <p class="sub">{company.roles.map((r) => t.roles[r]).join(', ')}</p>}
      </header>
      <Summary text={summary} source={summarySource} sources={sources} />
      <dl class="facts">
        <div class="row">
          <dt>{t.role}</dt>
          <dd>{company.roles.map((r) => t.roles[r]).join(', ')}</dd>
        </div>
        {company.country && (
          <div class="row">
            <dt>{t.country}</dt>
            <dd>{countryName(company.country, lang)}</dd>
          </div>
        )}
        {company.tickers && company.tickers.length > 0 && (
          <div class="row">
            <dt>{t.tickers}</dt>
            <dd class="tickers">{company.tickers.join(' · ')}</dd>
          </div>
        )}
      </dl>
      <Sources list={sources} t={t} />
    </>
  );
}

function EarlierLine({ subject, earlier, lang, t }: { subject: Extract<CardSubject, { kind: 'figure' }>; earlier: Earlier; lang: Language; t: CardStrings }) {
  const measure = t.measures[figureMeasure(subject.value, subject.measure)];
  if (earlier.state === 'loading') return <p class="earlier muted">{t.seenLoading}</p>;
  if (earlier.state === 'unavailable') return <p class="earlier muted">{t.seenUnavailable}</p>;
  const e = earlier.figure;
  if (!e) return <p class="earlier muted">{t.earlierNone(measure)}</p>;
  const parts = t.earlierLine({ measure, here: figureShort(subject.value, lang), before: figureShort(e.value, lang), date: formatDate(e.date, lang) });
  return (
    <p class="earlier">
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <a key={i} href={e.url} target="_blank" rel="noopener noreferrer" title={e.site}>
            {e.title || e.site}
          </a>
        ),
      )}
    </p>
  );
}

function FigureBody({ subject, lang, t, earlier }: { subject: Extract<CardSubject, { kind: 'figure' }>; lang: Language; t: CardStrings; earlier?: Earlier }) {
  const v = subject.value;
  const usd = usdOf(v);
  const big = v.type === 'money' || v.type === 'quantity' ? (v.max ?? v.amount) : 0;
  const about = subject.about ? (entityName(subject.about) ?? subject.about) : undefined;
  const measure = figureMeasure(v, subject.measure);
  const measureName = t.measures[measure].name;
  // Specs are named by their type already ("Memory"); other figures say what they measure first.
  const sub = measure === 'unknown' || measureName.toLowerCase() === t.figureType[v.type].toLowerCase() ? t.figureType[v.type] : `${capitalized(measureName)} · ${t.figureType[v.type]}`;
  return (
    <>
      <header>
        <span class="kind">{t.kind.figure}</span>
        <h2 class="name">„{subject.text}“</h2>
        <p class="sub" data-measure={measure}>
          {sub}
        </p>
      </header>
      <dl class="facts">
        <div class="row">
          <dt>{t.inWords}</dt>
          <dd class="words">
            {figureInWords(v, lang)}
            {Math.abs(big) >= 1e6 && <span class="pow"> = {powerOfTen(big, lang)}</span>}
          </dd>
        </div>
        {usd && (
          <div class="row">
            <dt>{t.inUsd}</dt>
            <dd class="usd">
              {usdInWords(usd, lang)}
              <small class="rate">
                {t.rateNote(formatDate(usd.rate.date, lang), usd.rate.quoted, usd.rate.source.title)}
              </small>
            </dd>
          </div>
        )}
        {about && (
          <div class="row">
            <dt>{t.about}</dt>
            <dd class="about">{about}</dd>
          </div>
        )}
      </dl>
      {earlier && <EarlierLine subject={subject} earlier={earlier} lang={lang} t={t} />}
    </>
  );
}

function Seen({ seen, lang, t }: { seen: SeenIn; lang: Language; t: CardStrings }) {
  if (seen.state === 'loading') return <p class="seen muted">{t.seenLoading}</p>;
  if (seen.state === 'unavailable') return <p class="seen muted">{t.seenUnavailable}</p>;
  if (seen.total === 0) return <p class="seen muted">{t.seenNowhere}</p>;
  return (
    <section class="seen">
      <h3>{t.seenIn(seen.total)}</h3>
      <ul>
        {seen.items.slice(0, 3).map((a) => (
          <li key={a.url}>
            <a href={a.url} target="_blank" rel="noopener noreferrer">
              {a.title || a.url}
            </a>
            <span class="meta">
              {a.site} · {formatDate(a.date, lang)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The card's content for one highlight. */
export function Card({ subject, lang, seen, earlier }: CardProps) {
  const t = strings(lang);
  let body;
  if (subject.kind === 'figure') body = <FigureBody subject={subject} lang={lang} t={t} earlier={earlier} />;
  else {
    const e = lookupEntity(subject.id);
    if (e?.kind === 'chip') body = <ChipBody chip={e.chip} unlisted={e.unlisted} lang={lang} t={t} />;
    else if (e?.kind === 'company') body = <CompanyBody company={e.company} lang={lang} t={t} />;
    else
      body = (
        <header>
          <span class="kind">{t.kind[subject.kind]}</span>
          <h2 class="name">{subject.text}</h2>
        </header>
      );
  }
  return (
    <div class="card" data-kind={subject.kind} lang={lang}>
      {body}
      {seen && <Seen seen={seen} lang={lang} t={t} />}
    </div>
  );
}
