// Choosing the products an advisory is about, from every vendor's: a search field (product
// names, as the API's product search reads them) and the matches as check boxes, with the
// products already chosen kept on top while the search changes. The group is one form field:
// its legend names it, its message is tied to it, and a failed submit focuses the search.
import { AdvisoriesProductSearchDocument } from '@regie/graphql-client';
import { useDeferredValue, useState } from 'react';
import { useQuery } from 'urql';
import { describedBy, FieldMessage } from '../forms/fields';
import type { FormState } from '../forms/use-form';
import { useI18n } from '../i18n';

type ListKeys<V> = { [K in keyof V]: V[K] extends readonly string[] ? K : never }[keyof V];

const shown = 20;

export function ProductPicker<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  name: ListKeys<V>;
  legend: string;
  hint?: string;
  required?: boolean;
  /** The names of the chosen products, kept by the caller (a confirmation names them). */
  labels: Readonly<Record<string, string>>;
  onLabel: (id: string, label: string) => void;
}) {
  const { t } = useI18n();
  const { form, name } = props;
  const ids = form.ids(name);
  const message = form.error(name);
  const selected = form.values[name] as readonly string[];
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [result] = useQuery({
    query: AdvisoriesProductSearchDocument,
    variables: { search: deferred || null, first: shown },
  });
  const matches = (result.data?.products.edges ?? []).map(({ node }) => ({
    id: node.id,
    label: t('advisories.field.productLabel', { product: node.name, vendor: node.vendor.name }),
  }));
  const options = [
    // The chosen ones stay listed whatever the search finds.
    ...selected.map((id) => ({ id, label: props.labels[id] ?? id })),
    ...matches.filter((m) => !selected.includes(m.id)),
  ];

  const toggle = (id: string, label: string, on: boolean) => {
    if (on) props.onLabel(id, label);
    const next = on ? [...selected, id] : selected.filter((v) => v !== id);
    form.set(name, next as V[typeof name]);
  };

  return (
    <fieldset
      className={`field field--group${message ? ' field--invalid' : ''}`}
      aria-describedby={describedBy(ids, Boolean(props.hint), Boolean(message))}
    >
      <legend className="field__label">
        {props.legend}
        {props.required && <span className="field__required"> *</span>}
      </legend>
      {props.hint && (
        <p id={ids.hint} className="field__hint">
          {props.hint}
        </p>
      )}
      <div className="field advisories-search">
        <label className="field__label" htmlFor={ids.control}>
          {t('advisories.field.search')}
        </label>
        <input
          id={ids.control}
          className="field__input"
          type="search"
          value={search}
          autoComplete="off"
          aria-invalid={message ? true : undefined}
          onChange={(event) => setSearch(event.target.value)}
          onBlur={() => form.touch(name)}
        />
      </div>
      {options.map((option) => (
        <label key={option.id} className="checkbox">
          <input
            type="checkbox"
            name={String(name)}
            value={option.id}
            checked={selected.includes(option.id)}
            onChange={(event) => toggle(option.id, option.label, event.target.checked)}
          />
          {option.label}
        </label>
      ))}
      <p className="muted" role="status">
        {result.data && matches.length === 0 ? t('advisories.field.searchNone') : ''}
      </p>
      <FieldMessage id={ids.error} message={message} />
    </fieldset>
  );
}
