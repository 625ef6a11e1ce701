import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';

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

/**
 * The footer of a form in a dialog. Cancel closes without saving; the submit button is off and
 * says so while the request runs, so a slow save is not sent twice.
 */
export function DialogActions(props: {
  onCancel(): void;
  busy: boolean;
  /** Off for another reason than busy, e.g. nothing chosen yet. */
  disabled?: boolean;
  submitLabel: string;
  busyLabel: string;
}): ReactNode {
  const { t } = useI18n();
  return (
    <div className="button-row dialog-actions">
      <button type="button" className="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
      <button
        type="submit"
        className="button button-primary"
        disabled={props.disabled || props.busy}
      >
        {props.busy ? props.busyLabel : props.submitLabel}
      </button>
    </div>
  );
}
