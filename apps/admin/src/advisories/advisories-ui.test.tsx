// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { AnswersChart } from './answers-chart';
import { previewOf } from './import-csaf-page';
import { splitCves, withCvesField } from './publish-advisory-page';

beforeEach(() => setLocale('nl', { remember: false }));
afterEach(cleanup);

describe('the confirmation before publishing, run by the form', () => {
  // The one dialog of ui/confirm-dialog.tsx, as the advisory forms use it: they ask, then send
  // while the dialog shows it is busy (its own tests cover focus, Escape and the rest).
  const dialog = (props: Partial<Parameters<typeof ConfirmDialog>[0]> = {}) => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    const view = render(
      <ConfirmDialog
        open
        title="Advies publiceren?"
        confirmLabel="Ja, publiceren"
        busyLabel="Bezig met publiceren…"
        onConfirm={onConfirm}
        onCancel={onCancel}
        {...props}
      >
        <p>Regie stuurt het meteen naar elk bestuur.</p>
      </ConfirmDialog>,
    );
    return { onConfirm, onCancel, view };
  };

  it('is a dialog named by its question and described by what happens, Cancel focused', () => {
    dialog();
    const element = screen.getByRole('alertdialog', { name: 'Advies publiceren?' });
    const describedBy = element.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toBe(
      'Regie stuurt het meteen naar elk bestuur.',
    );
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Annuleren, niets vastleggen' }),
    );
  });

  it('answers yes, or cancels with the button or Escape', () => {
    const { onConfirm, onCancel, view } = dialog();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, publiceren' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren, niets vastleggen' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    view.unmount();
    const again = dialog();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(again.onCancel).toHaveBeenCalledTimes(1);
  });

  it('says it is busy and takes no second yes meanwhile', () => {
    const { onConfirm } = dialog({ busy: true });
    fireEvent.click(screen.getByRole('button', { name: 'Bezig met publiceren…' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('is not shown while closed', () => {
    dialog({ open: false });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});

describe('the chart of answers over time, in words', () => {
  it('names itself, says the newest known figures, and lists every day with hidden counts in words', () => {
    render(
      <AnswersChart
        publisher={false}
        points={[
          { day: '2026-03-01', notifiedCount: 4, answeredCount: 0 },
          { day: '2026-03-02', notifiedCount: 4, answeredCount: null },
        ]}
      />,
    );
    const chart = screen.getByRole('img', { name: /^Antwoorden in de tijd/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(
      screen.getAllByText(
        'Op 1 maart 2026 hadden 0 van de 4 besturen die bericht kregen geantwoord.',
      ).length,
    ).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: 'De cijfers per dag' });
    const rows = within(table).getAllByRole('row');
    expect(rows[2].textContent).toBe('2 maart 20264klein aantal');
  });

  it('tells the publisher there is nothing to show before any board was told; others see no chart', () => {
    render(<AnswersChart publisher points={[]} />);
    expect(
      screen.getByText('Nog geen bestuur kreeg bericht: er is niets om te tonen.'),
    ).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    cleanup();
    render(
      <AnswersChart
        publisher={false}
        points={[{ day: '2026-03-01', notifiedCount: null, answeredCount: null }]}
      />,
    );
    expect(screen.queryByRole('heading', { name: 'Antwoorden in de tijd' })).toBeNull();
  });
});

describe('the forms’ helpers', () => {
  it('splits CVE identifiers on spaces, commas and semicolons', () => {
    expect(splitCves(' CVE-2026-1234, CVE-2026-5678;CVE-2025-0001\n')).toEqual([
      'CVE-2026-1234',
      'CVE-2026-5678',
      'CVE-2025-0001',
    ]);
  });

  it('puts the API’s message about the second CVE beside the one CVE field', () => {
    expect(
      withCvesField({
        kind: 'invalidInput',
        message: 'De invoer is niet in orde.',
        fields: { 'cves.1': 'Een CVE-nummer ziet eruit als CVE-2024-12345.' },
      }),
    ).toEqual({
      kind: 'invalidInput',
      message: 'De invoer is niet in orde.',
      fields: { cves: 'Een CVE-nummer ziet eruit als CVE-2024-12345.' },
    });
  });

  it('names a chosen CSAF document by its title and tracking id, and anything else by its file name', () => {
    const csaf = JSON.stringify({
      document: { title: 'XXE', tracking: { id: 'BSI-2022-0001', version: '1' } },
    });
    expect(previewOf('bsi.json', csaf)).toEqual({
      filename: 'bsi.json',
      title: 'XXE',
      trackingId: 'BSI-2022-0001',
      version: '1',
    });
    expect(previewOf('kapot.json', '{"document": ')).toEqual({ filename: 'kapot.json' });
  });
});
