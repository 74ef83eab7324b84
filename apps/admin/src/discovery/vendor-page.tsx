// One vendor as everyone signed in sees it: its profile, its products with each one's published
// privacy leaflet (the registry's PublishedLeaflet, flags included), and the security
// attestations the viewer may see.
import { DiscoveryVendorDocument, type DiscoveryVendorQuery } from '@regie/graphql-client';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { PublishedLeaflet } from '../registry/published-leaflet';
import { DataState } from '../ui/data-state';
import './discovery.css';
import { writeVendorSearch, emptySearch } from './vendor-search-params';

type Vendor = NonNullable<DiscoveryVendorQuery['organisation']>;
type VendorProduct = Vendor['products'][number];

export function VendorPage() {
  const { t } = useI18n();
  const { vendorId = '' } = useParams();
  const [result, reexecute] = useQuery({
    query: DiscoveryVendorDocument,
    variables: { id: vendorId },
  });
  const vendor = result.data?.organisation;
  const found = vendor && vendor.kind === 'VENDOR' ? vendor : null;

  return (
    <>
      <PageHeading title={found?.name ?? t('discovery.vendor.title')} />
      <p>
        <Link to="/vendors">{t('discovery.vendor.back')}</Link>
      </p>
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(result.data)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {!found ? <p>{t('discovery.vendor.notFound')}</p> : <VendorDetails vendor={found} />}
      </DataState>
    </>
  );
}

function VendorDetails({ vendor }: { vendor: Vendor }) {
  const { t, formatDate, formatCountry } = useI18n();
  const compareAll = writeVendorSearch(
    emptySearch,
    vendor.products.map((p) => p.id),
  ).toString();
  return (
    <>
      <dl className="facts panel">
        <div>
          <dt>{t('discovery.vendor.country')}</dt>
          <dd>{formatCountry(vendor.country)}</dd>
        </div>
        {vendor.kvkNumber && (
          <div>
            <dt>{t('discovery.vendor.kvk')}</dt>
            <dd>{vendor.kvkNumber}</dd>
          </div>
        )}
        {vendor.website && (
          <div>
            <dt>{t('discovery.vendor.website')}</dt>
            <dd>
              <a href={vendor.website} rel="noreferrer">
                {vendor.website}
              </a>
            </dd>
          </div>
        )}
      </dl>

      <h2>{t('discovery.vendor.products')}</h2>
      {vendor.products.length > 1 && (
        <p>
          <Link to={`/vendors/compare?${compareAll}`}>
            {t('discovery.vendor.compare', { vendor: vendor.name })}
          </Link>
        </p>
      )}
      {vendor.products.map((product) => (
        <ProductSummary key={product.id} product={product} />
      ))}

      <h2>{t('discovery.vendor.attestations')}</h2>
      {vendor.attestations.length === 0 ? (
        <p>{t('discovery.vendor.noAttestations')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('discovery.vendor.attestations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('discovery.vendor.attestationType')}</th>
              <th scope="col">{t('discovery.vendor.issuer')}</th>
              <th scope="col">{t('discovery.vendor.validUntil')}</th>
              <th scope="col">{t('discovery.vendor.validity')}</th>
              <th scope="col">{t('discovery.vendor.verification')}</th>
            </tr>
          </thead>
          <tbody>
            {vendor.attestations.map((a) => (
              <tr key={a.id}>
                <th scope="row">{t(`attestationType.${a.type}`)}</th>
                <td>{a.issuer}</td>
                <td>{formatDate(a.validUntil)}</td>
                <td>
                  {a.validity !== 'VALID' && <span aria-hidden="true">⚠ </span>}
                  {t(`attestationValidity.${a.validity}`)}
                </td>
                <td>{t(`verificationStatus.${a.verification}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function ProductSummary({ product }: { product: VendorProduct }) {
  const { t, formatList, formatNumber } = useI18n();
  const leaflet = product.currentLeaflet;
  const headingId = `product-${product.id}`;
  return (
    <section className="panel discovery-vendor-product" aria-labelledby={headingId}>
      <h3 id={headingId}>{product.name}</h3>
      <p className="muted">
        {t(`productCategory.${product.category}`)}
        {product.sectors.length > 0 &&
          ` · ${formatList(product.sectors.map((s) => t(`sector.${s}`)))}`}
      </p>
      {product.description && <p>{product.description}</p>}
      {leaflet ? (
        // Inside the product's section: the product's name would only repeat its heading.
        <PublishedLeaflet
          leaflet={leaflet}
          headingLevel={4}
          title={t('registry.leaflet.headingInProduct', { version: formatNumber(leaflet.version) })}
        />
      ) : (
        <>
          <h4>{t('discovery.vendor.leaflet')}</h4>
          <p>{t('discovery.vendor.noLeaflet')}</p>
        </>
      )}
    </section>
  );
}
