import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal built on <dialog>: the browser handles focus trapping, Escape and the backdrop, so
 * keyboard and screen-reader users get the platform behaviour.
 */
export function Dialog(props: {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      className={`dialog ${props.wide ? 'dialog-wide' : ''}`}
      aria-label={props.title}
      onClose={props.onClose}
    >
      {props.open ? (
        <>
          <h2 className="dialog-title">{props.title}</h2>
          {props.children}
        </>
      ) : null}
    </dialog>
  );
}
