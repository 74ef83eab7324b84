import type { InvitationRowFragment } from '@regie/graphql-client';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

type Row = Pick<InvitationRowFragment, 'acceptedAt' | 'revokedAt' | 'expiresAt'>;

export function invitationStatus(row: Row, now = Date.now()): InvitationStatus {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (Date.parse(row.expiresAt) <= now) return 'expired';
  return 'pending';
}

export const isPending = (row: Row, now = Date.now()) => invitationStatus(row, now) === 'pending';
