// Hands one outbox e-mail to the SMTP server of the configuration, or, with none
// configured, writes it to the log, so that a developer sees what would be sent.
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { OutboxEmailEntity } from './outbox-email.entity';

/**
 * Each attempt ends within about two minutes, well inside the worker's claim on
 * the row (SEND_LEASE_MS), so that no other process takes it over meanwhile.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 };

export type OutgoingEmail = Pick<
  OutboxEmailEntity,
  'toAddress' | 'locale' | 'subject' | 'text' | 'messageId' | 'createdAt'
>;

@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter<SMTPTransport.SentMessageInfo> | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const smtp = config.mail.smtp;
    this.transporter = smtp
      ? createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.auth ? { user: smtp.auth.user, pass: smtp.auth.password } : undefined,
          ...SMTP_TIMEOUTS,
        })
      : undefined;
  }

  /** Resolves once the server has accepted the message; rejects with nodemailer's error. */
  async send(email: OutgoingEmail): Promise<void> {
    if (!this.transporter) {
      this.logger.log(
        {
          to: email.toAddress,
          subject: email.subject,
          messageId: email.messageId,
          text: email.text,
        },
        `e-mail to ${email.toAddress} written to the log (no SMTP server configured)`,
      );
      return;
    }
    await this.transporter.sendMail({
      from: this.config.mail.from,
      to: email.toAddress,
      subject: email.subject,
      text: email.text,
      // Fixed when the row was written: a repeat after a crash is the same message.
      messageId: email.messageId,
      date: email.createdAt,
      headers: {
        'Content-Language': email.locale.toLowerCase(),
        'Auto-Submitted': 'auto-generated',
      },
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}
