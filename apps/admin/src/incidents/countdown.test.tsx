// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n';
import { Countdown } from './countdown';

const start = '2026-11-20T09:00:00.000Z';

describe('the live 72-hour countdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setLocale('nl', { remember: false });
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts down as time passes, with the deadline in words', () => {
    vi.setSystemTime(new Date('2026-11-20T10:30:00.000Z'));
    render(<Countdown start={start} />);
    expect(screen.getByText('nog 70 uur 30 min')).toBeTruthy();
    expect(screen.getByText(/uiterlijk 23 november 2026 om 10:00$/)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(15 * 60_000);
    });
    expect(screen.getByText('nog 70 uur 15 min')).toBeTruthy();
  });

  it('warns in words in the last hours, and says when the window has passed', () => {
    vi.setSystemTime(new Date('2026-11-23T08:00:00.000Z'));
    render(<Countdown start={start} compact />);
    expect(screen.getByText('nog 1 uur 0 min')).toBeTruthy();
    expect(screen.getByText(/Minder dan 18 uur over/)).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(2 * 3_600_000);
    });
    expect(screen.getByText('Termijn verstreken, 1 uur 0 min geleden')).toBeTruthy();
  });

  it('speaks English too', () => {
    vi.setSystemTime(new Date('2026-11-21T09:00:00.000Z'));
    setLocale('en', { remember: false });
    render(<Countdown start={start} compact />);
    expect(screen.getByText('48 h 0 min left')).toBeTruthy();
  });
});
