// In-app notifications and the e-mails that repeat them. Other modules call
// `notify` or `notifyOrganisationRoles` with the EntityManager of their own
// transaction: the notification and its e-mail commit or roll back with the
// change they tell of. The outbox worker sends the e-mail afterwards.
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  formatDateIn,
  formatDateTimeIn,
  languageOf,
  Locale,
  message,
  type MessageKey,
  Role,
} from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { DataAccess, SYSTEM } from '../data-access';
import { notFound } from '../common/errors/app-error';
import { isUuid } from '../common/ids';
import { paginate, type Connection } from '../common/pagination';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { MembershipEntity } from '../identity/membership.entity';
import { UserEntity } from '../identity/user.entity';
import { NotificationEntity } from './notification.entity';
import { Notification } from './notification.types';
import { OutboxEmailEntity } from './outbox-email.entity';

export type MessageParams = NonNullable<Parameters<typeof message>[2]>;

type TitlePrefix<K> = K extends `${infer P}.title` ? P : never;

/** A message key `k` for which messages.ts has both `k.title` and `k.body`. */
export type NotificationMessageKey = {
  [P in TitlePrefix<MessageKey>]: `${P}.body` extends MessageKey ? P : never;
}[TitlePrefix<MessageKey>];

export interface NotifyInput {
  /** The users told; unknown ids and repeats are left out. */
  readonly recipients: readonly string[];
  /** What happened, e.g. `INCIDENT_REPORTED`; shown to clients as `Notification.kind`. */
  readonly kind: string;
  /**
   * Rendered in each recipient's language. Params may depend on the language
   * (dates, say); give a function of the locale then.
   */
  readonly message: {
    readonly key: NotificationMessageKey;
    readonly params?: MessageParams | ((locale: Locale) => MessageParams);
  };
  /** A path in the admin app, e.g. `/incidents/<id>`; the e-mail links to it on the public URL. */
  readonly link?: string | null;
  /** Also send each recipient an e-mail (the default). */
  readonly email?: boolean;
}

export interface EmailInput {
  /** What the e-mail is about, e.g. `INVITATION`. */
  readonly kind: string;
  readonly to: string;
  readonly locale: Locale;
  readonly subject: string;
  /** The message itself; the common footer is added below it. */
  readonly text: string;
  readonly notificationId?: string | null;
}

/**
 * Rows per INSERT: a thousand boards' officers go in a few statements, and a
 * statement stays well under PostgreSQL's 65,535 bind parameters.
 */
const INSERT_BATCH = 1000;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += INSERT_BATCH) out.push(rows.slice(i, i + INSERT_BATCH));
  return out;
}

/** A calendar date as people read it in the recipient's language, in Dutch time. */
export function formatDate(date: Date, locale: Locale): string {
  return formatDateIn(languageOf(locale), date);
}

