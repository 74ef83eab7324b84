// Starts PostGraphile (graphile.config.mjs) on Node's own HTTP server, as its CLI does;
// prints "listening on http://HOST:PORT" once the schema is built. Stops on SIGTERM/SIGINT.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import preset from './graphile.config.mjs';

const pgl = postgraphile(preset);
await pgl.getSchema();
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
server.listen({ host: preset.grafserv.host, port: preset.grafserv.port }, () => {
  const { address, port } = server.address();
  process.stdout.write(`listening on http://${address}:${port}/graphql\n`);
});
const stop = () => {
  server.close();
  server.closeAllConnections?.();
  Promise.resolve(pgl.release()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
