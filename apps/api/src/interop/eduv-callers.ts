// Who calls the Edu-V API. Today: an organisation's Regie API token. Edu-V itself
// authenticates with OAuth 2.0 client credentials; an implementation of EduvCallers
// that verifies such a token (issuer, audience, signature) and maps its client id to
// an organisation replaces ApiTokenEduvCallers in InteropModule, and nothing else
// changes: the endpoints only ever see an EduvCaller.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MessageKey, OrganisationKind } from '@regie/domain';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { ViewerService } from '../auth/viewer.service';
import type { Reader } from '../data-access';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** The organisation on whose behalf the request comes, with its identifiers. */
export interface EduvCaller {
  readonly organisationId: string;
  readonly kind: OrganisationKind;
  /** Its OIN: how a supplier is named in Edu-V. */
  readonly oin: string | null;
  /** Its onderwijsbestuursnummer: how a board is named in Edu-V. */
  readonly boardNumber: string | null;
  /** Whom the answer is read for: what the organisation itself may read. */
  readonly reader: Reader;
}

export type EduvIdentification =
  { readonly caller: EduvCaller } | { readonly refused: 401 | 403; readonly key: MessageKey };

export abstract class EduvCallers {
  abstract identify(req: Request): Promise<EduvIdentification>;
}

/**
 * An organisation's API token (`Authorization: Bearer regie_api_…`). A person's
 * access token is refused (403): the Edu-V API is machine to machine, and a
 * person's memberships would make "the caller" ambiguous.
 */
@Injectable()
export class ApiTokenEduvCallers extends EduvCallers {
  constructor(
    private readonly viewers: ViewerService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  async identify(req: Request): Promise<EduvIdentification> {
    const { viewer } = await this.viewers.authenticate(req);
    if (!viewer) return { refused: 401, key: 'error.unauthenticated' };
    if (viewer.kind !== 'apiToken') return { refused: 403, key: 'eduv.apiTokenOnly' };
    const organisation = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOneByOrFail({ id: viewer.memberships[0].organisationId });
    return {
      caller: {
        organisationId: organisation.id,
        kind: organisation.kind,
        oin: organisation.oin,
        boardNumber: organisation.boardNumber,
        reader: viewer,
      },
    };
  }
}
