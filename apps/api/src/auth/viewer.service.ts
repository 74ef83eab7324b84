import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Locale, OrganisationKind, Role } from '@regie/domain';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { DataAccess, SYSTEM } from '../data-access';
import { userWithMemberships } from '../data-access/queries/authentication.queries';
import { DATABASE, type Database } from '../database/database';
import { ApiTokenEntity } from '../identity/api-token.entity';
import { AccessTokensService } from './access-tokens.service';
import { sha256 } from './secrets';
import type { Viewer } from './viewer';

export type Authentication = { viewer: Viewer | null; invalid: boolean };

const API_TOKEN_PREFIX = 'regie_api_';
/** lastUsedAt is kept to the minute: a write per request would be waste. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** What the migration viewer-changes NOTIFYs: a person's id, or '*' for everyone. */
export const VIEWER_CHANNEL = 'regie_viewer';
/** People whose viewer a process keeps; the least recently seen go first. */
const KEPT_VIEWERS = 10_000;
/** A kept viewer is read again after this long even without notice: a safety net only. */
const KEPT_VIEWER_MS = 5 * 60_000;

@Injectable()
export class ViewerService implements OnModuleInit {
  private readonly cache = new WeakMap<Request, Promise<Authentication>>();
  /**
   * Signed-in people as last read, so that a request costs no statement for its sign-in.
   * A change to a person's memberships, roles, name or language, to an organisation's
   * kind, or the person's removal is NOTIFYed by the database when it commits (triggers
   * of the migration viewer-changes), to every API process, which forgets the person.
   * Used only while notifications arrive; a read that a notice overtook is not kept.
   */
  private readonly kept = new Map<string, { viewer: Viewer; at: number }>();
  private listening = false;
  private generation = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokensService,
    @Inject(DATABASE) private readonly database: Database,
    private readonly da: DataAccess,
  ) {}

  onModuleInit(): void {
    this.database.listen(VIEWER_CHANNEL, {
      message: (userId) => this.forget(userId),
      state: (listening) => {
        this.forget('*');
        this.listening = listening;
      },
    });
  }

  /**
   * Forgets a person at once. The process that changed their memberships calls it after the
   * commit, so that its own very next request reads them anew without waiting for the NOTIFY
   * (which tells the other processes, a moment later).
   */
  forget(userId: string): void {
    this.generation += 1;
    if (userId === '*') this.kept.clear();
    else this.kept.delete(userId);
  }

  /** Who the request's bearer token names; resolved once per request. */
  authenticate(req: Request): Promise<Authentication> {
    let found = this.cache.get(req);
    if (!found) {
      found = this.resolve(req.headers.authorization);
      this.cache.set(req, found);
    }
    return found;
  }

  private async resolve(header: string | undefined): Promise<Authentication> {
    if (!header) return { viewer: null, invalid: false };
    const token = bearerToken(header);
    if (!token) return { viewer: null, invalid: true };
    const viewer = token.startsWith(API_TOKEN_PREFIX)
      ? await this.fromApiToken(token)
      : await this.fromAccessToken(token);
    return { viewer, invalid: viewer === null };
  }

  /** The person and their memberships: kept while nothing about them changes. */
  async forUser(userId: string): Promise<Viewer | null> {
    const kept = this.listening ? this.kept.get(userId) : undefined;
    if (kept && Date.now() - kept.at < KEPT_VIEWER_MS) {
      this.kept.delete(userId);
      this.kept.set(userId, kept);
      return kept.viewer;
    }
    const generation = this.generation;
    const viewer = await this.readUser(userId);
    if (viewer && this.listening && generation === this.generation) {
      this.kept.set(userId, { viewer, at: Date.now() });
      if (this.kept.size > KEPT_VIEWERS) this.kept.delete(this.kept.keys().next().value!);
    }
    return viewer;
  }

  /** The person and their memberships, in one statement. */
  private async readUser(userId: string): Promise<Viewer | null> {
    const rows = await userWithMemberships(this.dataSource, userId);
    if (rows.length === 0) return null;
    const [user] = rows;
    return {
      kind: 'user',
      userId: user.id,
      apiTokenId: null,
      name: user.name,
      locale: user.locale as Locale,
      memberships: rows
        .filter((r) => r.organisation_id !== null)
        .map((r) => ({
          organisationId: r.organisation_id!,
          kind: r.kind as OrganisationKind,
          roles: parseRoles(r.roles!),
        })),
    };
  }

  private async fromAccessToken(token: string): Promise<Viewer | null> {
    const userId = await this.accessTokens.verify(token);
    return userId ? this.forUser(userId) : null;
  }

  private async fromApiToken(token: string): Promise<Viewer | null> {
    // The token is the authority: which organisation's it is, is read for no one.
    const row = await this.da
      .visible(SYSTEM, ApiTokenEntity, 't')
      .innerJoinAndSelect('t.organisation', 'o')
      .andWhere('t.token_hash = :hash AND t.revoked_at IS NULL', { hash: sha256(token) })
      .getOne();
    if (!row?.organisation) return null;
    const now = Date.now();
    if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.da.writer(ApiTokenEntity).update({ id: row.id }, { lastUsedAt: new Date(now) });
    }
    return {
      kind: 'apiToken',
      userId: null,
      apiTokenId: row.id,
      name: row.name,
      locale: Locale.NL,
      memberships: [
        { organisationId: row.organisationId, kind: row.organisation.kind, roles: [Role.VIEWER] },
      ],
    };
  }
}

/** PostgreSQL's text form of an enum array: {ADMIN,VIEWER}. */
function parseRoles(text: string): Role[] {
  return text
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean) as Role[];
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  return (header && /^Bearer\s+(\S+)$/i.exec(header)?.[1]) || null;
}