/** An instant (a deadline) to the minute, in the recipient's language and Dutch time. */
export function formatDateTime(date: Date, locale: Locale): string {
  return formatDateTimeIn(languageOf(locale), date);
}

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly da: DataAccess,
  ) {}

  // ------------------------------------------------------------ writing, inside the caller's transaction

  /** Creates the notifications (and e-mails) in `em`'s transaction; returns their ids. */
  async notify(em: EntityManager, input: NotifyInput): Promise<string[]> {
    const ids = [...new Set(input.recipients)].filter(isUuid);
    if (ids.length === 0) return [];
    const users = await em.find(UserEntity, { where: { id: In(ids) }, order: { id: 'ASC' } });
    if (users.length === 0) return [];
    const link = input.link ?? null;
    const rendered = users.map((user) => {
      const params =
        typeof input.message.params === 'function'
          ? input.message.params(user.locale)
          : (input.message.params ?? {});
      return {
        user,
        title: message(`${input.message.key}.title`, user.locale, params),
        body: message(`${input.message.key}.body`, user.locale, params),
      };
    });
    const notificationIds: string[] = [];
    for (const batch of batches(rendered)) {
      const inserted = await this.da.writer(NotificationEntity, em).insert(
        batch.map(({ user, title, body }) => ({
          recipientId: user.id,
          kind: input.kind,
          title,
          body,
          link,
        })),
      );
      notificationIds.push(...inserted.identifiers.map((r) => r.id as string));
    }
    if (input.email !== false) {
      await this.insertEmails(
        em,
        rendered.map(({ user, title, body }, i) => ({
          kind: input.kind,
          to: user.email,
          locale: user.locale,
          subject: title,
          text: [
            message('email.greeting', user.locale, { name: user.name }),
            body,
            ...(link
              ? [message('email.openInRegie', user.locale, { url: this.absoluteUrl(link) })]
              : []),
          ].join('\n\n'),
          notificationId: notificationIds[i],
        })),
      );
    }
    return notificationIds;
  }

  /**
   * Notifies every member of the organisations who holds one of `roles` (a person
   * in two of them once), except the users in `except` (usually the actor).
   */
  async notifyOrganisationRoles(
    em: EntityManager,
    organisationIds: readonly string[],
    roles: readonly Role[],
    input: Omit<NotifyInput, 'recipients'>,
    options: { readonly except?: readonly string[] } = {},
  ): Promise<string[]> {
    const organisations = [...new Set(organisationIds)].filter(isUuid);
    if (organisations.length === 0 || roles.length === 0) return [];
    // Who is to hear of a change is the platform's own question, whoever caused it.
    const rows = await this.da
      .visible(SYSTEM, MembershipEntity, 'm', em)
      .select('DISTINCT m.user_id', 'user_id')
      .andWhere('m.organisation_id IN (:...organisations)', { organisations })
      .andWhere('m.roles && ARRAY[:...roles]::membership_role[]', { roles: [...roles] })
      .getRawMany<{ user_id: string }>();
    const except = new Set(options.except ?? []);
    return this.notify(em, {
      ...input,
      recipients: rows.map((r) => r.user_id).filter((id) => !except.has(id)),
    });
  }

  /** Puts an e-mail in the outbox, in `em`'s transaction; returns its Message-ID. */
  async enqueueEmail(em: EntityManager, input: EmailInput): Promise<string> {
    const [messageId] = await this.insertEmails(em, [input]);
    return messageId;
  }

  private async insertEmails(em: EntityManager, emails: readonly EmailInput[]): Promise<string[]> {
    const rows = emails.map((e) => ({
      kind: e.kind,
      toAddress: e.to,
      locale: e.locale,
      subject: e.subject,
      text: `${e.text}\n\n-- \n${message('email.footer', e.locale)}\n`,
      notificationId: e.notificationId ?? null,
      messageId: `<${randomUUID()}@${this.config.mail.messageIdDomain}>`,
    }));
    for (const batch of batches(rows))
      await em.createQueryBuilder().insert().into(OutboxEmailEntity).values(batch).execute();
    return rows.map((r) => r.messageId);
  }

  absoluteUrl(path: string): string {
    const base = this.config.publicUrl ?? `http://localhost:${this.config.port || 3000}`;
    return `${base}${path.startsWith('/') ? '' : '/'}${path}`;
  }

  // ------------------------------------------------------------ the recipient's own

  /** The caller's own notifications, newest first. */
  async list(
    viewer: Viewer,
    args: { unreadOnly?: boolean | null; first?: number | null; after?: string | null },
  ): Promise<Connection<Notification>> {
    const query = this.da.visible(viewer, NotificationEntity, 'n');
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(query, {
      first: args.first,
      after: args.after,
      order: 'DESC',
      keys: [
        { sql: 'n.created_at', type: 'timestamptz', of: (r) => r.createdAt.toISOString() },
        { sql: 'n.id', type: 'uuid', of: (r) => r.id },
      ],
      node: Notification.from,
    });
  }

  /**
   * Marks one of the caller's notifications read (once: the first reading time
   * stays). Someone else's does not exist for the caller. Not audited: it is the
   * reader's own state, not one of the changes DOMAIN.md asks to account for.
   */
  markRead(viewer: Viewer, id: string): Promise<Notification> {
    if (!isUuid(id)) throw notFound();
    return this.dataSource.transaction(async (em) => {
      const row = await this.da
        .visible(viewer, NotificationEntity, 'n', em)
        .andWhere('n.id = :id', { id })
        .getOne();
      if (!row) throw notFound();
      if (!row.readAt) {
        await this.da
          .writer(NotificationEntity, em)
          .updateQuery()
          .set({ readAt: () => 'now()' })
          .where('id = :id AND read_at IS NULL', { id })
          .execute();
        row.readAt = (
          await this.da
            .visible(viewer, NotificationEntity, 'n', em)
            .andWhere('n.id = :id', { id })
            .getOneOrFail()
        ).readAt;
      }
      return Notification.from(row);
    });
  }
}
