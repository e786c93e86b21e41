import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route.ts';

describe('library routes', () => {
  it('reads each view from the fragment, the reading list by default', () => {
    expect(parseRoute('')).toEqual({ view: 'list' });
    expect(parseRoute('#/whatever')).toEqual({ view: 'list' });
    expect(parseRoute('#/notes')).toEqual({ view: 'notes' });
    expect(parseRoute('#notes')).toEqual({ view: 'notes' });
    expect(parseRoute('#/data')).toEqual({ view: 'data' });
    expect(parseRoute('#/entity/nvidia-h20')).toEqual({ view: 'entity', id: 'nvidia-h20' });
    expect(parseRoute('#/search')).toEqual({ view: 'search', q: '' });
    expect(parseRoute('#/search/umsatzprognose%20hakk%C3%A2ri')).toEqual({ view: 'search', q: 'umsatzprognose hakkâri' });
    expect(parseRoute('#/search/%E0%A4%A')).toEqual({ view: 'search', q: '' });
  });

  it('falls back to the entity search for an empty or malformed entity', () => {
    expect(parseRoute('#/entity/')).toEqual({ view: 'entities' });
    expect(parseRoute('#/entity/%E0%A4%A')).toEqual({ view: 'entities' });
  });

  it('round-trips every route, ids with odd characters included', () => {
    const routes: Route[] = [
      { view: 'list' },
      { view: 'notes' },
      { view: 'entities' },
      { view: 'data' },
      { view: 'entity', id: 'a/b c#d' },
      { view: 'search', q: '' },
      { view: 'search', q: 'Hakkâri / 50 % #1' },
    ];
    for (const r of routes) expect(parseRoute(routeHash(r))).toEqual(r);
  });
});
