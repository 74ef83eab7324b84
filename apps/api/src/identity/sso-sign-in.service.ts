// Who a person signing in through the school's identity provider is, here: the
// user with that verified e-mail address, or (for someone invited who has no account
// yet) a new user without password or memberships. Joining an organisation still
// takes the invitation's token: the identity provider vouches for an address, not
// for a place in an organisation.
import { SYSTEM, visibleIn } from '../data-access';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Locale } from '@regie/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { OidcIdentity } from '../auth/oidc-relying-party';
import type { AuthPayload } from './identity.types';
import { SignInService } from './sign-in.service';
import { InvitationEntity } from './invitation.entity';
import { UserEntity } from './user.entity';

/** Why nobody could be signed in; the admin explains each. */
export type SsoRefusal = 'sso_unverified_email' | 'sso_no_account';

export type SsoResult = { ok: true; auth: AuthPayload } | { ok: false; refusal: SsoRefusal };

@Injectable()
export class SsoSignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signIns: SignInService,
    private readonly audit: AuditService,
  ) {}

  signIn(claims: OidcIdentity): Promise<SsoResult> {
    const email = claims.email?.trim().toLowerCase();
    if (!email || !claims.emailVerified) {
      return Promise.resolve({ ok: false, refusal: 'sso_unverified_email' });
    }
    return this.dataSource.transaction(async (em) => {
      const existing = await em.findOneBy(UserEntity, { email });
      if (existing) return { ok: true, auth: await this.signIns.authPayload(em, existing) };

      // Whether anyone invited this verified address: the platform's question, for no one.
      const invited = await visibleIn(em, SYSTEM, InvitationEntity, 'i')
        .andWhere('i.email = :email AND i.accepted_at IS NULL AND i.revoked_at IS NULL', { email })
        .andWhere('i.expires_at > now()')
        .getExists();
      if (!invited) return { ok: false, refusal: 'sso_no_account' };

      const user = await em.save(
        em.create(UserEntity, {
          email,
          name: claims.name?.trim() || email.split('@')[0],
          passwordHash: null,
          locale: Locale.NL,
        }),
      );
      await this.audit.record(em, {
        viewer: null,
        organisationId: null,
        partyIds: [],
        action: 'user.createdBySingleSignOn',
        entityType: 'User',
        entityId: user.id,
        after: { name: user.name, issuer: claims.issuer, subject: claims.subject },
      });
      return { ok: true, auth: await this.signIns.authPayload(em, user) };
    });
  }
}
