// The one confirmation before a binding step (signing, joining a deal, publishing what never
// changes again, terminating, awarding): a modal alert dialog that names what binds whom, whose
// confirm button names the act, and that binds nothing until that button is pressed.
// Radix's AlertDialog keeps the focus inside while it is open, starts it on "Cancel" (the safe
// answer), lets Escape cancel, and returns the focus to where it was. A refusal by the API is
// shown inside the dialog, which stays open, so that the person reads why before closing it.
// After a step succeeded the focus goes to the step's outcome (StepOutcome), which says what
// happened and what comes next: the step's button is usually gone by then (a signed agreement
// offers no signing).
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiProblem } from '../api/api-problem';
import { ProblemMessage } from '../forms/problem-message';
import { useI18n } from '../i18n';

/** What a confirmed step answers: done, or the API's refusal. */
export type StepResult = { ok: true } | { ok: false; problem: ApiProblem };

export interface ConfirmText {
  /** The dialog's heading: the question, e.g. "Verwerkersovereenkomst ondertekenen?". */
  readonly title: string;
  /** What binds whom, e.g. "Je ondertekent namens Stichting X de verwerkersovereenkomst …". */
  readonly binding?: ReactNode;
  /** More to weigh (what cannot be undone, what happens next); optional. */
  readonly details?: ReactNode;
  /** The confirm button: names the act ("Ondertekenen namens Stichting X"), never "OK". */
  readonly confirmLabel: string;
  /** The confirm button's text while the step runs. */
  readonly busyLabel?: string;
  /** A step that ends something (terminate, cancel): the confirm button says so in its style. */
  readonly danger?: boolean;
}

export interface ConfirmDialogProps extends ConfirmText {
  readonly open: boolean;
  /** Further description, read with the rest (a form's summary of what it sends). */
  readonly children?: ReactNode;
  /**
   * For a caller that runs the step itself (a form that asks, then sends, and puts a refusal
   * beside its fields): whether it is running, and a problem to show in the dialog.
   */
  readonly busy?: boolean;
  readonly problem?: ReactNode;
  /** Closed without acting: Cancel, Escape. Nothing was sent. */
  onCancel(): void;
  /**
   * Runs the step: a StepResult, and the dialog shows it busy, shows a refusal and closes
   * when done; or nothing, and the caller runs it and closes the dialog (with busy, problem).
   */
  onConfirm(): Promise<StepResult> | void;
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

/** A controlled confirmation: for steps that first ask for input (an end date, a reason). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // The element that had the focus when the dialog opened: it gets it back on close.
  const opener = useRef<HTMLElement | null>(null);
  const succeeded = useRef(false);

  // Read while rendering the opening, before the dialog's own effect moves the focus into it.
  const wasOpen = useRef(false);
  if (props.open && !wasOpen.current) {
    opener.current = document.activeElement as HTMLElement | null;
    succeeded.current = false;
  }
  wasOpen.current = props.open;
  useEffect(() => {
    if (props.open) setProblem(null);
  }, [props.open]);

  const running = busy || Boolean(props.busy);
  const confirm = async () => {
    if (running) return;
    const answer = props.onConfirm();
    // The caller runs the step itself and closes the dialog.
    if (!answer) return;
    setBusy(true);
    setProblem(null);
    const result = await answer;
    setBusy(false);
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    succeeded.current = true;
    props.onDone?.();
  };

  return (
    <AlertDialog.Root
      open={props.open}
      onOpenChange={(open) => {
        // Escape (and Cancel) ask to close; a running step is not abandoned half-way.
        if (!open && !running) props.onCancel();
      }}
    >
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="confirm-dialog__overlay" />
        <AlertDialog.Content
          className="confirm-dialog"
          onCloseAutoFocus={(event) => {
            // After the step: to what it did (its button is usually about to go, once the page
            // has read the new state). Cancelled: back to the opener, while it is on the page.
            // A caller that already put the focus somewhere (a field in error) keeps it there.
            event.preventDefault();
            const now = document.activeElement;
            if (now && now !== document.body && now.isConnected && !succeeded.current) return;
            const back = opener.current;
            if (succeeded.current) requestAnimationFrame(focusAfterStep);
            else if (back && back.isConnected) back.focus();
            else focusAfterStep();
          }}
        >
          <AlertDialog.Title className="confirm-dialog__title">{props.title}</AlertDialog.Title>
          {/* The whole description is read with the dialog: what binds whom, then the rest. */}
          <AlertDialog.Description asChild>
            <div>
              {props.binding && <p className="confirm-dialog__binding">{props.binding}</p>}
              {props.details && <div className="confirm-dialog__details">{props.details}</div>}
              {props.children && <div className="confirm-dialog__details">{props.children}</div>}
            </div>
          </AlertDialog.Description>
          <ProblemMessage problem={problem} onReload={props.onReload} />
          {props.problem}
          <div className="confirm-dialog__actions">
            <AlertDialog.Cancel className="button button--secondary" disabled={running}>
              {t('confirm.cancel')}
            </AlertDialog.Cancel>
            <button
              type="button"
              className={`button${props.danger ? ' button--danger' : ''}`}
              aria-disabled={running || undefined}
              onClick={() => void confirm()}
            >
              {running ? (props.busyLabel ?? t('confirm.busy')) : props.confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
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
    /** The button's name where its text alone is ambiguous (one per row of a table). */
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
 * What a step did and what comes next: a live region that is on the page before anything is
 * said in it (so that screen readers announce what is put in), and focusable, so that the focus
 * can land on it when the step's button is gone. Empty, it is invisible.
 */
export function StepOutcome(props: { children?: ReactNode }) {
  const said = props.children !== null && props.children !== undefined && props.children !== false;
  return (
    <div
      className={said ? 'notice notice--success' : 'visually-hidden'}
      role="status"
      tabIndex={-1}
      data-step-outcome={said ? '' : undefined}
    >
      {said ? props.children : null}
    </div>
  );
}
