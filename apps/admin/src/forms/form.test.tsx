// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiProblem } from '../api/api-problem';
import { setLocale } from '../i18n';
import { FormActions, SubmitButton, TextField } from './fields';
import { ProblemMessage } from './problem-message';
import { boardNumber, required } from './rules';
import { useForm, type SubmitOutcome } from './use-form';

function BoardForm(props: {
  submit: (values: { name: string; boardNumber: string }) => Promise<SubmitOutcome>;
  onReload?: () => void;
}) {
  const form = useForm({
    initialValues: { name: '', boardNumber: '' },
    rules: { name: [required], boardNumber: [required, boardNumber] },
  });
  return (
    <form noValidate onSubmit={form.onSubmit(props.submit)}>
      <ProblemMessage
        problem={form.problem}
        details={form.otherFieldErrors}
        onReload={props.onReload}
      />
      <TextField form={form} name="name" label="Naam" required />
      <TextField form={form} name="boardNumber" label="Bestuursnummer" required />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel="Bezig">
          Opslaan
        </SubmitButton>
      </FormActions>
    </form>
  );
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
  });
};

describe('a form built with the toolkit', () => {
  afterEach(() => {
    cleanup();
    setLocale('nl');
  });

  it('validates as the person types and ties the message to the field', () => {
    render(<BoardForm submit={vi.fn()} />);
    const field = screen.getByLabelText('Bestuursnummer', { exact: false });
    expect(field.getAttribute('aria-invalid')).toBeNull();
    type('Bestuursnummer', '4123');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByText('Een bestuursnummer bestaat uit 5 cijfers.');
    expect(field.getAttribute('aria-describedby')).toContain(message.closest('[id]')!.id);
    type('Bestuursnummer', '41234');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the message in the chosen language', () => {
    setLocale('en');
    render(<BoardForm submit={vi.fn()} />);
    type('Bestuursnummer', '4');
    expect(screen.getByText('A board number (bestuursnummer) has 5 digits.')).toBeTruthy();
  });

  it('does not send a form with an invalid field, and moves the focus to it', async () => {
    const send = vi.fn();
    render(<BoardForm submit={send} />);
    await submit();
    expect(send).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Naam', { exact: false }));
    expect(screen.getAllByText('Dit veld is verplicht.')).toHaveLength(2);
  });

  it('puts the API’s BAD_USER_INPUT messages beside their fields, and the rest above the form', async () => {
    const problem: ApiProblem = {
      kind: 'invalidInput',
      message: 'De invoer is niet in orde.',
      fields: {
        boardNumber: 'Dit is al in gebruik bij een andere organisatie of persoon.',
        token: 'Onbekend.',
      },
    };
    render(<BoardForm submit={async () => problem} />);
    type('Naam', 'Stichting');
    type('Bestuursnummer', '41234');
    await submit();
    const field = screen.getByLabelText('Bestuursnummer', { exact: false });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText('Dit is al in gebruik bij een andere organisatie of persoon.'),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Onbekend.');
    // Typing again clears the API's message about the old value.
    type('Bestuursnummer', '41235');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });

  it('offers a reload for a stale version, and keeps what was typed', async () => {
    const reload = vi.fn();
    render(
      <BoardForm submit={async () => ({ kind: 'stale', message: 'changed' })} onReload={reload} />,
    );
    type('Naam', 'Stichting');
    type('Bestuursnummer', '41234');
    await submit();
    expect(screen.getByRole('alert').textContent).toContain(
      'Iemand anders heeft dit intussen gewijzigd.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    expect(reload).toHaveBeenCalled();
    expect((screen.getByLabelText('Naam', { exact: false }) as HTMLInputElement).value).toBe(
      'Stichting',
    );
  });

  it('says why a step is not possible now, and makes rate limiting and lost connections clear', async () => {
    let answer: ApiProblem = {
      kind: 'conflict',
      reason: 'INVALID_TRANSITION',
      message: 'De laatste beheerder van een organisatie kan niet weg.',
    };
    render(<BoardForm submit={async () => answer} />);
    type('Naam', 'Stichting');
    type('Bestuursnummer', '41234');
    await submit();
    expect(screen.getByRole('alert').textContent).toBe(
      'Deze stap kan nu niet.De laatste beheerder van een organisatie kan niet weg.',
    );
    answer = { kind: 'rateLimited', message: 'Te veel pogingen; probeer het later opnieuw.' };
    await submit();
    expect(screen.getByRole('alert').textContent).toContain('Even wachten, alsjeblieft.');
    answer = { kind: 'network' };
    await submit();
    expect(screen.getByRole('alert').textContent).toContain('Je invoer is bewaard');
    expect(
      (screen.getByLabelText('Bestuursnummer', { exact: false }) as HTMLInputElement).value,
    ).toBe('41234');
  });
});
