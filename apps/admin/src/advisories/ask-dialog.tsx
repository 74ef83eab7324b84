// A question before a binding step, in the browser's own modal <dialog>: showModal() makes the
// rest of the page inert, traps the keyboard in the dialog and closes it with Escape; when it
// closes, the browser gives the focus back to the control that opened it. The dialog names
// itself by its title and describes itself by its text, so a screen reader reads both on
// opening. The answer's button has the focus first, Cancel beside it.
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  /** What happens when the person confirms, and what cannot be undone. */
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  busy?: boolean;
  /** A problem of the last attempt, shown inside the dialog (e.g. a ProblemMessage). */
  problem?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const { open, onCancel } = props;

  // In the commit itself: a caller that closes the dialog with flushSync can move the focus
  // out of it at once (a modal dialog keeps the rest of the page inert while open).
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // jsdom has no showModal: the attribute is what it can show.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      confirmRef.current?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      // Its look lives here too, so that the component is one file: narrower than the page on
      // any screen, with room around the text.
      style={{
        maxWidth: 'min(36rem, calc(100vw - 2rem))',
        padding: '1.5rem',
        border: '1px solid var(--border)',
        borderRadius: '0.5rem',
      }}
      aria-labelledby={titleId}
      aria-describedby={textId}
      // Escape: the browser cancels; the page's state follows.
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title" style={{ marginTop: 0 }}>
        {props.title}
      </h2>
      <div id={textId} className="confirm-dialog__text">
        {props.children}
      </div>
      {props.problem}
      <div className="form-actions">
        <button
          ref={confirmRef}
          type="button"
          className="button"
          aria-disabled={props.busy || undefined}
          onClick={() => {
            if (!props.busy) props.onConfirm();
          }}
        >
          {props.busy ? props.busyLabel : props.confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </dialog>
  );
}
