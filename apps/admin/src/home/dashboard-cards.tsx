// The cards of the home page: "what needs attention", per role. Each card says for whom it is
// and reads only real data. The organisation's own cards are here; each area of work lists its
// cards in its own dashboard-cards.tsx.
import {
  ApiTokensDocument,
  InvitationsDocument,
  MembersDocument,
  OrganisationCountDocument,
} from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { isPlatformAdmin, may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { registryCards } from '../registry/dashboard-cards';
import { agreementsCards } from '../agreements/dashboard-cards';
import { procurementCards } from '../procurement/dashboard-cards';
import { discoveryCards } from '../discovery/dashboard-cards';
import { incidentsCards } from '../incidents/dashboard-cards';
import { advisoriesCards } from '../advisories/dashboard-cards';
import { subprocessorsCards } from '../subprocessors/dashboard-cards';
import { Card, Failed, Loading, type DashboardCard, type DashboardContext } from './card';
import { isPending } from '../organisation/invitation-status';

function PendingInvitationsCard({ membership }: DashboardContext) {
  const { t, formatNumber } = useI18n();
  const organisationId = membership.organisation.id;
  const [result] = useQuery({ query: InvitationsDocument, variables: { organisationId } });
  const pending = result.data?.invitations.filter((i) => isPending(i)).length;
  return (
    <Card
      id="invitations"
      title={t('dashboard.invitations.title')}
      figure={pending === undefined ? undefined : formatNumber(pending)}
      attention={Boolean(pending)}
    >
      {result.error ? (
        <Failed />
      ) : pending === undefined ? (
        <Loading />
      ) : (
        <p className="card__text">
          {pending ? t('dashboard.invitations.pending') : t('dashboard.invitations.none')}
        </p>
      )}
      <Link to={`/organisations/${organisationId}/invitations`}>
        {t('dashboard.invitations.link')}
      </Link>
    </Card>
  );
}

function MembersCard({ membership }: DashboardContext) {
  const { t, formatNumber } = useI18n();
  const organisationId = membership.organisation.id;
  const [result] = useQuery({ query: MembersDocument, variables: { organisationId } });
  const count = result.data?.members.length;
  return (
    <Card
      id="members"
      title={t('dashboard.members.title')}
      figure={count === undefined ? undefined : formatNumber(count)}
    >
      {result.error ? (
        <Failed />
      ) : count === undefined ? (
        <Loading />
      ) : (
        <p className="card__text">
          {t('dashboard.members.text', { organisation: membership.organisation.name })}
        </p>
      )}
      <Link to={`/organisations/${organisationId}/members`}>{t('dashboard.members.link')}</Link>
    </Card>
  );
}

function ApiTokensCard({ membership }: DashboardContext) {
  const { t, formatNumber, formatDateTime } = useI18n();
  const organisationId = membership.organisation.id;
  const [result] = useQuery({ query: ApiTokensDocument, variables: { organisationId } });
  const active = result.data?.apiTokens.filter((token) => !token.revokedAt);
  const lastUsed = active
    ?.map((token) => token.lastUsedAt)
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1);
  return (
    <Card
      id="api-tokens"
      title={t('dashboard.apiTokens.title')}
      figure={active ? formatNumber(active.length) : undefined}
    >
      {result.error ? (
        <Failed />
      ) : !active ? (
        <Loading />
      ) : (
        <p className="card__text">
          {lastUsed
            ? t('dashboard.apiTokens.lastUsed', { at: formatDateTime(lastUsed) })
            : t('dashboard.apiTokens.neverUsed')}
        </p>
      )}
      <Link to={`/organisations/${organisationId}/api-tokens`}>
        {t('dashboard.apiTokens.link')}
      </Link>
    </Card>
  );
}

function OrganisationsCard() {
  const { t, formatNumber } = useI18n();
  const [boards] = useQuery({ query: OrganisationCountDocument, variables: { kind: 'BOARD' } });
  const [vendors] = useQuery({ query: OrganisationCountDocument, variables: { kind: 'VENDOR' } });
  const [all] = useQuery({ query: OrganisationCountDocument, variables: {} });
  const total = all.data?.organisations.totalCount;
  return (
    <Card
      id="organisations"
      title={t('dashboard.organisations.title')}
      figure={total === undefined ? undefined : formatNumber(total)}
    >
      {all.error ? (
        <Failed />
      ) : total === undefined ? (
        <Loading />
      ) : (
        <p className="card__text">
          {t('dashboard.organisations.text', {
            boards: boards.data?.organisations.totalCount ?? 0,
            vendors: vendors.data?.organisations.totalCount ?? 0,
          })}
        </p>
      )}
      <Link to="/platform/organisations/new">{t('dashboard.organisations.create')}</Link>
      <Link to="/platform/organisations">{t('dashboard.organisations.link')}</Link>
    </Card>
  );
}

function AuditCard({ membership, user }: DashboardContext) {
  const { t } = useI18n();
  const platform = isPlatformAdmin(user) && membership.organisation.kind === 'PLATFORM';
  return (
    <Card id="audit" title={t('dashboard.audit.title')}>
      <p className="card__text">
        {platform ? t('dashboard.audit.platformText') : t('dashboard.audit.text')}
      </p>
      <Link
        to={platform ? '/platform/audit' : `/organisations/${membership.organisation.id}/audit`}
      >
        {t('dashboard.audit.link')}
      </Link>
    </Card>
  );
}

const inOrganisation = (context: DashboardContext) =>
  context.membership.organisation.kind !== 'PLATFORM';

// The platform's and the organisation's own cards.
const organisationCards: readonly DashboardCard[] = [
  {
    id: 'organisations',
    appliesTo: ({ user, membership }) =>
      membership.organisation.kind === 'PLATFORM' && isPlatformAdmin(user),
    Component: OrganisationsCard,
  },
  {
    id: 'invitations',
    appliesTo: (c) =>
      inOrganisation(c) && may(c.user, 'inviteMember', c.membership.organisation.id),
    Component: PendingInvitationsCard,
  },
  {
    id: 'members',
    appliesTo: (c) => inOrganisation(c),
    Component: MembersCard,
  },
  {
    id: 'api-tokens',
    appliesTo: (c) => inOrganisation(c) && may(c.user, 'apiTokens', c.membership.organisation.id),
    Component: ApiTokensCard,
  },
  {
    id: 'audit',
    appliesTo: (c) => may(c.user, 'auditEvents', c.membership.organisation.id),
    Component: AuditCard,
  },
];

// What needs attention comes first: the areas' cards (agreements to review or sign, incidents
// running against their 72 hours, advisories awaiting answers, expiring attestations, tenders),
// then the organisation's own.
export const dashboardCards: readonly DashboardCard[] = [
  ...agreementsCards,
  ...incidentsCards,
  ...advisoriesCards,
  ...subprocessorsCards,
  ...registryCards,
  ...procurementCards,
  ...discoveryCards,
  ...organisationCards,
];
