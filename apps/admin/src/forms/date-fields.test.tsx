// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormActions, SubmitButton } from './fields';
import { DateField, DateTimeField } from './date-fields';
import { parseDateInput } from './date-input';
import { calendarDate, dateTime, endNotBefore } from './date-rules';
import { required } from './rules';
import { useForm } from './use-form';

function PeriodForm(props: { submit: (values: { from: string; until: string }) => void }) {
  const form = useForm({
    initialValues: { from: '01-03-2026', until: '', at: '' },
    rules: (values) => ({
      from: [required, calendarDate],
      until: [calendarDate, endNotBefore(values.from, { key: 'deal.validUntilBeforeValidFrom' })],
      at: [dateTime],
    }),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        props.submit({
          from: parseDateInput(values.from) ?? '',
          until: parseDateInput(values.until) ?? '',
        });
      })}
    >
      <DateField form={form} name="from" label="Geldig vanaf" required />
      <DateField form={form} name="until" label="Geldig tot en met" hint="Leeg: geen einde." />
      <DateTimeField form={form} name="at" label="Ontdekt op" />
      <FormActions>
        <SubmitButton busy={form.submitting} busyLabel="Bezig">
          Opslaan
        </SubmitButton>
      </FormActions>
    </form>
  );
}

const field = (label: string) => screen.getByLabelText(label, { exact: false });
const describedText = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

describe('the date fields', () => {
  afterEach(cleanup);

  it('say the expected form in the hint, after what the field means', () => {
    render(<PeriodForm submit={vi.fn()} />);
    expect(describedText(field('Geldig vanaf'))).toBe('Als dd-mm-jjjj, bijvoorbeeld 31-12-2027.');
    expect(describedText(field('Geldig tot en met'))).toBe(
      'Leeg: geen einde. Als dd-mm-jjjj, bijvoorbeeld 31-12-2027.',
    );
    expect(describedText(field('Ontdekt op'))).toContain('Nederlandse tijd');
  });

  it('tie the message of an end before its start to the field, and send YYYY-MM-DD', async () => {
    const submit = vi.fn();
    render(<PeriodForm submit={submit} />);
    fireEvent.change(field('Geldig tot en met'), { target: { value: '28-02-2026' } });
    expect(field('Geldig tot en met').getAttribute('aria-invalid')).toBe('true');
    expect(describedText(field('Geldig tot en met'))).toContain('einddatum');
    fireEvent.change(field('Geldig tot en met'), { target: { value: '31-12-2027' } });
    expect(field('Geldig tot en met').getAttribute('aria-invalid')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    });
    expect(submit).toHaveBeenCalledWith({ from: '2026-03-01', until: '2027-12-31' });
  });

  it('say a moment that is not one is invalid', () => {
    render(<PeriodForm submit={vi.fn()} />);
    fireEvent.change(field('Ontdekt op'), { target: { value: '22-11-2026' } });
    expect(describedText(field('Ontdekt op'))).toContain('Deze waarde is ongeldig.');
  });
});
