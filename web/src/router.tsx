import { createMemo, createSignal, untrack, type Component } from 'solid-js';
import { STAFF_PATH } from './paths';

/**
 * The staff pages' router, a few lines. Pages read `url()` for path and query; plain
 * `<a href="/…">` links between staff pages are intercepted below, so no Link component.
 * The pupil app is a separate bundle (see boot.ts): a link to one of its pages loads it afresh.
 */
const read = () => new URL(location.href);
const [url, setUrl] = createSignal(read());
export { url };

/** True once the person has moved between pages, so new pages take focus (not on first load). */
let moved = false;

export function navigate(to: string, replace = false) {
  if (!STAFF_PATH.test(new URL(to, location.href).pathname)) return location.assign(to);
  const samePage = new URL(to, location.href).pathname === location.pathname;
  history[replace ? 'replaceState' : 'pushState'](null, '', to);
  moved = true;
  setUrl(read());
  // A new query on the same page (another survey round) keeps the reader where they are.
  if (!samePage) scrollTo(0, 0);
}

addEventListener('popstate', () => {
  moved = true;
  setUrl(read());
});

document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest?.('a');
  if (!a || e.defaultPrevented || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (a.target || a.hasAttribute('download') || a.origin !== location.origin || !STAFF_PATH.test(a.pathname)) return;
  // In-page anchors (skip link) keep the browser's own behaviour.
  if (a.pathname === location.pathname && a.search === location.search && a.hash) return;
  e.preventDefault();
  navigate(a.pathname + a.search + a.hash);
});

/** Moves focus to a page's heading after a navigation, so screen readers announce the new page. */
export function focusOnArrival(el: HTMLElement) {
  if (moved) requestAnimationFrame(() => el.focus());
}

export const setTitle = (text: string) => {
  document.title = `${text} – Heard`;
};

// A malformed escape in a typed-in address (/j/%E0) must not stop the app from rendering.
const decode = (part: string) => {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
};

export type RouteView = Component<{ params: string[] }>;
export type Route = [pattern: RegExp, view: RouteView];

/**
 * A page loaded on first visit. Solid's `lazy` needs createResource and Suspense, which would
 * add kilobytes to every pupil's download; this needs a signal.
 */
export function lazyPage(load: () => Promise<{ default: RouteView }>, failed: RouteView): RouteView {
  let loaded: RouteView | undefined;
  return (props) => {
    const [view, setView] = createSignal(loaded);
    // Said in the console too: "did not load" on screen is all a person sees, and a developer needs why.
    if (!loaded) load().then((m) => setView(() => (loaded = m.default)), (e) => (console.error('page did not load', e), setView(() => failed)));
    return (
      <>
        {view() ? (
          untrack(() => view()!(props))
        ) : (
          <p class="page loading" role="status">
            Loading…
          </p>
        )}
      </>
    );
  };
}

/** Renders the first route whose pattern matches the path; a change of query alone keeps the page. */
export function Routes(props: { routes: Route[]; fallback: RouteView }) {
  const match = createMemo(
    () => {
      const path = url().pathname;
      for (const [pattern, view] of props.routes) {
        const m = pattern.exec(path);
        if (m) return { view, params: m.slice(1).map(decode) };
      }
      return { view: props.fallback, params: [] as string[] };
    },
    undefined,
    { equals: (a, b) => a.view === b.view && a.params.join('/') === b.params.join('/') },
  );
  const page = createMemo(() => {
    const { view: View, params } = match();
    return untrack(() => <View params={params} />);
  });
  return <>{page()}</>;
}
