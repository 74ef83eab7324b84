// Who is working and for which organisation: what a navigation item or a home-page card needs
// to decide whether it applies.
import type { CurrentUserFragment } from '@regie/graphql-client';
import type { MessageKey } from '../i18n';
import type { Membership } from './viewer';

export interface WorkContext {
  readonly user: CurrentUserFragment;
  readonly membership: Membership;
}

/** An entry of the main navigation that an area of work adds. */
export interface NavItem {
  readonly path: string;
  readonly label: MessageKey;
  appliesTo(context: WorkContext): boolean;
}
