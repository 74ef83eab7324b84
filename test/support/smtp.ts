// A real SMTP server inside the test (smtp-server), keeping every message it
// accepts parsed (mailparser). It can refuse the next recipients with a reply
// code, and stop and start again on the same port, like a mail server that is
// down for a while.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  readonly parsed: ParsedMail;
  /** The SMTP login the client used, if any. */
  readonly user: string | undefined;
  readonly recipients: string[];
}

export class TestSmtpServer {
  readonly received: ReceivedMail[] = [];
  port = 0;
  private server: SMTPServer | undefined;
  private refusals: number[] = [];

  /** Starts listening on 127.0.0.1 (a free port the first time, the same port after). */
  async start(): Promise<this> {
    const options: SMTPServerOptions = {
      authOptional: true,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
      onRcptTo: (_address, _session, callback) => {
        const code = this.refusals.shift();
        if (code === undefined) return callback();
        callback(Object.assign(new Error(`refused by the test (${code})`), { responseCode: code }));
      },
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (parsed) => {
            this.received.push({
              parsed,
              user: typeof session.user === 'string' ? session.user : undefined,
              recipients: session.envelope.rcptTo.map((r) => r.address),
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    };
    const server = new SMTPServer(options);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next recipients are refused with these reply codes, one each (e.g. 451: try later). */
  refuseNext(...codes: number[]): void {
    this.refusals.push(...codes);
  }

  /** The app's environment for this server. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      REGIE_SMTP_HOST: '127.0.0.1',
      REGIE_SMTP_PORT: String(this.port),
      REGIE_SMTP_USER: 'regie',
      REGIE_SMTP_PASSWORD: 'smtp-secret',
      REGIE_MAIL_FROM: 'Regie <regie@regie.test>',
      REGIE_PUBLIC_URL: 'https://regie.test',
      REGIE_MAIL_INTERVAL_MS: '50',
      REGIE_MAIL_RETRY_MS: '100',
      // The retries the tests cause on purpose are logged as warnings.
      LOG_LEVEL: 'error',
      ...extra,
    };
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.recipients.includes(address));
  }
}

/** Waits until `probe` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
