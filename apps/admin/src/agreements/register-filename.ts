// The register file's name (files/export-filename.ts): verwerkersregister-<board>-<day>.
import { amsterdamDate } from '@regie/domain';
import { exportFilename } from '../files/export-filename';

export function registerFilename(
  boardName: string,
  format: 'csv' | 'xlsx',
  today = amsterdamDate(),
) {
  return exportFilename('verwerkersregister', boardName, format, today);
}
