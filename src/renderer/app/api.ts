// The renderer's only door to the vault is window.kluis (preload in the app, a test bridge in
// the e2e host). Everything here is plain browser code.
import { useCallback, useEffect, useState } from 'react';
import { parseBridgeError, type ApiError, type KluisBridge } from '../../shared/api';

export const kluis = (): KluisBridge => window.kluis;

export const toApiError = (err: unknown): ApiError => parseBridgeError(err);

export type AsyncState<T> =
  | { status: 'loading'; value?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: ApiError; value?: T };

/**
 * Runs `load` when `key` changes (and on reload()). Keeps showing the previous value while a
 * reload runs so lists do not flash empty. Results of superseded runs are ignored.
 */
export function useAsync<T>(
  load: () => Promise<T>,
  key: string,
): AsyncState<T> & { reload(): void } {
  const [tick, setTick] = useState(0);
  const request = `${key}#${tick}`;
  // The state remembers which request it answers; any other request is still loading.
  const [state, setState] = useState<{ request: string | null; result: AsyncState<T> }>({
    request: null,
    result: { status: 'loading' },
  });
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ request, result: { status: 'ready', value } }),
      (err: unknown) =>
        current &&
        setState((previous) => ({
          request,
          result: { status: 'error', error: toApiError(err), value: previous.result.value },
        })),
    );
    return () => {
      current = false;
    };
    // `load` is recreated every render; `request` says when its inputs really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  const result: AsyncState<T> =
    state.request === request ? state.result : { status: 'loading', value: state.result.value };
  return { ...result, reload };
}
