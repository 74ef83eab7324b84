// Counts the SQL statements a server sends to PostgreSQL, from outside it: a TCP proxy
// on loopback between the server and PostgreSQL that reads the frontend messages of the
// wire protocol. A statement is a simple Query ('Q') or an Execute ('E') of the extended
// protocol, whether its Parse came with it or earlier (a named prepared statement).
// pg_stat_statements would need shared_preload_libraries (a server restart), and
// log_statement would touch a shared server's settings: this needs neither, and counts
// PostGraphile's statements exactly as it counts Regie's.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface StatementProxy {
  /** Where the server under test connects instead of PostgreSQL. */
  readonly port: number;
  /** Statements since the last `take`, with their SQL; then starts again from none. */
  take(): string[];
  close(): Promise<void>;
}

const STARTUP_PROTOCOL_3 = 196608;

/** Reads one connection's frontend messages as they pass, and reports each statement. */
function frontendReader(onStatement: (sql: string) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  let started = false;
  /** Parsed statements by name ('' is the unnamed one), and the portals bound to them. */
  const prepared = new Map<string, string>();
  const portals = new Map<string, string>();
  const cstring = (buf: Buffer, at: number): [string, number] => {
    const end = buf.indexOf(0, at);
    return [buf.toString('utf8', at, end), end + 1];
  };
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (!started) {
        // Startup, SSLRequest or GSSENCRequest: length, then a code, no type byte.
        if (pending.length < 8) return;
        const length = pending.readInt32BE(0);
        if (pending.length < length) return;
        if (pending.readInt32BE(4) === STARTUP_PROTOCOL_3) started = true;
        pending = pending.subarray(length);
        continue;
      }
      if (pending.length < 5) return;
      const length = pending.readInt32BE(1);
      if (pending.length < 1 + length) return;
      const type = String.fromCharCode(pending[0]);
      const body = pending.subarray(5, 1 + length);
      if (type === 'Q') {
        onStatement(cstring(body, 0)[0]);
      } else if (type === 'P') {
        const [name, at] = cstring(body, 0);
        prepared.set(name, cstring(body, at)[0]);
      } else if (type === 'B') {
        const [portal, at] = cstring(body, 0);
        portals.set(portal, prepared.get(cstring(body, at)[0]) ?? '(unknown prepared statement)');
      } else if (type === 'E') {
        onStatement(portals.get(cstring(body, 0)[0]) ?? '(unknown portal)');
      }
      pending = pending.subarray(1 + length);
    }
  };
}

export async function startStatementProxy(target: {
  host: string;
  port: number;
}): Promise<StatementProxy> {
  let statements: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const read = frontendReader((sql) => statements.push(sql));
    client.on('data', (chunk: Buffer) => {
      read(chunk);
      upstream.write(chunk);
    });
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    port: address.port,
    take() {
      const taken = statements;
      statements = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
