// The home-page cards of the security advisories: for a board's security contact, FG or admin,
// the advisories still awaiting the board's answer; for a sector body's CERT, its advisories
// that some affected board has not answered yet, each with how many have.
import { OrganisationKind, Role } from '@regie/domain';
import { AdvisoriesListDocument } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Card, Failed, Loading, type DashboardCard, type DashboardContext } from '../home/card';
import { useI18n } from '../i18n';
import { ANSWERING_ROLES, AnsweredOf, mayPublish, SeverityText } from './advisory-ui';
import './advisories.css';

const shown = 5;

function BoardAdvisoriesCard({ membership }: DashboardContext) {
  const { t, formatNumber } = useI18n();
  const boardId = membership.organisation.id;
  const [result] = useQuery({
    query: AdvisoriesListDocument,
    variables: { boardId, awaitingAnswer: true, first: shown },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.advisories;
  const total = connection?.totalCount;
  return (
    <Card
      id="advisories-board"
      title={t('advisories.card.boardTitle')}
      figure={total === undefined ? undefined : formatNumber(total)}
      attention={Boolean(total)}
    >
      {result.error ? (
        <Failed />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <p className="card__text">{t('advisories.card.boardNone')}</p>
      ) : (
        <>
          <p className="card__text">{t('advisories.card.boardText')}</p>
          <ul className="plain-list advisories-card__list">
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/advisories/${node.id}`}>{node.title}</Link>
                <span className="muted">
                  {' · '}
                  <SeverityText severity={node.severity} />
                  {' · '}
                  {node.publisher.name}
                </span>
              </li>
            ))}
          </ul>
          {connection.totalCount > shown && (
            <p className="card__text">
              {t('advisories.card.more', { count: formatNumber(connection.totalCount - shown) })}
            </p>
          )}
        </>
      )}
      <Link to="/advisories">{t('advisories.card.link')}</Link>
    </Card>
  );
}

function CertAdvisoriesCard({ user, membership }: DashboardContext) {
  const { t, formatNumber } = useI18n();
  const publisherId = membership.organisation.id;
  const [result] = useQuery({
    query: AdvisoriesListDocument,
    variables: { publisherId, awaitingAnswer: true, first: shown },
    requestPolicy: 'cache-and-network',
  });
  const connection = result.data?.advisories;
  const total = connection?.totalCount;
  const publisher = mayPublish({ user, membership });
  return (
    <Card
      id="advisories-cert"
      title={t('advisories.card.certTitle')}
      figure={total === undefined ? undefined : formatNumber(total)}
      attention={Boolean(total)}
    >
      {result.error ? (
        <Failed />
      ) : !connection ? (
        <Loading />
      ) : connection.edges.length === 0 ? (
        <p className="card__text">{t('advisories.card.certNone')}</p>
      ) : (
        <>
          <p className="card__text">{t('advisories.card.certText')}</p>
          <ul className="plain-list advisories-card__list">
            {connection.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/advisories/${node.id}`}>{node.title}</Link>
                <span className="muted">
                  {' · '}
                  <AnsweredOf
                    answered={node.respondedCount ?? null}
                    total={node.affectedBoardCount ?? null}
                  />
                </span>
              </li>
            ))}
          </ul>
          {connection.totalCount > shown && (
            <p className="card__text">
              {t('advisories.card.more', { count: formatNumber(connection.totalCount - shown) })}
            </p>
          )}
        </>
      )}
      <Link to="/advisories">{t('advisories.card.link')}</Link>
      {publisher && <Link to="/advisories/new">{t('advisories.list.publish')}</Link>}
      {publisher && <Link to="/advisories/import">{t('advisories.list.import')}</Link>}
    </Card>
  );
}

export const advisoriesCards: readonly DashboardCard[] = [
  {
    id: 'advisories-board',
    appliesTo: ({ membership }) =>
      membership.organisation.kind === OrganisationKind.BOARD &&
      membership.roles.some((role) => ANSWERING_ROLES.includes(role as Role)),
    Component: BoardAdvisoriesCard,
  },
  {
    id: 'advisories-cert',
    appliesTo: ({ membership }) =>
      membership.organisation.kind === OrganisationKind.SECTOR_BODY &&
      membership.roles.includes(Role.CERT),
    Component: CertAdvisoriesCard,
  },
];
