import { Module } from '@nestjs/common';
import { MailTransport } from './mail-transport';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { OutboxWorker } from './outbox.worker';

/**
 * In-app notifications and e-mail through the outbox. Other modules import it and
 * call `NotificationsService.notify(em, …)` inside the transaction of their change.
 */
@Module({
  providers: [NotificationsService, NotificationsResolver, MailTransport, OutboxWorker],
  exports: [NotificationsService],
})
export class NotificationsModule {}
