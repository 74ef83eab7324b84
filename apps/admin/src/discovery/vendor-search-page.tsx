// Everyone signed in: vendors found by every VendorFilter field, with their products; products
// are picked for comparison with a checkbox. Filters and picks live in the URL (shareable,
// survive a reload); the results page through the API's cursors.
import { AttestationType, ProductCategory, Sector } from '@regie/domain';
import { DiscoveryVendorsDocument } from '@regie/graphql-client';
import { useId, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useI18n } from '../i18n';
import { PageHeading } from '../layout/page-heading';
import { DataState } from '../ui/data-state';
import { usePager } from '../ui/pager';
import { Pagination } from '../ui/pagination';
import './discovery.css';
import {
  emptySearch,
  MAX_COMPARED,
  readPicked,
  readStandard,
  readVendorSearch,
  toVendorFilter,
  togglePicked,
  writeVendorSearch,
  type VendorSearch,
} from './vendor-search-params';

const pageSize = 10;

export function VendorSearchPage() {
  const { t, formatNumber, formatList, formatCountry } = useI18n();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => readVendorSearch(params), [params]);
  const picked = useMemo(() => readPicked(params), [params]);
  // Not chosen here: carried along so that comparing again keeps the comparison's standard.
  const standard = readStandard(params);
  const filter = useMemo(() => toVendorFilter(search), [search]);
  const pager = usePager();
  const [result, reexecute] = useQuery({
    query: DiscoveryVendorsDocument,
    variables: { filter, first: pageSize, after: pager.after },
  });
  const connection = result.data?.vendors;

  const apply = (next: VendorSearch) => {
    pager.restart();
    setParams(writeVendorSearch(next, picked, standard));
  };
  const pick = (productId: string, on: boolean) =>
    setParams(writeVendorSearch(search, togglePicked(picked, productId, on), standard), {
      replace: true,
    });
  const full = picked.length >= MAX_COMPARED;

  return (
    <>
      <PageHeading title={t('discovery.search.title')} />
      <p className="lead">{t('discovery.search.lead')}</p>
      <VendorFilterForm search={search} onApply={apply} />

      <section className="discovery-pick panel" aria-labelledby="discovery-pick-title">
        <h2 id="discovery-pick-title">{t('discovery.pick.title')}</h2>
        <p role="status">
          {picked.length === 0
            ? t('discovery.pick.none', { max: formatNumber(MAX_COMPARED) })
            : full
              ? t('discovery.pick.full', { max: formatNumber(MAX_COMPARED) })
              : t('discovery.pick.count', {
                  count: formatNumber(picked.length),
                  max: formatNumber(MAX_COMPARED),
                })}
        </p>
        {picked.length > 0 && (
          <div className="discovery-pick__actions">
            {picked.length >= 2 ? (
              <Link
                className="button"
                to={`/vendors/compare?${writeVendorSearch(search, picked, standard).toString()}`}
              >
                {t('discovery.pick.compare', { count: picked.length })}
              </Link>
            ) : (
              <p className="muted">{t('discovery.pick.tooFew')}</p>
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setParams(writeVendorSearch(search, [], standard), { replace: true })}
            >
              {t('discovery.pick.clear')}
            </button>
          </div>
        )}
      </section>

      <DataState
        fetching={result.fetching}
        error={result.error}
        hasData={Boolean(connection)}
        retry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {connection && (
          <>
            <h2 className="discovery-results__count" role="status">
              {t('discovery.search.count', { count: connection.totalCount })}
            </h2>
            {connection.edges.length === 0 && <p>{t('discovery.search.none')}</p>}
            <ul className="plain-list discovery-results">
              {connection.edges.map(({ node: vendor }) => (
                <li key={vendor.id} className="discovery-vendor panel">
                  <h3 className="discovery-vendor__name">
                    <Link to={`/vendors/${vendor.id}`}>{vendor.name}</Link>
                    <span className="muted"> · {formatCountry(vendor.country)}</span>
                  </h3>
                  {vendor.products.length === 0 ? (
                    <p className="muted">{t('discovery.search.noProducts')}</p>
                  ) : (
                    <fieldset className="discovery-vendor__products">
                      <legend className="visually-hidden">
                        {t('discovery.search.products', { vendor: vendor.name })}
                      </legend>
                      {vendor.products.map((product) => {
                        const checked = picked.includes(product.id);
                        return (
                          <div key={product.id} className="discovery-product">
                            <label className="checkbox">
                              <input
                                type="checkbox"
                                checked={checked}
                                // Never disabled (that would drop the focus); a pick too many is
                                // refused and the status above says why.
                                aria-describedby={
                                  !checked && full ? 'discovery-pick-title' : undefined
                                }
                                onChange={(event) => pick(product.id, event.target.checked)}
                              />
                              <span className="visually-hidden">
                                {t('discovery.search.pick', { product: product.name })}
                              </span>
                              <span aria-hidden="true" className="discovery-product__name">
                                {product.name}
                              </span>
                            </label>
                            <p className="discovery-product__meta">
                              {t(`productCategory.${product.category}`)}
                              {product.sectors.length > 0 &&
                                ` · ${formatList(product.sectors.map((s) => t(`sector.${s}`)))}`}
                            </p>
                            {product.description && (
                              <p className="discovery-product__description">
                                {product.description}
                              </p>
                            )}
                          </div>
                        );
                      })}
                    </fieldset>
                  )}
                </li>
              ))}
            </ul>
            <Pagination pager={pager} pageSize={pageSize} connection={connection} />
          </>
        )}
      </DataState>
    </>
  );
}

