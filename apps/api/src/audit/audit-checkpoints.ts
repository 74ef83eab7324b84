// Checkpoints of the audit chain's head, signed with a key of the server's, so that a
// checkpoint handed back for verification is recognisable as one this server issued
// (a forged or edited one is refused). The signature proves origin, not that the
// chain was intact when it was taken: verify the chain before exporting one.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ChainPosition } from './audit-chain';

/** The injection token of the AuditCheckpoints in use. */
export const AUDIT_CHECKPOINTS = Symbol('AUDIT_CHECKPOINTS');

export interface SignedPosition extends ChainPosition {
  /** When the checkpoint was taken; milliseconds precision, signed as its ISO 8601 string. */
  readonly at: Date;
}

export class AuditCheckpoints {
  constructor(private readonly key: Buffer) {}

  sign(position: SignedPosition): string {
    return createHmac('sha256', this.key)
      .update(
        `regie:audit-checkpoint:1\n${position.eventCount}\n${position.headHash ?? ''}\n` +
          position.at.toISOString(),
      )
      .digest('base64url');
  }

  /** Whether `signature` is this server's for exactly this position and moment. */
  verify(position: SignedPosition, signature: string): boolean {
    const expected = Buffer.from(this.sign(position));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** The checkpoint-signing key, kept apart from the JWT key it is derived from. */
export function auditCheckpointKey(jwtSecret: string): Buffer {
  return createHmac('sha256', jwtSecret).update('regie:audit-checkpoints').digest();
}
