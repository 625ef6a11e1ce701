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
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'loading', value: previous.value }));
    load().then(
      (value) => current && setState({ status: 'ready', value }),
      (err: unknown) => current && setState({ status: 'error', error: toApiError(err) }),
    );
    return () => {
      current = false;
    };
    // `load` is recreated every render; `key` says when its inputs really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
