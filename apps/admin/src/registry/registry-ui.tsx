// Small pieces the registry pages share: flags of a leaflet, validity and status badges, and
// the vendor the person works for.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';
import { useViewer } from '../layout/viewer';

/** The vendor organisation the person acts for now, or null. */
export function useCurrentVendor(): { id: string; name: string } | null {
  const { current } = useViewer();
  return current?.organisation.kind === 'VENDOR'
    ? { id: current.organisation.id, name: current.organisation.name }
    : null;
}

export function LeafletFlags(props: {
  leaflet: {
    dataOutsideEea: boolean;
    transferWithoutSafeguards: boolean;
    usesPersonalNumbers: boolean;
  };
}) {
  const { t } = useI18n();
  const { leaflet } = props;
  const flags: { text: string; danger: boolean }[] = [];
  if (leaflet.transferWithoutSafeguards)
    flags.push({ text: t('registry.flag.withoutSafeguards'), danger: true });
  if (leaflet.dataOutsideEea) flags.push({ text: t('registry.flag.outsideEea'), danger: false });
  if (leaflet.usesPersonalNumbers)
    flags.push({ text: t('registry.flag.personalNumbers'), danger: false });
  return (
    <ul className="registry-flags" aria-label={t('registry.flags.label')}>
      {flags.length === 0 ? (
        <li className="registry-flag registry-flag--ok">{t('registry.flag.none')}</li>
      ) : (
        flags.map((flag) => (
          <li
            key={flag.text}
            className={`registry-flag${flag.danger ? ' registry-flag--danger' : ''}`}
          >
            <span aria-hidden="true">⚠ </span>
            {flag.text}
          </li>
        ))
      )}
    </ul>
  );
}

const validityClass = {
  VALID: 'badge--valid',
  EXPIRING: 'badge--expiring',
  EXPIRED: 'badge--expired-attestation',
} as const;

export function ValidityBadge(props: { validity: keyof typeof validityClass }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${validityClass[props.validity]}`}>
      {t(`attestationValidity.${props.validity}`)}
    </span>
  );
}

const verificationClass = {
  UNVERIFIED: 'badge--pending',
  VERIFIED: 'badge--accepted',
  REJECTED: 'badge--rejected',
} as const;

export function VerificationBadge(props: { status: keyof typeof verificationClass }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${verificationClass[props.status]}`}>
      {t(`verificationStatus.${props.status}`)}
    </span>
  );
}

const accessClass = {
  PENDING: 'badge--pending',
  GRANTED: 'badge--accepted',
  DENIED: 'badge--rejected',
  REVOKED: 'badge--revoked',
} as const;

export function AccessBadge(props: { status: keyof typeof accessClass }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${accessClass[props.status]}`}>
      {t(`registry.access.${props.status}`)}
    </span>
  );
}

/** A success notice that screen readers announce. */
export function Done(props: { children: ReactNode }) {
  return (
    <div className="notice notice--success" role="status">
      <p>{props.children}</p>
    </div>
  );
}
