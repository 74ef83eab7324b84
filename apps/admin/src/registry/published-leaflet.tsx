// A published privacy leaflet as every reader sees it: the vendor's product page, the agreement
// page and the vendor's page in discovery all show this one component (and query its one
// fragment, RegistryPublishedLeaflet), so a board, an FG and the vendor read the same facts and
// the same flags. Only the heading level and wording depend on where it stands.
import type { RegistryPublishedLeafletFragment } from '@regie/graphql-client';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { LeafletFlags } from './registry-ui';
import './registry.css';

export type HeadingLevel = 2 | 3 | 4 | 5;

export function PublishedLeaflet(props: {
  leaflet: RegistryPublishedLeafletFragment;
  /** The level that fits the outline of the page it stands in. */
  headingLevel: HeadingLevel;
  /** Defaults to "{product}, version {version}": right where several products' leaflets meet. */
  title?: string;
}) {
  const { t, formatDate, formatNumber, formatCountry } = useI18n();
  const { leaflet } = props;
  const headingId = useId();
  const Heading = `h${props.headingLevel}` as const;
  const none = t('registry.leaflet.empty');
  const eea = (inEea: boolean) =>
    inEea ? t('registry.leaflet.inEea') : t('registry.leaflet.outsideEea');
  const list = <T,>(items: readonly T[], key: (item: T) => string, show: (item: T) => ReactNode) =>
    items.length ? (
      <ul className="plain-list">
        {items.map((item) => (
          <li key={key(item)}>{show(item)}</li>
        ))}
      </ul>
    ) : (
      none
    );

  return (
    <article className="registry-leaflet" aria-labelledby={headingId}>
      <Heading id={headingId}>
        {props.title ??
          t('registry.leaflet.heading', {
            product: leaflet.product.name,
            version: formatNumber(leaflet.version),
          })}
      </Heading>
      {leaflet.publishedAt && (
        <p className="muted">
          {t('registry.leaflet.publishedOn', { date: formatDate(leaflet.publishedAt) })}
        </p>
      )}
      <LeafletFlags leaflet={leaflet} />
      <dl className="facts">
        <div>
          <dt>{t('registry.leaflet.purposes')}</dt>
          <dd>
            {list(
              leaflet.purposes,
              (p) => p,
              (p) => p,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('registry.leaflet.dataSubjects')}</dt>
          <dd>
            {list(
              leaflet.dataSubjects,
              (s) => s,
              (s) => t(`dataSubject.${s}`),
            )}
          </dd>
        </div>
        <div>
          <dt>{t('registry.leaflet.dataCategories')}</dt>
          <dd>
            {list(
              leaflet.dataCategories,
              (c) => c,
              (c) => t(`dataCategory.${c}`),
            )}
          </dd>
        </div>
        <div>
          <dt>{t('registry.leaflet.retention')}</dt>
          <dd>
            {list(
              leaflet.retention,
              (r) => r.category,
              (r) => `${t(`dataCategory.${r.category}`)}: ${r.period}`,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('registry.leaflet.locations')}</dt>
          <dd>
            {list(
              leaflet.locations,
              (l) => `${l.country}-${l.activity}`,
              (l) => `${formatCountry(l.country)} (${l.activity}), ${eea(l.inEea)}`,
            )}
          </dd>
        </div>
        <div>
          <dt>{t('registry.leaflet.breachHoursShort')}</dt>
          <dd>
            {t('registry.leaflet.within', {
              hours: leaflet.breachNotificationHours,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('registry.leaflet.contactShort')}</dt>
          <dd>
            {leaflet.privacyContactEmail ? (
              <a href={`mailto:${leaflet.privacyContactEmail}`}>{leaflet.privacyContactEmail}</a>
            ) : (
              none
            )}
          </dd>
        </div>
      </dl>
      {leaflet.subprocessors.length === 0 ? (
        <p>{t('registry.leaflet.noSubprocessors')}</p>
      ) : (
        <table className="table">
          <caption>{t('registry.leaflet.subprocessors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry.leaflet.subName')}</th>
              <th scope="col">{t('registry.leaflet.subService')}</th>
              <th scope="col">{t('registry.leaflet.country')}</th>
              <th scope="col">{t('registry.leaflet.transfer')}</th>
            </tr>
          </thead>
          <tbody>
            {leaflet.subprocessors.map((s) => (
              <tr key={`${s.name}-${s.service}`}>
                <th scope="row">{s.name}</th>
                <td>{s.service}</td>
                <td>
                  {formatCountry(s.country)} ({eea(s.inEea)})
                </td>
                <td>
                  {t(`transferMechanism.${s.transferMechanism}`)}
                  {s.transferWithoutSafeguards && (
                    <>
                      {' '}
                      <span className="registry-flag registry-flag--danger">
                        <span aria-hidden="true">⚠ </span>
                        {t('registry.flag.withoutSafeguards')}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
