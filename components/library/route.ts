/**
 * The library page's views, addressed by the URL fragment so the popup can link straight to one
 * (`library.html#/entity/nvidia-h20`, `library.html#/search/hbm3`) and the browser's back button moves between them.
 * Pure.
 */
export type Route =
  | { view: 'list' }
  | { view: 'notes' }
  | { view: 'entities' }
  | { view: 'entity'; id: string }
  | { view: 'search'; q: string }
  | { view: 'data' };

/** The view a fragment names; the reading list for an empty or unknown one. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  switch (head) {
    case 'notes':
      return { view: 'notes' };
    case 'entities':
      return { view: 'entities' };
    case 'data':
      return { view: 'data' };
    case 'search':
      return { view: 'search', q: decoded(rest.join('/')) };
    case 'entity': {
      const id = decoded(rest.join('/'));
      return id ? { view: 'entity', id } : { view: 'entities' };
    }
    default:
      return { view: 'list' };
  }
}

/** A fragment part decoded; empty for a malformed escape. */
function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

/** The fragment of a view. The search keeps its words, so Back returns to the same results. */
export function routeHash(r: Route): string {
  if (r.view === 'entity') return `#/entity/${encodeURIComponent(r.id)}`;
  if (r.view === 'search') return r.q ? `#/search/${encodeURIComponent(r.q)}` : '#/search';
  return `#/${r.view}`;
}
