import { createEffect, createSignal, onCleanup, untrack } from 'solid-js';
import { ApiError } from './api';

export const asApiError = (err: unknown) =>
  err instanceof ApiError ? err : new ApiError(0, 'Something went wrong', err instanceof Error ? err.message : String(err));

/**
 * Loads data whenever `source` changes, keeping the last result on screen meanwhile. Plain signals
 * rather than createResource, so a reload never swaps the whole page for a Suspense fallback.
 */
export function createLoad<S, T>(source: () => S | undefined | false, fetch: (source: S) => Promise<T>) {
  const [data, setData] = createSignal<T>();
  const [error, setError] = createSignal<ApiError>();
  const [loading, setLoading] = createSignal(false);
  createEffect(() => {
    const s = source();
    if (s === undefined || s === false) return;
    let current = true;
    onCleanup(() => (current = false));
    setLoading(true);
    setError(undefined);
    untrack(() => fetch(s)).then(
      (value) => current && setData(() => value),
      (err: unknown) => current && setError(asApiError(err)),
    ).finally(() => current && setLoading(false));
  });
  return { data, error, loading };
}
