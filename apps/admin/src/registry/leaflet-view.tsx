// The differences between two leaflet versions, with additions, removals and changes
// highlighted (and named in words, not by colour alone). One version on its own is
// PublishedLeaflet (published-leaflet.tsx).
import type { ReactNode } from 'react';
import { useI18n, type MessageKey } from '../i18n';
import type { KeyedDiff, LeafletDiff, SetDiff } from './leaflet-diff';

type Kind = 'added' | 'removed' | 'changed';

function Item(props: { kind: Kind; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <li className={`registry-diff__item registry-diff__item--${props.kind}`}>
      <span className="registry-diff__label">{t(`registry.diff.${props.kind}`)}:</span>
      <span className="registry-diff__value">{props.children}</span>
    </li>
  );
}

function setItems<T>(diff: SetDiff<T>, label: (value: T) => string) {
  return [
    ...diff.added.map((v) => (
      <Item key={`a-${String(v)}`} kind="added">
        {label(v)}
      </Item>
    )),
    ...diff.removed.map((v) => (
      <Item key={`r-${String(v)}`} kind="removed">
        {label(v)}
      </Item>
    )),
  ];
}

function keyedItems<T extends object>(
  diff: KeyedDiff<T>,
  keyOf: (value: T) => string,
  label: (value: T) => string,
  before: string,
) {
  return [
    ...setItems({ ...diff, added: diff.added, removed: diff.removed }, label),
    ...diff.changed.map((change) => (
      <Item key={`c-${keyOf(change.after)}`} kind="changed">
        {label(change.after)} ({before} {label(change.before)})
      </Item>
    )),
  ];
}

export function LeafletDiffView(props: { diff: LeafletDiff; from: number; to: number }) {
  const { t, formatCountry } = useI18n();
  const { diff } = props;
  const before = t('registry.diff.before');
  const subprocessorLabel = (s: {
    name: string;
    service: string;
    country: string;
    transferMechanism: string;
  }) =>
    `${s.name} (${s.service}), ${formatCountry(s.country)}, ${t(`transferMechanism.${s.transferMechanism}` as MessageKey)}`;
  const rows: { label: MessageKey; items: ReactNode[] }[] = [
    { label: 'registry.leaflet.purposes', items: setItems(diff.purposes, (p) => p) },
    {
      label: 'registry.leaflet.dataSubjects',
      items: setItems(diff.dataSubjects, (s) => t(`dataSubject.${s}` as MessageKey)),
    },
    {
      label: 'registry.leaflet.dataCategories',
      items: setItems(diff.dataCategories, (c) => t(`dataCategory.${c}` as MessageKey)),
    },
    {
      label: 'registry.leaflet.retention',
      items: keyedItems(
        diff.retention,
        (r) => r.category,
        (r) => `${t(`dataCategory.${r.category}` as MessageKey)}: ${r.period}`,
        before,
      ),
    },
    {
      label: 'registry.leaflet.subprocessors',
      items: keyedItems(diff.subprocessors, (s) => s.name, subprocessorLabel, before),
    },
    {
      label: 'registry.leaflet.locations',
      items: keyedItems(
        diff.locations,
        (l) => l.country,
        (l) => `${formatCountry(l.country)} (${l.activity})`,
        before,
      ),
    },
    {
      label: 'registry.leaflet.breachHoursShort',
      items: diff.breachNotificationHours
        ? [
            <Item key="hours" kind="changed">
              {t('registry.leaflet.hours', { hours: diff.breachNotificationHours.after })} ({before}{' '}
              {t('registry.leaflet.hours', { hours: diff.breachNotificationHours.before })})
            </Item>,
          ]
        : [],
    },
    {
      label: 'registry.leaflet.contactShort',
      items: diff.privacyContactEmail
        ? [
            <Item key="contact" kind="changed">
              {diff.privacyContactEmail.after ?? t('registry.leaflet.empty')} ({before}{' '}
              {diff.privacyContactEmail.before ?? t('registry.leaflet.empty')})
            </Item>,
          ]
        : [],
    },
  ];
  return (
    <div aria-live="polite">
      <p>
        {diff.changeCount
          ? t('registry.diff.summary', { from: props.from, to: props.to, count: diff.changeCount })
          : t('registry.diff.noChanges', { from: props.from, to: props.to })}
      </p>
      {diff.changeCount > 0 && (
        <table className="table">
          <caption className="visually-hidden">{t('registry.diff.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry.diff.field')}</th>
              <th scope="col">{t('registry.diff.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((row) => row.items.length)
              .map((row) => (
                <tr key={row.label}>
                  <th scope="row">{t(row.label)}</th>
                  <td>
                    <ul className="plain-list">{row.items}</ul>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
