/**
 * Telling when a page's address changes without a load (single-page sites). Read from the address itself, never
 * from an event's word: any page script can dispatch `popstate` or a framework's own navigation events. Where the
 * browser has the Navigation API, its `currententrychange` says when to look; elsewhere the address is polled.
 */

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: (e: Event) => void): void;
  removeEventListener(type: 'currententrychange', listener: (e: Event) => void): void;
}

/** Calls `onChange(url)` when `location.href` differs from the last one seen; returns a stop function. */
export function watchAddress(view: Window, onChange: (url: string) => void, pollMs: number): () => void {
  let last = view.location.href;
  const look = () => {
    const now = view.location.href;
    if (now === last) return;
    last = now;
    onChange(now);
  };
  const navigation = (view as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', look);
    return () => navigation.removeEventListener('currententrychange', look);
  }
  const timer = view.setInterval(look, pollMs);
  view.addEventListener('popstate', look);
  return () => {
    view.clearInterval(timer);
    view.removeEventListener('popstate', look);
  };
}
