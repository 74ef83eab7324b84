// The home-page cards of the incidents area: the open incidents of a board (for its privacy
// officers), each with a bar of its 72-hour window and the time left in words while it runs, or
// of a vendor (which sees no board's clock).
import { IncidentStatus, OrganisationKind, Role } from '@regie/domain';
import { IncidentsListDocument } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { Card, Failed, Loading, type DashboardCard, type DashboardContext } from '../home/card';
import { useI18n } from '../i18n';
import { AuthorityClock } from './authority-clock';
import { concernsOrganisation } from './authority-window';
import './incidents.css';

const shown = 5;

function OpenIncidentsCard({ user, membership }: DashboardContext) {
  const { t, formatNumber } = useI18n();
  const organisation = membership.organisation;
  // One page is enough for a card; the list page has the rest.
  const [result] = useQuery({
    query: IncidentsListDocument,
    variables: { status: IncidentStatus.OPEN, first: 25 },
  });
  const incidents = result.data?.incidents.edges
    .map((e) => e.node)
    .filter((incident) => concernsOrganisation(incident, organisation));
  const mayReport =
    organisation.kind === OrganisationKind.VENDOR && may(user, 'reportIncident', organisation.id);

  return (
    <Card
      id="incidents-open"
      title={t('incidents.card.title')}
      figure={incidents ? formatNumber(incidents.length) : undefined}
      attention={Boolean(incidents?.length)}
    >
      {result.error ? (
        <Failed />
      ) : !incidents ? (
        <Loading />
      ) : incidents.length === 0 ? (
        <p className="card__text">{t('incidents.card.none')}</p>
      ) : (
        <>
          {organisation.kind === OrganisationKind.BOARD && (
            <p className="card__text">{t('incidents.card.text')}</p>
          )}
          <ul className="plain-list incidents-card__list">
            {incidents.slice(0, shown).map((incident) => (
              <li key={incident.id}>
                <Link to={`/incidents/${incident.id}`}>{incident.title}</Link>
                {organisation.kind === OrganisationKind.BOARD && (
                  <span className="muted"> · {incident.vendor.name}</span>
                )}
                {organisation.kind === OrganisationKind.BOARD && (
                  <AuthorityClock incident={incident} organisationId={organisation.id} />
                )}
              </li>
            ))}
          </ul>
          {incidents.length > shown && (
            <p className="card__text">
              {t('incidents.card.more', { count: formatNumber(incidents.length - shown) })}
            </p>
          )}
        </>
      )}
      <Link to="/incidents">{t('incidents.card.link')}</Link>
      {mayReport && <Link to="/incidents/report">{t('incidents.card.report')}</Link>}
    </Card>
  );
}

export const incidentsCards: readonly DashboardCard[] = [
  {
    id: 'incidents-open',
    appliesTo: ({ membership }) =>
      membership.organisation.kind === OrganisationKind.VENDOR ||
      (membership.organisation.kind === OrganisationKind.BOARD &&
        membership.roles.includes(Role.PRIVACY_OFFICER)),
    Component: OpenIncidentsCard,
  },
];
