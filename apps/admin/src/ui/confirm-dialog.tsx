// The confirmation before a binding step (announcing a change of subprocessors tells every
// board concerned): a modal dialog that names what binds whom, whose confirm button names the
// act, and that binds nothing until that button is pressed. A minimal one on the browser's own
// <dialog>: showModal() makes the rest of the page inert and keeps the focus inside, Escape
// cancels, and the focus goes back to the button that opened it. Another change brings a
// shared dialog with the same exports (ConfirmDialog, ConfirmStep, StepOutcome); this file
// gives way to it when both meet.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ApiProblem } from '../api/api-problem';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';

/** What a confirmed step answers: done, or the API's refusal. */
export type StepResult = { ok: true } | { ok: false; problem: ApiProblem };

export interface ConfirmText {
  /** The dialog's heading: the question, e.g. "Wijziging subverwerkers aankondigen?". */
  readonly title: string;
  /** What binds whom. */
  readonly binding: ReactNode;
  /** More to weigh (what cannot be undone, what happens next); optional. */
  readonly details?: ReactNode;
  /** The confirm button: names the act, never "OK". */
  readonly confirmLabel: string;
  /** The confirm button's text while the step runs. */
  readonly busyLabel?: string;
  /** A step that ends something: the confirm button says so in its style. */
  readonly danger?: boolean;
}

export interface ConfirmDialogProps extends ConfirmText {
  readonly open: boolean;
  /** Closed without acting: Cancel, Escape. Nothing was sent. */
  onCancel(): void;
  /** Runs the step; the dialog closes when it answers ok. */
  onConfirm(): Promise<StepResult>;
  /** After the step succeeded and the dialog closed. */
  onDone?(): void;
  /** For a STALE_VERSION refusal: reload what the page shows. */
  onReload?(): void;
}

/** Where the focus goes after a step whose button is gone: its outcome, else the page's h1. */
function focusAfterStep(): void {
  const target =
    document.querySelector<HTMLElement>('[data-step-outcome]') ??
    document.querySelector<HTMLElement>('h1');
  target?.focus();
}

/** A controlled confirmation: for steps that first ask for input (a date, a reason). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  const { open } = props;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement as HTMLElement | null;
      setProblem(null);
      element.showModal();
      // The safe answer first.
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
      const back = opener.current;
      if (back && back.isConnected) back.focus();
      else requestAnimationFrame(focusAfterStep);
    }
  }, [open]);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const result = await props.onConfirm();
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    props.onDone?.();
  };

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onCancel={(event) => {
        // Escape: the browser would close it; the page's state decides instead.
        event.preventDefault();
        if (!busy) props.onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {props.title}
      </h2>
      <div id={descriptionId}>
        <p className="confirm-dialog__binding">{props.binding}</p>
        {props.details && <div className="confirm-dialog__details">{props.details}</div>}
      </div>
      <ProblemMessage problem={problem} onReload={props.onReload} />
      <div className="confirm-dialog__actions">
        <button
          ref={cancel}
          type="button"
          className="button button--secondary"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) props.onCancel();
          }}
        >
          {t('confirm.cancel')}
        </button>
        <button
          type="button"
          className={`button${props.danger ? ' button--danger' : ''}`}
          aria-disabled={busy || undefined}
          onClick={() => void confirm()}
        >
          {busy ? (props.busyLabel ?? t('confirm.busy')) : props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/**
 * A binding step's button and its confirmation: the button opens the dialog, and only the
 * dialog's confirm button runs the step.
 */
export function ConfirmStep(
  props: ConfirmText & {
    /** The button on the page that opens the dialog. */
    readonly children: ReactNode;
    readonly className?: string;
    /** The button's name where its text alone is ambiguous. */
    readonly buttonName?: string;
    run(): Promise<StepResult>;
    onDone?(): void;
    onReload?(): void;
  },
) {
  const [open, setOpen] = useState(false);
  const { children, className, buttonName, run, onDone, onReload, ...text } = props;
  return (
    <>
      <button
        type="button"
        className={className ?? 'button'}
        aria-haspopup="dialog"
        aria-label={buttonName}
        onClick={() => setOpen(true)}
      >
        {children}
      </button>
      <ConfirmDialog
        {...text}
        open={open}
        onCancel={() => setOpen(false)}
        onConfirm={run}
        onDone={() => {
          setOpen(false);
          onDone?.();
        }}
        onReload={onReload}
      />
    </>
  );
}

/**
 * What a step did and what comes next, announced where the focus is and focusable, so that the
 * focus can land on it when the step's button is gone.
 */
export function StepOutcome(props: { children: ReactNode }) {
  return (
    <div className="notice notice--success" role="status" tabIndex={-1} data-step-outcome="">
      {props.children}
    </div>
  );
}
