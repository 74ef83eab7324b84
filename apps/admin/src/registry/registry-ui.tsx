// Small pieces the registry pages share: flags of a leaflet, validity and status badges, a
// textarea field tied to the form, and the vendor the person works for.
import type { ReactNode } from 'react';
import { describedBy, FieldMessage } from '../forms/fields';
import type { FormState } from '../forms/use-form';
import { useI18n } from '../i18n';
import { useViewer } from '../layout/viewer';

type StringKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

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

export function TextAreaField<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: StringKeys<V>;
  label: string;
  hint?: string;
  required?: boolean;
}) {
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.control} className="field__label">
        {props.label}
        {props.required && <span className="field__required"> *</span>}
      </label>
      {props.hint && (
        <p id={ids.hint} className="field__hint">
          {props.hint}
        </p>
      )}
      <textarea
        id={ids.control}
        name={String(name)}
        className="field__input registry-textarea"
        aria-required={props.required || undefined}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(ids, Boolean(props.hint), Boolean(message))}
        value={form.values[name] as string}
        onChange={(event) => form.set(name, event.target.value as V[typeof name])}
        onBlur={() => form.touch(name)}
      />
      <FieldMessage id={ids.error} message={message} />
    </div>
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
