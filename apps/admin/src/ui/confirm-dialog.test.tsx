// @vitest-environment jsdom
// The confirmation before a binding step: it names what binds whom, its confirm button names
// the act, the focus starts on Cancel and stays inside, Escape and Cancel bind nothing and give
// the focus back, a refusal is read inside the dialog, and after success the focus lands on
// what the step did.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n';
import { ConfirmStep, StepOutcome, type StepResult } from './confirm-dialog';

function Page(props: { run: () => Promise<StepResult> }) {
  const [signed, setSigned] = useState(false);
  return (
    <main>
      <h1 tabIndex={-1}>Verwerkersovereenkomst</h1>
      {signed && <StepOutcome>Ondertekend. De overeenkomst is nu actief.</StepOutcome>}
      {!signed && (
        <ConfirmStep
          title="Verwerkersovereenkomst ondertekenen?"
          binding="Je ondertekent namens Stichting Rivierenland de verwerkersovereenkomst met Leerwijs B.V."
          details="Een ondertekende overeenkomst verandert niet meer."
          confirmLabel="Ondertekenen namens Stichting Rivierenland"
          run={props.run}
          onDone={() => setSigned(true)}
        >
          Ondertekenen
        </ConfirmStep>
      )}
      <button type="button">Iets anders</button>
    </main>
  );
}

const open = async () => {
  const button = screen.getByRole('button', { name: 'Ondertekenen' });
  button.focus();
  await act(async () => {
    fireEvent.click(button);
  });
  return { button, dialog: screen.getByRole('alertdialog') };
};

describe('the confirmation of a binding step', () => {
  afterEach(() => {
    cleanup();
    setLocale('nl');
  });

  it('names what binds whom and the act, and starts on Cancel', async () => {
    render(<Page run={vi.fn()} />);
    const { dialog } = await open();
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(screen.getByRole('alertdialog', { name: 'Verwerkersovereenkomst ondertekenen?' })).toBe(
      dialog,
    );
    const described = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toContain(
      'Je ondertekent namens Stichting Rivierenland de verwerkersovereenkomst met Leerwijs B.V.',
    );
    expect(described?.textContent).toContain('verandert niet meer');
    expect(
      screen.getByRole('button', { name: 'Ondertekenen namens Stichting Rivierenland' }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Annuleren, niets vastleggen' }),
    );
  });

  it('keeps the focus inside: Tab from the last control goes to the first', async () => {
    render(<Page run={vi.fn()} />);
    const { dialog } = await open();
    const confirm = screen.getByRole('button', {
      name: 'Ondertekenen namens Stichting Rivierenland',
    });
    const cancel = screen.getByRole('button', { name: 'Annuleren, niets vastleggen' });
    confirm.focus();
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(cancel, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
    expect(dialog.contains(document.activeElement)).toBe(true);
  });

  it('binds nothing on Escape and gives the focus back to the button', async () => {
    const run = vi.fn();
    render(<Page run={run} />);
    const { button } = await open();
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(run).not.toHaveBeenCalled();
    // The dialog library gives the focus back once its focus scope has unmounted: a tick later.
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('binds nothing on Cancel', async () => {
    const run = vi.fn();
    render(<Page run={run} />);
    const { button } = await open();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Annuleren, niets vastleggen' }));
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(run).not.toHaveBeenCalled();
    // The dialog library gives the focus back once its focus scope has unmounted: a tick later.
    await waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('runs the step on confirm and puts the focus on what it did', async () => {
    const run = vi.fn(async (): Promise<StepResult> => ({ ok: true }));
    render(<Page run={run} />);
    await open();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Ondertekenen namens Stichting Rivierenland' }),
      );
    });
    await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    expect(run).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const outcome = screen.getByRole('status');
    expect(outcome.textContent).toBe('Ondertekend. De overeenkomst is nu actief.');
    expect(document.activeElement).toBe(outcome);
  });

  it('shows a refusal inside the dialog, which stays open', async () => {
    const run = vi.fn(async (): Promise<StepResult> => ({
      ok: false,
      problem: { kind: 'forbidden', message: 'Je bent geen tekenbevoegde.' },
    }));
    render(<Page run={run} />);
    const { dialog } = await open();
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: 'Ondertekenen namens Stichting Rivierenland' }),
      );
    });
    const alert = screen.getByRole('alert');
    expect(dialog.contains(alert)).toBe(true);
    expect(alert.textContent).toContain('Je bent geen tekenbevoegde.');
    expect(screen.getByRole('alertdialog')).toBe(dialog);
  });

  it('speaks English when English is chosen', async () => {
    setLocale('en');
    render(<Page run={vi.fn()} />);
    await open();
    expect(screen.getByRole('button', { name: 'Cancel, bind nothing' })).toBeTruthy();
  });
});
