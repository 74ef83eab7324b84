// The home-page cards of the discovery area: a procurement officer starts a vendor search from
// home.
import { OrganisationKind, Role } from '@regie/domain';
import { useId } from 'react';
import { useNavigate } from 'react-router';
import { Card, type DashboardCard } from '../home/card';
import { useI18n } from '../i18n';
import { writeVendorSearch, emptySearch } from './vendor-search-params';

function VendorSearchCard() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  return (
    <Card id="discovery-search" title={t('discovery.card.title')}>
      <p className="card__text">{t('discovery.card.text')}</p>
      <form
        role="search"
        aria-label={t('discovery.card.title')}
        onSubmit={(event) => {
          event.preventDefault();
          const text = String(new FormData(event.currentTarget).get('search') ?? '');
          navigate(
            `/vendors?${writeVendorSearch({ ...emptySearch, search: text }, []).toString()}`,
          );
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-search`}>
            {t('discovery.card.search')}
          </label>
          <input id={`${id}-search`} className="field__input" type="search" name="search" />
        </div>
        <button type="submit" className="button">
          {t('discovery.card.submit')}
        </button>
      </form>
    </Card>
  );
}

export const discoveryCards: readonly DashboardCard[] = [
  {
    id: 'discovery-search',
    appliesTo: ({ membership }) =>
      membership.organisation.kind === OrganisationKind.BOARD &&
      membership.roles.includes(Role.PROCUREMENT),
    Component: VendorSearchCard,
  },
];
