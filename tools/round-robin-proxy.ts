// A small reverse proxy for several Regie processes on one machine (tools/cluster.sh and
// test/cluster): each request goes to the next process in turn. A process that refuses the
// connection (stopped, killed, starting) is skipped for that request and the next one is
// tried: nothing of the request has reached it, so the request is not sent twice. A process
// that fails after it took the request (killed mid-request) answers 502: whether the write
// happened is then unknown to the client, as behind any load balancer.
//
//   node -r @swc-node/register tools/round-robin-proxy.ts PORT http://127.0.0.1:3001 http://127.0.0.1:3002 …
import { createServer, request, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  readonly url: string;
  /** Requests sent on per backend, in the order of `targets`. */
  readonly forwarded: number[];
  close(): Promise<void>;
}

/** Errors that mean the backend never took the request: another one may. */
const NOT_TAKEN = new Set(['ECONNREFUSED', 'EHOSTUNREACH']);

export async function startRoundRobinProxy(
  targets: readonly string[],
  port = 0,
  host = '127.0.0.1',
): Promise<RoundRobinProxy> {
  if (targets.length === 0) throw new Error('round-robin proxy: no targets');
  // A connection per request: a refused connection then says plainly that the backend never
  // saw the request (a kept-alive socket to a killed process fails ambiguously).
  const agent = new Agent({ keepAlive: false, maxSockets: 64 });
  const forwarded = targets.map(() => 0);
  let next = 0;

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, tries: number) => {
    const index = next++ % targets.length;
    const target = new URL(req.url ?? '/', targets[index]);
    const out = request(
      target,
      {
        method: req.method,
        agent,
        headers: {
          ...req.headers,
          host: target.host,
          'x-forwarded-for': req.socket.remoteAddress ?? '',
          'x-forwarded-proto': 'http',
        },
      },
      (answer) => {
        forwarded[index] += 1;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    out.on('error', (error: NodeJS.ErrnoException) => {
      if (res.headersSent) return void res.destroy();
      if (NOT_TAKEN.has(error.code ?? '') && tries + 1 < targets.length) {
        forward(req, res, body, tries + 1);
        return;
      }
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'bad gateway', code: error.code ?? error.message }));
    });
    out.end(body);
  };

  const server = createServer((req, res) => {
    // Bodies are read first so that a refused connection can be retried elsewhere; the
    // app caps uploads (REGIE_MAX_UPLOAD_BYTES), and so does this proxy's use: a cluster on
    // one machine. A production balancer streams (docker/compose.yml).
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => forward(req, res, Buffer.concat(chunks), 0));
    req.on('error', () => res.destroy());
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    forwarded,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}

if (require.main === module) {
  const [port, ...targets] = process.argv.slice(2);
  if (!port || targets.length === 0) {
    process.stderr.write('usage: round-robin-proxy.ts PORT TARGET_URL…\n');
    process.exit(2);
  }
  void startRoundRobinProxy(targets, Number(port), process.env.PROXY_HOST ?? '127.0.0.1').then(
    (proxy) => {
      process.stdout.write(`round-robin proxy at ${proxy.url} → ${targets.join(', ')}\n`);
      const stop = () => void proxy.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      process.stderr.write(`round-robin proxy: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
