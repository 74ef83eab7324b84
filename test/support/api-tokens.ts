// Organisation API tokens made directly, as createApiToken stores them (hash only).
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { sha256 } from '../../apps/api/src/auth/secrets';
import { ApiTokenEntity } from '../../apps/api/src/identity/api-token.entity';
import type { TestApp } from './test-app';

export async function issueApiToken(app: TestApp, organisationId: string): Promise<string> {
  const token = `regie_api_${randomBytes(24).toString('base64url')}`;
  await app.running.app
    .get(DataSource)
    .getRepository(ApiTokenEntity)
    .save({ organisationId, name: 'koppeling', tokenHash: sha256(token), createdById: null });
  return token;
}
