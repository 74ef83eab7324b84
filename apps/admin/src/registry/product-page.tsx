// One product: what it is, its privacy leaflet (current version with its flags, the draft to
// edit and publish, or to announce when it changes subprocessors, every version), what changed
// between two versions, and its announced changes of subprocessors.
import { amsterdamDate } from '@regie/domain';
import {
  ProductSubprocessorChangesDocument,
  RegistryProductDocument,
  RegistryPublishLeafletDocument,
  type RegistryLeafletFragment,
} from '@regie/graphql-client';
import { useId, useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { outcome } from '../api/run-mutation';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { NotFoundPage } from '../not-found-page';
import { ConfirmStep, StepOutcome } from '../ui/confirm-dialog';
import { DataState } from '../ui/data-state';
import { SectorSignalsFigure } from '../signals/sector-signals-figure';
import { AnnouncePanel } from '../subprocessors/announce-panel';
import { ProductChangesSection } from '../subprocessors/product-changes';
import { ProductReviewsSection } from '../reviews/product-reviews';
import { TableFrame } from '../ui/table-frame';
import { diffLeaflets } from './leaflet-diff';
import { LeafletDiffView } from './leaflet-view';
import { PublishedLeaflet } from './published-leaflet';
import { Done, LeafletFlags } from './registry-ui';
import './registry.css';

export function ProductPage() {
  const { t, formatDate, formatList } = useI18n();
  const { user } = useViewer();
  const productId = useParams().productId ?? '';
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [result, reexecute] = useQuery({
    query: RegistryProductDocument,
    variables: { id: productId },
    // The daily job publishes an announced draft without this browser knowing: asked again.
    requestPolicy: 'cache-and-network',
  });
  const [changesResult, reexecuteChanges] = useQuery({
    query: ProductSubprocessorChangesDocument,
    variables: { id: productId },
    // Objections and the daily job change them without this browser knowing: asked again.
    requestPolicy: 'cache-and-network',
  });
  const [, publish] = useMutation(RegistryPublishLeafletDocument);
  const [published, setPublished] = useState<number | null>(null);
  const product = result.data?.product;
  const reload = () => {
    reexecute({ requestPolicy: 'network-only' });
    reexecuteChanges({ requestPolicy: 'network-only' });
  };

  if (result.data && !product) return <NotFoundPage />;
  const leaflets = [...(product?.leaflets ?? [])].sort((a, b) => b.version - a.version);
  const draft = leaflets.find((l) => l.status === 'DRAFT');
  const current = leaflets.find((l) => l.status === 'PUBLISHED');
  const editor = product ? may(user, 'saveLeafletDraft', product.vendor.id) : false;
  const changes = changesResult.data?.product?.subprocessorChanges ?? [];
  // An announced draft is fixed until its date; from then on it may be published.
  const announced = draft
    ? changes.find((c) => c.status === 'ANNOUNCED' && c.leaflet.id === draft.id)
    : undefined;
  const frozen = Boolean(announced && amsterdamDate() < announced.effectiveOn);

  return (
    <>
      <PageHeading title={product?.name ?? t('registry.products.title')} />
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(product)}
        retry={reload}
      >
        {product && (
          <>
            {notice && published === null && <Done>{notice}</Done>}
            <section className="registry-section" aria-labelledby="product-details">
              <h2 id="product-details">{t('registry.product.details')}</h2>
              <dl className="facts">
                <div>
                  <dt>{t('registry.product.vendor')}</dt>
                  <dd>{product.vendor.name}</dd>
                </div>
                <div>
                  <dt>{t('registry.product.category')}</dt>
                  <dd>{t(`productCategory.${product.category}`)}</dd>
                </div>
                <div>
                  <dt>{t('registry.product.description')}</dt>
                  <dd>{product.description ?? t('value.none')}</dd>
                </div>
                <div>
                  <dt>{t('registry.product.sectors')}</dt>
                  <dd>
                    {product.sectors.length
                      ? formatList(product.sectors.map((s) => t(`sector.${s}`)))
                      : t('value.none')}
                  </dd>
                </div>
                <div>
                  <dt>{t('registry.product.dataServices')}</dt>
                  <dd>
                    {product.dataServices.length
                      ? formatList(
                          product.dataServices.map((s) => s.charAt(0) + s.slice(1).toLowerCase()),
                        )
                      : t('value.none')}
                  </dd>
                </div>
              </dl>
              {may(user, 'updateProduct', product.vendor.id) && (
                <p>
                  <Link className="button button--secondary" to={`/products/${product.id}/edit`}>
                    {t('registry.product.edit')}
                  </Link>
                </p>
              )}
            </section>

            {product.sectorSignals && (
              <section className="registry-section" aria-labelledby="signals-title">
                <h2 id="signals-title">{t('signals.title')}</h2>
                <SectorSignalsFigure
                  signals={product.sectorSignals}
                  ownVendor={Boolean(
                    user?.memberships.some((m) => m.organisation.id === product.vendor.id),
                  )}
                />
              </section>
            )}

            <section className="registry-section" aria-labelledby="leaflet-title">
              <h2 id="leaflet-title">{t('registry.leaflet.title')}</h2>
              <StepOutcome>
                {published !== null && (
                  <p>
                    {t('registry.leaflet.published', { version: published, product: product.name })}
                  </p>
                )}
              </StepOutcome>
              {editor && (
                <div className="panel">
                  {draft ? (
                    <>
                      <p>{t('registry.leaflet.draftExists', { version: draft.version })}</p>
                      <LeafletFlags leaflet={draft} />
                      <p className="muted">{t('registry.leaflet.publishNote')}</p>
                      {!frozen && (
                        <div className="registry-actions">
                          {!announced && (
                            <Link
                              className="button button--secondary"
                              to={`/products/${product.id}/leaflet`}
                            >
                              {t('registry.leaflet.editDraft')}
                            </Link>
                          )}
                          <ConfirmStep
                            title={t('registry.leaflet.publishConfirmTitle')}
                            binding={t('registry.leaflet.publishBinding', {
                              vendor: product.vendor.name,
                              version: draft.version,
                              product: product.name,
                            })}
                            details={t('registry.leaflet.publishDetails')}
                            confirmLabel={t('registry.leaflet.publishYes', {
                              version: draft.version,
                              vendor: product.vendor.name,
                            })}
                            busyLabel={t('registry.leaflet.publishing')}
                            run={async () => {
                              const answer = await outcome(publish({ id: draft.id }));
                              if (answer.ok) setPublished(answer.data.publishLeaflet.version);
                              return answer;
                            }}
                            onDone={reload}
                            onReload={reload}
                          >
                            {t('registry.leaflet.publish', { version: draft.version })}
                          </ConfirmStep>
                        </div>
                      )}
                      <AnnouncePanel
                        product={product}
                        draft={draft}
                        current={current}
                        announced={announced}
                      />
                    </>
                  ) : (
                    <Link className="button" to={`/products/${product.id}/leaflet`}>
                      {t('registry.leaflet.startDraft')}
                    </Link>
                  )}
                </div>
              )}
              {current ? (
                <PublishedLeaflet
                  leaflet={current}
                  headingLevel={3}
                  title={t('registry.leaflet.current', { version: current.version })}
                />
              ) : (
                <p>{t('registry.leaflet.none')}</p>
              )}

              {leaflets.length > 0 && (
                <>
                  <h3>{t('registry.leaflet.versions')}</h3>
                  <TableFrame label={t('registry.leaflet.versions')}>
                    <table className="table">
                      <caption className="visually-hidden">
                        {t('registry.leaflet.versions')}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('registry.leaflet.version')}</th>
                          <th scope="col">{t('registry.leaflet.status')}</th>
                          <th scope="col">{t('registry.leaflet.publishedAt')}</th>
                          <th scope="col">{t('registry.flags.label')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {leaflets.map((l) => (
                          <tr key={l.id}>
                            <th scope="row">{l.version}</th>
                            <td>{t(`registry.leafletStatus.${l.status}`)}</td>
                            <td>{l.publishedAt ? formatDate(l.publishedAt) : t('value.none')}</td>
                            <td>
                              <LeafletFlags leaflet={l} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableFrame>
                </>
              )}
            </section>

            <ProductChangesSection productId={product.id} changes={changes} />

            <ProductReviewsSection product={product} />

            <section className="registry-section" aria-labelledby="diff-title">
              <h2 id="diff-title">{t('registry.diff.title')}</h2>
              <VersionDiff
                key={leaflets.map((l) => `${l.id}${l.status}`).join()}
                leaflets={leaflets}
              />
            </section>
          </>
        )}
      </DataState>
    </>
  );
}

type Leaflet = RegistryLeafletFragment;

function VersionDiff({ leaflets }: { leaflets: readonly Leaflet[] }) {
  const { t } = useI18n();
  const id = useId();
  const published = leaflets.filter((l) => l.status === 'PUBLISHED');
  // By default the newest published version against the one before it (or the draft, when
  // there is only one published version).
  const defaultTo = published.length >= 2 ? published[0] : leaflets[0];
  const defaultFrom = leaflets.find((l) => l.version < (defaultTo?.version ?? 0));
  const [fromId, setFromId] = useState(defaultFrom?.id ?? '');
  const [toId, setToId] = useState(defaultTo?.id ?? '');
  const from = leaflets.find((l) => l.id === fromId);
  const to = leaflets.find((l) => l.id === toId);
  const diff = useMemo(() => (from && to ? diffLeaflets(from, to) : null), [from, to]);

  if (leaflets.length < 2) return <p>{t('registry.diff.needTwo')}</p>;
  const option = (l: Leaflet) => (
    <option key={l.id} value={l.id}>
      {t('registry.diff.versionOption', {
        version: l.version,
        status: t(`registry.leafletStatus.${l.status}`).toLowerCase(),
      })}
    </option>
  );
  return (
    <>
      <p>{t('registry.diff.intro')}</p>
      <div className="registry-diff__controls">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-from`}>
            {t('registry.diff.from')}
          </label>
          <select
            id={`${id}-from`}
            className="field__input"
            value={fromId}
            onChange={(event) => setFromId(event.target.value)}
          >
            {leaflets.map(option)}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-to`}>
            {t('registry.diff.to')}
          </label>
          <select
            id={`${id}-to`}
            className="field__input"
            value={toId}
            onChange={(event) => setToId(event.target.value)}
          >
            {leaflets.map(option)}
          </select>
        </div>
      </div>
      {diff && from && to && <LeafletDiffView diff={diff} from={from.version} to={to.version} />}
    </>
  );
}
