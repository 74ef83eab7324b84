// One agreement: where it stands in its lifecycle and whose turn it is, the next steps this
// person may take now, the conversation of the two parties, the exit once it ends, and
// everything that is signed: parties, products, the privacy leaflets in force, deviations, the
// board's review notes, documents, signatures and the vendor's consent it rests on.
import { countUnresolvedDeviations } from '@regie/domain';
import { AgreementsDetailDocument, type AgreementsDetailFragment } from '@regie/graphql-client';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { PublishedLeaflet } from '../registry/published-leaflet';
import { StepOutcome } from '../ui/confirm-dialog';
import { DataState } from '../ui/data-state';
import { agreementActor, offeredActions, offeredForDeviation } from './agreement-actions';
import { Conversation } from './agreement-conversation';
import { ExitSection } from './agreement-exit';
import { Lifecycle, Section, StatusBadge, useCalendarDate } from './agreement-ui';
import { AgreementSteps, Deviations, Documents, ReviewNotes } from './agreement-work';
import { EditTermsForm } from './edit-terms-form';
import { AgreementReviews } from '../reviews/agreement-reviews';
import { waitingWords, waitsFor } from './waiting-on';

export function AgreementPage() {
  const { t } = useI18n();
  const { agreementId = '' } = useParams();
  const [result, reexecute] = useQuery({
    query: AgreementsDetailDocument,
    variables: { id: agreementId },
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const agreement = result.data?.agreement;

  return (
    <>
      {agreement ? (
        <Agreement agreement={agreement} reload={reload} />
      ) : (
        <PageHeading title={t('agreements.list.title')} />
      )}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(result.data)}
        retry={reload}
      >
        {result.data && !agreement && <p>{t('agreements.detail.notFound')}</p>}
      </DataState>
      <p>
        <Link to="/agreements">{t('agreements.detail.back')}</Link>
      </p>
    </>
  );
}

function Agreement({
  agreement,
  reload,
}: {
  agreement: AgreementsDetailFragment;
  reload: () => void;
}) {
  const { t, formatList, formatDateTime, formatNumber } = useI18n();
  const { user, current } = useViewer();
  const day = useCalendarDate();
  const offered = offeredActions(user, agreement, current?.organisation.id);
  const actor = agreementActor(user, agreement, current?.organisation.id);
  const open = countUnresolvedDeviations(agreement.deviations);
  // What the step that led here did (accepting a general offer), said once on arrival.
  const arrived = (useLocation().state as { notice?: string } | null)?.notice;
  const words = waitingWords(agreement.waitingOn, actor?.party);
  const waitingFor = words.length ? formatList(words.map((w) => t(w))) : null;

  return (
    <>
      <PageHeading
        title={t('agreements.detail.title', {
          board: agreement.board.name,
          vendor: agreement.vendor.name,
        })}
      />
      <p>
        {t('agreements.detail.status')}: <StatusBadge status={agreement.status} />{' '}
        <span className="muted">
          {agreement.inForce ? t('agreements.detail.inForce') : t('agreements.detail.notInForce')}
        </span>
      </p>
      {arrived && (
        <StepOutcome>
          <p>{arrived}</p>
        </StepOutcome>
      )}
      <p className="waiting-line">
        <strong>
          {waitingFor
            ? t('agreements.waiting.line', { parties: waitingFor })
            : t('agreements.waiting.nobody')}
        </strong>
      </p>
      <Lifecycle status={agreement.status} source={agreement.source} />

      <Section id="agreement-steps" title={t('agreements.detail.actions')}>
        {offered.has('requestChanges') && open > 0 && (
          <p className="notice notice--info">
            {t('agreements.detail.unresolved', { count: open })}
          </p>
        )}
        <AgreementSteps
          agreement={agreement}
          offered={offered}
          organisationName={
            actor?.party === 'VENDOR' ? agreement.vendor.name : agreement.board.name
          }
          party={actor?.party}
          waitingFor={waitingFor}
          waitsForOwnParty={waitsFor(agreement.waitingOn, actor?.party)}
          mayChooseExit={actor?.party === 'BOARD'}
          reload={reload}
        />
      </Section>

      <ExitSection
        agreement={agreement}
        mayChoose={offered.has('chooseExit')}
        mayConfirm={offered.has('confirmExit')}
        reload={reload}
      />
      <Conversation
        agreement={agreement}
        writesFor={offered.has('postMessage') && actor ? actor.party : null}
        reload={reload}
      />

      <Section id="agreement-parties" title={t('agreements.detail.parties')}>
        <dl className="facts">
          <div>
            <dt>{t('agreements.detail.controller')}</dt>
            <dd>{agreement.board.name}</dd>
          </div>
          <div>
            <dt>{t('agreements.detail.processor')}</dt>
            <dd>{agreement.vendor.name}</dd>
          </div>
          <div>
            <dt>{t('agreements.list.products')}</dt>
            <dd>{formatList(agreement.products.map((p) => p.name))}</dd>
          </div>
          <div>
            <dt>{t('agreements.detail.model')}</dt>
            <dd>
              {agreement.modelName} {agreement.modelVersion}
            </dd>
          </div>
          <div>
            <dt>{t('agreements.detail.source')}</dt>
            <dd>{t(`agreements.source.${agreement.source}`)}</dd>
          </div>
          <div>
            <dt>{t('agreements.detail.validity')}</dt>
            <dd>
              {agreement.validFrom
                ? t('agreements.list.from', { date: day(agreement.validFrom) })
                : t('agreements.detail.validFromOpen')}
              {', '}
              {agreement.validUntil
                ? t('agreements.list.until', { date: day(agreement.validUntil) })
                : t('agreements.detail.validUntilOpen')}
            </dd>
          </div>
          {agreement.terminationDate && (
            <div>
              <dt>{t('agreementStatus.TERMINATED')}</dt>
              <dd>
                {t('agreements.detail.termination', {
                  date: day(agreement.terminationDate),
                  reason: agreement.terminationReason ?? '',
                })}
              </dd>
            </div>
          )}
          {agreement.supersedes && (
            <div>
              <dt>{t('agreements.detail.supersedes')}</dt>
              <dd>
                <Link to={`/agreements/${agreement.supersedes.id}`}>
                  {t(`agreementStatus.${agreement.supersedes.status}`)}
                </Link>
              </dd>
            </div>
          )}
        </dl>
        {offered.has('update') && <EditTermsForm agreement={agreement} reload={reload} />}
      </Section>

      <Section id="agreement-leaflets" title={t('agreements.leaflets.title')}>
        <p className="muted">{t('agreements.leaflets.intro')}</p>
        {agreement.leaflets.length === 0 ? (
          <p>{t('agreements.leaflets.none')}</p>
        ) : (
          agreement.leaflets.map((leaflet) => (
            <PublishedLeaflet key={leaflet.id} leaflet={leaflet} headingLevel={3} />
          ))
        )}
      </Section>

      <Deviations
        agreement={agreement}
        offered={offered}
        reload={reload}
        mayChange={(d) =>
          offeredForDeviation(user, agreement, d, current?.organisation.id).size > 0
        }
      />
      <AgreementReviews agreement={agreement} />
      {actor?.party === 'BOARD' && (
        <ReviewNotes agreement={agreement} offered={offered} reload={reload} />
      )}
      <Documents
        agreement={agreement}
        offered={offered}
        organisationId={actor?.organisationId}
        reload={reload}
      />

      <Section id="agreement-signatures" title={t('agreements.signatures.title')}>
        {agreement.source !== 'DIRECT' && (
          <p className="muted">{t('agreements.signatures.onContent')}</p>
        )}
        {agreement.signatures.length === 0 ? (
          <p>{t('agreements.signatures.none')}</p>
        ) : (
          <ul className="plain-list">
            {agreement.signatures.map((s) => (
              <li key={s.party}>
                {t('agreements.signatures.line', {
                  party: t(`agreements.party.${s.party}`),
                  name: s.signedBy.name,
                  at: formatDateTime(s.signedAt),
                })}
                <br />
                <span className="muted">
                  {t('agreements.signatures.hash')}:{' '}
                  <code className="hash">{s.documentSha256}</code>
                </span>
              </li>
            ))}
          </ul>
        )}
        {agreement.source !== 'DIRECT' && <VendorConsent agreement={agreement} />}
      </Section>

      {agreement.signedDocument && (
        <Section id="agreement-signed-document" title={t('agreements.signedDocument.title')}>
          <p>{t('agreements.signedDocument.intro')}</p>
          <p>
            <a
              className="button button--secondary"
              href={agreement.signedDocument.url}
              download={agreement.signedDocument.filename}
            >
              {t('agreements.signedDocument.download')}
            </a>{' '}
            <span className="muted">
              (
              {t('agreements.documents.size', {
                size: formatNumber(agreement.signedDocument.size / 1024, {
                  maximumFractionDigits: 0,
                }),
              })}
              )
            </span>
          </p>
          <p className="muted">
            {t('agreements.signedDocument.hash')}:{' '}
            <code className="hash">{agreement.signedDocument.sha256}</code>
          </p>
        </Section>
      )}
    </>
  );
}

/**
 * What an offer's or a deal's agreement rests on: the vendor's signature on the offer or the
 * deal, named by its hash (the agreement's signed content names the same hash).
 */
function VendorConsent({ agreement }: { agreement: AgreementsDetailFragment }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const signature =
    agreement.source === 'GENERAL_OFFER'
      ? agreement.generalOffer?.vendorSignature
      : agreement.frameworkDeal?.vendorSignature;
  return (
    <>
      <h3>{t('agreements.consent.title')}</h3>
      {!signature ? (
        <p>{t('agreements.consent.unknown')}</p>
      ) : (
        <p>
          {agreement.source === 'GENERAL_OFFER'
            ? t('agreements.consent.offer', {
                date: formatDate(signature.signedAt),
                name: signature.signedBy.name,
                at: formatDateTime(signature.signedAt),
              })
            : t('agreements.consent.deal', {
                title: agreement.frameworkDeal?.title ?? '',
                name: signature.signedBy.name,
                at: formatDateTime(signature.signedAt),
              })}
          <br />
          <span className="muted">
            {t('agreements.consent.hash')}: <code className="hash">{signature.documentSha256}</code>
          </span>
        </p>
      )}
    </>
  );
}
