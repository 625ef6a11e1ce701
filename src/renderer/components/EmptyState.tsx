import type { ReactNode } from 'react';

/** An empty list always says what the next step is. */
export function EmptyState(props: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}): ReactNode {
  return (
    <div className="empty-state">
      <p className="empty-title">{props.title}</p>
      {props.children ? <div className="empty-body">{props.children}</div> : null}
      {props.action ? <div className="empty-action">{props.action}</div> : null}
    </div>
  );
}
