// The home-page cards of the subprocessor changes: for a board's FGs and admins the changes
// announced to it whose date has not come (with the last day to object); for a vendor's
// editors and admins the objections to its announced changes.
import { OrganisationKind, Role, SubprocessorChangeStatus } from '@regie/domain';
import { SubprocessorChangesDocument } from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Card, Failed, Loading, type DashboardCard, type DashboardContext } from '../home/card';
import { useI18n } from '../i18n';
import { changePath } from './announce-panel';
import { lastObjectionDay, objectionOpen } from './subprocessor-change-ui';

const shown = 5;

function useAnnounced() {
  // One page is enough for a card; the list page has the rest. Asked again on every visit of
  // the home page: objections come from other organisations, which this browser never hears of.
  const [result] = useQuery({
    query: SubprocessorChangesDocument,
    variables: { status: SubprocessorChangeStatus.ANNOUNCED, first: 25 },
    requestPolicy: 'cache-and-network',
  });
  return result;
}

function BoardChangesCard({ membership }: DashboardContext) {
  const { t, formatDate, formatNumber } = useI18n();
  const result = useAnnounced();
  const changes = result.data?.subprocessorChanges.edges
    .map((e) => e.node)
    .filter((c) => c.product.vendor.id !== membership.organisation.id && objectionOpen(c));
  return (
    <Card
      id="subprocessor-changes"
      title={t('subprocessors.card.boardTitle')}
      figure={changes ? formatNumber(changes.length) : undefined}
      attention={Boolean(changes?.length)}
    >
      {result.error ? (
        <Failed />
      ) : !changes ? (
        <Loading />
      ) : changes.length === 0 ? (
        <p className="card__text">{t('subprocessors.card.boardNone')}</p>
      ) : (
        <>
          <p className="card__text">{t('subprocessors.card.boardText')}</p>
          <ul className="plain-list">
            {changes.slice(0, shown).map((c) => (
              <li key={c.id}>
                <Link to={changePath(c.product.id, c.id)}>{c.product.name}</Link>
                <span className="muted"> · {c.product.vendor.name} · </span>
                {t('subprocessors.card.boardItem', { date: formatDate(c.effectiveOn) })}
                <span className="visually-hidden">
                  {' '}
                  {t('subprocessors.change.lastObjectionDay')}{' '}
                  {formatDate(lastObjectionDay(c.effectiveOn))}
                </span>
              </li>
            ))}
          </ul>
          {changes.length > shown && (
            <p className="card__text">
              {t('subprocessors.card.more', { count: formatNumber(changes.length - shown) })}
            </p>
          )}
        </>
      )}
      <Link to="/subprocessor-changes">{t('subprocessors.card.link')}</Link>
    </Card>
  );
}

function VendorObjectionsCard({ membership }: DashboardContext) {
  const { t, formatDate, formatNumber } = useI18n();
  const result = useAnnounced();
  const changes = result.data?.subprocessorChanges.edges
    .map((e) => e.node)
    .filter((c) => c.product.vendor.id === membership.organisation.id);
  const objections = changes?.reduce((n, c) => n + (c.objectionCount ?? 0), 0);
  return (
    <Card
      id="subprocessor-objections"
      title={t('subprocessors.card.vendorTitle')}
      figure={objections === undefined ? undefined : formatNumber(objections)}
      attention={Boolean(objections)}
    >
      {result.error ? (
        <Failed />
      ) : !changes ? (
        <Loading />
      ) : changes.length === 0 ? (
        <p className="card__text">{t('subprocessors.card.vendorNone')}</p>
      ) : (
        <ul className="plain-list">
          {changes.slice(0, shown).map((c) => (
            <li key={c.id}>
              <Link to={changePath(c.product.id, c.id)}>{c.product.name}</Link>
              <span className="muted">
                {' · '}
                {t('subprocessors.card.vendorItem', {
                  count: c.objectionCount ?? 0,
                  date: formatDate(c.effectiveOn),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/subprocessor-changes">{t('subprocessors.card.link')}</Link>
    </Card>
  );
}

export const subprocessorsCards: readonly DashboardCard[] = [
  {
    id: 'subprocessor-changes',
    appliesTo: ({ membership }) =>
      membership.organisation.kind === OrganisationKind.BOARD &&
      (membership.roles.includes(Role.PRIVACY_OFFICER) || membership.roles.includes(Role.ADMIN)),
    Component: BoardChangesCard,
  },
  {
    id: 'subprocessor-objections',
    appliesTo: ({ membership }) =>
      membership.organisation.kind === OrganisationKind.VENDOR &&
      (membership.roles.includes(Role.VENDOR_EDITOR) || membership.roles.includes(Role.ADMIN)),
    Component: VendorObjectionsCard,
  },
];
