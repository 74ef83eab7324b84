import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DataFolderInUseError,
  embeddedDatabase,
  migrate,
} from '../../apps/api/src/database/database';
import { DataSource } from 'typeorm';

// The guard of the embedded database, whichever database the rest of the run uses:
// two PGlite instances on one folder would corrupt it without a word.
describe('the embedded data folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'regie-lock-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses a second process with a message naming the folder, and the first keeps working', async () => {
    const first = await embeddedDatabase(dir);
    try {
      await migrate(first.options);
      await expect(embeddedDatabase(dir)).rejects.toThrow(DataFolderInUseError);
      await expect(embeddedDatabase(dir)).rejects.toThrow(
        `The data folder ${dir} is in use by another Regie process`,
      );

      const ds = new DataSource(first.options);
      await ds.initialize();
      await ds.query(`INSERT INTO organisation (kind, name) VALUES ('VENDOR', 'Na de weigering')`);
      expect(await ds.query(`SELECT name FROM organisation`)).toEqual([
        { name: 'Na de weigering' },
      ]);
      await ds.destroy();
    } finally {
      await first.close();
    }
  });

  it('can be opened again once the first has closed, with its rows intact', async () => {
    const again = await embeddedDatabase(dir);
    try {
      const ds = new DataSource(again.options);
      await ds.initialize();
      expect(await ds.query(`SELECT name FROM organisation`)).toEqual([
        { name: 'Na de weigering' },
      ]);
      await ds.destroy();
    } finally {
      await again.close();
    }
  });
});
