// The file sweeper's one statement over every organisation's files: the platform's
// own housekeeping, for no viewer.
import type { DataSource } from 'typeorm';

/**
 * Deletes up to `batch` rows of files uploaded before `cutoff` and never linked; returns
 * their ids. A linked row is never deleted: linking locks the row, and the DELETE
 * re-checks link_kind once the lock is released.
 */
export async function deleteUnlinkedFiles(
  dataSource: DataSource,
  cutoff: Date,
  batch: number,
): Promise<{ id: string }[]> {
  const [rows] = await dataSource.query<[{ id: string }[], number]>(
    `DELETE FROM stored_file WHERE id IN (
       SELECT id FROM stored_file
        WHERE link_kind IS NULL AND created_at < $1
        ORDER BY created_at LIMIT $2)
       AND link_kind IS NULL
     RETURNING id`,
    [cutoff.toISOString(), batch],
  );
  return rows;
}
