// The name of a downloaded export: what it is, the board's name as a plain slug and today's
// date, so that exports of different boards and days sort and never overwrite each other.
import { amsterdamDate } from '@regie/domain';

export function exportFilename(
  stem: string,
  boardName: string,
  format: 'csv' | 'xlsx',
  today = amsterdamDate(),
) {
  const slug = boardName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${stem}-${slug || 'bestuur'}-${today}.${format}`;
}
