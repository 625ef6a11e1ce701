import { useId, type ReactNode } from 'react';

/** A label, the control and an optional hint, wired together for screen readers. */
export function Field(props: {
  label: ReactNode;
  hint?: ReactNode;
  extra?: ReactNode;
  className?: string;
  children: (ids: { id: string; describedBy?: string }) => ReactNode;
}): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <div className="field-label-row">
        <label htmlFor={id}>{props.label}</label>
        {props.extra}
      </div>
      {props.children({ id, describedBy: props.hint ? hintId : undefined })}
      {props.hint ? (
        <p className="field-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
