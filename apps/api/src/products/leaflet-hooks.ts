// What modules above products add to saving and publishing a leaflet (the changes of
// subprocessors: an announced draft is frozen; a draft that adds or replaces subprocessors
// needs an announcement whose date has come). They register here when they start, so that
// products never imports them (ARCHITECTURE.md: modules depend downward).
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { PrivacyLeafletEntity } from './privacy-leaflet.entity';
import type { ProductEntity } from './product.entity';

export interface LeafletPublication {
  readonly em: EntityManager;
  /** Who publishes; null for the platform's own work (the daily job). */
  readonly viewer: Viewer | null;
  /** Locked for the transaction. */
  readonly product: ProductEntity;
  readonly draft: PrivacyLeafletEntity;
  /** The product's current leaflet before this publication; null before the first. */
  readonly current: PrivacyLeafletEntity | null;
  /** YYYY-MM-DD, Europe/Amsterdam. */
  readonly today: string;
}

export interface LeafletHook {
  /** Throws (an AppError) when the draft may not be saved now. */
  beforeSave?(em: EntityManager, draft: PrivacyLeafletEntity): Promise<void>;
  /** Throws (an AppError) when the draft may not be published now. */
  beforePublish?(publication: LeafletPublication): Promise<void>;
  /** In the publishing transaction, once the draft is the product's current leaflet. */
  afterPublish?(
    publication: LeafletPublication & { published: PrivacyLeafletEntity },
  ): Promise<void>;
}

@Injectable()
export class LeafletHooks {
  private readonly hooks: LeafletHook[] = [];

  register(hook: LeafletHook): void {
    this.hooks.push(hook);
  }

  async beforeSave(em: EntityManager, draft: PrivacyLeafletEntity): Promise<void> {
    for (const hook of this.hooks) await hook.beforeSave?.(em, draft);
  }

  async beforePublish(publication: LeafletPublication): Promise<void> {
    for (const hook of this.hooks) await hook.beforePublish?.(publication);
  }

  async afterPublish(
    publication: LeafletPublication & { published: PrivacyLeafletEntity },
  ): Promise<void> {
    for (const hook of this.hooks) await hook.afterPublish?.(publication);
  }
}
