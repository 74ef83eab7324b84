import { describe, expect, it } from 'vitest';
import { registerFilename } from './register-filename';

describe('the register file name', () => {
  it('is a plain slug of the board with the date and the format', () => {
    expect(
      registerFilename('Stichting Openbaar Primair Onderwijs Rivierenland', 'csv', '2026-03-01'),
    ).toBe('verwerkersregister-stichting-openbaar-primair-onderwijs-rivierenland-2026-03-01.csv');
    expect(registerFilename('Coöperatie Één & Zo', 'xlsx', '2026-03-01')).toBe(
      'verwerkersregister-cooperatie-een-zo-2026-03-01.xlsx',
    );
  });
});
