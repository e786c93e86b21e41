/**
 * The library page's views, addressed by the URL fragment so the popup can link straight to one
 * (`library.html#/entity/nvidia-h20`) and the browser's back button moves between them. Pure.
 */
export type Route =
  | { view: 'list' }
  | { view: 'notes' }
  | { view: 'entities' }
  | { view: 'entity'; id: string }
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
    case 'entity': {
      let id = '';
      try {
        id = decodeURIComponent(rest.join('/'));
      } catch {
        // A malformed escape is no entity.
      }
      return id ? { view: 'entity', id } : { view: 'entities' };
    }
    default:
      return { view: 'list' };
  }
}

/** The fragment of a view. */
export function routeHash(r: Route): string {
  return r.view === 'entity' ? `#/entity/${encodeURIComponent(r.id)}` : `#/${r.view}`;
}
