import type { ReactNode } from 'react';
import type { AsyncState } from '../app/api';
import { ErrorNotice } from './ErrorNotice';
import { Loading } from './Loading';

/**
 * Shows what `useAsync` loaded, or what stands in its way. An error wins over an older value,
 * so a failed reload is never silent, and it always offers a retry.
 */
export function Loaded<T>(props: {
  state: AsyncState<T> & { reload(): void };
  children(value: T): ReactNode;
}): ReactNode {
  const { state } = props;
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (state.value === undefined) return <Loading />;
  return props.children(state.value);
}
