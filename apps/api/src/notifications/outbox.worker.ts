// Sends the outbox: polls for due e-mails, claims one at a time with a short
// statement (FOR UPDATE SKIP LOCKED, so that several processes on one server
// never take the same row), sends it with no transaction open, and records the
// outcome. A crash between sending and recording leaves the row claimed; when the
// claim runs out it is sent again, with the same Message-ID: at least once.
import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Locale } from '@regie/domain';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MailTransport } from './mail-transport';
import { afterFailure, isPermanentRefusal } from './outbox-retry';

/** How long a claimed row is left to its claimant before another may retry it. */
export const SEND_LEASE_MS = 5 * 60_000;

interface ClaimedRow {
  id: string;
  to_address: string;
  locale: Locale;
  subject: string;
  text: string;
  message_id: string;
  attempts: number;
  created_at: Date;
}

@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EmailOutbox');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    // The first poll waits one interval too: e-mails left by an earlier run go out then.
    if (this.config.mail.pollIntervalMs > 0) this.schedule(this.config.mail.pollIntervalMs);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    // The e-mail being sent is finished and recorded before the database closes.
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(
          () => undefined,
          (error: unknown) => this.logger.error(`outbox poll failed: ${describe(error)}`),
        )
        .finally(() => {
          this.running = undefined;
          this.schedule(this.config.mail.pollIntervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** Sends the due e-mails one after another, until none is due, one fails, or the app stops. */
  async drain(): Promise<number> {
    let sent = 0;
    while (!this.stopped && this.dataSource.isInitialized) {
      const row = await this.claim();
      if (!row) break;
      // After a failure the next poll goes on: a server that is down refuses the rest too.
      if (!(await this.deliver(row))) break;
      sent++;
    }
    return sent;
  }

  private async claim(): Promise<ClaimedRow | undefined> {
    // One statement, its own transaction: the row lock lasts only as long as it.
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(
        `UPDATE email_outbox
            SET attempts = attempts + 1,
                next_attempt_at = now() + $1::float8 * interval '1 millisecond'
          WHERE id = (SELECT id FROM email_outbox
                       WHERE status = 'PENDING' AND next_attempt_at <= now()
                       ORDER BY next_attempt_at
                       LIMIT 1
                       FOR UPDATE SKIP LOCKED)
         RETURNING id, to_address, locale, subject, text, message_id, attempts, created_at`,
        [SEND_LEASE_MS],
        true,
      );
      return (result.records as ClaimedRow[])[0];
    } finally {
      await runner.release();
    }
  }

  private async deliver(row: ClaimedRow): Promise<boolean> {
    try {
      await this.transport.send({
        toAddress: row.to_address,
        locale: row.locale,
        subject: row.subject,
        text: row.text,
        messageId: row.message_id,
        createdAt: row.created_at,
      });
    } catch (error) {
      await this.recordFailure(row, error);
      return false;
    }
    await this.dataSource.query(
      `UPDATE email_outbox SET status = 'SENT', sent_at = now() WHERE id = $1`,
      [row.id],
    );
    this.logger.log(`e-mail ${row.message_id} sent (attempt ${row.attempts})`);
    return true;
  }

  private async recordFailure(row: ClaimedRow, error: unknown): Promise<void> {
    const next = afterFailure(
      row.attempts,
      isPermanentRefusal(error),
      this.config.mail.retryBaseMs,
    );
    const reason = describe(error).slice(0, 1_000);
    if ('giveUp' in next) {
      this.logger.error(
        `e-mail ${row.message_id} to ${row.to_address} given up after ${row.attempts} attempts: ${reason}`,
      );
      await this.dataSource.query(
        `UPDATE email_outbox SET status = 'FAILED', last_error = $2 WHERE id = $1`,
        [row.id, reason],
      );
      return;
    }
    this.logger.warn(
      `e-mail ${row.message_id} not sent (attempt ${row.attempts}), retrying in ${next.retryInMs} ms: ${reason}`,
    );
    await this.dataSource.query(
      `UPDATE email_outbox
          SET last_error = $2, next_attempt_at = now() + $3::float8 * interval '1 millisecond'
        WHERE id = $1`,
      [row.id, reason, next.retryInMs],
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
