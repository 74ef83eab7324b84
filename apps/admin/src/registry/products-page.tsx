// A vendor's own products, a page at a time, each with the version of its published leaflet.
import { RegistryProductsDocument } from '@regie/graphql-client';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { may } from '../auth/permissions';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { useViewer } from '../layout/viewer';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import { useCurrentVendor } from './registry-ui';
import './registry.css';

const pageSize = 25;

export function ProductsPage() {
  const { t, formatDate, formatList } = useI18n();
  const { user } = useViewer();
  const vendor = useCurrentVendor();
  const pager = usePager();
  const context = useMemo(() => ({ additionalTypenames: ['Product', 'PrivacyLeaflet'] }), []);
  const [result, reexecute] = useQuery({
    query: RegistryProductsDocument,
    variables: { vendorId: vendor?.id ?? '', first: pageSize, after: pager.after },
    pause: !vendor,
    context,
  });
  const connection = result.data?.products;

  if (!vendor) {
    return (
      <>
        <PageHeading title={t('registry.products.title')} />
        <p>{t('registry.products.noVendor')}</p>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('registry.products.title')} />
      <p className="lead">{t('registry.products.intro', { organisation: vendor.name })}</p>
      {may(user, 'createProduct', vendor.id) && (
        <p>
          <Link className="button" to="/products/new">
            {t('registry.products.create')}
          </Link>
        </p>
      )}
      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {connection && (
          <>
            <p role="status">{t('registry.products.count', { count: connection.totalCount })}</p>
            {connection.edges.length > 0 && (
              <table className="table">
                <caption className="visually-hidden">{t('registry.products.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('registry.product.name')}</th>
                    <th scope="col">{t('registry.product.category')}</th>
                    <th scope="col">{t('registry.product.sectors')}</th>
                    <th scope="col">{t('registry.products.leaflet')}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">
                        <Link to={`/products/${node.id}`}>{node.name}</Link>
                      </th>
                      <td>{t(`productCategory.${node.category}`)}</td>
                      <td>
                        {formatList(node.sectors.map((s) => t(`sector.${s}`))) || t('value.none')}
                      </td>
                      <td>
                        {node.currentLeaflet
                          ? `${t('registry.products.leafletVersion', {
                              version: node.currentLeaflet.version,
                            })}${
                              node.currentLeaflet.publishedAt
                                ? ` · ${formatDate(node.currentLeaflet.publishedAt)}`
                                : ''
                            }`
                          : t('registry.products.noLeaflet')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
    </>
  );
}
