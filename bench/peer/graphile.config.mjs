// PostGraphile 5, the peer of compare.ts: the Amber preset (PostGraphile's baseline) on
// the public schema of Regie's database, as a production server would run it: no GraphiQL,
// no schema watching, no explain, a pool of 10 connections like Regie's. It connects
// as the database's owner and has no row-level security: it answers whatever the query's
// conditions select. Amber offers `condition` and `orderBy` only on columns that lead an
// index; the benchmark orders vendors by name and picks attestations by visibility, so
// that restriction is off (as the V4 preset's `ignoreIndexes: true` does).
import { makePgService } from 'postgraphile/adaptors/pg';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL: the database to serve');

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [
    makePgService({
      connectionString,
      schemas: ['public'],
      pubsub: false,
      poolConfig: { max: 10 },
    }),
  ],
  grafserv: {
    host: process.env.HOST || '127.0.0.1',
    port: Number(process.env.PORT ?? 0),
    graphiql: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
};

export default preset;
