// The main contents of a privacy leaflet in force: what is processed, of whom, for what, how
// long, by whom and where, with the flags an FG looks for first.
import type { AgreementsLeafletFragment } from '@regie/graphql-client';
import { useI18n } from '../i18n';

export function LeafletSummary({ leaflet }: { leaflet: AgreementsLeafletFragment }) {
  const { t, formatList } = useI18n();
  return (
    <article className="leaflet" aria-labelledby={`leaflet-${leaflet.id}`}>
      <h3 id={`leaflet-${leaflet.id}`}>
        {t('agreements.leaflets.heading', {
          product: leaflet.product.name,
          version: leaflet.version,
        })}
      </h3>
      {leaflet.usesPersonalNumbers && (
        <p className="flag">⚠ {t('agreements.leaflets.personalNumbers')}</p>
      )}
      {leaflet.dataOutsideEea && <p className="flag">⚠ {t('agreements.leaflets.outsideEea')}</p>}
      {leaflet.transferWithoutSafeguards && (
        <p className="flag">⚠ {t('agreements.leaflets.noSafeguards')}</p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('agreements.leaflets.purposes')}</dt>
          <dd>{formatList(leaflet.purposes)}</dd>
        </div>
        <div>
          <dt>{t('agreements.leaflets.subjects')}</dt>
          <dd>{formatList(leaflet.dataSubjects.map((s) => t(`dataSubject.${s}`)))}</dd>
        </div>
        <div>
          <dt>{t('agreements.leaflets.categories')}</dt>
          <dd>{formatList(leaflet.dataCategories.map((c) => t(`dataCategory.${c}`)))}</dd>
        </div>
        <div>
          <dt>{t('agreements.leaflets.retention')}</dt>
          <dd>
            <ul className="plain-list">
              {leaflet.retention.map((r) => (
                <li key={r.category}>
                  {t(`dataCategory.${r.category}`)}: {r.period}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('agreements.leaflets.locations')}</dt>
          <dd>
            {formatList(
              leaflet.locations.map(
                (l) =>
                  `${l.activity}: ${l.country} (${
                    l.inEea ? t('agreements.leaflets.insideEea') : t('agreements.leaflets.outside')
                  })`,
              ),
            )}
          </dd>
        </div>
        <div>
          <dt>{t('agreements.leaflets.breach')}</dt>
          <dd>
            {t('agreements.leaflets.breachHours', { hours: leaflet.breachNotificationHours })}
          </dd>
        </div>
        {leaflet.privacyContactEmail && (
          <div>
            <dt>{t('agreements.leaflets.contact')}</dt>
            <dd>{leaflet.privacyContactEmail}</dd>
          </div>
        )}
      </dl>
      {leaflet.subprocessors.length > 0 && (
        <table className="table">
          <caption>{t('agreements.leaflets.subprocessors')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('agreements.leaflets.name')}</th>
              <th scope="col">{t('agreements.leaflets.service')}</th>
              <th scope="col">{t('agreements.leaflets.country')}</th>
              <th scope="col">{t('agreements.leaflets.transfer')}</th>
            </tr>
          </thead>
          <tbody>
            {leaflet.subprocessors.map((s) => (
              <tr key={`${s.name}-${s.service}`}>
                <th scope="row">{s.name}</th>
                <td>{s.service}</td>
                <td>
                  {s.country} (
                  {s.inEea ? t('agreements.leaflets.insideEea') : t('agreements.leaflets.outside')})
                </td>
                <td className={s.transferMechanism === 'NONE' && !s.inEea ? 'flag' : undefined}>
                  {t(`transferMechanism.${s.transferMechanism}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