/** Every VendorFilter field; applied on submit, so each search is one entry in the history. */
function VendorFilterForm(props: { search: VendorSearch; onApply(next: VendorSearch): void }) {
  const { t } = useI18n();
  const id = useId();
  const { search } = props;
  // Re-created when the URL changes (back/forward), so the fields show the search in force.
  const key = JSON.stringify(search);
  const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
  const fromYesNo = (value: FormDataEntryValue | null) =>
    value === 'yes' ? true : value === 'no' ? false : null;

  const select = (
    name: string,
    label: string,
    value: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <select id={`${id}-${name}`} className="field__input" name={name} defaultValue={value}>
        <option value="">{t('discovery.search.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      key={key}
      className="filters discovery-filters"
      role="search"
      aria-label={t('discovery.search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const text = String(data.get('search') ?? '').trim();
        const params = new URLSearchParams();
        for (const name of ['category', 'sector', 'attestationType'] as const) {
          const value = String(data.get(name) ?? '');
          if (value) params.set(name, value);
        }
        // The URL parser decides what a valid filter value is, for the form as for a link.
        const parsed = readVendorSearch(params);
        props.onApply({
          ...parsed,
          search: text,
          dataOnlyInEea: fromYesNo(data.get('dataOnlyInEea')),
          hasPublishedDeal: fromYesNo(data.get('hasPublishedDeal')),
        });
      }}
    >
      <div className="field discovery-filters__text">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('discovery.search.text')}
        </label>
        <p id={`${id}-search-hint`} className="field__hint">
          {t('discovery.search.textHint')}
        </p>
        <input
          id={`${id}-search`}
          className="field__input"
          type="search"
          name="search"
          aria-describedby={`${id}-search-hint`}
          defaultValue={search.search}
        />
      </div>
      {select(
        'category',
        t('discovery.search.category'),
        search.category ?? '',
        Object.values(ProductCategory).map((c) => ({
          value: c,
          label: t(`productCategory.${c}`),
        })),
      )}
      {select(
        'sector',
        t('discovery.search.sector'),
        search.sector ?? '',
        Object.values(Sector).map((s) => ({ value: s, label: t(`sector.${s}`) })),
      )}
      {select(
        'attestationType',
        t('discovery.search.attestationType'),
        search.attestationType ?? '',
        Object.values(AttestationType).map((a) => ({
          value: a,
          label: t(`attestationType.${a}`),
        })),
      )}
      {select('dataOnlyInEea', t('discovery.search.dataOnlyInEea'), yesNo(search.dataOnlyInEea), [
        { value: 'yes', label: t('discovery.search.dataOnlyInEea.yes') },
        { value: 'no', label: t('discovery.search.dataOnlyInEea.no') },
      ])}
      {select(
        'hasPublishedDeal',
        t('discovery.search.hasPublishedDeal'),
        yesNo(search.hasPublishedDeal),
        [
          { value: 'yes', label: t('discovery.search.hasPublishedDeal.yes') },
          { value: 'no', label: t('discovery.search.hasPublishedDeal.no') },
        ],
      )}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('discovery.search.apply')}
        </button>{' '}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => props.onApply(emptySearch)}
        >
          {t('discovery.search.clear')}
        </button>
      </div>
    </form>
  );
}
