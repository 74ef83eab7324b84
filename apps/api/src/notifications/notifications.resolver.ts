import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { Notification, NotificationConnection } from './notification.types';
import { NotificationsService } from './notifications.service';

/** The guard lets only a signed-in person through; each sees and marks their own. */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, {
    description: "The signed-in person's notifications, newest first.",
  })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false })
    unreadOnly: boolean,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 25 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.service.list(viewer, { unreadOnly, first, after });
  }

  @Mutation(() => Notification, {
    description: "Marks one of the signed-in person's notifications read; NOT_FOUND for another's.",
  })
  markNotificationRead(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Notification> {
    return this.service.markRead(viewer, id);
  }
}
