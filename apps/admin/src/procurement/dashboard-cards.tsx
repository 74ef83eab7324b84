// The home-page cards of the procurement area: the coming tender deadlines as a time line, the
// bundled demand of open tenders as a chart (sector bodies), the deals a board could join, the
// tenders a vendor can offer in, and the deals a vendor's signatory has yet to accept.
import {
  ProcurementJoinableDealsDocument,
  ProcurementTendersDocument,
  ProcurementVendorDraftsDocument,
  ProcurementVendorProductsDocument,
} from '@regie/graphql-client';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { Card, Failed, Loading, type DashboardCard, type DashboardContext } from '../home/card';
import { useI18n } from '../i18n';
import { Countdown, DemandChart, useEuro, useNow } from './procurement-ui';
import { nextDeadline, timelinePosition } from './tender-view';
import './procurement.css';

/** How far ahead the deadline picture looks. */
const HORIZON_DAYS = 60;

function useOpenTenders() {
  // Tenders are newest first; the open ones of a sector are few, so one page holds them.
  const [result] = useQuery({
    query: ProcurementTendersDocument,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const open = result.data?.tenders.edges
    .map((e) => e.node)
    .filter((node) => node.status === 'OPEN_FOR_INTEREST' || node.status === 'OPEN_FOR_OFFERS');
  return { result, open };
}

function TenderDeadlinesCard({ membership }: DashboardContext) {
  const { t, formatNumber, formatDate } = useI18n();
  const now = useNow();
  const { result, open } = useOpenTenders();
  const own = membership.organisation.kind === 'SECTOR_BODY';
  const upcoming = open
    ?.map((tender) => ({ tender, deadline: nextDeadline(tender)! }))
    .sort((a, b) => a.deadline.at.localeCompare(b.deadline.at))
    .slice(0, 5);
  return (
    <Card
      id="procurement-deadlines"
      title={t('procurement.cards.deadlines.title')}
      figure={open ? formatNumber(open.length) : undefined}
    >
      {result.error ? (
        <Failed />
      ) : !upcoming ? (
        <Loading />
      ) : upcoming.length === 0 ? (
        <p className="card__text">{t('procurement.cards.deadlines.none')}</p>
      ) : (
        <ul className="procurement-timeline">
          {upcoming.map(({ tender, deadline }) => (
            <li key={tender.id} className="procurement-timeline__item">
              <div>
                <Link to={`/procurement/tenders/${tender.id}`}>{tender.title}</Link>
                <br />
                <span className="muted">
                  {t(`procurement.deadline.${deadline.kind}`)}: {formatDate(deadline.at)}
                </span>
                {/* The bar is the picture; the countdown says the same in words. */}
                <div className="procurement-timeline__track" aria-hidden="true">
                  <span
                    className="procurement-timeline__fill"
                    style={{
                      width: `${Math.max(2, timelinePosition(deadline.at, now, HORIZON_DAYS) * 100)}%`,
                    }}
                  />
                </div>
              </div>
              <Countdown deadline={deadline.at} now={now} />
            </li>
          ))}
        </ul>
      )}
      {own && (
        <p className="card__text muted">
          {t('procurement.cards.deadlines.horizon', { days: HORIZON_DAYS })}
        </p>
      )}
      <Link to="/procurement/tenders">{t('procurement.cards.deadlines.link')}</Link>
    </Card>
  );
}

function BundledDemandCard() {
  const { t, formatNumber } = useI18n();
  const { result, open } = useOpenTenders();
  const total = open?.reduce((sum, tender) => sum + tender.totalStudents, 0);
  return (
    <Card
      id="procurement-demand"
      title={t('procurement.cards.demand.title')}
      figure={total === undefined ? undefined : formatNumber(total)}
    >
      {result.error ? (
        <Failed />
      ) : !open ? (
        <Loading />
      ) : open.length === 0 ? (
        <p className="card__text">{t('procurement.cards.demand.none')}</p>
      ) : (
        <>
          <p className="card__text">{t('procurement.cards.demand.text')}</p>
          <DemandChart
            caption={t('procurement.cards.demand.caption')}
            interests={open.map((tender) => ({
              board: { id: tender.id, name: tender.title },
              studentCount: tender.totalStudents,
              schoolCount: tender.interestedBoards,
            }))}
            columns={{
              label: t('procurement.tender.title'),
              second: t('procurement.cards.demand.boards'),
            }}
          />
        </>
      )}
      <Link to="/procurement/tenders">{t('procurement.cards.deadlines.link')}</Link>
    </Card>
  );
}

function JoinableDealsCard({ membership }: DashboardContext) {
  const { t, formatNumber } = useI18n();
  const euro = useEuro();
  const [result] = useQuery({
    query: ProcurementJoinableDealsDocument,
    requestPolicy: 'cache-and-network',
  });
  const boardId = membership.organisation.id;
  const joinable = result.data?.frameworkDeals.edges
    .map((e) => e.node)
    .filter((deal) => !deal.participations.some((p) => p.board.id === boardId));
  return (
    <Card
      id="procurement-joinable"
      title={t('procurement.cards.joinable.title')}
      figure={joinable ? formatNumber(joinable.length) : undefined}
      attention={Boolean(joinable?.length)}
    >
      {result.error ? (
        <Failed />
      ) : !joinable ? (
        <Loading />
      ) : joinable.length === 0 ? (
        <p className="card__text">{t('procurement.cards.joinable.none')}</p>
      ) : (
        <ul className="plain-list">
          {joinable.slice(0, 5).map((deal) => (
            <li key={deal.id}>
              <Link to={`/procurement/deals/${deal.id}`}>{deal.title}</Link>{' '}
              <span className="muted">
                {deal.vendor.name}
                {deal.priceTiers.length > 0 &&
                  ` · ${t('procurement.cards.joinable.from', {
                    price: euro(Math.min(...deal.priceTiers.map((p) => p.pricePerStudentCents))),
                  })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/procurement/deals">{t('procurement.cards.joinable.link')}</Link>
    </Card>
  );
}

function OfferableTendersCard({ membership }: DashboardContext) {
  const { t, formatNumber } = useI18n();
  const now = useNow();
  const [tenders] = useQuery({
    query: ProcurementTendersDocument,
    variables: { status: 'OPEN_FOR_OFFERS', first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const [products] = useQuery({
    query: ProcurementVendorProductsDocument,
    variables: { vendorId: membership.organisation.id },
  });
  const categories = new Set(products.data?.organisation?.products.map((p) => p.category));
  const fitting =
    tenders.data && products.data
      ? tenders.data.tenders.edges
          .map((e) => e.node)
          .filter((tender) => categories.has(tender.category))
      : undefined;
  return (
    <Card
      id="procurement-offerable"
      title={t('procurement.cards.offerable.title')}
      figure={fitting ? formatNumber(fitting.length) : undefined}
      attention={Boolean(fitting?.length)}
    >
      {tenders.error || products.error ? (
        <Failed />
      ) : !fitting ? (
        <Loading />
      ) : fitting.length === 0 ? (
        <p className="card__text">{t('procurement.cards.offerable.none')}</p>
      ) : (
        <ul className="plain-list">
          {fitting.slice(0, 5).map((tender) => (
            <li key={tender.id}>
              <Link to={`/procurement/tenders/${tender.id}`}>{tender.title}</Link>{' '}
              <span className="muted">{t('procurement.deadline.offer')}: </span>
              <Countdown deadline={tender.offerDeadline} now={now} />
            </li>
          ))}
        </ul>
      )}
      <Link to="/procurement/tenders">{t('procurement.cards.deadlines.link')}</Link>
    </Card>
  );
}

function DealsToAcceptCard({ membership }: DashboardContext) {
  const { t, formatNumber } = useI18n();
  const [result] = useQuery({
    query: ProcurementVendorDraftsDocument,
    variables: { vendorId: membership.organisation.id },
    requestPolicy: 'cache-and-network',
  });
  const waiting = result.data?.frameworkDeals.edges
    .map((e) => e.node)
    .filter((deal) => !deal.vendorSignature);
  return (
    <Card
      id="procurement-accept"
      title={t('procurement.cards.accept.title')}
      figure={waiting ? formatNumber(waiting.length) : undefined}
      attention={Boolean(waiting?.length)}
    >
      {result.error ? (
        <Failed />
      ) : !waiting ? (
        <Loading />
      ) : waiting.length === 0 ? (
        <p className="card__text">{t('procurement.cards.accept.none')}</p>
      ) : (
        <ul className="plain-list">
          {waiting.map((deal) => (
            <li key={deal.id}>
              <Link to={`/procurement/deals/${deal.id}`}>{deal.title}</Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const kind = (c: DashboardContext) => c.membership.organisation.kind;

export const procurementCards: readonly DashboardCard[] = [
  {
    id: 'procurement-deadlines',
    appliesTo: (c) =>
      kind(c) === 'SECTOR_BODY' ||
      (kind(c) === 'BOARD' && may(c.user, 'registerInterest', c.membership.organisation.id)),
    Component: TenderDeadlinesCard,
  },
  {
    id: 'procurement-demand',
    appliesTo: (c) => kind(c) === 'SECTOR_BODY',
    Component: BundledDemandCard,
  },
  {
    id: 'procurement-joinable',
    appliesTo: (c) =>
      kind(c) === 'BOARD' &&
      (may(c.user, 'joinFrameworkDeal', c.membership.organisation.id) ||
        may(c.user, 'registerInterest', c.membership.organisation.id)),
    Component: JoinableDealsCard,
  },
  {
    id: 'procurement-offerable',
    appliesTo: (c) =>
      kind(c) === 'VENDOR' && may(c.user, 'submitOffer', c.membership.organisation.id),
    Component: OfferableTendersCard,
  },
  {
    id: 'procurement-accept',
    appliesTo: (c) =>
      kind(c) === 'VENDOR' && may(c.user, 'acceptFrameworkDeal', c.membership.organisation.id),
    Component: DealsToAcceptCard,
  },
];
