// A form's submit that first asks in a ConfirmDialog: the submit handler awaits `ask()` (true
// when the person confirms), runs the mutation while the dialog shows it is busy, and `close()`s
// the dialog before it returns a problem, so that the form can move the focus to the field in
// error (nothing outside an open modal dialog takes the focus).
import { useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

export function useConfirmation() {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const answer = useRef<((confirmed: boolean) => void) | null>(null);

  const settle = useCallback((confirmed: boolean) => {
    const resolve = answer.current;
    answer.current = null;
    resolve?.(confirmed);
  }, []);

  const ask = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        answer.current = resolve;
        setOpen(true);
      }),
    [],
  );

  const close = useCallback(() => {
    flushSync(() => {
      setOpen(false);
      setBusy(false);
    });
  }, []);

  return {
    ask,
    close,
    dialog: {
      open,
      busy,
      // The dialog stays open, busy, until the handler closes it.
      onConfirm: () => {
        setBusy(true);
        settle(true);
      },
      onCancel: () => {
        settle(false);
        setOpen(false);
      },
    },
  };
}
