import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/page-protocol.ts';
import type { ArticleDetail, MentionRow } from '../../lib/store/types.ts';
import { groupEntities } from './entities.ts';

const summary = (entities: PageSummary['entities']): PageSummary => ({
  url: 'https://a.example/x',
  decision: 'auto',
  state: 'active',
  forced: false,
  relevant: true,
  runs: 1,
  stage: 'annotator',
  marks: 3,
  counts: { chip: 2, company: 1, figure: 0 },
  entities,
});

const mention = (entityId: string, kind: 'chip' | 'company', name: string, count: number): MentionRow => ({
  id: 1,
  articleId: 1,
  entityId,
  kind,
  name,
  count,
  quote: { exact: name, prefix: '', suffix: '' },
  start: 0,
  date: 0,
});

describe('groupEntities', () => {
  it('groups the live page by kind, most mentioned first, ties by name', () => {
    const g = groupEntities(
      summary([
        { id: 'smic', kind: 'company', name: 'SMIC', count: 1 },
        { id: 'b', kind: 'chip', name: 'Beta', count: 2 },
        { id: 'a', kind: 'chip', name: 'Alpha', count: 2 },
        { id: 'c', kind: 'chip', name: 'Gamma', count: 5 },
      ]),
      null,
    );
    expect(g.chip.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(g.company.map((e) => e.id)).toEqual(['smic']);
  });

  it('uses the stored article when the page found nothing now', () => {
    const detail = { mentions: [mention('tsmc', 'company', 'TSMC', 3), mention('nvidia-h20', 'chip', 'Nvidia H20', 4)] } as ArticleDetail;
    const g = groupEntities(summary([]), detail);
    expect(g.chip).toEqual([{ id: 'nvidia-h20', kind: 'chip', name: 'Nvidia H20', count: 4 }]);
    expect(g.company).toEqual([{ id: 'tsmc', kind: 'company', name: 'TSMC', count: 3 }]);
    expect(groupEntities(null, null)).toEqual({ chip: [], company: [] });
  });
});
