import { Field, ID, ObjectType } from '@nestjs/graphql';
import { connectionType } from '../common/pagination';
import type { NotificationEntity } from './notification.entity';

@ObjectType({
  description:
    'A message to the signed-in person, in their language: something happened that concerns them.',
})
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'What happened, e.g. MEMBER_JOINED; a client may choose an icon by it.' })
  kind!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A path in the admin app to what the notification is about.',
  })
  link!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Null while unread.' })
  readAt!: Date | null;

  static from(row: NotificationEntity): Notification {
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      link: row.link,
      createdAt: row.createdAt,
      readAt: row.readAt,
    };
  }
}

export const NotificationConnection = connectionType(Notification, 'Notification');
